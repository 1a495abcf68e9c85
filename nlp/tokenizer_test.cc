#include "nlp/tokenizer.h"

#include <gtest/gtest.h>

#include <string>

namespace kehoach::nlp {
namespace {

TEST(TokenizerTest, WordsNumbersPunctuationWithOffsets) {
  // Line 10 of the DN plan (garbled OCR): digits inside words stay words.
  const std::string text = "Thue hién Nghi quyét s6 57-NQ/TW ngay 22/12/2024";
  auto tokens = Tokenize(text);
  ASSERT_GE(tokens.size(), 12u);
  EXPECT_EQ(tokens[0].text, "Thue");
  EXPECT_EQ(tokens[1].text, "hién");
  EXPECT_EQ(tokens[1].offset, 5u);
  EXPECT_EQ(tokens[4].text, "s6");
  EXPECT_EQ(tokens[4].type, TokenType::kWord);
  EXPECT_EQ(tokens[5].text, "57");
  EXPECT_EQ(tokens[5].type, TokenType::kNumber);
  EXPECT_EQ(tokens[6].text, "-");
  EXPECT_EQ(tokens[6].type, TokenType::kPunct);
  EXPECT_EQ(tokens[7].text, "NQ");
  for (const Token& t : tokens) EXPECT_EQ(text.substr(t.offset, t.text.size()), t.text);
}

TEST(TokenizerTest, LinesAndColumns) {
  const std::string text = "KẾ HOẠCH\n\nSố: /KH-UBND";
  auto tokens = Tokenize(text);
  ASSERT_EQ(tokens.size(), 8u);
  EXPECT_EQ(tokens[1].text, "HOẠCH");
  EXPECT_EQ(tokens[1].line, 1);
  EXPECT_EQ(tokens[1].column, 4);
  EXPECT_EQ(tokens[2].text, "Số");
  EXPECT_EQ(tokens[2].line, 3);
  EXPECT_EQ(tokens[2].column, 1);
  EXPECT_EQ(tokens[3].text, ":");
}

TEST(TokenizerTest, VietnameseNumberFormats) {
  auto tokens = Tokenize("duy trì trên 0,7; 1.000 doanh nghiệp; 16-18%/năm.");
  std::vector<std::string> numbers;
  for (const Token& t : tokens)
    if (t.type == TokenType::kNumber) numbers.emplace_back(t.text);
  EXPECT_EQ(numbers, (std::vector<std::string>{"0,7", "1.000", "16", "18"}));
  EXPECT_EQ(tokens.back().text, ".");  // a final dot is not part of a number
}

TEST(TokenizerTest, InvalidBytesBecomePunctuation) {
  auto tokens = Tokenize("a\xFF" "b");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[1].type, TokenType::kPunct);
}

}  // namespace
}  // namespace kehoach::nlp
