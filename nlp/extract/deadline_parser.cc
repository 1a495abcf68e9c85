#include "nlp/extract/deadline_parser.h"

#include <algorithm>
#include <cstdio>
#include <fstream>

#include "base/paths.h"
#include "nlp/extract/folded_text.h"
#include "nlp/extract/text_lines.h"
#include "re2/re2.h"

namespace kehoach::nlp {

std::string IsoDate(int year, int month, int day) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 31;
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[month - 1];
}

namespace {

bool PlausibleYear(int y) { return y >= 1945 && y <= 2100; }

int QuarterNumber(const std::string& q) {
  if (q == "i" || q == "1") return 1;
  if (q == "ii" || q == "2") return 2;
  if (q == "iii" || q == "3") return 3;
  if (q == "iv" || q == "4") return 4;
  return 0;
}

std::string RecurrenceEveryMonths(int n) {
  if (n <= 1) return "FREQ=MONTHLY";
  if (n == 12) return "FREQ=YEARLY";
  return "FREQ=MONTHLY;INTERVAL=" + std::to_string(n);
}

// The patterns, on folded text.
struct Patterns {
  RE2 quarter_end{R"(((?:dinh ky\s+)?truoc ngay\s+(\d{1,2})\s+(?:cua\s+)?thang cuoi(?: cua)?(?: moi)?\s+quy))"};
  RE2 every_months{R"((dinh ky\s+(\d{1,2})\s+thang))"};
  RE2 every_years{R"((dinh ky\s+(\d{1,2})\s+nam))"};
  RE2 full_date{R"(((?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})))"};
  RE2 words_date{R"(((?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})))"};
  RE2 month{R"((thang\s*(\d{1,2})\s*(?:/|-|\.|nam)\s*(\d{4})))"};
  RE2 quarter{R"((quy\s*(iv|iii|ii|i|[1-4])\s*(?:/|-|nam)\s*(\d{4})))"};
  RE2 range{R"(((?:giai doan\s*|tu nam\s*|tu\s+|nam\s+)?(\d{4})\s*(?:-|\x{2013}|\x{2014}|den(?: nam)?)\s*(\d{4})))"};
  // The first year of a cell; a malformed month or quarter anywhere in it
  // ("thang 13/2025", "quy v/2026") takes the first branch and leaves no year.
  RE2 cell_year{R"((?s)^(?:.*(?:thang|quy)\s*\w{1,3}\s*[/.-]\s*\d{4}.*|.*?(?:(?:hoan thanh\s+)?(?:trong|truoc|vao|den het)?\s*nam\s+)?(\d{4}).*)$)"};
  // Running text: a date form only counts after a trigger word.
  RE2 trigger{R"(((?:hoan thanh|xong|cham nhat|truoc|trong|vao|den het)\s+(?:(?:trong|truoc|vao|ngay)\s+)?(?:thang\s*\d{1,2}\s*[/.-]\s*\d{4}|thang\s+\d{1,2}\s+nam\s+\d{4}|quy\s*(?:iv|iii|ii|i|[1-4])\s*[/-]\s*\d{4}|nam\s+\d{4}|(?:ngay\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})))"};
  RE2 text_range{R"(((?:giai doan|tu nam)\s*(\d{4})\s*(?:-|\x{2013}|\x{2014}|den(?: nam)?)\s*(\d{4})))"};
};

const Patterns& P() {
  static const Patterns* p = new Patterns();
  return *p;
}

Deadline Make(DeadlineKind kind, std::string text) {
  Deadline d;
  d.kind = kind;
  d.text = std::move(text);
  return d;
}

}  // namespace

