// iCalendar (RFC 5545) export: one VTODO per task.
//
// UID is stable across re-ingests: it hashes the plan key (type + number, or
// file name), the task's text as extracted, and the rank of that text among
// equal texts of the plan; edits and new versions of the plan that keep the
// task keep its UID. DUE is the deadline end (DTSTART the start of a range);
// recurring deadlines carry their RRULE, anchored at the plan date and ended
// at the horizon; CATEGORIES is the plan number; lead and support agencies
// are in DESCRIPTION and in X-KEHOACH-LEAD / X-KEHOACH-SUPPORT.
#ifndef KEHOACH_PIPELINE_EXPORT_ICAL_H_
#define KEHOACH_PIPELINE_EXPORT_ICAL_H_

#include <map>
#include <ostream>
#include <string>
#include <string_view>

#include "store/store.h"

namespace kehoach::pipeline {

class CalendarWriter {
 public:
  // `dtstamp` is the UTC time stamp written in every VTODO ("20250301T000000Z").
  CalendarWriter(std::ostream& out, std::string dtstamp);
  void Add(const store::TaskRecord& r);
  void Finish();

 private:
  void Line(std::string_view content);  // folds at 75 octets, CRLF
  std::ostream& out_;
  std::string dtstamp_;
  std::map<std::string, int> seen_;  // plan key + anchor -> count
};

// Escapes TEXT values: backslash, ';', ',' and newlines.
std::string IcalText(std::string_view s);
// The current UTC time as an iCalendar DATE-TIME.
std::string IcalNow();

}  // namespace kehoach::pipeline

#endif  // KEHOACH_PIPELINE_EXPORT_ICAL_H_
