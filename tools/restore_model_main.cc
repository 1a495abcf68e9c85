// restore_model: builds the diacritic-restoration model (used by the build
// to make build/models/vi-restore.bin; see tools/models.cmake).
//   restore_model --out FILE [--order N] [--hunspell DIC] [--pairs TSV]...
//                 [--min-pair-count N] TEXT[:WEIGHT]...
#include <cstdlib>
#include <iostream>
#include <string>

#include "nlp/restore/model_trainer.h"

int main(int argc, char** argv) {
  using namespace kehoach::nlp::restore;
  TrainOptions opt;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "restore_model: " << a << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--out") opt.out = value();
    else if (a == "--order") opt.order = std::atoi(value().c_str());
    else if (a == "--hunspell") opt.hunspell_dic = value();
    else if (a == "--pairs") opt.pair_files.push_back(value());
    else if (a == "--min-pair-count") opt.min_pair_count = std::atoi(value().c_str());
    else if (!a.empty() && a[0] == '-') {
      std::cerr << "restore_model: unknown option " << a << "\n";
      return 2;
    } else {
      opt.text.push_back(ParseTrainInput(a));
    }
  }
  auto report = TrainRestoreModel(opt);
  if (!report.ok()) {
    std::cerr << "restore_model: " << report.status().ToString() << "\n";
    return 1;
  }
  std::cerr << "restore_model: " << opt.out << ": " << report->files << " files, " << report->tokens << " tokens, lexicon "
            << report->lexicon << ", vocabulary " << report->vocab << ", " << report->pair_types << " OCR pair types, "
            << report->bytes << " bytes\n";
  return 0;
}