Status DeadlineParser::LoadPhrases(const std::string& tsv_path) {
  std::ifstream in(tsv_path);
  if (!in) return Status::NotFound(tsv_path + ": cannot open the deadline phrases");
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    for (std::string_view c : SplitColumns(line)) cols.emplace_back(c);
    if (cols.size() < 2) return Status::Corruption(tsv_path + ": line " + std::to_string(n) + ": expected phrase<TAB>kind");
    Phrase p;
    p.key = FoldKey(cols[0]);
    if (!ParseDeadlineKind(cols[1], &p.kind))
      return Status::Corruption(tsv_path + ": line " + std::to_string(n) + ": unknown kind '" + cols[1] + "'");
    p.rrule = cols.size() > 2 ? cols[2] : "";
    std::string scope = cols.size() > 3 ? cols[3] : "anywhere";
    p.scope = scope == "start" ? Phrase::kStart : scope == "first_clause" ? Phrase::kFirstClause : Phrase::kAnywhere;
    phrases_.push_back(std::move(p));
  }
  std::stable_sort(phrases_.begin(), phrases_.end(),
                   [](const Phrase& a, const Phrase& b) { return a.key.size() > b.key.size(); });
  return Status::OK();
}

const DeadlineParser& DeadlineParser::Default() {
  static const DeadlineParser* parser = [] {
    auto* p = new DeadlineParser();
    (void)p->LoadPhrases(ResourcePath("nlp/data/deadline_phrases.tsv"));  // empty list if missing
    return p;
  }();
  return *parser;
}

Deadline DeadlineParser::FromHorizon(const Horizon& h) {
  Deadline d;
  if (h.end_year == 0) return d;
  d.kind = DeadlineKind::kHorizon;
  d.start = h.start_year ? IsoDate(h.start_year, 1, 1) : "";
  d.end = IsoDate(h.end_year, 12, 31);
  d.inherited = true;
  return d;
}

// Dated forms and strong recurrences. In a cell any form counts; in running
// text only ranges introduced by "giai đoạn" and dates after a trigger word.
std::optional<Deadline> DeadlineParser::FindDated(std::string_view text, bool cell) const {
  const Patterns& p = P();
  FoldedText f(text);
  re2::StringPiece key(f.key());
  re2::StringPiece m;
  auto span = [&](re2::StringPiece piece) {
    size_t b = piece.data() - f.key().data();
    return std::string(Trim(f.Original(b, b + piece.size())));
  };
  int a = 0, b = 0, c = 0;
  std::string s;
  if (RE2::PartialMatch(key, p.quarter_end, &m, &a)) {
    Deadline d = Make(DeadlineKind::kRecurring, span(m));
    d.recurrence = "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=" + std::to_string(a);
    return d;
  }
  if (RE2::PartialMatch(key, p.every_months, &m, &a) && a > 0) {
    Deadline d = Make(DeadlineKind::kRecurring, span(m));
    d.recurrence = RecurrenceEveryMonths(a);
    return d;
  }
  if (RE2::PartialMatch(key, p.every_years, &m, &a) && a > 0) {
    Deadline d = Make(DeadlineKind::kRecurring, span(m));
    d.recurrence = a == 1 ? "FREQ=YEARLY" : "FREQ=YEARLY;INTERVAL=" + std::to_string(a);
    return d;
  }
  if (!cell) {
    static const RE2 kOnwards(R"(^\s*(?:va|,)\s*(?:nhung|cac)\s+nam\s+(?:tiep theo|sau))");
    if (RE2::PartialMatch(key, p.trigger, &m) &&
        !RE2::PartialMatch(re2::StringPiece(m.data() + m.size(), key.data() + key.size() - (m.data() + m.size())), kOnwards)) {
      std::optional<Deadline> inner = FindDated(span(m).substr(0), true);
      if (inner && inner->kind == DeadlineKind::kDate) {
        inner->text = span(m);
        return inner;
      }
    }
    if (RE2::PartialMatch(key, p.text_range, &m, &a, &b) && PlausibleYear(a) && PlausibleYear(b) && a <= b) {
      Deadline d = Make(DeadlineKind::kRange, span(m));
      d.start = IsoDate(a, 1, 1);
      d.end = IsoDate(b, 12, 31);
      return d;
    }
    return std::nullopt;
  }
  std::string whole(Trim(text));
  if ((RE2::PartialMatch(key, p.full_date, &m, &a, &b, &c) || RE2::PartialMatch(key, p.words_date, &m, &a, &b, &c)) &&
      PlausibleYear(c) && b >= 1 && b <= 12 && a >= 1 && a <= DaysInMonth(c, b)) {
    Deadline d = Make(DeadlineKind::kDate, whole);
    d.end = IsoDate(c, b, a);
    return d;
  }
  if (RE2::PartialMatch(key, p.month, &m, &a, &b) && a >= 1 && a <= 12 && PlausibleYear(b)) {
    Deadline d = Make(DeadlineKind::kDate, whole);
    d.end = IsoDate(b, a, DaysInMonth(b, a));
    return d;
  }
  if (RE2::PartialMatch(key, p.quarter, &m, &s, &b) && QuarterNumber(s) && PlausibleYear(b)) {
    int q = QuarterNumber(s);
    Deadline d = Make(DeadlineKind::kDate, whole);
    d.end = IsoDate(b, q * 3, DaysInMonth(b, q * 3));
    return d;
  }
  if (RE2::PartialMatch(key, p.range, &m, &a, &b) && PlausibleYear(a) && PlausibleYear(b) && a <= b) {
    Deadline d = Make(DeadlineKind::kRange, whole);
    d.start = IsoDate(a, 1, 1);
    d.end = IsoDate(b, 12, 31);
    return d;
  }
  if (RE2::FullMatch(key, p.cell_year, &a) && PlausibleYear(a)) {
    Deadline d = Make(DeadlineKind::kDate, whole);
    d.end = IsoDate(a, 12, 31);
    return d;
  }
  return std::nullopt;
}

