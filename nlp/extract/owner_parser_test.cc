#include "nlp/extract/owner_parser.h"

#include <gtest/gtest.h>

namespace kehoach::nlp {
namespace {

using Names = std::vector<std::string>;
const AgencyGazetteer& G() { return AgencyGazetteer::Default(); }

TEST(OwnerParserTest, GiaoChuTriPhoiHop) {
  Owners o = ParseInlineOwners(
      "Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh, các sở, ban, ngành, "
      "địa phương theo dõi, đôn đốc việc triển khai.",
      G());
  EXPECT_EQ(o.lead, Names{"Sở Khoa học và Công nghệ"});
  EXPECT_EQ(o.support, (Names{"Văn phòng Ủy ban nhân dân tỉnh", "Các sở, ban, ngành, địa phương"}));
}

TEST(OwnerParserTest, GiaoPhoiHopMakesTheOtherLead) {
  Owners o = ParseInlineOwners("Giao Văn phòng Ủy ban nhân dân tỉnh phối hợp với Sở Khoa học và Công nghệ báo cáo.", G());
  EXPECT_EQ(o.lead, Names{"Sở Khoa học và Công nghệ"});
  EXPECT_EQ(o.support, Names{"Văn phòng Ủy ban nhân dân tỉnh"});
}

TEST(OwnerParserTest, SubjectPhoiHopLeads) {
  Owners o = ParseInlineOwners("Hội đồng nhân dân tỉnh phối hợp với Ủy ban nhân dân tỉnh kịp thời thể chế hóa.", G());
  EXPECT_EQ(o.lead, Names{"Hội đồng nhân dân tỉnh"});
  EXPECT_EQ(o.support, Names{"Ủy ban nhân dân tỉnh"});
  EXPECT_TRUE(ParseInlineOwners("Hội đồng nhân dân tỉnh kịp thời thể chế hóa.", G(), false).lead.empty());
}

TEST(OwnerParserTest, DeNghiAndYeuCauAndLateChuTri) {
  Owners o = ParseInlineOwners(
      "Đề nghị các tổ chức chính trị - xã hội và tổ chức xã hội nghề nghiệp thuộc tỉnh căn cứ Chương trình; đề "
      "nghị Mặt trận Tổ quốc tỉnh phối hợp chặt chẽ với chính quyền các cấp.",
      G());
  EXPECT_EQ(o.lead, (Names{"Các tổ chức chính trị - xã hội và tổ chức xã hội nghề nghiệp thuộc tỉnh",
                           "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"}));
  EXPECT_TRUE(o.support.empty());
  o = ParseInlineOwners("Giao Sở Tài chính hàng năm, căn cứ khả năng cân đối ngân sách, chủ trì, phối hợp với các "
                        "cơ quan, đơn vị, địa phương tham mưu.",
                        G());
  EXPECT_EQ(o.lead, Names{"Sở Tài chính"});
  EXPECT_EQ(o.support, Names{"Các cơ quan, đơn vị, địa phương"});
  o = ParseInlineOwners("yêu cầu Thủ trưởng các sở, ban, ngành, đơn vị, địa phương xây dựng kế hoạch; gửi báo cáo về "
                        "Sở Khoa học và Công nghệ.",
                        G());
  EXPECT_EQ(o.lead, Names{"Các sở, ban, ngành, đơn vị, địa phương"});
}

TEST(OwnerParserTest, UnderAnAgencyHeading) {
  Names heading{"Sở Văn hóa, Thể thao và Du lịch"};
  Owners o = OwnersUnderHeading("Phối hợp Sở Tài chính trong bố trí kinh phí.", heading, G());
  EXPECT_EQ(o.lead, Names{"Sở Tài chính"});
  EXPECT_EQ(o.support, heading);
  o = OwnersUnderHeading("Phối hợp tuyên truyền về công nghiệp công nghệ số.", heading, G());
  EXPECT_TRUE(o.lead.empty());
  EXPECT_EQ(o.support, heading);
  o = OwnersUnderHeading("Chủ trì, phối hợp với Công an tỉnh bảo đảm an ninh mạng.", heading, G());
  EXPECT_EQ(o.lead, heading);
  EXPECT_EQ(o.support, Names{"Công an tỉnh"});
}


// Owners in text with residual garble after restoration (marks lost, letters
// swapped): long names match within a small edit distance, and the garbled
// "chủ trì, phù hợp với" (for "phối hợp với") still introduces the support.
TEST(OwnerParserTest, ToleratesResidualGarble) {
  Owners o = ParseInlineOwners("Hoi dong nhan den tinh phoi hop voi Uy ban nhan den tinh kip thoi the che hoa.", G());
  EXPECT_EQ(o.lead, Names{"Hội đồng nhân dân tỉnh"});
  EXPECT_EQ(o.support, Names{"Ủy ban nhân dân tỉnh"});
  o = ParseInlineOwners("Ban Tuyen giao va Dan van Tinh tu chu tri, phu hop voi cac co quan, don vi lien quan huong dan.", G());
  EXPECT_EQ(o.lead, Names{"Ban Tuyên giáo và Dân vận Tỉnh ủy"});
  EXPECT_EQ(o.support, Names{"Các cơ quan, đơn vị liên quan"});
  // "phù hợp với" elsewhere is the ordinary phrase, not an assignment.
  o = ParseInlineOwners("Sở Y tế xây dựng kế hoạch phù hợp với Sở Tài chính.", G());
  EXPECT_EQ(o.lead, Names{"Sở Y tế"});
  EXPECT_TRUE(o.support.empty());
  // Lowercase running text is not guessed at: "nhan den tinh" is no body here.
  o = ParseInlineOwners("Tang cuong hoi dong nhan den tinh thanh.", G());
  EXPECT_TRUE(o.lead.empty());
}

}  // namespace
}  // namespace kehoach::nlp
