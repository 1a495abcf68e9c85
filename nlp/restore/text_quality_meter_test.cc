#include "nlp/restore/text_quality_meter.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace kehoach::nlp::restore {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(TextQualityMeterTest, CleanPlanNeedsNoRestoration) {
  std::string text = ReadFile("corpus/plans/hy-kh-trien-khai-qd840-cong-nghiep-cns-2026.txt");
  ASSERT_FALSE(text.empty());
  TextQualityFigures q = MeasureTextQuality(text);
  EXPECT_GT(q.valid_syllable_share, 0.9);
  EXPECT_GT(q.marked_share, 0.6);
  EXPECT_FALSE(q.NeedsRestoration());
}

TEST(TextQualityMeterTest, EnglishOcrOfTheDongNaiPlanNeedsRestoration) {
  std::string text = ReadFile("corpus/plans/dn-kh-433-tu-nq57-ocr-eng.txt");
  ASSERT_FALSE(text.empty());
  TextQualityFigures q = MeasureTextQuality(text);
  EXPECT_LT(q.marked_share, 0.5);
  EXPECT_GT(q.garbled_share, 0.005);
  EXPECT_TRUE(q.NeedsRestoration());
}

TEST(TextQualityMeterTest, UnmarkedTextAndShortText) {
  std::string unmarked;
  for (int i = 0; i < 10; ++i) unmarked += "Thuc hien Nghi quyet so 57-NQ/TW cua Bo Chinh tri. ";
  TextQualityFigures q = MeasureTextQuality(unmarked);
  EXPECT_NEAR(q.marked_share, 0.0, 1e-9);
  EXPECT_TRUE(q.NeedsRestoration());
  EXPECT_FALSE(MeasureTextQuality("Thuc hien").NeedsRestoration());  // too short to judge
  EXPECT_EQ(MeasureTextQuality("").words, 0);
}

}  // namespace
}  // namespace kehoach::nlp::restore
