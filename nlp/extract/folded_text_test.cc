#include "nlp/extract/folded_text.h"

#include <gtest/gtest.h>

namespace kehoach::nlp {
namespace {

TEST(FoldedTextTest, FoldsMarksAndDAndMapsBack) {
  FoldedText f("Tháng 12/2025 của Sở KH&CN");
  EXPECT_EQ(f.key(), "thang 12/2025 cua so kh&cn");
  size_t at = f.key().find("cua so");
  EXPECT_EQ(f.Original(at, at + 6), "của Sở");
  EXPECT_EQ(FoldKey("Đồng Nai"), "dong nai");
}

TEST(FoldedTextTest, KeepsOtherCharactersAndSplitsWords) {
  EXPECT_EQ(FoldKey("“Make in Việt Nam”"), "“make in viet nam”");
  std::vector<std::string> w = FoldedWords(FoldKey("Quý II/2026 — đạt 35%"));
  EXPECT_EQ(w, (std::vector<std::string>{"quy", "ii", "2026", "dat", "35"}));
}

}  // namespace
}  // namespace kehoach::nlp
