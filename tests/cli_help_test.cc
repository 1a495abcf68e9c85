// kehoach's help and its command-line errors are in Vietnamese: CLI11's own
// labels ("Usage", "Options", ...) and parse errors (unknown option, missing
// value, bad value ...) are replaced, and every command and option is
// described in Vietnamese.
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "tests/cli_fixture.h"

namespace kehoach_test {
namespace {

class CliHelpTest : public CliFixture {};

// Words CLI11 prints in English by itself, in help or in errors.
const char* const kCli11English[] = {
    "Usage",      "Options",      "OPTIONS",     "Subcommands", "SUBCOMMAND", "Positionals", "REQUIRED",
    "TEXT",       "INT",          "FLOAT",       "Print this help", "Run with --help", "not expected",
    "is required", "Could not convert", "required", "missing",   "not in",     "Expected",
};

void ExpectNoCli11English(const std::string& text) {
  for (const char* word : kCli11English) EXPECT_EQ(text.find(word), std::string::npos) << word << " in:\n" << text;
}

bool HasNonAscii(const std::string& s) {
  for (unsigned char c : s)
    if (c >= 0x80) return true;
  return false;
}

// The entries of a help text listed under its group titles: an option,
// positional or command line ("  --owner ĐƠN_VỊ  Đơn vị ...") with its
// wrapped continuation lines.
std::vector<std::string> HelpEntries(const std::string& help) {
  std::vector<std::string> entries;
  size_t start = 0;
  while (start < help.size()) {
    size_t end = help.find('\n', start);
    if (end == std::string::npos) end = help.size();
    const std::string line = help.substr(start, end - start);
    start = end + 1;
    if (line.size() > 2 && line.compare(0, 2, "  ") == 0) {
      if (line[2] != ' ' || entries.empty()) {
        entries.push_back(line);
      } else {
        entries.back() += "\n" + line;
      }
    }
  }
  return entries;
}

// Every entry is described in Vietnamese (has a letter outside ASCII).
void ExpectEveryEntryVietnamese(const std::string& help) {
  std::vector<std::string> entries = HelpEntries(help);
  EXPECT_FALSE(entries.empty()) << help;
  for (const std::string& e : entries) EXPECT_TRUE(HasNonAscii(e)) << "not Vietnamese: " << e;
}

TEST_F(CliHelpTest, TopLevelHelpIsVietnamese) {
  RunResult r = Run("--help");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Cách dùng: kehoach [TÙY_CHỌN] LỆNH"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\nTùy chọn:\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\nLệnh:\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Hiện hướng dẫn này rồi thoát"), std::string::npos) << r.out;
  for (const char* command : {"ingest", "plans", "tasks", "targets", "agencies", "show", "stats", "export", "edit",
                              "audit"}) {
    EXPECT_NE(r.out.find("\n  " + std::string(command) + " "), std::string::npos) << command << "\n" << r.out;
  }
  ExpectNoCli11English(r.out);
  ExpectEveryEntryVietnamese(r.out);
}

