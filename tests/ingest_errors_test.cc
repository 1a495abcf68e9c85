// End to end: bad input during `kehoach ingest` is reported with the file, the
// page and the reason, exits 1, and loses neither the readable pages of the
// same file nor the other files of the run.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/cli_fixture.h"
#include "tests/minimal_pdf.h"

namespace {

using kehoach_test::json;
using kehoach_test::BuildPdf;
using kehoach_test::RunResult;

// Page 1 carries a text layer with one plan task; page 2 has no text and a
// 5000 × 5000 pt media box, which at 300 dpi exceeds the per-page pixel limit.
std::string PdfWithOneUnreadablePage() {
  const std::string text =
      "BT /F1 11 Tf 50 780 Td 14 TL "
      "(KE HOACH Trien khai chuyen doi so nam 2026) Tj T* "
      "(I. NHIEM VU) Tj T* "
      "(1. Xay dung co so du lieu ve doanh nghiep cong nghe so cua tinh.) Tj ET";
  return BuildPdf({
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
      "/Resources << /Font << /F1 6 0 R >> >> >>",
      "<< /Length " + std::to_string(text.size()) + " >>\nstream\n" + text + "\nendstream",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 5000 5000] >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  });
}

class IngestErrorsTest : public kehoach_test::CliFixture {};

TEST_F(IngestErrorsTest, UnreadablePageIsNamedAndTheRestIsStored) {
  Write("mixed.pdf", PdfWithOneUnreadablePage());
  Write("empty.txt", "");
  RunResult r = Run("ingest '" + dir_ + "/mixed.pdf' '" + dir_ + "/empty.txt' "
                    "corpus/plans/hy-kh-trien-khai-qd840-cong-nghiep-cns-2026.txt");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  // The unreadable page: file, page number and reason on one line.
  EXPECT_NE(r.err.find("mixed.pdf: trang 2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("vượt giới hạn 100 megapixel"), std::string::npos) << r.err;
  // The empty file is named too.
  EXPECT_NE(r.err.find("empty.txt"), std::string::npos) << r.err;

  json plans = Json("plans --format json");
  ASSERT_TRUE(plans.is_array());
  std::vector<std::string> files;
  for (const json& p : plans) files.push_back(p.dump());
  bool mixed = false, good = false;
  for (const std::string& p : files) {
    mixed = mixed || p.find("mixed.pdf") != std::string::npos;
    good = good || p.find("qd840") != std::string::npos;
  }
  EXPECT_TRUE(mixed) << "the readable page of mixed.pdf was not stored";
  EXPECT_TRUE(good) << "a bad file stopped the others";
  // The readable page's text made it into the store.
  json hits = Json("tasks --search 'co so du lieu doanh nghiep cong nghe so' --format json");
  ASSERT_TRUE(hits.is_array());
  bool found = false;
  for (const json& t : hits) found = found || t["source"]["file"].dump().find("mixed.pdf") != std::string::npos;
  EXPECT_TRUE(found) << hits.dump(1).substr(0, 1500);
}

TEST_F(IngestErrorsTest, NothingAlreadyStoredIsLostByALaterBadFile) {
  ASSERT_EQ(Run("ingest corpus/plans/hy-kh-trien-khai-qd840-cong-nghiep-cns-2026.txt").exit_code, 0);
  const size_t before = Json("tasks --format json").size();
  ASSERT_GT(before, 0u);
  Write("broken.pdf", "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R");  // truncated
  RunResult r = Run("ingest '" + dir_ + "/broken.pdf'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("broken.pdf"), std::string::npos) << r.err;
  EXPECT_EQ(Json("tasks --format json").size(), before);
}

}  // namespace
