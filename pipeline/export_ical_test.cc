#include "pipeline/export_ical.h"

#include <libical/ical.h>

#include <sstream>

#include <gtest/gtest.h>

namespace kehoach::pipeline {
namespace {

store::TaskRecord MakeRecord() {
  store::TaskRecord r;
  r.plan_id = "abc";
  r.plan_key = "number:Kế hoạch|433-KH/TU";
  r.plan_number = "433-KH/TU";
  r.plan_type = "Kế hoạch";
  r.plan_date = "2025-02-28";
  r.plan_title = "Thực hiện Nghị quyết số 57-NQ/TW, về đột phá phát triển khoa học; công nghệ";
  Task& t = r.task;
  t.id = "abc-1";
  t.section = "III.2";
  t.text =
      "Rà soát, bố trí kế hoạch vốn đầu tư trung hạn giai đoạn 2026-2030 tỉnh Hưng Yên và bố trí kinh phí hằng "
      "năm đối với các nhiệm vụ đột phá phát triển khoa học, công nghệ; đổi mới sáng tạo";
  r.anchor = t.text;
  t.lead = {"Sở Tài chính"};
  t.support = {"Các sở, ban, ngành, đơn vị, địa phương", "Sở Khoa học và Công nghệ"};
  t.deadline.kind = DeadlineKind::kDate;
  t.deadline.text = "Tháng 11/2025";
  t.deadline.end = "2025-11-30";
  return r;
}

// Parses with libical; fails the test on any parse error property.
icalcomponent* Parse(const std::string& text) {
  icalcomponent* cal = icalparser_parse_string(text.c_str());
  EXPECT_NE(cal, nullptr);
  if (!cal) return nullptr;
  EXPECT_EQ(icalcomponent_isa(cal), ICAL_VCALENDAR_COMPONENT);
  icalrestriction_check(cal);
  EXPECT_EQ(icalcomponent_count_errors(cal), 0) << icalcomponent_as_ical_string(cal);
  return cal;
}

std::string Export(const std::vector<store::TaskRecord>& records) {
  std::ostringstream out;
  CalendarWriter w(out, "20250301T080000Z");
  for (const auto& r : records) w.Add(r);
  w.Finish();
  return out.str();
}

TEST(CalendarWriterTest, LibicalReadsBackSummaryDueCategoriesAndAgencies) {
  store::TaskRecord r = MakeRecord();
  const std::string ics = Export({r});
  for (size_t start = 0, end; (end = ics.find("\r\n", start)) != std::string::npos; start = end + 2) {
    EXPECT_LE(end - start, 75u) << "unfolded line: " << ics.substr(start, end - start);
  }
  icalcomponent* cal = Parse(ics);
  ASSERT_NE(cal, nullptr);
  icalcomponent* todo = icalcomponent_get_first_component(cal, ICAL_VTODO_COMPONENT);
  ASSERT_NE(todo, nullptr);
  EXPECT_EQ(std::string(icalcomponent_get_summary(todo)), r.task.text);  // folding and escapes undone
  icaltimetype due = icalcomponent_get_due(todo);
  EXPECT_EQ(due.year, 2025);
  EXPECT_EQ(due.month, 11);
  EXPECT_EQ(due.day, 30);
  EXPECT_TRUE(due.is_date);
  icalproperty* cat = icalcomponent_get_first_property(todo, ICAL_CATEGORIES_PROPERTY);
  ASSERT_NE(cat, nullptr);
  EXPECT_EQ(std::string(icalproperty_get_categories(cat)), "433-KH/TU");
  std::string description = icalcomponent_get_description(todo);
  EXPECT_NE(description.find("Chủ trì: Sở Tài chính"), std::string::npos) << description;
  EXPECT_NE(description.find("Phối hợp: Các sở, ban, ngành, đơn vị, địa phương; Sở Khoa học và Công nghệ"),
            std::string::npos);
  EXPECT_NE(description.find("Mục: III.2"), std::string::npos);
  int support = 0;
  for (icalproperty* p = icalcomponent_get_first_property(todo, ICAL_X_PROPERTY); p;
       p = icalcomponent_get_next_property(todo, ICAL_X_PROPERTY)) {
    if (std::string(icalproperty_get_x_name(p)) == "X-KEHOACH-SUPPORT") ++support;
  }
  EXPECT_EQ(support, 2);
  icalcomponent_free(cal);
}

TEST(CalendarWriterTest, RecurringDeadlineHasAValidRruleAnchoredAtThePlanDate) {
  store::TaskRecord r = MakeRecord();
  r.task.deadline = Deadline{};
  r.task.deadline.kind = DeadlineKind::kRecurring;
  r.task.deadline.text = "trước ngày 10 tháng cuối Quý";
  r.task.deadline.recurrence = "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=10";
  r.task.deadline.end = "2030-12-31";
  icalcomponent* cal = Parse(Export({r}));
  ASSERT_NE(cal, nullptr);
  icalcomponent* todo = icalcomponent_get_first_component(cal, ICAL_VTODO_COMPONENT);
  ASSERT_NE(todo, nullptr);
  icalproperty* rrule = icalcomponent_get_first_property(todo, ICAL_RRULE_PROPERTY);
  ASSERT_NE(rrule, nullptr);
  icalrecurrencetype rule = icalproperty_get_rrule(rrule);
  EXPECT_EQ(rule.freq, ICAL_YEARLY_RECURRENCE);
  EXPECT_EQ(rule.until.year, 2030);
  // The occurrences are the 10th of the quarter's last month.
  icalrecur_iterator* it = icalrecur_iterator_new(rule, icalcomponent_get_dtstart(todo));
  ASSERT_NE(it, nullptr);
  std::vector<std::pair<int, int>> first;
  for (int i = 0; i < 3; ++i) {
    icaltimetype next = icalrecur_iterator_next(it);
    ASSERT_FALSE(icaltime_is_null_time(next));
    first.push_back({next.month, next.day});
  }
  icalrecur_iterator_free(it);
  EXPECT_EQ(first, (std::vector<std::pair<int, int>>{{3, 10}, {6, 10}, {9, 10}}));
  icalcomponent_free(cal);
}

TEST(CalendarWriterTest, UidIsStableAcrossReingestAndEditsButDistinctForRepeats) {
  store::TaskRecord a = MakeRecord();
  store::TaskRecord reingested = MakeRecord();
  reingested.plan_id = "def";  // a new version of the plan: other bytes, same key
  reingested.task.id = "def-7";
  reingested.task.text = "edited wording";  // an edit keeps the anchor
  auto uids = [](const std::string& ics) {
    std::vector<std::string> out;
    icalcomponent* cal = icalparser_parse_string(ics.c_str());
    for (icalcomponent* c = icalcomponent_get_first_component(cal, ICAL_VTODO_COMPONENT); c;
         c = icalcomponent_get_next_component(cal, ICAL_VTODO_COMPONENT)) {
      out.push_back(icalcomponent_get_uid(c));
    }
    icalcomponent_free(cal);
    return out;
  };
  EXPECT_EQ(uids(Export({a})), uids(Export({reingested})));
  std::vector<std::string> twice = uids(Export({a, a}));
  ASSERT_EQ(twice.size(), 2u);
  EXPECT_NE(twice[0], twice[1]);
}

}  // namespace
}  // namespace kehoach::pipeline
