#include "nlp/extract/structure_parser.h"

#include <gtest/gtest.h>

namespace kehoach::nlp {
namespace {

DocumentStructure Parse(const std::string& text, std::vector<TextLine>* keep) {
  *keep = SplitLines(text);
  return ParseStructure(*keep, 0, keep->size());
}

const Block* Find(const DocumentStructure& d, const std::string& prefix) {
  for (const Block& b : d.blocks)
    if (b.text.rfind(prefix, 0) == 0) return &b;
  return nullptr;
}

std::string PathOf(const DocumentStructure& d, const std::string& prefix) {
  const Block* b = Find(d, prefix);
  return b ? b->path : "<missing>";
}

TEST(StructureParserTest, BuildsPathsAndRoles) {
  std::string text =
      "I. MỤC ĐÍCH, YÊU CẦU\n"
      "a) Tuyên truyền, quán triệt nghị quyết.\n"
      "II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU\n"
      "A. Giai đoạn 2025-2030\n"
      "1. Đẩy mạnh tuyên truyền, quán triệt về nội dung Chương trình phát\n"
      "triển khoa học, công nghệ\n"
      "a) Ban hành chương trình tuyên truyền.\n"
      " - Xây dựng các chuyên đề, chuyên trang.\n"
      "2. Định hướng khoa học\n"
      "2.1. Định hướng các nhiệm vụ phát triển công nghiệp\n"
      "a) Tăng cường nghiên cứu.\n"
      "IV- TỔ CHỨC THỰC HIỆN\n"
      "1- Giao Sở Tài chính chủ trì.\n";
  std::vector<TextLine> lines;
  DocumentStructure d = Parse(text, &lines);
  const Block* a = Find(d, "Ban hành");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->path, "II.A.1.a");
  EXPECT_EQ(a->role, SectionRole::kTasks);
  EXPECT_FALSE(a->title);
  const Block* heading = Find(d, "Đẩy mạnh tuyên truyền");
  ASSERT_NE(heading, nullptr);
  EXPECT_TRUE(heading->title);
  EXPECT_EQ(heading->text, "Đẩy mạnh tuyên truyền, quán triệt về nội dung Chương trình phát triển khoa học, công nghệ");
  EXPECT_EQ(PathOf(d, "Xây dựng các chuyên đề"), "II.A.1.a");  // bullets add no level
  EXPECT_EQ(PathOf(d, "Tăng cường nghiên cứu"), "II.A.2.1.a");
  ASSERT_NE(Find(d, "Tuyên truyền"), nullptr);
  EXPECT_EQ(Find(d, "Tuyên truyền")->role, SectionRole::kPurpose);
  const Block* giao = Find(d, "Giao Sở Tài chính");
  ASSERT_NE(giao, nullptr);
  EXPECT_EQ(giao->path, "IV.1");
  EXPECT_EQ(giao->role, SectionRole::kOrganization);
}

TEST(StructureParserTest, ParagraphsAfterTitlesAndBodies) {
  std::string text =
      "II. NHIỆM VỤ\n"
      "b) Tăng cường an ninh mạng\n"
      "Nâng cấp, hoàn thiện hạ tầng công nghệ thông tin.\n"
      "IV. TỔ CHỨC THỰC HIỆN\n"
      "1. Giao Văn phòng Ủy ban nhân dân tỉnh phối hợp với Sở Khoa học và\n"
      "Công nghệ báo cáo kết quả.\n"
      "Trong quá trình triển khai, các cơ quan kịp thời báo cáo.\n";
  std::vector<TextLine> lines;
  DocumentStructure d = Parse(text, &lines);
  const Block* p = Find(d, "Nâng cấp");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->path, "II.b");  // a paragraph under a title belongs to it
  const Block* item = Find(d, "Giao Văn phòng");
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(item->text,
            "Giao Văn phòng Ủy ban nhân dân tỉnh phối hợp với Sở Khoa học và Công nghệ báo cáo kết quả.");
  const Block* closing = Find(d, "Trong quá trình");
  ASSERT_NE(closing, nullptr);
  EXPECT_EQ(closing->path, "IV");  // after a body item: back to the parent
}

