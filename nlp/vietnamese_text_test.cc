#include "nlp/vietnamese_text.h"

#include <gtest/gtest.h>

namespace kehoach::nlp {
namespace {

TEST(ToNfcTest, ComposesDecomposedInput) {
  // "Nghiệp" written as e + combining dot below + combining circumflex.
  Result<std::string> r = ToNfc("Nghie\xCC\xA3\xCC\x82p");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "Nghiệp");
}

TEST(ToNfcTest, DropsBomAndUnifiesLineEnds) {
  Result<std::string> r = ToNfc("\xEF\xBB\xBFKẾ HOẠCH\r\nSố: /KH-UBND\rx");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "KẾ HOẠCH\nSố: /KH-UBND\nx");
}

TEST(ToNfcTest, RejectsInvalidUtf8NamingLineAndByte) {
  // TCVN3-style bytes are not UTF-8.
  Result<std::string> r = ToNfc("dong 1\nK\xB8 ho\xB9\x63h");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kCorruption);
  EXPECT_NE(r.status().message().find("dòng 2"), std::string::npos);
  EXPECT_NE(r.status().message().find("byte 8"), std::string::npos);
}

TEST(IsValidUtf8Test, ReportsOffset) {
  size_t off = 99;
  EXPECT_TRUE(IsValidUtf8("Hưng Yên"));
  EXPECT_FALSE(IsValidUtf8("ab\xC3", &off));
  EXPECT_EQ(off, 2u);
}

TEST(CaseTest, VietnameseLetters) {
  EXPECT_EQ(ToUpper("Đồng Nai, ngày 28 tháng 02"), "ĐỒNG NAI, NGÀY 28 THÁNG 02");
  EXPECT_EQ(ToLower("ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN"), "ủy ban nhân dân tỉnh hưng yên");
}

TEST(FoldTest, RemovesMarksAndFoldsDStroke) {
  EXPECT_EQ(Fold("Sở Khoa học và Công nghệ"), "so khoa hoc va cong nghe");
  EXPECT_EQ(Fold("xúc tiến đầu tư"), "xuc tien dau tu");
  EXPECT_EQ(Fold("ĐỒNG NAI"), "dong nai");
  EXPECT_EQ(Fold("Nghị quyết số 57-NQ/TW"), "nghi quyet so 57-nq/tw");
  // Both tone placements and NFD input fold the same.
  EXPECT_EQ(Fold("hoà"), Fold("hòa"));
  EXPECT_EQ(Fold("ho\xCC\x80" "a"), "hoa");
}

TEST(DisplayWidthTest, CombiningMarksTakeNoColumn) {
  EXPECT_EQ(DisplayWidth("Sở Tài chính"), 12);
  EXPECT_EQ(DisplayWidth("ho\xCC\x80" "a"), 3);  // NFD: the mark adds nothing
  EXPECT_EQ(DisplayWidth("日本"), 4);
}

}  // namespace
}  // namespace kehoach::nlp
