#include "nlp/extract/target_extractor.h"

#include <gtest/gtest.h>

#include <fstream>

#include "tests/temp_dir.h"

namespace kehoach::nlp {
namespace {

std::vector<Target> Extract(const std::string& s, int year = 2030) {
  static const std::vector<TextLine> kNoLines;
  return ExtractTargets(s, year, kNoLines, 1, 1);
}

TEST(TargetExtractorTest, ComparatorsComeFromTheDataFile) {
  const TargetComparators& d = TargetComparators::Default();
  ASSERT_NE(d.Find("toi thieu"), nullptr);
  EXPECT_EQ(d.Find("toi thieu")->comparator, ">=");
  ASSERT_NE(d.Find("khong qua"), nullptr);
  EXPECT_EQ(d.Find("khong qua")->comparator, "<=");
  ASSERT_NE(d.Find("tu"), nullptr);
  EXPECT_EQ(d.Find("tu")->role, ComparatorWord::Role::kFrom);
  EXPECT_EQ(d.Find("tu")->closing, "tro len");
  EXPECT_EQ(d.Find("dat")->role, ComparatorWord::Role::kWeak);
  EXPECT_EQ(d.Find("vuot muc"), nullptr);

  // A file with an extra phrase and a bad line: the file decides.
  kehoach_test::TempDir dir("target_comparators_");
  std::string path = dir.path() + "/comparators.tsv";
  std::ofstream(path) << "# phrase <TAB> comparator <TAB> role\n"
                         "tối thiểu\t>=\tstrict\n"
                         "vượt mức\t>\tstrict\n"
                         "đạt\t~\tweak\n"          // unknown comparator: skipped
                         "chiếm\t=\tsometimes\n"  // unknown role: skipped
                         "kể từ\t>=\tfrom\n"       // from without its closing phrase: skipped
                         "từ\t>=\tfrom\tcho đến nay\n";
  TargetComparators custom = TargetComparators::Load(path);
  ASSERT_EQ(custom.words().size(), 3u);
  EXPECT_EQ(custom.Find("ke tu"), nullptr);
  ASSERT_NE(custom.Find("tu"), nullptr);
  EXPECT_EQ(custom.Find("tu")->closing, "cho den nay");
  ASSERT_NE(custom.Find("vuot muc"), nullptr);
  EXPECT_EQ(custom.Find("vuot muc")->comparator, ">");
  EXPECT_EQ(custom.Find("dat"), nullptr);
  EXPECT_EQ(custom.Alternation(), "toi\\ thieu|vuot\\ muc|tu");
  EXPECT_TRUE(TargetComparators::Load(dir.path() + "/missing.tsv").words().empty());
}

// The loader is tested in trailing_phrases_test.cc; this is the file's content.
TEST(TargetExtractorTest, SkipWordsComeFromTheDataFile) {
  const TrailingPhrases& skip = TargetSkipWords();
  EXPECT_GE(skip.size(), 15u);
  for (const char* before : {"nam ", "ngay", "so ", "khoa", "dieu ", "lan ", "tieu chuan iso "})
    EXPECT_TRUE(skip.EndsText(before)) << before;
  EXPECT_FALSE(skip.EndsText("dat "));
  EXPECT_FALSE(skip.EndsText("hang nam nay "));
  EXPECT_FALSE(skip.EndsText("giam "));  // whole words: not "am"
}

TEST(TargetExtractorTest, VietnameseNumbers) {
  double v = 0;
  ASSERT_TRUE(ParseVietnameseNumber("0,7", &v));
  EXPECT_DOUBLE_EQ(v, 0.7);
  ASSERT_TRUE(ParseVietnameseNumber("1.000", &v));
  EXPECT_DOUBLE_EQ(v, 1000);
  ASSERT_TRUE(ParseVietnameseNumber("01", &v));
  EXPECT_DOUBLE_EQ(v, 1);
  EXPECT_FALSE(ParseVietnameseNumber("12a", &v));
}

TEST(TargetExtractorTest, ComparatorsRangesAndUnits) {
  std::vector<Target> t = Extract("Tăng tỷ trọng kinh tế số đạt tối thiểu 30% GRDP");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].comparator, ">=");
  EXPECT_DOUBLE_EQ(t[0].value, 30);
  EXPECT_EQ(t[0].unit, "% GRDP");
  EXPECT_EQ(t[0].year, 2030);
  t = Extract("Quy mô kinh tế số đạt 35% - 37% GRDP, trong đó kinh tế số các ngành chiếm 70%");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_DOUBLE_EQ(*t[0].value_max, 37);
  EXPECT_EQ(t[1].comparator, "=");
  EXPECT_DOUBLE_EQ(t[1].value, 70);
  t = Extract("số lượng đơn đăng ký sáng chế tăng trung bình 16-18%/năm, tỉ lệ khai thác đạt trên 8%");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].unit, "%/năm");
  EXPECT_EQ(t[1].comparator, ">");
  t = Extract("phát triển các sản phẩm đạt chứng nhận OCOP 4 đến 5 sao.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].unit, "sao");
  t = Extract("thu hút ít nhất 01 tổ chức khoa học và công nghệ; duy trì trên 0,7.");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_DOUBLE_EQ(t[0].value, 1);
  EXPECT_DOUBLE_EQ(t[1].value, 0.7);
  t = Extract("bảo đảm kinh phí là 3% tổng chi ngân sách hằng năm của tỉnh (với cơ cấu chi 1% cho nghiên cứu)");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].unit, "% tổng chi ngân sách");
  EXPECT_EQ(Extract("Quy mô kinh tế số đạt 40% vào năm 2035")[0].year, 2035);
}

