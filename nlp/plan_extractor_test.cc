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

}  // namespace
}  // namespace kehoach::nlp