TEST_F(CliHelpTest, TasksHelpIsVietnameseAndKeepsOptionNamesAndCodes) {
  RunResult r = Run("tasks --help");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Cách dùng: kehoach tasks [TÙY_CHỌN]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\nTùy chọn:\n"), std::string::npos) << r.out;
  // Option names and data-format codes are what the user types: unchanged.
  EXPECT_NE(r.out.find("--owner ĐƠN_VỊ"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("--role lead|support"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("--due-before NGÀY"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("--format table|json|ndjson|csv|ical"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("--limit SỐ"), std::string::npos) << r.out;
  ExpectNoCli11English(r.out);
  ExpectEveryEntryVietnamese(r.out);
}

TEST_F(CliHelpTest, EveryCommandsHelpIsVietnamese) {
  for (const char* command : {"ingest", "plans", "tasks", "targets", "agencies", "show", "stats", "export", "edit",
                              "audit", "eval", "ocr", "restore", "lm", "lm train"}) {
    SCOPED_TRACE(command);
    RunResult r = Run(std::string(command) + " --help");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("Cách dùng: kehoach " + std::string(command)), std::string::npos) << r.out;
    ExpectNoCli11English(r.out);
    ExpectEveryEntryVietnamese(r.out);
  }
  // Required positionals and options are marked in Vietnamese.
  EXPECT_NE(Run("show --help").out.find("MÃ_NHIỆM_VỤ (bắt buộc)"), std::string::npos);
  EXPECT_NE(Run("export --help").out.find("--format csv|json|ndjson|ical (bắt buộc)"), std::string::npos);
}

// Columns in a terminal: one per code point (the help is NFC Vietnamese, no
// wide characters).
int Columns(const std::string& s) {
  int n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// The column where `description` starts on the help line that has it.
int DescriptionColumn(const std::string& help, const std::string& description) {
  size_t at = help.find(description);
  if (at == std::string::npos) return -1;
  size_t line_start = help.rfind('\n', at);
  line_start = line_start == std::string::npos ? 0 : line_start + 1;
  return Columns(help.substr(line_start, at - line_start));
}

TEST_F(CliHelpTest, ColumnsAlignByDisplayWidthAndLinesWrap) {
  RunResult r = Run("tasks --help");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // Names with Vietnamese letters are padded like ASCII ones (CLI11 counts
  // bytes: "--owner ĐƠN_VỊ" came out 5 columns short).
  EXPECT_EQ(DescriptionColumn(r.out, "Hiện hướng dẫn này"), 30) << r.out;
  EXPECT_EQ(DescriptionColumn(r.out, "Đơn vị chủ trì hoặc phối hợp"), 30) << r.out;
  EXPECT_EQ(DescriptionColumn(r.out, "Thời hạn đến hết NGÀY"), 30) << r.out;
  EXPECT_EQ(DescriptionColumn(r.out, "Tìm theo nội dung"), 30) << r.out;

  setenv("COLUMNS", "80", 1);
  r = Run("--help");
  unsetenv("COLUMNS");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream lines(r.out);
  std::string line;
  while (std::getline(lines, line)) EXPECT_LE(Columns(line), 80) << line;
  EXPECT_EQ(DescriptionColumn(r.out, "./kehoach.db)"), 30) << r.out;  // wrapped under its column
}

// A usage error: exit status 2, one Vietnamese line naming what is wrong and
// a pointer to the command's help, nothing in CLI11's English.
RunResult ExpectUsageError(RunResult r, const std::string& command) {
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err.rfind("kehoach: sai tham số hoặc dữ liệu nhập: ", 0), 0u) << r.err;
  EXPECT_NE(r.err.find("\nXem hướng dẫn: " + command + " --help\n"), std::string::npos) << r.err;
  ExpectNoCli11English(r.err);
  return r;
}

TEST_F(CliHelpTest, UnknownOptionIsNamedInVietnamese) {
  RunResult r = ExpectUsageError(Run("tasks --frobnicate"), "kehoach tasks");
  EXPECT_NE(r.err.find("lệnh «kehoach tasks» không có tùy chọn --frobnicate"), std::string::npos) << r.err;

  r = ExpectUsageError(Run("--frobnicate stats"), "kehoach stats");
  EXPECT_NE(r.err.find("không có tùy chọn --frobnicate"), std::string::npos) << r.err;
}

TEST_F(CliHelpTest, ExtraArgumentIsNamed) {
  RunResult r = ExpectUsageError(Run("show 1 2"), "kehoach show");
  EXPECT_NE(r.err.find("thừa tham số «2»"), std::string::npos) << r.err;
}

TEST_F(CliHelpTest, MissingOrUnknownCommand) {
  RunResult r = ExpectUsageError(Run(""), "kehoach");
  EXPECT_NE(r.err.find("chưa chọn lệnh; các lệnh của «kehoach»: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(" ingest,"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(" tasks"), std::string::npos) << r.err;

  r = ExpectUsageError(Run("frobnicate"), "kehoach");
  EXPECT_NE(r.err.find("không có lệnh «frobnicate»"), std::string::npos) << r.err;

  // An unknown option and no command: the option is not called a command.
  r = ExpectUsageError(Run("--frobnicate"), "kehoach");
  EXPECT_NE(r.err.find("lệnh «kehoach» không có tùy chọn --frobnicate; chưa chọn lệnh; các lệnh của «kehoach»: "),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("không có lệnh"), std::string::npos) << r.err;
  r = ExpectUsageError(Run("--frobnicate frobnicate"), "kehoach");
  EXPECT_NE(r.err.find("không có tùy chọn --frobnicate; không có lệnh «frobnicate»"), std::string::npos) << r.err;

  r = ExpectUsageError(Run("lm"), "kehoach lm");
  EXPECT_NE(r.err.find("chưa chọn lệnh; các lệnh của «kehoach lm»: train"), std::string::npos) << r.err;
}

TEST_F(CliHelpTest, MissingValueAndMissingRequired) {
  RunResult r = ExpectUsageError(Run("tasks --owner"), "kehoach tasks");
  EXPECT_NE(r.err.find("tùy chọn --owner thiếu giá trị"), std::string::npos) << r.err;

  r = ExpectUsageError(Run("export"), "kehoach export");
  EXPECT_NE(r.err.find("thiếu tùy chọn --format (bắt buộc)"), std::string::npos) << r.err;

  r = ExpectUsageError(Run("show"), "kehoach show");
  EXPECT_NE(r.err.find("thiếu tham số MÃ_NHIỆM_VỤ (bắt buộc)"), std::string::npos) << r.err;

  r = ExpectUsageError(Run("edit --merge 1"), "kehoach edit");
  EXPECT_NE(r.err.find("tùy chọn --merge cần ít nhất 2 giá trị, nhận được 1"), std::string::npos) << r.err;
}

TEST_F(CliHelpTest, BadValuesNameOptionAndValue) {
  RunResult r = ExpectUsageError(Run("tasks --role boss"), "kehoach tasks");
  EXPECT_NE(r.err.find("tùy chọn --role: giá trị «boss» không hợp lệ, chỉ nhận một trong: lead, support"),
            std::string::npos)
      << r.err;

  r = ExpectUsageError(Run("tasks --format xml"), "kehoach tasks");
  EXPECT_NE(r.err.find("tùy chọn --format: giá trị «xml» không hợp lệ"), std::string::npos) << r.err;

  r = ExpectUsageError(Run("tasks --limit abc"), "kehoach tasks");
  EXPECT_NE(r.err.find("giá trị «abc» của tùy chọn --limit không phải số nguyên"), std::string::npos) << r.err;

  r = ExpectUsageError(Run("agencies --next 500"), "kehoach agencies");
  EXPECT_NE(r.err.find("tùy chọn --next: giá trị «500» không hợp lệ, cần một số từ 0 đến 100"), std::string::npos)
      << r.err;

  r = ExpectUsageError(Run("audit --min-similarity 2"), "kehoach audit");
  EXPECT_NE(r.err.find("cần một số từ 0.1 đến 1"), std::string::npos) << r.err;

  r = ExpectUsageError(Run("tasks --overdue=maybe"), "kehoach tasks");
  EXPECT_NE(r.err.find("giá trị «maybe» của tùy chọn --overdue không hợp lệ (cờ bật/tắt"), std::string::npos) << r.err;
}

// Messages of the commands themselves (not CLI11's) are Vietnamese too.
TEST_F(CliHelpTest, CommandMessagesAreVietnamese) {
  RunResult r = Run("export --format csv --out " + dir_ + "/missing-folder/tasks.csv");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("kehoach: lỗi đọc/ghi tệp: " + dir_ + "/missing-folder/tasks.csv: không ghi được"),
            std::string::npos)
      << r.err;

  r = Run("export --format csv --out " + dir_ + "/tasks.csv");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(dir_ + "/tasks.csv: 0 nhiệm vụ"), std::string::npos) << r.err;

  r = Run("targets --search '!!'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--search «!!» không có từ nào để tìm"), std::string::npos) << r.err;

  r = Run("eval --from-file --gold " + dir_ + "/missing.json");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("kehoach eval: không tìm thấy: " + dir_ + "/missing.json"), std::string::npos) << r.err;

  r = Run("eval --from-file --gold corpus/gold/hy-qd-chuong-trinh-khcn-dmst-cds-2025.json --min-f1 1.01");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(": F1 của nhiệm vụ 1 thấp hơn ngưỡng 1.01"), std::string::npos) << r.err;

  r = Run("edit");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("kehoach edit: cần MÃ_NHIỆM_VỤ kèm nội dung sửa, hoặc --merge A B"), std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace kehoach_test
