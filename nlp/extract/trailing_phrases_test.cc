#include "nlp/extract/trailing_phrases.h"

#include <gtest/gtest.h>

#include <fstream>

#include "tests/temp_dir.h"

namespace kehoach::nlp {
namespace {

TEST(TrailingPhrasesTest, WholeWordsAtTheEndFromTheFile) {
  kehoach_test::TempDir dir("trailing_phrases_");
  std::string path = dir.path() + "/phrases.tsv";
  std::ofstream(path) << "# phrase <TAB> anything\nvà\tjoiner\nchi cục\nÁ+B\n\n";
  TrailingPhrases p = TrailingPhrases::Load(path);
  EXPECT_EQ(p.size(), 3u);
  EXPECT_TRUE(p.EndsText("va"));
  EXPECT_TRUE(p.EndsText("cong an va"));
  EXPECT_TRUE(p.EndsText("cong an va  "));  // trailing spaces
  EXPECT_TRUE(p.EndsText("so tai chinh; chi cuc"));
  EXPECT_TRUE(p.EndsText("theo a+b"));       // quoted, not a pattern
  EXPECT_FALSE(p.EndsText("theo aab"));
  EXPECT_FALSE(p.EndsText("java"));          // whole words only
  EXPECT_FALSE(p.EndsText("va nganh"));      // at the end only
  EXPECT_FALSE(p.EndsText("chi"));
  TrailingPhrases none = TrailingPhrases::Load(dir.path() + "/missing.tsv");
  EXPECT_EQ(none.size(), 0u);
  EXPECT_FALSE(none.EndsText("va"));
}

}  // namespace
}  // namespace kehoach::nlp
