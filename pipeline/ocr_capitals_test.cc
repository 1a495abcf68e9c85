#include "pipeline/ocr_capitals.h"

#include <gtest/gtest.h>

#include <fstream>
#include <memory>

#include "nlp/restore/model_trainer.h"
#include "tests/temp_dir.h"

namespace kehoach::pipeline {
namespace {

const char* kClean =
    "Ủy ban nhân dân tỉnh tổ chức thực hiện kế hoạch phát triển công nghệ số.\n"
    "Các sở, ngành tổ chức thực hiện nhiệm vụ, giải pháp chủ yếu của kế hoạch.\n"
    "Mục đích, yêu cầu của kế hoạch là phát triển công nghiệp công nghệ số.\n"
    "Kinh phí thực hiện kế hoạch từ nguồn ngân sách nhà nước.\n";

class OcrCapitalsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // A folder of this process: ctest runs each test as its own process, two at once.
    kehoach_test::TempDir dir("caps-test-");
    std::ofstream(dir.File("caps-clean.txt")) << kClean;
    nlp::restore::TrainOptions opt;
    opt.text.push_back({dir.File("caps-clean.txt"), 3});
    opt.out = dir.File("caps-model.bin");
    ASSERT_TRUE(nlp::restore::TrainRestoreModel(opt).ok());
    auto r = nlp::restore::DiacriticRestorer::Open(opt.out);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    restorer_ = std::move(*r);
  }
  static void TearDownTestSuite() { restorer_.reset(); }
  static std::unique_ptr<nlp::restore::DiacriticRestorer> restorer_;
};
std::unique_ptr<nlp::restore::DiacriticRestorer> OcrCapitalsTest::restorer_;

TEST_F(OcrCapitalsTest, RestoresMarksOfCapitalHeadingsAndTheRomanNumeralsDot) {
  EXPECT_EQ(FixCapitalLine("IV TỔ CHỨC THỤC HIỆN", *restorer_), "IV. TỔ CHỨC THỰC HIỆN");
  EXPECT_EQ(FixCapitalLine("I. MỤC ĐÍCH, YÊU CÂU", *restorer_), "I. MỤC ĐÍCH, YÊU CẦU");
  EXPECT_EQ(FixCapitalLine("III. KINH PHÍ THỰC HIỆN", *restorer_), "III. KINH PHÍ THỰC HIỆN");
}

TEST_F(OcrCapitalsTest, LeavesMixedCaseLinesAndUnknownWordsAlone) {
  // Only capital lines are checked: lowercase marks are Tesseract's strength.
  EXPECT_EQ(FixCapitalLine("Các sở tổ chức thục hiện", *restorer_), "Các sở tổ chức thục hiện");
  // A word the model does not know keeps its OCR reading, marks and all.
  EXPECT_EQ(FixCapitalLine("QĐĐ- TỔ CHỨC", *restorer_), "QĐĐ- TỔ CHỨC");
  EXPECT_EQ(FixCapitalLine("123 - 45", *restorer_), "123 - 45");
  // The confidence gate: nothing passes a gate above 1.
  EXPECT_EQ(FixCapitalLine("TỔ CHỨC THỤC HIỆN", *restorer_, 1.01), "TỔ CHỨC THỤC HIỆN");
}

TEST_F(OcrCapitalsTest, FixesOnlyOcrLinesOutsideTables) {
  std::vector<ocr::PageText> pages(2);
  pages[0].source = ocr::PageSource::kOcr;
  pages[0].lines.resize(2);
  pages[0].lines[0].text = "IV TỔ CHỨC THỤC HIỆN";
  pages[0].lines[1].text = "TỔ CHỨC THỤC HIỆN";
  pages[0].lines[1].table = 0;
  pages[1].source = ocr::PageSource::kTextLayer;
  pages[1].lines.resize(1);
  pages[1].lines[0].text = "TỔ CHỨC THỤC HIỆN";
  EXPECT_EQ(FixCapitalLines(&pages, *restorer_), 1);
  EXPECT_EQ(pages[0].lines[0].text, "IV. TỔ CHỨC THỰC HIỆN");
  EXPECT_EQ(pages[0].lines[1].text, "TỔ CHỨC THỤC HIỆN");
  EXPECT_EQ(pages[1].lines[0].text, "TỔ CHỨC THỤC HIỆN");
}

}  // namespace
}  // namespace kehoach::pipeline
