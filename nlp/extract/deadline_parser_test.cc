#include "nlp/extract/deadline_parser.h"

#include <gtest/gtest.h>

namespace kehoach::nlp {
namespace {

const DeadlineParser& P() { return DeadlineParser::Default(); }

TEST(DeadlineParserTest, NormalizesTableCells) {
  Deadline d = P().ParseCell("Tháng 12/2025");
  EXPECT_EQ(d.kind, DeadlineKind::kDate);
  EXPECT_EQ(d.end, "2025-12-31");
  EXPECT_EQ(d.text, "Tháng 12/2025");
  EXPECT_EQ(P().ParseCell("Tháng 02/2028").end, "2028-02-29");
  EXPECT_EQ(P().ParseCell("Năm 2026").end, "2026-12-31");
  EXPECT_EQ(P().ParseCell("Quý II/2026").end, "2026-06-30");
  EXPECT_EQ(P().ParseCell("31/12/2025").end, "2025-12-31");
  Deadline r = P().ParseCell("2025 - 2030");
  EXPECT_EQ(r.kind, DeadlineKind::kRange);
  EXPECT_EQ(r.start, "2025-01-01");
  EXPECT_EQ(r.end, "2030-12-31");
  EXPECT_EQ(P().ParseCell("Thường xuyên").kind, DeadlineKind::kOngoing);
  Deadline y = P().ParseCell("Hằng năm");
  EXPECT_EQ(y.kind, DeadlineKind::kRecurring);
  EXPECT_EQ(y.recurrence, "FREQ=YEARLY");
  EXPECT_EQ(P().ParseCell("Định kỳ 6 tháng").recurrence, "FREQ=MONTHLY;INTERVAL=6");
  Deadline none = P().ParseCell("Khi Trung ương có quy định mới");
  EXPECT_EQ(none.kind, DeadlineKind::kNone);
  EXPECT_EQ(none.text, "Khi Trung ương có quy định mới");
  EXPECT_EQ(P().ParseCell("Tháng 13/2025").kind, DeadlineKind::kNone);
  // A malformed month or quarter anywhere in the cell: no year is guessed,
  // not even from another year in the cell.
  EXPECT_EQ(P().ParseCell("Năm 2025, Quý V/2026").kind, DeadlineKind::kNone);
  EXPECT_EQ(P().ParseCell("Tháng 0-2026 hoặc năm 2027").kind, DeadlineKind::kNone);
  Deadline year = P().ParseCell("Hoàn thành trong năm 2026, báo cáo 2027");
  EXPECT_EQ(year.kind, DeadlineKind::kDate);
  EXPECT_EQ(year.end, "2026-12-31");
}

TEST(DeadlineParserTest, FindsDeadlinesInRunningText) {
  std::optional<Deadline> d = P().FindInText(
      "Định kỳ trước ngày 10 tháng cuối Quý, đột xuất khi được yêu cầu gửi báo cáo");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->recurrence, "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=10");
  EXPECT_EQ(d->text, "Định kỳ trước ngày 10 tháng cuối Quý");
  d = P().FindInText("tham gia thực hiện các chương trình trên địa bàn tỉnh giai đoạn 2025-2030. Đảm bảo");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->kind, DeadlineKind::kRange);
  EXPECT_EQ(d->text, "giai đoạn 2025-2030");
  d = P().FindInText("Hoàn thành trong năm 2025 việc số hóa");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->end, "2025-12-31");
  d = P().FindInText("Thường xuyên rà soát, cập nhật");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->kind, DeadlineKind::kOngoing);
  // "thường xuyên" only counts as the first words; "hằng năm" only in the first clause.
  EXPECT_FALSE(P().FindInText("Ban hành chương trình tuyên truyền thường xuyên, sâu rộng"));
  EXPECT_FALSE(P().FindInText("Giao Sở theo dõi; tổng hợp nhu cầu kinh phí hằng năm"));
  EXPECT_TRUE(P().FindInText("Giao Sở Tài chính hàng năm, căn cứ khả năng cân đối"));
  EXPECT_FALSE(P().FindInText("bố trí đủ nguồn lực thực hiện trong năm 2025 và những năm tiếp theo"));
}

TEST(DeadlineParserTest, HorizonIsInherited) {
  Horizon h{2026, 2030, 2045};
  Deadline d = DeadlineParser::FromHorizon(h);
  EXPECT_EQ(d.kind, DeadlineKind::kHorizon);
  EXPECT_EQ(d.start, "2026-01-01");
  EXPECT_EQ(d.end, "2030-12-31");
  EXPECT_TRUE(d.inherited);
  EXPECT_EQ(DeadlineParser::FromHorizon(Horizon{}).kind, DeadlineKind::kNone);
}

}  // namespace
}  // namespace kehoach::nlp
