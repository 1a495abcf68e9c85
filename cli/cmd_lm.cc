// kehoach lm train DIR|FILE[:WEIGHT]... --out FILE [--order N] [--hunspell DIC]
//                  [--pairs TSV]...
// Builds a restoration model (syllable language model + error model) from a
// folder of clean Vietnamese text (its *.txt files), so a user can train on
// their own archive; use it with `kehoach restore --model FILE`.
#include <iostream>
#include <string>
#include <vector>

#include "cli/choices.h"
#include "cli/command.h"
#include "nlp/restore/model_trainer.h"

namespace kehoach::cli {
namespace {

class LmCommand : public Command {
 public:
  std::string name() const override { return "lm"; }
  std::string description() const override { return "Mô hình ngôn ngữ dùng để khôi phục dấu tiếng Việt: lm train"; }
  void Setup(CLI::App* app) override {
    app->require_subcommand(1);
    train_ = app->add_subcommand("train", "Xây dựng mô hình khôi phục dấu từ văn bản tiếng Việt chuẩn");
    train_->add_option("ĐẦU_VÀO", inputs_,
                       "Thư mục (lấy các tệp .txt trong đó) hoặc tệp văn bản chuẩn; mỗi mục có thể kèm "
                       ":TRỌNG_SỐ")
        ->required();
    train_->add_option("--out,-o", out_, "Tệp mô hình cần ghi")->required()->type_name("TỆP");
    InRange(train_->add_option("--order", order_, "Bậc n-gram, từ 2 đến 4 (mặc định 3)"), 2, 4);
    train_->add_option("--hunspell", hunspell_,
                       "Danh sách từ .dic của hunspell cần thêm (ví dụ /usr/share/hunspell/vi_VN.dic)")
        ->type_name("TỆP");
    train_->add_option("--pairs", pairs_, "Các tệp cặp lỗi OCR (chữ nhận dạng<TAB>chữ đúng<TAB>số lần)")
        ->type_name("TỆP");
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
      std::cerr << "kehoach lm train: " << report.status().ToVietnamese() << "\n";
      return 1;
    }
    std::cerr << "kehoach lm train: đã ghi " << out_ << ": " << report->files << " tệp, " << report->lines
              << " dòng tiếng Việt, " << report->tokens << " lượt từ, " << report->lexicon << " âm tiết khác nhau, "
              << report->bytes << " byte\n";
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
