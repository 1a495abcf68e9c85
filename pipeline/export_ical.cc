#include "pipeline/export_ical.h"

#include <ctime>

#include "base/hash.h"
#include "nlp/vietnamese_text.h"
#include "pipeline/task_text.h"

namespace kehoach::pipeline {

namespace {

std::string IcalDate(const std::string& iso) {  // "2025-12-31" -> "20251231"
  std::string out;
  for (char c : iso) {
    if (c != '-') out += c;
  }
  return out;
}

}  // namespace

std::string IcalText(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default: out += c;
    }
  }
  return out;
}

std::string IcalNow() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%SZ", &tm);
  return buf;
}

CalendarWriter::CalendarWriter(std::ostream& out, std::string dtstamp) : out_(out), dtstamp_(std::move(dtstamp)) {
  Line("BEGIN:VCALENDAR");
  Line("VERSION:2.0");
  Line("PRODID:-//kehoach//kehoach plan tasks//VI");
  Line("CALSCALE:GREGORIAN");
}

void CalendarWriter::Line(std::string_view content) {
  // Lines longer than 75 octets are folded (CRLF + space), never inside a
  // UTF-8 sequence.
  size_t limit = 75;
  while (content.size() > limit) {
    size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(content[cut]) & 0xC0) == 0x80) --cut;
    out_ << content.substr(0, cut) << "\r\n ";
    content.remove_prefix(cut);
    limit = 74;  // the leading space counts
  }
  out_ << content << "\r\n";
}

void CalendarWriter::Add(const store::TaskRecord& r) {
  const Task& t = r.task;
  const std::string anchor = nlp::Fold(r.anchor);
  const int rank = seen_[r.plan_key + "\n" + anchor]++;
  const std::string uid = HexHash(r.plan_key + "\n" + anchor + "\n" + std::to_string(rank)) + "@kehoach";

  Line("BEGIN:VTODO");
  Line("UID:" + uid);
  Line("DTSTAMP:" + dtstamp_);
  Line("SUMMARY:" + IcalText(t.text));
  std::string desc = t.text + "\n\n" + AssigningDocument(r);
  if (!r.plan_title.empty()) desc += ": " + r.plan_title;
  if (!t.section.empty()) desc += "\nMục: " + t.section;
  if (!t.lead.empty()) desc += "\nChủ trì: " + JoinNames(t.lead);
  if (!t.support.empty()) desc += "\nPhối hợp: " + JoinNames(t.support);
  if (!t.deadline.text.empty()) desc += "\nThời hạn: " + t.deadline.text;
  if (!t.output.empty()) desc += "\nSản phẩm: " + t.output;
  desc += "\nMã nhiệm vụ: " + t.id;
  Line("DESCRIPTION:" + IcalText(desc));
  const Deadline& d = t.deadline;
  if (d.kind == DeadlineKind::kRecurring && !d.recurrence.empty()) {
    // RRULE needs DTSTART; anchor at the stated start, else the plan date.
    std::string start = !d.start.empty() ? d.start : r.plan_date;
    if (!start.empty()) {
      Line("DTSTART;VALUE=DATE:" + IcalDate(start));
      std::string rule = d.recurrence;
      if (!d.end.empty() && rule.find("UNTIL=") == std::string::npos && rule.find("COUNT=") == std::string::npos) {
        rule += ";UNTIL=" + IcalDate(d.end);
      }
      Line("RRULE:" + rule);
    }
  } else if (!d.end.empty()) {
    if (!d.start.empty() && d.start < d.end) Line("DTSTART;VALUE=DATE:" + IcalDate(d.start));
    Line("DUE;VALUE=DATE:" + IcalDate(d.end));
  }
  if (!r.plan_number.empty()) Line("CATEGORIES:" + IcalText(r.plan_number));
  for (const std::string& a : t.lead) Line("X-KEHOACH-LEAD:" + IcalText(a));
  for (const std::string& a : t.support) Line("X-KEHOACH-SUPPORT:" + IcalText(a));
  Line("STATUS:NEEDS-ACTION");
  Line("END:VTODO");
}

void CalendarWriter::Finish() { Line("END:VCALENDAR"); }

}  // namespace kehoach::pipeline
