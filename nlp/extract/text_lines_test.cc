#include "nlp/extract/text_lines.h"

#include <gtest/gtest.h>

namespace kehoach::nlp {
namespace {

TEST(TextLinesTest, SplitsTrimsAndNumbers) {
  std::string text = " QUYẾT ĐỊNH\nBan hành  \n \n";
  std::vector<TextLine> lines = SplitLines(text);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text, "QUYẾT ĐỊNH");
  EXPECT_EQ(lines[0].key, "quyet dinh");
  EXPECT_EQ(lines[1].number, 2);
  EXPECT_TRUE(lines[2].blank());
  EXPECT_EQ(lines[2].raw, " ");  // a line of spaces: an empty table cell
  EXPECT_EQ(lines[0].width, 10);
}

TEST(TextLinesTest, JoinsWrappedLines) {
  EXPECT_EQ(JoinWrapped({"Tiếp tục thực hiện các cơ chế,  ", " chính sách"}), "Tiếp tục thực hiện các cơ chế, chính sách");
}

TEST(TextLinesTest, ClauseEndsCapitalsAndPageNumbers) {
  EXPECT_TRUE(EndsClause("báo cáo UBND tỉnh theo quy định. "));
  EXPECT_FALSE(EndsClause("và chuyển đổi số quốc gia"));
  EXPECT_TRUE(StartsUpper("Đẩy mạnh"));
  EXPECT_FALSE(StartsUpper("đẩy mạnh"));
  EXPECT_EQ(CapitalizeFirst("đơn vị liên quan"), "Đơn vị liên quan");
  EXPECT_TRUE(IsPageNumberLine("12"));
  EXPECT_TRUE(IsPageNumberLine("- 3 -"));
  EXPECT_TRUE(IsPageNumberLine("Trang 4"));
  EXPECT_FALSE(IsPageNumberLine("1. Mục đích"));
  EXPECT_FALSE(IsPageNumberLine("12/2025"));
}


TEST(TextLinesTest, ParagraphPerLine) {
  std::string unwrapped, wrapped;
  for (int i = 0; i < 6; ++i) {
    unwrapped += "Chủ trì, phối hợp tham mưu bố trí kinh phí theo khả năng cân đối ngân sách.\n\n";
    wrapped += "Chủ trì, phối hợp tham mưu bố trí kinh phí theo khả năng cân đối\nngân sách của tỉnh.\n";
  }
  EXPECT_TRUE(ParagraphPerLine(SplitLines(unwrapped)));
  EXPECT_FALSE(ParagraphPerLine(SplitLines(wrapped)));
  EXPECT_FALSE(ParagraphPerLine(SplitLines("Một dòng.\n")));
}

}  // namespace
}  // namespace kehoach::nlp
