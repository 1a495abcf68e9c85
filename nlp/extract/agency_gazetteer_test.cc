#include "nlp/extract/agency_gazetteer.h"

#include <gtest/gtest.h>

#include "nlp/extract/folded_text.h"

namespace kehoach::nlp {
namespace {

using Names = std::vector<std::string>;

TEST(AgencyGazetteerTest, LoadsTheDataFile) {
  ASSERT_TRUE(AgencyGazetteer::LoadStatus().ok()) << AgencyGazetteer::LoadStatus().ToString();
  EXPECT_GT(AgencyGazetteer::Default().size(), 50u);
}

TEST(AgencyGazetteerTest, CanonicalizesAliases) {
  const AgencyGazetteer& g = AgencyGazetteer::Default();
  EXPECT_EQ(g.Canonical("Sở KH&CN"), "Sở Khoa học và Công nghệ");
  EXPECT_EQ(g.Canonical("SKHCN"), "Sở Khoa học và Công nghệ");
  EXPECT_EQ(g.Canonical("VP UBND tỉnh"), "Văn phòng Ủy ban nhân dân tỉnh");
  EXPECT_EQ(g.Canonical("UBND các xã, phường"), "Ủy ban nhân dân cấp xã");
  EXPECT_EQ(g.Canonical("Sở Tài chính và"), "");  // not the whole text
  EXPECT_EQ(g.Canonical("Ban Quản lý khu kinh tế"), "Ban Quản lý Khu kinh tế tỉnh");
}

TEST(AgencyGazetteerTest, SplitsCellsFromTheCorpus) {
  const AgencyGazetteer& g = AgencyGazetteer::Default();
  // hy-qd Phụ lục I rows 2, 4, 10, 11, 15 (wraps joined).
  EXPECT_EQ(g.Split("Văn phòng UBND tỉnh, Công an tỉnh, Sở Khoa học và Công nghệ"),
            (Names{"Văn phòng Ủy ban nhân dân tỉnh", "Công an tỉnh", "Sở Khoa học và Công nghệ"}));
  EXPECT_EQ(g.Split("Sở Tài chính, các địa phương thuộc tỉnh"), (Names{"Sở Tài chính", "Các địa phương thuộc tỉnh"}));
  EXPECT_EQ(g.Split("Sở Tài chính, đơn vị liên quan"), (Names{"Sở Tài chính", "Đơn vị liên quan"}));
  EXPECT_EQ(g.Split("Sở Tài chính; Sở Nội vụ; các sở, ban, ngành, đơn vị, địa phương"),
            (Names{"Sở Tài chính", "Sở Nội vụ", "Các sở, ban, ngành, đơn vị, địa phương"}));
  EXPECT_EQ(g.Split("Các sở, ban, ngành, đơn vị, địa phương; các trường đại học, cao đẳng trên địa bàn tỉnh"),
            (Names{"Các sở, ban, ngành, đơn vị, địa phương", "Các trường đại học, cao đẳng trên địa bàn tỉnh"}));
  EXPECT_EQ(g.Split("Sở Văn hóa, Thể thao và Du lịch"), (Names{"Sở Văn hóa, Thể thao và Du lịch"}));
  EXPECT_EQ(g.Split(""), Names{});
}

TEST(AgencyGazetteerTest, SplitListSplitsUnknownHeadingsAtCommas) {
  const AgencyGazetteer& g = AgencyGazetteer::Default();
  EXPECT_EQ(g.SplitList("Hiệp hội doanh nghiệp, Trường đại học, Viện nghiên cứu"),
            (Names{"Hiệp hội doanh nghiệp", "Trường đại học", "Viện nghiên cứu"}));
  EXPECT_TRUE(g.StartsWithAgency("Sở Nông nghiệp"));
  EXPECT_TRUE(g.StartsWithAgency("Các sở, ban,"));
  EXPECT_FALSE(g.StartsWithAgency("Cơ chế, chính"));
}

TEST(AgencyGazetteerTest, ExtensibleAtRunTime) {
  AgencyGazetteer g;
  g.Add("Sở Ngoại vụ", {"SNgV"});
  EXPECT_EQ(g.Canonical("sngv"), "Sở Ngoại vụ");
  EXPECT_EQ(g.size(), 1u);
  EXPECT_FALSE(g.LoadFiles("/nonexistent/agencies.tsv", "/nonexistent/heads.txt").ok());
}


// Residual OCR garble after restoration: long names within a small edit
// distance match; short names, ties between two bodies and distant text do not.
TEST(AgencyGazetteerTest, FuzzyMatchOfLongNames) {
  const AgencyGazetteer& g = AgencyGazetteer::Default();
  auto fuzzy = [&g](const std::string& text) {
    std::string key = FoldKey(text);
    std::vector<KeyWord> words = KeyWords(key);
    const std::string* canonical = nullptr;
    size_t n = g.FuzzyMatchAt(words, 0, &canonical);
    return n > 0 && canonical ? *canonical + "/" + std::to_string(n) : std::string();
  };
  EXPECT_EQ(fuzzy("Hoi dong nhan den tinh phoi hop"), "Hội đồng nhân dân tỉnh/5");
  EXPECT_EQ(fuzzy("Van phong Tinh ty phoi hop"), "Văn phòng Tỉnh ủy/4");
  EXPECT_EQ(fuzzy("Pang ty Uy ban nhen dan tinh tham muu"), "Đảng ủy Ủy ban nhân dân tỉnh/7");
  EXPECT_EQ(fuzzy("Sa Khoa hoc va Cong nghe"), "Sở Khoa học và Công nghệ/6");
  EXPECT_EQ(fuzzy("Xo Khoa hoc va Cong nghe"), "");  // as close to Sở as to Bộ: no guess
  EXPECT_EQ(fuzzy("So Tai chinb"), "");              // too short to guess
  EXPECT_EQ(fuzzy("Uy ban nhan dan toc"), "");      // too far
  EXPECT_EQ(fuzzy("Hoi dong nhan dan tinh"), "Hội đồng nhân dân tỉnh/5");  // exact is also within
}

}  // namespace
}  // namespace kehoach::nlp
