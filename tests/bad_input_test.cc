// End to end: input that is not what it claims to be, or not a Vietnamese
// plan at all, fails `kehoach ingest` / `kehoach ocr` with one Vietnamese line
// naming the file and the reason, exit 1, and nothing stored for it; text
// saved as UTF-16 (Windows "Unicode text") is read like its UTF-8 twin.
#include <gtest/gtest.h>

#include <unicode/unistr.h>

#include <filesystem>
#include <string>
#include <vector>

#include "tests/cli_fixture.h"

namespace {

using kehoach_test::json;
using kehoach_test::ReadAll;
using kehoach_test::RunResult;

const char kPlan[] = "corpus/plans/hy-kh-trien-khai-qd840-cong-nghiep-cns-2026.txt";

// UTF-8 -> UTF-16 with a byte order mark, as Notepad's "Unicode" saves it.
std::string Utf16WithBom(const std::string& utf8, bool big_endian) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(utf8);
  std::string out = big_endian ? "\xFE\xFF" : "\xFF\xFE";
  for (int32_t i = 0; i < s.length(); ++i) {
    const char16_t u = s.charAt(i);
    const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
    out += big_endian ? std::string{hi, lo} : std::string{lo, hi};
  }
  return out;
}

class BadInputTest : public kehoach_test::CliFixture {
 protected:
  // Ingests one file that must fail; returns the error line naming it.
  std::string IngestFails(const std::string& name) {
    const std::string path = dir_ + "/" + name;
    RunResult r = Run("ingest '" + path + "'");
    EXPECT_EQ(r.exit_code, 1) << name << ":\n" << r.err;
    const size_t at = r.err.find("lỗi: ");
    EXPECT_NE(at, std::string::npos) << name << ":\n" << r.err;
    if (at == std::string::npos) return "";
    const std::string line = r.err.substr(at, r.err.find('\n', at) - at);
    EXPECT_NE(line.find(path + ": "), std::string::npos) << "file not named: " << line;
    EXPECT_NE(r.err.find("0 văn bản đã lưu"), std::string::npos) << r.err;
    EXPECT_EQ(Json("plans --format json").size(), 0u) << name << " was stored";
    return line;
  }
  std::vector<std::string> TaskTexts(const std::string& filter) {
    std::vector<std::string> texts;
    for (const json& t : Json("tasks " + filter + " --format json")) texts.push_back(t["text"].get<std::string>());
    return texts;
  }
};