TEST(StructureParserTest, RobustToNumberingMistakesPageNumbersAndWraps) {
  std::string text =
      "I. MỤC TIÊU\n"
      "II. NHIỆM VỤ\n"
      "1. Thực hiện Nghị quyết số\n"
      "57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.\n"
      "12\n"
      "III. KINH PHÍ\n"
      "III. TỔ CHỨC THỰC HIỆN\n"
      "7. Số bảy không theo thứ tự.\n";
  std::vector<TextLine> lines;
  DocumentStructure d = Parse(text, &lines);
  const Block* item = Find(d, "Thực hiện Nghị quyết");
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(item->text, "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.");  // no "57-" marker, no "12"
  int threes = 0;
  for (const Block& b : d.blocks) threes += b.marker == "III";
  EXPECT_EQ(threes, 2);  // both "III." kept
  const Block* last = Find(d, "TỔ CHỨC");
  ASSERT_NE(last, nullptr);
  EXPECT_EQ(last->role, SectionRole::kOrganization);
  // "7." is out of sequence under the second III: a continuation, not an item.
  EXPECT_EQ(Find(d, "Số bảy"), nullptr);
}


// A text file with one paragraph per line (not wrapped): every line that ends
// a clause ends its paragraph, however long it is; the closing paragraph of a
// section ("Trong quá trình triển khai ...") belongs to the section, not to
// its last agency heading.
TEST(StructureParserTest, ParagraphPerLineAndClosingParagraph) {
  const std::string para =
      "Chủ trì, phối hợp tham mưu bố trí kinh phí theo khả năng cân đối ngân sách; hướng dẫn lồng ghép "
      "nguồn lực; tham mưu cơ chế hỗ trợ, xúc tiến đầu tư, phát triển doanh nghiệp theo quy định.\n\n";
  std::string text = "I. NHIỆM VỤ\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính\n\n" + para + "2. Hiệp hội doanh nghiệp\n\n" +
                     "Phối hợp đề xuất sáng kiến, bài toán, giải pháp; tham gia đào tạo, ươm tạo, chuyển giao công "
                     "nghệ, phát triển sản phẩm, dịch vụ công nghệ số, kết nối thị trường và chuỗi cung ứng.\n\n" +
                     "Trong quá trình triển khai thực hiện, nếu có vướng mắc; các sở, ban, ngành, địa phương phản "
                     "ánh kịp thời về Sở Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh./.\n";
  for (int i = 0; i < 6; ++i) text += para;  // enough lines to measure the layout
  std::vector<TextLine> lines;
  DocumentStructure d = Parse(text, &lines);
  const Block* last = Find(d, "Phối hợp đề xuất");
  ASSERT_NE(last, nullptr);
  EXPECT_EQ(last->path, "II.2");
  EXPECT_EQ(last->first_line, last->last_line);
  const Block* closing = Find(d, "Trong quá trình");
  ASSERT_NE(closing, nullptr);
  EXPECT_EQ(closing->path, "II");
}

// OCR loses the dot after a Roman numeral ("IV Tổ chức thực hiện"): a Roman
// numeral next in sequence followed by a capitalized heading is still a
// section; one out of sequence, or followed by lowercase text, is not.
TEST(StructureParserTest, RomanHeadingWithoutDot) {
  std::string text =
      "I. MỤC TIÊU\n"
      "II. NHIỆM VỤ\n"
      "1. Xây dựng cơ sở dữ liệu dùng chung.\n"
      "III KINH PHÍ THỰC HIỆN\n"
      "Ngân sách tỉnh bảo đảm.\n"
      "IV Tổ chức thực hiện\n"
      "1. Giao Sở Tài chính chủ trì.\n"
      "VI Sáu không theo thứ tự.\n"
      "V sau chữ thường không phải đề mục.\n";
  std::vector<TextLine> lines;
  DocumentStructure d = Parse(text, &lines);
  const Block* funding = Find(d, "KINH PHÍ");
  ASSERT_NE(funding, nullptr);
  EXPECT_EQ(funding->path, "III");
  EXPECT_EQ(funding->role, SectionRole::kFunding);
  const Block* giao = Find(d, "Giao Sở Tài chính");
  ASSERT_NE(giao, nullptr);
  EXPECT_EQ(giao->path, "IV.1");
  EXPECT_EQ(giao->role, SectionRole::kOrganization);
  EXPECT_EQ(Find(d, "Sáu không"), nullptr);  // "VI" skips V: a continuation
  EXPECT_EQ(Find(d, "sau chữ thường"), nullptr);
}

}  // namespace
}  // namespace kehoach::nlp
