// A fresh temporary folder for one test, removed with everything in it.
// Shared by the unit tests of nlp/, ocr/ (through ocr/test_pages.h) and
// store/, and by the end-to-end CLI fixture.
#ifndef KEHOACH_TESTS_TEMP_DIR_H_
#define KEHOACH_TESTS_TEMP_DIR_H_

#include <stdlib.h>

#include <filesystem>
#include <stdexcept>
#include <string>

namespace kehoach_test {

class TempDir {
 public:
  // Creates /tmp/<prefix>XXXXXX.
  explicit TempDir(const std::string& prefix = "kehoach-") {
    std::string tmpl = "/tmp/" + prefix + "XXXXXX";
    if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed for " + tmpl);
    path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  // path()/name.
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

}  // namespace kehoach_test

#endif  // KEHOACH_TESTS_TEMP_DIR_H_
