// kehoach lm train DIR|FILE[:WEIGHT]... --out FILE [--order N] [--hunspell DIC]
//                  [--pairs TSV]...
// Builds a restoration model (syllable language model + error model) from a
// folder of clean Vietnamese text (its *.txt files), so a user can train on
// their own archive; use it with `kehoach restore --model FILE`.
#include <iostream>
#include <string>
#include <vector>

#include "cli/command.h"
#include "nlp/restore/model_trainer.h"

namespace kehoach::cli {
namespace {

class LmCommand : public Command {
 public:
  std::string name() const override { return "lm"; }
  std::string description() const override { return "Language model for diacritic restoration: lm train"; }
  void Setup(CLI::App* app) override {
    app->require_subcommand(1);
    train_ = app->add_subcommand("train", "Build a restoration model from clean Vietnamese text");
    train_->add_option("inputs", inputs_, "folders (their .txt files) or files of clean text, each optionally :WEIGHT")
        ->required();
    train_->add_option("--out,-o", out_, "model file to write")->required();
    train_->add_option("--order", order_, "n-gram order, 2 to 4 (default 3)")->check(CLI::Range(2, 4));
    train_->add_option("--hunspell", hunspell_, "hunspell .dic word list to add (e.g. /usr/share/hunspell/vi_VN.dic)");
    train_->add_option("--pairs", pairs_, "OCR pair files (observed<TAB>intended<TAB>count)");
  }
  int Run(const GlobalOptions& /*global*/) override {
    nlp::restore::TrainOptions opt;
    for (const std::string& in : inputs_) opt.text.push_back(nlp::restore::ParseTrainInput(in));
    opt.out = out_;
    opt.order = order_;
    opt.hunspell_dic = hunspell_;
    opt.pair_files = pairs_;
    auto report = nlp::restore::TrainRestoreModel(opt);
    if (!report.ok()) {
      std::cerr << "kehoach lm train: " << report.status().message() << "\n";
      return 1;
    }
    std::cerr << "kehoach lm train: wrote " << out_ << ": " << report->files << " files, " << report->lines
              << " Vietnamese lines, " << report->tokens << " tokens, " << report->lexicon << " syllables, "
              << report->bytes << " bytes\n";
    return 0;
  }

 private:
  CLI::App* train_ = nullptr;
  std::vector<std::string> inputs_;
  std::string out_, hunspell_;
  std::vector<std::string> pairs_;
  int order_ = 3;
};

KEHOACH_REGISTER_COMMAND(LmCommand);

}  // namespace
}  // namespace kehoach::cli
