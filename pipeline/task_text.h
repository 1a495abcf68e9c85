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

// Vietnamese labels for people (tables, `show`, `stats`); data formats keep
// the stable English codes of base/records.h.
// "Nhiệm vụ", "Giao việc theo đơn vị", "Dòng bảng phụ lục".
const char* TaskKindLabel(TaskKind k);
// "Ngày cụ thể", "Khoảng thời gian", "Định kỳ", "Thường xuyên",
// "Theo giai đoạn của văn bản", "Chưa có thời hạn".
const char* DeadlineKindLabel(DeadlineKind k);
// A task's state: "đang thực hiện", "không phải nhiệm vụ", "đã gộp";
// an unknown code is returned as it is.
std::string TaskStateLabel(const std::string& state);
// An edited field: "Chủ trì", "Phối hợp", "Thời hạn", "Nội dung",
// "Không phải nhiệm vụ", "Gộp"; an unknown code is returned as it is.
std::string EditFieldLabel(const std::string& field);
// Where a plan's text came from: "tệp văn bản", "tệp văn bản (TCVN3)", "PDF số",
// "ảnh quét (OCR)", "PDF số + OCR"; an unknown code is returned as it is.
std::string SourceKindLabel(const std::string& source_kind);

// Names joined by "; " (agency names contain commas).
std::string JoinNames(const std::vector<std::string>& names);

}  // namespace kehoach::pipeline

#endif  // KEHOACH_PIPELINE_TASK_TEXT_H_
