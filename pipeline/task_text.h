// How tasks read for people: deadlines as users write them (dd/mm/yyyy),
// the assigning document, and a tracker status.
#ifndef KEHOACH_PIPELINE_TASK_TEXT_H_
#define KEHOACH_PIPELINE_TASK_TEXT_H_

#include <string>
#include <vector>

#include "base/records.h"
#include "store/store.h"

namespace kehoach::pipeline {

// "31/12/2025"; "01/01/2025 - 31/12/2030"; "Hằng năm"; "Thường xuyên";
// a horizon deadline is its end date; none: the text as written, or "".
std::string DeadlineText(const Deadline& d);

// "Kế hoạch số 433-KH/TU ngày 28/02/2025" (parts that are known).
std::string AssigningDocument(const store::TaskRecord& r);

// Tracker status on `as_of` (ISO): "Quá hạn", "Trong hạn", "Thường xuyên",
// "Định kỳ", or "Chưa có thời hạn".
std::string TrackerStatus(const Deadline& d, const std::string& as_of);

// Names joined by "; " (agency names contain commas).
std::string JoinNames(const std::vector<std::string>& names);

}  // namespace kehoach::pipeline

#endif  // KEHOACH_PIPELINE_TASK_TEXT_H_
