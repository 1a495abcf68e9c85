// DeadlineParser: deadline phrases -> base Deadline records.
//
// Normalization (docs/gold-format.md): "Tháng 12/2025" -> date, end
// 2025-12-31; "Năm 2026" -> date 2026-12-31; "Quý II/2026" -> date
// 2026-06-30; "31/12/2025" -> date; "2025 - 2030" / "Giai đoạn 2025-2030" ->
// range 2025-01-01..2030-12-31; "Thường xuyên" -> ongoing; "Hằng năm" ->
// recurring FREQ=YEARLY; "Định kỳ 6 tháng" -> FREQ=MONTHLY;INTERVAL=6;
// "trước ngày 10 tháng cuối Quý" -> FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=10.
// Word phrases come from nlp/data/deadline_phrases.tsv. Deadline::text is the
// phrase as written in the input.
#ifndef KEHOACH_NLP_EXTRACT_DEADLINE_PARSER_H_
#define KEHOACH_NLP_EXTRACT_DEADLINE_PARSER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/records.h"
#include "base/status.h"

namespace kehoach::nlp {

class DeadlineParser {
 public:
  static const DeadlineParser& Default();  // phrases from ResourcePath; loaded once
  Status LoadPhrases(const std::string& tsv_path);

  // A table cell or heading that is a deadline ("Tháng 9/2026", "Quý II/2026",
  // "Thường xuyên"). A non-empty cell that is no known form yields kind none
  // with the text kept ("Khi Trung ương có quy định mới").
  Deadline ParseCell(std::string_view cell) const;
  // A deadline stated in a task's running text ("hoàn thành trong năm 2025",
  // "giai đoạn 2025-2030", "Định kỳ 6 tháng", "Thường xuyên rà soát ...").
  std::optional<Deadline> FindInText(std::string_view text) const;

  // The plan horizon as an inherited deadline (kind horizon), or kind none
  // if the horizon has no end year.
  static Deadline FromHorizon(const Horizon& h);

 private:
  struct Phrase {
    std::string key;  // folded
    DeadlineKind kind;
    std::string rrule;
    enum Scope { kStart, kFirstClause, kAnywhere } scope;
  };
  std::optional<Deadline> FindDated(std::string_view text, bool cell) const;
  std::vector<Phrase> phrases_;  // longest first
};

// "2025-12-31" style helpers.
std::string IsoDate(int year, int month, int day);
int DaysInMonth(int year, int month);

}  // namespace kehoach::nlp

#endif  // KEHOACH_NLP_EXTRACT_DEADLINE_PARSER_H_