TEST_F(BadInputTest, APdfOrImageNameOnOtherBytesIsNotReadAsText) {
  Write("x.pdf", "x");
  std::string line = IngestFails("x.pdf");
  EXPECT_NE(line.find("đuôi .pdf nhưng nội dung không phải tệp PDF"), std::string::npos) << line;

  std::string noise;
  for (int i = 0; i < 300; ++i) noise.push_back(static_cast<char>((i * 7919 + 13) % 256));
  for (const char* name : {"r.png", "r.JPG", "r.tiff", "r.webp"}) {
    Write(name, noise);
    line = IngestFails(name);
    EXPECT_NE(line.find("không phải ảnh đọc được"), std::string::npos) << line;
    EXPECT_EQ(line.find("UTF-8"), std::string::npos) << "read as text: " << line;
  }

  // `kehoach ocr` says the same and prints nothing.
  RunResult r = Run("ocr '" + dir_ + "/x.pdf'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find(dir_ + "/x.pdf: tệp có đuôi .pdf nhưng nội dung không phải tệp PDF"), std::string::npos)
      << r.err;
}

TEST_F(BadInputTest, Utf16TextGivesTheSameTasksAsUtf8) {
  const std::string utf8 = ReadAll(kPlan);
  ASSERT_GT(utf8.size(), 1000u);
  Write("plan-le.txt", Utf16WithBom(utf8, /*big_endian=*/false));
  Write("plan-be.txt", Utf16WithBom(utf8, /*big_endian=*/true));
  RunResult r = Run(std::string("ingest ") + kPlan + " '" + dir_ + "/plan-le.txt' '" + dir_ + "/plan-be.txt'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("plan-le.txt: văn bản"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("tệp văn bản (UTF-16)"), std::string::npos) << r.err;

  json plans = Json("plans --format json");
  ASSERT_EQ(plans.size(), 3u);
  std::vector<std::vector<std::string>> tasks;
  for (const json& p : plans) tasks.push_back(TaskTexts("--plan " + p["id"].get<std::string>()));
  ASSERT_GT(tasks[0].size(), 10u);
  EXPECT_EQ(tasks[1], tasks[0]) << plans[1]["file"];
  EXPECT_EQ(tasks[2], tasks[0]) << plans[2]["file"];
}

TEST_F(BadInputTest, BrokenUtf16AndBinaryBytesAreNotAPlan) {
  Write("ff.txt", std::string("\xff\xfe\x00", 3));  // a BOM and half a code unit
  std::string line = IngestFails("ff.txt");
  EXPECT_NE(line.find("UTF-16"), std::string::npos) << line;

  Write("fe.txt", "\xfe");  // "ỵ" in TCVN3: one valid syllable is no evidence of an encoding
  line = IngestFails("fe.txt");
  EXPECT_NE(line.find("quá ít chữ"), std::string::npos) << line;

  Write("nul.txt", std::string("K\xe1\xba\xbf ho\xe1\xba\xa1" "ch\0\0\x01", 13));
  line = IngestFails("nul.txt");
  EXPECT_NE(line.find("tệp nhị phân"), std::string::npos) << line;
}

TEST_F(BadInputTest, TextWithoutVietnameseIsNotAPlan) {
  Write("latin.txt", "xyz qwrtz 12345 --- ### //\n");
  std::string line = IngestFails("latin.txt");
  EXPECT_NE(line.find("không có chữ tiếng Việt"), std::string::npos) << line;
  Write("blank.txt", " \n\r\n\t\n");
  line = IngestFails("blank.txt");
  EXPECT_NE(line.find("không có chữ tiếng Việt"), std::string::npos) << line;
}

// A folder among the files is one failed file: reading it to compare its
// hash with the stored plans threw out of kehoach ("terminate called after
// throwing an instance of 'std::__ios_failure'") before anything was stored.
TEST_F(BadInputTest, AFolderAmongTheFilesFailsAloneNamedAsAFolder) {
  std::filesystem::create_directories(dir_ + "/plans");
  RunResult r = Run("ingest '" + dir_ + "/plans' " + kPlan);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("lỗi: sai tham số hoặc dữ liệu nhập: " + dir_ + "/plans: là thư mục, không phải tệp"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("1 văn bản đã lưu, 0 bỏ qua, 1 lỗi"), std::string::npos) << r.err;
  EXPECT_EQ(Json("plans --format json").size(), 1u);
}

// The details after the Vietnamese kind are Vietnamese too.
TEST_F(BadInputTest, ErrorDetailsAreVietnamese) {
  Write("empty.txt", "");
  EXPECT_NE(IngestFails("empty.txt").find("empty.txt: tệp rỗng"), std::string::npos);

  std::string noise;
  for (int i = 0; i < 300; ++i) noise.push_back(static_cast<char>(0x80 + (i * 37) % 120));
  Write("rand.bin", noise);
  std::string line = IngestFails("rand.bin");
  EXPECT_NE(line.find("dòng 1: không phải UTF-8 ở byte 0"), std::string::npos) << line;
  EXPECT_NE(line.find("VNI"), std::string::npos) << line;
  EXPECT_NE(line.find("âm tiết hợp lệ"), std::string::npos) << line;

  Write("broken.pdf", "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R");  // truncated
  line = IngestFails("broken.pdf");
  EXPECT_NE(line.find("broken.pdf: không phải PDF đọc được"), std::string::npos) << line;

  line = IngestFails("missing.txt");
  EXPECT_NE(line.find("missing.txt: không mở được tệp"), std::string::npos) << line;

  RunResult r = Run("show 999999");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("không tìm thấy: không có nhiệm vụ 999999"), std::string::npos) << r.err;
  RunResult date = Run("tasks --due-before 31/02/2026");
  EXPECT_NE(date.err.find("--due-before: «31/02/2026» không phải ngày có thật"), std::string::npos) << date.err;
  RunResult role = Run("tasks --role lead");
  EXPECT_NE(role.err.find("--role cần đi kèm --owner"), std::string::npos) << role.err;

  // No English words at all in the errors a clerk meets here.
  for (const std::string& err : {line, r.err, date.err, role.err}) {
    for (const char* word : {" file", " not ", " no ", "invalid", "cannot", " page"}) {
      EXPECT_EQ(err.find(word), std::string::npos) << word << " in: " << err;
    }
  }
}

// A number with leading zeros is read as decimal, as the range check reads it
// (CLI11 alone would read "010" as octal 8, and refuse "08").
TEST_F(BadInputTest, LeadingZerosInNumbersAreDecimal) {
  ASSERT_EQ(Run(std::string("ingest --jobs 08 ") + kPlan).exit_code, 0);
  const std::string id = Json("tasks --format json").at(5)["id"].get<std::string>();
  RunResult ten = Run("show " + id + " --context 10");
  RunResult padded = Run("show " + id + " --context 010");
  ASSERT_EQ(ten.exit_code, 0) << ten.err;
  ASSERT_EQ(padded.exit_code, 0) << padded.err;
  EXPECT_EQ(padded.out, ten.out);
  EXPECT_NE(padded.out, Run("show " + id + " --context 8").out);
}

// Every integer option, not only those with a range: CLI11 alone reads
// "--limit 010" as octal 8 and refuses "--limit 08".
TEST_F(BadInputTest, LeadingZerosAreDecimalInEveryIntegerOption) {
  ASSERT_EQ(Run("ingest corpus/plans/hy-qd-chuong-trinh-khcn-dmst-cds-2025.txt").exit_code, 0);
  EXPECT_EQ(Json("tasks --limit 010 --format json").size(), 10u);
  EXPECT_EQ(Json("tasks --limit 08 --format json").size(), 8u);
  EXPECT_EQ(Json("targets --limit 08 --format json").size(), 8u);
  const size_t in_2025 = Json("targets --year 2025 --format json").size();
  ASSERT_GT(in_2025, 0u);
  EXPECT_EQ(Json("targets --year 02025 --format json").size(), in_2025);
}

}  // namespace