Deadline DeadlineParser::ParseCell(std::string_view cell) const {
  std::string whole(Trim(cell));
  if (whole.empty()) return Deadline();
  if (std::optional<Deadline> d = FindDated(whole, true)) return *d;
  std::string key = FoldKey(whole);
  for (const Phrase& p : phrases_) {
    if (key.find(p.key) != std::string::npos) {
      Deadline d = Make(p.kind, whole);
      d.recurrence = p.rrule;
      return d;
    }
  }
  return Make(DeadlineKind::kNone, whole);
}

std::optional<Deadline> DeadlineParser::FindInText(std::string_view text) const {
  if (std::optional<Deadline> d = FindDated(text, false)) return d;
  FoldedText f(text);
  const std::string& key = f.key();
  size_t clause_end = key.find_first_of(".;");
  if (clause_end == std::string::npos) clause_end = key.size();
  auto is_letter = [](char ch) { return (ch >= 'a' && ch <= 'z') || static_cast<unsigned char>(ch) >= 0x80; };
  for (int pass = 0; pass < 3; ++pass) {
    for (const Phrase& p : phrases_) {
      if (static_cast<int>(p.scope) != (pass == 0 ? Phrase::kAnywhere : pass == 1 ? Phrase::kFirstClause : Phrase::kStart))
        continue;
      size_t pos = 0;
      while ((pos = key.find(p.key, pos)) != std::string::npos) {
        size_t end = pos + p.key.size();
        bool whole_words = (pos == 0 || !is_letter(key[pos - 1])) && (end == key.size() || !is_letter(key[end]));
        bool in_scope = p.scope == Phrase::kAnywhere || (p.scope == Phrase::kFirstClause && end <= clause_end) ||
                        (p.scope == Phrase::kStart && key.find_first_not_of(" -+(") == pos);
        if (whole_words && in_scope) {
          Deadline d = Make(p.kind, std::string(f.Original(pos, end)));
          d.recurrence = p.rrule;
          return d;
        }
        pos = end;
      }
    }
  }
  return std::nullopt;
}

}  // namespace kehoach::nlp
