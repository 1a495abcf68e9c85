#include "pipeline/output.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

#include "pipeline/task_text.h"

namespace kehoach::pipeline {
namespace {

store::StoreStats SampleStats() {
  store::StoreStats s;
  s.plans = 3;
  s.tasks = 258;
  s.tasks_with_lead = 57;
  s.by_kind = {{"table_row", 33}, {"some_new_kind", 2}};
  s.by_deadline_kind = {{"ongoing", 14}};
  s.schema_version = 2;
  return s;
}

TEST(WriteStatsTest, TableSpeaksVietnamese) {
  std::ostringstream out;
  ASSERT_TRUE(WriteStats(SampleStats(), Format::kTable, out).ok());
  const std::string t = out.str();
  EXPECT_NE(t.find("Nhiệm vụ có đơn vị chủ trì"), std::string::npos) << t;
  EXPECT_NE(t.find("Loại: Dòng bảng phụ lục"), std::string::npos) << t;
  EXPECT_NE(t.find("Thời hạn: Thường xuyên"), std::string::npos) << t;
  EXPECT_NE(t.find("Loại: some_new_kind"), std::string::npos) << t;  // unknown codes shown as they are
  EXPECT_EQ(t.find("tasks_with_lead"), std::string::npos) << t;
  EXPECT_EQ(t.find("table_row"), std::string::npos) << t;
}

TEST(WriteStatsTest, JsonKeepsStableKeys) {
  std::ostringstream out;
  ASSERT_TRUE(WriteStats(SampleStats(), Format::kJson, out).ok());
  nlohmann::json j = nlohmann::json::parse(out.str());
  EXPECT_EQ(j["tasks_with_lead"], 57);
  EXPECT_EQ(j["by_kind"]["table_row"], 33);
  EXPECT_EQ(j["by_deadline_kind"]["ongoing"], 14);
}

// The tracker's Trạng thái column and the table's deadline use the same words
// as the deadline kinds.
TEST(LabelsTest, TrackerStatusAndDeadlineTextReadAsClerksWriteThem) {
  Deadline d;
  EXPECT_EQ(TrackerStatus(d, "2026-01-01"), "Chưa có thời hạn");
  d.kind = DeadlineKind::kOngoing;
  EXPECT_EQ(TrackerStatus(d, "2026-01-01"), "Thường xuyên");
  EXPECT_EQ(DeadlineText(d), "Thường xuyên");
  d.kind = DeadlineKind::kRecurring;
  EXPECT_EQ(TrackerStatus(d, "2026-01-01"), "Định kỳ");
  d.kind = DeadlineKind::kDate;
  EXPECT_EQ(TrackerStatus(d, "2026-01-01"), "Chưa có thời hạn");  // a date kind without its date
  d.end = "2025-12-31";
  EXPECT_EQ(TrackerStatus(d, "2026-01-01"), "Quá hạn");
  EXPECT_EQ(TrackerStatus(d, "2025-12-31"), "Trong hạn");
  EXPECT_EQ(DeadlineText(d), "31/12/2025");
}

TEST(LabelsTest, CodesBecomeVietnameseLabels) {
  EXPECT_STREQ(TaskKindLabel(TaskKind::kAssignment), "Giao việc theo đơn vị");
  EXPECT_STREQ(DeadlineKindLabel(DeadlineKind::kHorizon), "Theo giai đoạn của văn bản");
  EXPECT_EQ(TaskStateLabel("rejected"), "không phải nhiệm vụ");
  EXPECT_EQ(EditFieldLabel("support"), "Phối hợp");
  EXPECT_EQ(SourceKindLabel("ocr"), "ảnh quét (OCR)");
  EXPECT_EQ(SourceKindLabel("text (TCVN3)"), "tệp văn bản (TCVN3)");
  EXPECT_EQ(SourceKindLabel("future-kind"), "future-kind");
  EXPECT_EQ(EditFieldLabel("future_field"), "future_field");
}

}  // namespace
}  // namespace kehoach::pipeline
