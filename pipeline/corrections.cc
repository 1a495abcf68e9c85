#include "pipeline/corrections.h"

#include <cstdlib>

#include "nlp/extract/agency_gazetteer.h"
#include "nlp/extract/deadline_parser.h"
#include "nlp/vietnamese_text.h"
#include "pipeline/query.h"

namespace kehoach::pipeline {

namespace {

std::vector<std::string> Canonical(const std::vector<std::string>& names) {
  std::vector<std::string> out;
  for (const std::string& raw : names) {
    const std::string name = nlp::Nfc(raw);
    if (name.empty()) continue;
    std::string canonical = nlp::AgencyGazetteer::Default().Canonical(name);
    out.push_back(canonical.empty() ? name : canonical);
  }
  return out;
}

}  // namespace

Result<store::TaskEdit> BuildTaskEdit(const Correction& c) {
  store::TaskEdit e;
  if (c.lead) e.lead = Canonical(*c.lead);
  if (c.support) e.support = Canonical(*c.support);
  if (c.text) {
    if (c.text->empty()) return Status::InvalidArgument("--text không được để trống");
    e.text = nlp::Nfc(*c.text);
  }
  if (c.deadline) {
    const std::string text = nlp::Nfc(*c.deadline);
    Deadline d = nlp::DeadlineParser::Default().ParseCell(text);
    if (d.kind == DeadlineKind::kNone && !text.empty()) {
      Result<std::string> date = ParseUserDate(text, /*end_of_period=*/true);
      if (!date.ok()) {
        return Status::InvalidArgument("--deadline «" + text +
                                       "» không phải thời hạn kehoach đọc được (ví dụ 31/12/2025, Quý II/2026,"
                                       " Thường xuyên, Hằng năm)");
      }
      d.kind = DeadlineKind::kDate;
      d.end = *date;
    }
    d.text = text;
    d.inherited = false;
    e.deadline = d;
  }
  e.not_a_task = c.not_a_task;
  return e;
}

std::string CurrentUser() {
  for (const char* var : {"KEHOACH_USER", "USER"}) {
    const char* v = std::getenv(var);
    if (v && *v) return v;
  }
  return "unknown";
}

}  // namespace kehoach::pipeline
