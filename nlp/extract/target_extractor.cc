#include "nlp/extract/target_extractor.h"

#include <algorithm>

#include "base/paths.h"
#include "nlp/extract/folded_text.h"
#include "nlp/extract/text_lines.h"
#include "re2/re2.h"

namespace kehoach::nlp {

namespace {

struct UnitData {
  std::vector<std::string> units;     // folded, longest first
  std::vector<std::string> pct_ext;   // folded
  std::vector<std::string> pct_tail;  // folded
  std::vector<std::string> pct_stop;  // folded
};

const UnitData& Units() {
  static const UnitData* data = [] {
    auto* d = new UnitData();
    for (const std::string& line : ReadDataLines(ResourcePath("nlp/data/target_units.tsv"))) {
      size_t tab = line.find('\t');
      if (tab == std::string::npos) continue;
      std::string key = FoldKey(Trim(std::string_view(line).substr(0, tab)));
      std::string use(Trim(std::string_view(line).substr(tab + 1)));
      (use == "pct_ext"    ? d->pct_ext
       : use == "pct_tail" ? d->pct_tail
       : use == "pct_stop" ? d->pct_stop
                           : d->units)
          .push_back(key);
    }
    for (auto* v : {&d->units, &d->pct_ext, &d->pct_tail})
      std::stable_sort(v->begin(), v->end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return d;
  }();
  return *data;
}

bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; }

// The unit phrase from `list` that starts at key[pos] (after spaces), or "".
size_t MatchWord(const std::string& key, size_t pos, const std::vector<std::string>& list, std::string* which) {
  while (pos < key.size() && key[pos] == ' ') ++pos;
  for (const std::string& u : list) {
    if (key.compare(pos, u.size(), u) == 0 && (pos + u.size() == key.size() || !IsLetter(key[pos + u.size()]))) {
      if (which) *which = u;
      return pos + u.size();
    }
  }
  return std::string::npos;
}

// The folded `phrase` ("tro len", one letter of garble tolerated) after key[at].
bool FollowedBy(const std::string& key, size_t at, const std::string& phrase) {
  size_t b = key.find_first_not_of(' ', at);
  if (b == std::string::npos) return false;
  std::string_view next = std::string_view(key).substr(b, phrase.size());
  return BoundedEditDistance(next, phrase, 1) <= 1;
}

// A two-word strict comparator one letter off just before key[num_begin]
// ("it nhit" for "ít nhất"), or nullptr. Exact spellings are matched by the
// quantity pattern itself.
const ComparatorWord* GarbledComparatorBefore(const std::string& key, size_t num_begin,
                                              const TargetComparators& comparators) {
  size_t e = num_begin;
  while (e > 0 && key[e - 1] == ' ') --e;
  size_t b = e;
  for (int words = 0; words < 2 && b > 0; ++words) {
    while (b > 0 && key[b - 1] != ' ') --b;
    if (words == 0) while (b > 0 && key[b - 1] == ' ') --b;
  }
  std::string_view before = std::string_view(key).substr(b, e - b);
  for (const ComparatorWord& c : comparators.words()) {
    if (c.role != ComparatorWord::Role::kStrict || std::count(c.phrase.begin(), c.phrase.end(), ' ') != 1) continue;
    if (BoundedEditDistance(before, c.phrase, 1) <= 1) return &c;
  }
  return nullptr;
}

}  // namespace

TargetComparators TargetComparators::Load(const std::string& path) {
  static const std::pair<const char*, ComparatorWord::Role> kRoles[] = {{"strict", ComparatorWord::Role::kStrict},
                                                                       {"weak", ComparatorWord::Role::kWeak},
                                                                       {"plain", ComparatorWord::Role::kPlain},
                                                                       {"from", ComparatorWord::Role::kFrom}};
  TargetComparators out;
  for (const std::string& line : ReadDataLines(path)) {
    std::vector<std::string_view> cols = SplitColumns(line);
    if (cols.size() < 3) continue;
    ComparatorWord w{FoldKey(cols[0]), std::string(cols[1]), ComparatorWord::Role::kStrict};
    if (w.phrase.empty() || !(w.comparator == ">=" || w.comparator == ">" || w.comparator == "<=" ||
                              w.comparator == "<" || w.comparator == "="))
      continue;
    bool known = false;
    for (const auto& [name, role] : kRoles)
      if (cols[2] == name) known = true, w.role = role;
    if (w.role == ComparatorWord::Role::kFrom) {
      if (cols.size() > 3) w.closing = FoldKey(cols[3]);
      if (w.closing.empty()) known = false;
    }
    if (known) out.words_.push_back(std::move(w));
  }
  return out;
}

const TrailingPhrases& TargetSkipWords() {
  static const TrailingPhrases* d =
      new TrailingPhrases(TrailingPhrases::Load(ResourcePath("nlp/data/target_skip_words.txt")));
  return *d;
}

const TargetComparators& TargetComparators::Default() {
  static const TargetComparators* d =
      new TargetComparators(Load(ResourcePath("nlp/data/target_comparators.tsv")));
  return *d;
}

const ComparatorWord* TargetComparators::Find(std::string_view phrase) const {
  for (const ComparatorWord& w : words_)
    if (w.phrase == phrase) return &w;
  return nullptr;
}

std::string TargetComparators::Alternation() const {
  std::string out;
  for (const ComparatorWord& w : words_) out += (out.empty() ? "" : "|") + RE2::QuoteMeta(w.phrase);
  return out;
}

bool ParseVietnameseNumber(std::string_view s, double* value) {
  std::string digits;
  bool decimal_seen = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      digits.push_back(c);
    } else if (c == '.' || c == ',') {
      size_t run = 0;
      while (i + 1 + run < s.size() && s[i + 1 + run] >= '0' && s[i + 1 + run] <= '9') ++run;
      if (run == 0) return false;
      // "1.000" groups thousands; "0,7" (or a dot not followed by exactly three digits) is decimal.
      bool thousands = run == 3 && c == '.';
      if (!thousands) {
        if (decimal_seen) return false;
        decimal_seen = true;
        digits.push_back('.');
      }
    } else {
      return false;
    }
  }
  if (digits.empty() || digits == ".") return false;
  *value = std::stod(digits);
  return true;
}

