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
      return d.text.empty() ? DeadlineKindLabel(d.kind) : d.text;
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
    case DeadlineKind::kOngoing:
    case DeadlineKind::kRecurring:
    case DeadlineKind::kNone: return DeadlineKindLabel(d.kind);
    default:
      if (d.end.empty()) return DeadlineKindLabel(DeadlineKind::kNone);
      return d.end < as_of ? "Quá hạn" : "Trong hạn";
  }
}

const char* TaskKindLabel(TaskKind k) {
  switch (k) {
    case TaskKind::kTask: return "Nhiệm vụ";
    case TaskKind::kAssignment: return "Giao việc theo đơn vị";
    case TaskKind::kTableRow: return "Dòng bảng phụ lục";
  }
  return "";
}

const char* DeadlineKindLabel(DeadlineKind k) {
  switch (k) {
    case DeadlineKind::kDate: return "Ngày cụ thể";
    case DeadlineKind::kRange: return "Khoảng thời gian";
    case DeadlineKind::kRecurring: return "Định kỳ";
    case DeadlineKind::kOngoing: return "Thường xuyên";
    case DeadlineKind::kHorizon: return "Theo giai đoạn của văn bản";
    case DeadlineKind::kNone: return "Chưa có thời hạn";
  }
  return "";
}

namespace {

using Labels = std::pair<const char*, const char*>;

template <size_t N>
std::string Lookup(const Labels (&labels)[N], const std::string& code) {
  for (const auto& [c, label] : labels) {
    if (code == c) return label;
  }
  return code;
}

}  // namespace

std::string TaskStateLabel(const std::string& state) {
  static constexpr Labels kLabels[] = {
      {"active", "đang thực hiện"}, {"rejected", "không phải nhiệm vụ"}, {"merged", "đã gộp"}};
  return Lookup(kLabels, state);
}

std::string EditFieldLabel(const std::string& field) {
  static constexpr Labels kLabels[] = {{"lead", "Chủ trì"},   {"support", "Phối hợp"},
                                       {"deadline", "Thời hạn"}, {"text", "Nội dung"},
                                       {"not_a_task", "Không phải nhiệm vụ"}, {"merge", "Gộp"}};
  return Lookup(kLabels, field);
}

std::string SourceKindLabel(const std::string& source_kind) {
  static constexpr Labels kLabels[] = {
      {"text", "tệp văn bản"}, {"pdf-text", "PDF số"}, {"ocr", "ảnh quét (OCR)"}, {"mixed", "PDF số + OCR"}};
  static constexpr std::string_view kLegacy = "text (";  // "text (TCVN3)": legacy-encoded text
  if (source_kind.rfind(kLegacy, 0) == 0) return "tệp văn bản" + source_kind.substr(kLegacy.size() - 2);
  return Lookup(kLabels, source_kind);
}

std::string JoinNames(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : "; ") + n;
  return out;
}

}  // namespace kehoach::pipeline
