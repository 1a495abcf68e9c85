#include "nlp/restore/lm_tokens.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kehoach::nlp::restore {
namespace {

using Sentences = std::vector<std::vector<std::string>>;

// Bug: text taken from PDFs double-spaces the lines of a paragraph; every
// empty line cut the sentence, so "xây" / "dựng" lost each other as context
// (in training and in restoration). A line that starts with a lower-case
// word goes on with the sentence.
TEST(LmTokensTest, LowerCaseLineAfterAnEmptyLineContinuesTheSentence) {
  EXPECT_EQ(LmSentences("vật liệu xây \n\ndựng, giống cây\n"),
            (Sentences{{"vật", "liệu", "xây", "dựng", ",", "giống", "cây"}}));
  EXPECT_EQ(LmSentences("dịch vụ tài\n\n\nchính tỉnh\n"), (Sentences{{"dịch", "vụ", "tài", "chính", "tỉnh"}}));
}

TEST(LmTokensTest, EmptyLineOrFinalPunctuationStillEndsTheSentence) {
  // A capitalized, numbered or bulleted line after an empty line starts anew.
  EXPECT_EQ(LmSentences("MỤC TIÊU\n\nPhát triển\n\n1. Mục tiêu\n\n- Sở\n"),
            (Sentences{{"mục", "tiêu"}, {"phát", "triển"}, {"<num>", ".", "mục", "tiêu"}, {"-", "sở"}}));
  // After sentence-final punctuation even a lower-case line starts anew.
  EXPECT_EQ(LmSentences("như sau:\nphát triển;\nvà\n"), (Sentences{{"như", "sau", ":"}, {"phát", "triển", ";"}, {"và"}}));
  // A wrap without an empty line does not cut it, whatever the case.
  EXPECT_EQ(LmSentences("Ban Quản\nLý\n"), (Sentences{{"ban", "quản", "lý"}}));
}

}  // namespace
}  // namespace kehoach::nlp::restore