std::vector<Target> ExtractTargets(std::string_view text, int default_year, const std::vector<TextLine>& lines,
                                   int first_line, int last_line) {
  const TargetComparators& comparators = TargetComparators::Default();
  // An empty list must not leave "()" that matches nothing before a number.
  static const RE2 kQuantity(
      "((?:\\b(" + (comparators.words().empty() ? std::string("\\x00") : comparators.Alternation()) +
      R"()\s+)?(\d+(?:[.,]\d+)*)\s*(%)?(?:\s*(?:-|\x{2013}|den)\s*(\d+(?:[.,]\d+)*)\s*(%)?)?))");
  static const RE2 kYear(R"((?:den|vao|trong|toi)\s+nam\s+(\d{4}))");
  FoldedText f(text);
  const std::string& key = f.key();
  std::vector<Target> out;
  re2::StringPiece input(key);
  re2::StringPiece whole, word, v1, pct1, v2, pct2;
  int search_line = first_line;
  while (RE2::FindAndConsume(&input, kQuantity, &whole, &word, &v1, &pct1, &v2, &pct2)) {
    size_t num_begin = v1.data() - key.data();
    size_t end = whole.data() - key.data() + whole.size();
    size_t begin = whole.data() - key.data();
    while (end > num_begin && key[end - 1] == ' ') --end;  // the pattern may end on spaces
    // Context: the number must stand alone.
    char before = num_begin > 0 ? key[num_begin - 1] : ' ';
    char after = end < key.size() ? key[end] : ' ';
    bool percent_seen = !pct1.empty() || !pct2.empty();
    if ((before != ' ' && before != '(' && before != '"') || IsLetter(after) || (after == '/' && !percent_seen) ||
        (after == '-' && end + 1 < key.size() && IsLetter(key[end + 1])) ||
        (after == ':' && end + 1 < key.size() && isdigit(static_cast<unsigned char>(key[end + 1]))))
      continue;
    size_t num_end = v1.data() - key.data() + v1.size();
    if (num_end < key.size() && key[num_end] == '/') continue;
    if (word.empty() && TargetSkipWords().EndsText(std::string_view(key.data(), num_begin))) continue;
    double value = 0, value_max = 0;
    if (!ParseVietnameseNumber(std::string(v1), &value)) continue;
    bool has_max = !v2.empty() && ParseVietnameseNumber(std::string(v2), &value_max);
    // The comparator word; "từ" only counts with "trở lên" after the unit
    // (below); without a word, the two words before the number may be a
    // multi-word comparator one letter off ("ít nhit", "tỉ thiểu").
    const ComparatorWord* w = word.empty() ? nullptr : comparators.Find(std::string_view(word.data(), word.size()));
    const ComparatorWord* from = w && w->role == ComparatorWord::Role::kFrom ? w : nullptr;
    if (from) {
      w = nullptr;
      begin = num_begin;  // "từ" (also "tư" in "đầu tư") stays in the metric
    }
    // With "trở lên" after the unit, "từ" is a strict comparator.
    const ComparatorWord from_upward = from ? ComparatorWord{from->phrase, from->comparator, ComparatorWord::Role::kStrict}
                                            : ComparatorWord{};
    if (!w) w = GarbledComparatorBefore(key, num_begin, comparators);
    bool percent = !pct1.empty() || !pct2.empty();
    if (!percent && !has_max && v1.size() == 4 && value >= 1900 && value <= 2100) continue;  // a year
    std::string unit;
    size_t unit_end = end;
    std::string which;
    if (percent) {
      unit = "%";
      if (end < key.size() && key[end] == '/') {
        size_t e = end + 1;
        while (e < key.size() && IsLetter(key[e])) ++e;
        unit += std::string(f.Original(end, e));
        unit_end = e;
      } else if (size_t e = MatchWord(key, end, Units().pct_ext, &which); e != std::string::npos) {
        unit += " " + std::string(Trim(f.Original(end, e)));
        unit_end = e;
      } else if (size_t e2 = MatchWord(key, end, Units().pct_tail, &which); e2 != std::string::npos) {
        size_t stop = key.find_first_of(";.(:", end);
        if (stop == std::string::npos) stop = key.size();
        // The first word that starts a stop phrase, exactly or, for a long
        // phrase, one letter off (residual garble: "hing năm").
        for (size_t at = key.find(' ', e2); at != std::string::npos && at < stop; at = key.find(' ', at + 1)) {
          for (const std::string& w : Units().pct_stop) {
            size_t after_w = at + 1 + w.size();
            if (after_w > key.size() || (after_w < key.size() && IsLetter(key[after_w]))) continue;
            std::string_view here = std::string_view(key).substr(at + 1, w.size());
            if (here == w || (w.size() >= 7 && BoundedEditDistance(here, w, 1) <= 1)) {
              stop = at;
              break;
            }
          }
        }
        std::string tail(Trim(f.Original(end, stop)));
        while (!tail.empty() && (tail.back() == ',' || tail.back() == ' ')) tail.pop_back();
        unit += " " + tail;
        unit_end = stop;
      }
    } else {
      size_t e = MatchWord(key, end, Units().units, &which);
      if (from && e != std::string::npos && FollowedBy(key, e, from->closing)) w = &from_upward;
      bool comparator = w && (w->role == ComparatorWord::Role::kStrict || w->role == ComparatorWord::Role::kWeak);
      bool strict = w && w->role == ComparatorWord::Role::kStrict;
      size_t next = key.find_first_not_of(' ', end);
      bool clause_end = next == std::string::npos || key[next] == '.' || key[next] == ';' || key[next] == ',';
      if (e == std::string::npos) {
        // "duy trì trên 0,7": a strict comparator before a bare number closing its clause.
        if (!(strict && clause_end)) continue;
        e = end;
      } else if (!(comparator || has_max)) {
        continue;
      }
      unit = std::string(Trim(f.Original(end, e)));
      unit_end = e;
    }
    Target t;
    t.value = value;
    if (has_max) t.value_max = value_max;
    t.unit = unit;
    if (from && percent && FollowedBy(key, unit_end, from->closing)) w = &from_upward;
    t.comparator = w ? w->comparator : "=";
    // The clause holding the number.
    size_t cb = key.find_last_of(".;:(", begin);
    cb = cb == std::string::npos ? 0 : cb + 1;
    size_t ce = key.find_first_of(".;:(", unit_end);
    if (ce == std::string::npos) ce = key.size();
    // A '.' inside a number ("1.000") is not a clause end.
    while (ce < key.size() && key[ce] == '.' && ce + 1 < key.size() && isdigit(static_cast<unsigned char>(key[ce + 1])))
      ce = key.find_first_of(".;:(", ce + 1) == std::string::npos ? key.size() : key.find_first_of(".;:(", ce + 1);
    t.text = std::string(Trim(f.Original(cb, ce)));
    std::string metric(Trim(f.Original(cb, begin)));
    t.metric = metric;
    int year = 0;
    if (RE2::PartialMatch(re2::StringPiece(key.data() + cb, ce - cb), kYear, &year) && year >= 1945 && year <= 2100)
      t.year = year;
    else
      t.year = default_year;
    // Source line: the first line (from the last one used) holding the number.
    std::string needle(f.Original(num_begin, num_end));
    t.source.line = search_line;
    for (int ln = search_line; ln <= last_line && ln >= 1 && ln <= static_cast<int>(lines.size()); ++ln) {
      if (lines[ln - 1].text.find(needle) != std::string_view::npos) {
        t.source.line = search_line = ln;
        break;
      }
    }
    t.source.line_end = t.source.line;
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace kehoach::nlp
