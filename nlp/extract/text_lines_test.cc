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

TEST(TextLinesTest, SplitColumns) {
  EXPECT_EQ(SplitColumns("từ\t>= \t from\ttrở lên "),
            (std::vector<std::string_view>{"từ", ">=", "from", "trở lên"}));
  EXPECT_EQ(SplitColumns("one column"), (std::vector<std::string_view>{"one column"}));
  EXPECT_EQ(SplitColumns("a\t\tc\t"), (std::vector<std::string_view>{"a", "", "c", ""}));
}

// The rule shared by the structure parser (a title is required) and the
// table parser (a group line may be the numeral alone).
TEST(TextLinesTest, UndottedRoman) {
  std::string numeral, title;
  ASSERT_TRUE(ParseUndottedRoman("IV Tổ chức thực hiện", 3, false, &numeral, &title));
  EXPECT_EQ(numeral, "IV");
  EXPECT_EQ(title, "Tổ chức thực hiện");
  EXPECT_TRUE(ParseUndottedRoman("I Đẩy mạnh", 0, false, &numeral, &title));
  EXPECT_FALSE(ParseUndottedRoman("IV Tổ chức thực hiện", 2, false, &numeral, &title));  // not next
  EXPECT_FALSE(ParseUndottedRoman("IV Tổ chức thực hiện", 4, false, &numeral, &title));
  EXPECT_FALSE(ParseUndottedRoman("IV tổ chức", 3, false, &numeral, &title));  // not a title
  EXPECT_FALSE(ParseUndottedRoman("IV. Tổ chức", 3, true, &numeral, &title));  // has its dot
  EXPECT_FALSE(ParseUndottedRoman("IVA Tổ chức", 3, true, &numeral, &title));
  EXPECT_FALSE(ParseUndottedRoman("Ví dụ", 0, true, &numeral, &title));
  // Alone: only where allowed.
  EXPECT_FALSE(ParseUndottedRoman("III", 2, false, &numeral, &title));
  ASSERT_TRUE(ParseUndottedRoman("III", 2, true, &numeral, &title));
  EXPECT_EQ(numeral, "III");
  EXPECT_EQ(title, "");
}

}  // namespace
}  // namespace kehoach::nlp
