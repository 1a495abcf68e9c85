#include "pipeline/task_text.h"

#include "pipeline/query.h"

namespace kehoach::pipeline {

std::string DeadlineText(const Deadline& d) {
  switch (d.kind) {
    case DeadlineKind::kDate:
    case DeadlineKind::kHorizon:
      return d.end.empty() ? d.text : UserDate(d.end);
    case DeadlineKind::kRange:
      if (d.start.empty() || d.end.empty()) return d.text;
      return UserDate(d.start) + " - " + UserDate(d.end);
    case DeadlineKind::kRecurring:
      return d.text.empty() ? d.recurrence : d.text;
    case DeadlineKind::kOngoing:
      return d.text.empty() ? "Thường xuyên" : d.text;
    case DeadlineKind::kNone:
      return d.text;
  }
  return d.text;
}

std::string AssigningDocument(const store::TaskRecord& r) {
  std::string out = r.plan_type;
  if (!r.plan_number.empty()) out += (out.empty() ? "" : " số ") + r.plan_number;
  if (!r.plan_date.empty()) out += (out.empty() ? "" : " ") + std::string("ngày ") + UserDate(r.plan_date);
  return out.empty() ? r.task.source.file : out;
}

std::string TrackerStatus(const Deadline& d, const std::string& as_of) {
  switch (d.kind) {
    case DeadlineKind::kOngoing: return "Thường xuyên";
    case DeadlineKind::kRecurring: return "Định kỳ";
    case DeadlineKind::kNone: return "Chưa có thời hạn";
    default:
      if (d.end.empty()) return "Chưa có thời hạn";
      return d.end < as_of ? "Quá hạn" : "Trong hạn";
  }
}

std::string JoinNames(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : "; ") + n;
  return out;
}

}  // namespace kehoach::pipeline
