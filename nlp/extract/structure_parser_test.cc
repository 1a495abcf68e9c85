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

}  // namespace
}  // namespace kehoach::nlp
