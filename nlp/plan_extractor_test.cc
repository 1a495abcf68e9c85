// End-to-end checks of ExtractPlan on the tune part of the sample corpus
// (the held-out plan and lines are not used here).
#include "nlp/plan_extractor.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace kehoach::nlp {
namespace {

std::string Read(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const Task* At(const ExtractedPlan& p, int line) {
  for (const Task& t : p.tasks)
    if (t.source.line == line) return &t;
  return nullptr;
}

TEST(PlanExtractorTest, HyQdTuneLines) {
  std::string text = Read("corpus/plans/hy-qd-chuong-trinh-khcn-dmst-cds-2025.txt");
  ASSERT_FALSE(text.empty());
  Result<ExtractedPlan> r = ExtractPlan(text, {"corpus/plans/hy-qd.txt", "p"});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const ExtractedPlan& p = *r;
  EXPECT_EQ(p.meta.type, "Quyết định");
  EXPECT_EQ(p.meta.horizon.end_year, 2030);
  int tune = 0;
  for (const Task& t : p.tasks) tune += t.source.line < 2109;
  EXPECT_EQ(tune, 145);
  const Task* t = At(p, 233);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->section, "II.A.1.a");
  EXPECT_EQ(t->deadline.kind, DeadlineKind::kHorizon);
  EXPECT_EQ(p.tasks.front().id, "p-1");
  t = At(p, 1300);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->deadline.end, "2045-12-31");  // "B. Tầm nhìn đến năm 2045"
  EXPECT_TRUE(t->deadline.inherited);
  t = At(p, 1438);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->kind, TaskKind::kAssignment);
  EXPECT_EQ(t->lead, std::vector<std::string>{"Sở Khoa học và Công nghệ"});
  t = At(p, 1542);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->section, "Phụ lục I/I.2");
  EXPECT_EQ(t->kind, TaskKind::kTableRow);
  EXPECT_EQ(t->deadline.end, "2025-12-31");
  EXPECT_EQ(t->support.size(), 3u);
  EXPECT_GE(p.targets.size(), 9u);
}

TEST(PlanExtractorTest, EmptyAndUnstructuredText) {
  Result<ExtractedPlan> r = ExtractPlan("", {"empty.txt", "e"});
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->tasks.empty());
  r = ExtractPlan("Một đoạn văn không có cấu trúc.\nDòng thứ hai.", {"x.txt", "x"});
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->tasks.empty());
}


// Synthetic plan in the shape the issue describes: agency headings under TỔ
// CHỨC THỰC HIỆN whose work is one plain paragraph (no bullet).
const char* kAgencyHeadingPlan =
    "KẾ HOẠCH\n"
    "Triển khai chương trình chuyển đổi số\n"
    "I. NHIỆM VỤ\n"
    "- Xây dựng cơ sở dữ liệu dùng chung của tỉnh.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "\n"
    "1. Sở Khoa học và Công nghệ\n"
    "\n"
    "Là cơ quan đầu mối, chủ trì theo dõi, đôn đốc, tổng hợp; hướng dẫn các cơ quan, đơn vị xây dựng\n"
    "nhiệm vụ, chỉ tiêu, báo cáo kết quả thực hiện.\n"
    "\n"
    "2. Sở Tài chính\n"
    "\n"
    "Chủ trì, phối hợp tham mưu bố trí kinh phí theo khả năng cân đối ngân sách; hướng dẫn lồng ghép\n"
    "nguồn lực theo quy định.\n"
    "\n"
    "3. Sở Văn hóa, Thể thao và Du lịch\n"
    "\n"
    "Phối hợp xây dựng cơ sở dữ liệu du lịch; phối hợp phát triển du lịch thông minh.\n"
    "\n"
    "4. Sở Xây dựng\n"
    "\n"
    "Chủ trì nội dung đô thị thông minh, hạ tầng kỹ thuật đô thị. Cần rà soát căn cứ quy hoạch.\n";

TEST(PlanExtractorTest, AgencyHeadingOwnsPlainParagraph) {
  Result<ExtractedPlan> r = ExtractPlan(kAgencyHeadingPlan, {"s.txt", "s"});
  ASSERT_TRUE(r.ok());
  const ExtractedPlan& p = *r;
  const Task* t = At(p, 9);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->section, "II.1");
  EXPECT_EQ(t->lead, (std::vector<std::string>{"Sở Khoa học và Công nghệ"}));
  t = At(p, 14);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->lead, (std::vector<std::string>{"Sở Tài chính"}));
  t = At(p, 19);
  ASSERT_NE(t, nullptr);
  EXPECT_TRUE(t->lead.empty());
  EXPECT_EQ(t->support, (std::vector<std::string>{"Sở Văn hóa, Thể thao và Du lịch"}));
  t = At(p, 23);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->lead, (std::vector<std::string>{"Sở Xây dựng"}));
}

}  // namespace
}  // namespace kehoach::nlp
