// kehoach restore [--model FILE] [--changes] < in.txt > out.txt
// Restores the diacritics of Vietnamese text typed without them and corrects
// English-model OCR garble; prints the restored text. --changes lists every
// changed token (line, original, replacement, confidence) on stderr.
#include <iostream>
#include <iterator>
#include <string>

#include "base/paths.h"
#include "cli/command.h"
#include "nlp/restore/diacritic_restorer.h"
#include "nlp/vietnamese_text.h"

namespace kehoach::cli {
namespace {

class RestoreCommand : public Command {
 public:
  std::string name() const override { return "restore"; }
  std::string description() const override {
    return "Khôi phục dấu tiếng Việt và sửa lỗi nhận dạng OCR: đọc văn bản từ đầu vào chuẩn (stdin), in văn bản đã khôi "
           "phục ra đầu ra chuẩn (stdout)";
  }
  void Setup(CLI::App* app) override {
    app->add_option("--model", model_, "Tệp mô hình khôi phục dấu (mặc định: vi-restore.bin đã xây dựng)")
        ->type_name("TỆP");
    app->add_flag("--changes", changes_, "Liệt kê các từ đã sửa kèm độ tin cậy ra luồng lỗi (stderr)");
  }
  int Run(const GlobalOptions& /*global*/) override {
    std::string path = model_.empty() ? ModelPath(nlp::restore::kDefaultRestoreModel) : model_;
    auto restorer = nlp::restore::DiacriticRestorer::Open(path);
    if (!restorer.ok()) {
      std::cerr << "kehoach restore: " << restorer.status().ToVietnamese() << "\n";
      return 1;
    }
    std::string input((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    auto text = nlp::ToNfc(input);
    if (!text.ok()) {
      std::cerr << "kehoach restore: " << text.status().WithPrefix("<stdin>").ToVietnamese() << "\n";
      return 1;
    }
    nlp::restore::RestoreResult r = (*restorer)->Restore(*text);
    std::cout << r.text;
    if (changes_) {
      for (const auto& c : r.changes) {
        std::cerr << c.line << '\t' << c.original << '\t' << c.replacement << '\t' << c.confidence << '\n';
      }
    }
    std::cerr << "kehoach restore: " << r.word_tokens << " từ, sửa " << r.changes.size() << " chỗ\n";
    return 0;
  }

 private:
  std::string model_;
  bool changes_ = false;
};

KEHOACH_REGISTER_COMMAND(RestoreCommand);

}  // namespace
}  // namespace kehoach::cli
