#include "pipeline/evaluator.h"

#include <gtest/gtest.h>

#include <fstream>

#include "tests/temp_dir.h"

namespace kehoach::pipeline {
namespace {

GoldPlan WriteAndLoad(const std::string& json) {
  kehoach_test::TempDir dir("kehoach_evaluator_test_");
  const std::string path = dir.File("gold_test.json");
  std::ofstream(path) << json;
  Result<GoldPlan> g = LoadGold(path);
  EXPECT_TRUE(g.ok()) << g.status().ToString();
  return g.ok() ? *g : GoldPlan();
}

const char* kGold = R"({
  "file": "corpus/plans/x.txt", "heldout_lines": [[100, 200]],
  "plan": {"type": "Kế hoạch", "number": "1/KH", "issuer": null, "place": null, "date": null, "title": "Kế hoạch thử",
           "signer": null, "signer_capacity": null, "references": [], "horizon": {"start_year": 2025, "end_year": 2030, "vision_year": 0}},
  "tasks": [
    {"line": 10, "section": "II.1", "kind": "task", "text": "Xây dựng kho dữ liệu dùng chung của tỉnh.", "lead": [], "support": [],
     "deadline": {"kind": "horizon", "text": null, "start": "2025-01-01", "end": "2030-12-31", "recurrence": null, "inherited": true},
     "output": null, "funding": null},
    {"line": 150, "section": "IV.1", "kind": "assignment", "text": "Giao Sở Tài chính chủ trì bố trí kinh phí.", "lead": ["Sở Tài chính"], "support": [],
     "deadline": {"kind": "recurring", "text": "hằng năm", "start": null, "end": null, "recurrence": "FREQ=YEARLY", "inherited": false},
     "output": null, "funding": null}
  ],
  "targets": [{"line": 12, "text": "đạt 30%", "metric": "x", "comparator": ">=", "value": 30, "value_max": null, "unit": "%", "year": 2030}]
})";

TEST(EvaluatorTest, ScoresTasksOwnersDeadlinesTargetsBySplit) {
  GoldPlan gold = WriteAndLoad(kGold);
  ASSERT_EQ(gold.tasks.size(), 2u);
  ExtractedPlan plan;
  plan.meta.type = "Kế hoạch";
  plan.meta.number = "1/KH";
  plan.meta.title = "Kế hoạch thử";
  plan.meta.horizon = {2025, 2030, 0};
  Task a;
  a.text = "Xây dựng kho dữ liệu dùng chung của tỉnh";  // punctuation differs: still a match
  a.section = "II.1";
  a.source.line = 10;
  a.deadline = {"", DeadlineKind::kHorizon, "2025-01-01", "2030-12-31", "", true};
  Task b;
  b.text = "Giao Sở Tài chính chủ trì bố trí kinh phí.";
  b.kind = TaskKind::kAssignment;
  b.section = "IV.1";
  b.source.line = 150;
  b.lead = {"Sở Công Thương"};  // wrong lead
  b.deadline = {"hằng năm", DeadlineKind::kRecurring, "", "", "FREQ=YEARLY", false};
  Task extra;
  extra.text = "Một việc không có trong gold";
  extra.source.line = 20;
  plan.tasks = {a, b, extra};
  Target t;
  t.value = 30;
  t.comparator = "=";  // wrong comparator
  t.year = 2030;
  t.unit = "%";
  t.source.line = 13;
  plan.targets = {t};

  EvalReport r = Evaluate(gold, plan);
  EXPECT_EQ(r.all.gold_tasks, 2);
  EXPECT_EQ(r.all.extracted_tasks, 3);
  EXPECT_EQ(r.all.matched_tasks, 2);
  EXPECT_NEAR(r.all.Precision(), 2.0 / 3, 1e-9);
  EXPECT_DOUBLE_EQ(r.all.Recall(), 1.0);
  EXPECT_DOUBLE_EQ(r.all.LeadAccuracy(), 0.5);
  EXPECT_DOUBLE_EQ(r.all.DeadlineAccuracy(), 1.0);
  EXPECT_EQ(r.heldout.gold_tasks, 1);
  EXPECT_EQ(r.heldout.lead_ok, 0);
  EXPECT_EQ(r.tune.matched_tasks, 1);
  EXPECT_EQ(r.all.matched_targets, 1);
  EXPECT_EQ(r.all.targets_ok, 0);
  EXPECT_EQ(r.all.units_ok, 1);
  EXPECT_DOUBLE_EQ(r.MetaAccuracy(), 1.0);
  bool saw_lead = false;
  for (const auto& d : r.differences) saw_lead = saw_lead || (d.heldout && d.text.rfind("lead", 0) == 0);
  EXPECT_TRUE(saw_lead);
}

TEST(EvaluatorTest, SimilarityAndBadFiles) {
  EXPECT_DOUBLE_EQ(TextSimilarity("Sở Tài chính", "so tai chinh"), 1.0);
  EXPECT_LT(TextSimilarity("một hai ba bốn", "năm sáu bảy tám"), 0.01);
  EXPECT_FALSE(LoadGold("/nonexistent/gold.json").ok());
  kehoach_test::TempDir dir("kehoach_evaluator_test_");
  const std::string path = dir.File("bad_gold.json");
  std::ofstream(path) << "{ not json";
  Result<GoldPlan> g = LoadGold(path);
  EXPECT_FALSE(g.ok());
  EXPECT_NE(g.status().message().find("bad_gold.json"), std::string::npos);
}

}  // namespace
}  // namespace kehoach::pipeline
