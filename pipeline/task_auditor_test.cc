#include "pipeline/task_auditor.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

namespace kehoach::pipeline {
namespace {

// Tasks as the annotators wrote them in corpus/gold (read from the documents).
AuditedPlan GoldPlan(const std::string& stem) {
  std::ifstream in("corpus/gold/" + stem + ".json");
  nlohmann::json gold = nlohmann::json::parse(in);
  AuditedPlan plan{stem, stem, {}};
  int n = 0;
  for (const auto& t : gold["tasks"]) {
    Task task;
    task.id = stem + "-" + std::to_string(++n);
    task.section = t["section"];
    task.text = t["text"];
    task.lead = t["lead"].get<std::vector<std::string>>();
    plan.tasks.push_back(task);
  }
  return plan;
}

const DuplicateGroup* GroupWith(const std::vector<DuplicateGroup>& groups, const std::string& a, const std::string& b) {
  for (const DuplicateGroup& g : groups) {
    bool has_a = false, has_b = false;
    for (const DuplicateCopy& c : g.copies) {
      has_a = has_a || c.task.section == a;
      has_b = has_b || c.task.section == b;
    }
    if (has_a && has_b) return &g;
  }
  return nullptr;
}

TEST(TaskAuditorTest, FindsRepeatedTasksInTheSamplePlans) {
  std::vector<AuditedPlan> plans = {GoldPlan("hy-qd-chuong-trinh-khcn-dmst-cds-2025"),
                                    GoldPlan("hy-kh-trien-khai-qd840-cong-nghiep-cns-2026"),
                                    GoldPlan("dn-kh-433-tu-nq57-ocr-eng")};
  std::vector<DuplicateGroup> groups = FindDuplicateTasks(plans);

  // Phụ lục I rows 13 and 14 give the same task to two different lead agencies.
  const DuplicateGroup* rows = GroupWith(groups, "Phụ lục I/I.13", "Phụ lục I/I.14");
  ASSERT_NE(rows, nullptr);
  EXPECT_TRUE(rows->lead_conflict);
  EXPECT_FALSE(rows->across_plans);

  // The Hưng Yên programme and the Đồng Nai plan share a clause.
  const DuplicateGroup* cross = GroupWith(groups, "II.A.8.c", "III.6");
  ASSERT_NE(cross, nullptr);
  EXPECT_TRUE(cross->across_plans);
  bool shared_is_quoted = false;
  for (const DuplicateCopy& c : cross->copies)
    shared_is_quoted = shared_is_quoted || c.task.text.find(cross->shared_text) != std::string::npos;
  EXPECT_TRUE(shared_is_quoted) << cross->shared_text;

  // Unrelated tasks are not lumped together.
  for (const DuplicateGroup& g : groups) EXPECT_LE(g.copies.size(), 4u);
  EXPECT_LT(groups.size(), 20u);
  // Conflicts are listed first.
  EXPECT_TRUE(groups.front().lead_conflict || groups.front().deadline_conflict);
}

Task MakeTask(const std::string& id, const std::string& text, const std::string& lead, const std::string& due) {
  Task t;
  t.id = id;
  t.text = text;
  if (!lead.empty()) t.lead = {lead};
  if (!due.empty()) {
    t.deadline.kind = DeadlineKind::kDate;
    t.deadline.end = due;
  }
  return t;
}

TEST(TaskAuditorTest, MatchesAcrossDiacriticsAndReportsDeadlineConflict) {
  const std::string text = "Xây dựng cơ sở dữ liệu doanh nghiệp công nghệ số trên địa bàn tỉnh";
  AuditedPlan a{"a", "433-KH/TU", {MakeTask("a-1", text, "Sở Khoa học và Công nghệ", "2025-12-31")}};
  AuditedPlan b{"b", "/KH-UBND",
                {MakeTask("b-1", "Xay dung co so du lieu doanh nghiep cong nghe so tren dia ban tinh",
                          "Sở khoa học và công nghệ", "2026-06-30"),
                 MakeTask("b-2", "Tổ chức hội nghị sơ kết việc thực hiện Kế hoạch hằng năm", "", "")}};
  std::vector<DuplicateGroup> groups = FindDuplicateTasks({a, b});
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].copies.size(), 2u);
  EXPECT_TRUE(groups[0].across_plans);
  EXPECT_FALSE(groups[0].lead_conflict);  // same agency, written in another case
  EXPECT_TRUE(groups[0].deadline_conflict);
  EXPECT_DOUBLE_EQ(groups[0].similarity, 1.0);

  AuditOptions strict;
  strict.across_plans_only = true;
  AuditedPlan same{"c", "c", {MakeTask("c-1", text, "", ""), MakeTask("c-2", text + ".", "", "")}};
  EXPECT_TRUE(FindDuplicateTasks({same}, strict).empty());
  EXPECT_EQ(FindDuplicateTasks({same}).size(), 1u);
}

}  // namespace
}  // namespace kehoach::pipeline