TEST(TargetExtractorTest, NotTargets) {
  EXPECT_TRUE(Extract("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị").empty());
  EXPECT_TRUE(Extract("mạng di động 5G, 6G; tiêu chuẩn ISO 9001:2015; công nghiệp 4.0").empty());
  EXPECT_TRUE(Extract("giai đoạn 2025-2030, tầm nhìn đến năm 2045; định kỳ 01 năm, 05 năm").empty());
  EXPECT_TRUE(Extract("phương châm 6 rõ; mô hình chính quyền 2 cấp").empty());
}


// "từ N <đơn vị> trở lên" is "at least N"; comparator words one letter off
// (residual OCR garble: "ít nhit", "tỉ thiểu", "trở lớn") still count.
TEST(TargetExtractorTest, TuTroLenAndGarbledComparators) {
  std::vector<Target> t = Extract("phủ sóng băng thông rộng tốc độ từ 100 Mbps trở lên cho hộ gia đình.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].comparator, ">=");
  EXPECT_DOUBLE_EQ(t[0].value, 100);
  EXPECT_EQ(t[0].unit, "Mbps");
  t = Extract("tốc độ từ 10 Mbps trợ lớn cho người dùng.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].comparator, ">=");
  t = Extract("Thu hút được ít nhit 2 doanh nghiệp lớn đầu tư.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].comparator, ">=");
  EXPECT_EQ(t[0].unit, "doanh nghiệp");
  t = Extract("tỷ lệ hồ sơ trực tuyến đạt tỉ thiểu 40%.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].comparator, ">=");
  EXPECT_TRUE(Extract("hỗ trợ từ 5 doanh nghiệp tham gia.").empty());  // "từ" without "trở lên"
  t = Extract("bố trí ít nhất 2% tổng chi ngân sách hàmg năm cho chuyển đổi số.");  // stop word one letter off
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].unit, "% tổng chi ngân sách");
  // A stop word is found after an earlier word it only begins ("chọn" before "cho").
  t = Extract("bố trí 2% tổng chi ngân sách chọn lọc cho chuyển đổi số.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].unit, "% tổng chi ngân sách chọn lọc");
  t = Extract("tăng trưởng từ 16 đến 18%/năm.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].comparator, "=");
  EXPECT_EQ(t[0].value_max, 18.0);
}

}  // namespace
}  // namespace kehoach::nlp
