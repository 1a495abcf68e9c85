// kehoach restore with the model the build makes (build/models/vi-restore.bin),
// on the opening of the Đồng Nai plan as OCR'd with an English model (a plan
// no model is trained on).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "tests/temp_dir.h"

namespace {

std::string RunCommand(const std::string& cmd, int* status) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  *status = pclose(p);
  return out;
}

TEST(RestoreCliTest, RestoresTheDongNaiOcrOpening) {
  kehoach_test::TempDir dir("kehoach_restore_cli_test_");
  const std::string in = dir.File("dn-head.txt");
  {
    std::ifstream src("corpus/plans/dn-kh-433-tu-nq57-ocr-eng.txt");
    ASSERT_TRUE(src);
    std::ofstream out(in);
    std::string line;
    for (int i = 0; i < 16 && std::getline(src, line); ++i) out << line << "\n";
  }
  int status = 0;
  std::string out = RunCommand(std::string(KEHOACH_BIN) + " restore < " + in + " 2>" + dir.File("err"), &status);
  ASSERT_EQ(status, 0) << out;
  // The summary on stderr is in Vietnamese: "kehoach restore: N từ, sửa M chỗ".
  std::ifstream err_file(dir.File("err"));
  std::stringstream err;
  err << err_file.rdbuf();
  EXPECT_NE(err.str().find(" từ, sửa "), std::string::npos) << err.str();
  // Marks lost and digit confusions are restored; codes and numbers stay.
  EXPECT_NE(out.find("Nghị quyết số 57-NQ/TW"), std::string::npos) << out;
  EXPECT_NE(out.find("khoa học, công nghệ"), std::string::npos) << out;
  EXPECT_NE(out.find("22/12/2024"), std::string::npos) << out;
  EXPECT_NE(out.find("433-KH/TU"), std::string::npos) << out;
  // Same number of lines as the input.
  std::ifstream again(in);
  std::stringstream ss;
  ss << again.rdbuf();
  const std::string input = ss.str();
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), std::count(input.begin(), input.end(), '\n'));
}

TEST(RestoreCliTest, MissingModelFailsNamingIt) {
  int status = 0;
  std::string out = RunCommand("echo 'Thuc hien' | " + std::string(KEHOACH_BIN) + " restore --model /nonexistent.bin 2>&1", &status);
  EXPECT_NE(status, 0);
  EXPECT_NE(out.find("kehoach restore: không tìm thấy: /nonexistent.bin: không có tệp mô hình phục hồi dấu"),
            std::string::npos)
      << out;
}

}  // namespace
