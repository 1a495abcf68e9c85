#include "nlp/extract/table_parser.h"

#include <algorithm>
#include <limits>
#include <unordered_set>

#include "base/paths.h"
#include "nlp/extract/agency_gazetteer.h"
#include "nlp/extract/deadline_parser.h"
#include "nlp/extract/folded_text.h"
#include "re2/re2.h"

namespace kehoach::nlp {

namespace {

std::vector<std::string> Words(std::string_view key) { return FoldedWords(key); }

bool IsWhitespaceMarker(const TextLine& l) { return l.text.empty() && !l.raw.empty(); }

// A line that cannot end a cell: it ends with a joining word or with the head
// noun of an agency name whose rest wraps to the next line ("Sở Công
// Thương; Ban" / "Quản lý Khu kinh tế tỉnh"): nlp/data/cell_joiners.tsv.
bool EndsWithJoiner(const TextLine& l) {
  if (l.text.empty()) return false;
  char c = l.text.back();
  if (c == ',' || c == ';' || c == '-' || c == '/' || c == '(' || c == '&') return true;
  return CellJoiners().EndsText(Trim(l.key));
}

struct Segment {
  std::vector<const TextLine*> lines;
  bool empty_marker = false;
  std::string Text() const {
    std::vector<std::string_view> p;
    for (const TextLine* l : lines) p.push_back(l->text);
    return JoinWrapped(p);
  }
};

struct RawRow {
  std::string group, number;
  int first_line = 0;
  std::vector<const TextLine*> lines;  // non-blank lines and whitespace markers, after the number
};

// What a piece of a row looks like, computed once per piece.
struct Features {
  bool empty_marker = false, agency = false, dated = false, funding = false, short_code = false;
};

Features FeaturesOf(const std::string& text, bool empty_marker) {
  Features f;
  f.empty_marker = empty_marker;
  if (empty_marker) return f;
  f.agency = AgencyGazetteer::Default().StartsWithAgency(text);
  f.dated = DeadlineParser::Default().ParseCell(text).kind != DeadlineKind::kNone;
  f.funding = TableHeader::Default().HasFundingWord(FoldKey(text));
  f.short_code = text.size() <= 16 && text.find(' ') == std::string::npos;
  return f;
}

double Fit(ColumnKind col, const Features& f) {
  if (f.empty_marker) return col == ColumnKind::kText ? -5 : 0.6;
  switch (col) {
    // One body alone in a row is more likely its lead (a support cell may be
    // empty or merged): the lead column fits slightly better.
    case ColumnKind::kLead: return f.agency ? 1.1 : f.dated ? -1.5 : -0.8;
    case ColumnKind::kSupport: return f.agency ? 1.0 : f.dated ? -1.5 : -0.8;
    case ColumnKind::kOutput: return f.agency ? -0.6 : f.dated ? -0.8 : 0.5;
    case ColumnKind::kDeadline: return f.dated ? 1.5 : f.agency ? -1.5 : 0.1;
    case ColumnKind::kFunding: return f.funding ? 1.2 : -0.3;
    case ColumnKind::kCode: return f.short_code ? 1.0 : -1.0;
    default: return 0;
  }
}

// Splits the lines of a row into the task text and the pieces after it.
void SegmentRow(const RawRow& row, int text_width, bool has_code, Segment* text, Segment* code,
                std::vector<Segment>* pieces) {
  size_t i = 0;
  const auto& L = row.lines;
  if (has_code && !L.empty() && !IsWhitespaceMarker(*L[0]) && L[0]->width <= 16) code->lines.push_back(L[i++]);
  size_t text_begin = i;
  for (; i < L.size(); ++i) {
    const TextLine& l = *L[i];
    if (i > text_begin && (IsWhitespaceMarker(l) || (l.width * 100 <= text_width * 45 && StartsUpper(l.text) &&
                                                     (EndsClause(L[i - 1]->text) || L[i - 1]->width * 100 < text_width * 92 ||
                                                      AgencyGazetteer::Default().StartsWithAgency(l.text)))))
      break;
    if (!IsWhitespaceMarker(l)) text->lines.push_back(&l);
  }
  Segment cur;
  auto close = [&]() {
    if (!cur.lines.empty() || cur.empty_marker) pieces->push_back(std::move(cur));
    cur = Segment();
  };
  for (; i < L.size(); ++i) {
    const TextLine& l = *L[i];
    if (IsWhitespaceMarker(l)) {
      close();
      cur.empty_marker = true;
      close();
      continue;
    }
    if (!cur.lines.empty() && StartsUpper(l.text) && !EndsWithJoiner(*cur.lines.back())) close();
    cur.lines.push_back(&l);
  }
  close();
}

// Aligns pieces to columns; returns, per column, the piece index, -1 for a
// column with no piece (merged cell) or -2 for an explicitly empty cell.
std::vector<std::vector<int>> Align(const std::vector<ColumnKind>& cols, const std::vector<Segment>& segs) {
  const size_t m = segs.size(), k = cols.size();
  const double kNeg = -std::numeric_limits<double>::infinity();
  std::vector<std::vector<double>> dp(m + 1, std::vector<double>(k + 1, kNeg));
  struct Step { int di = 0, dj = 0; };
  std::vector<std::vector<Step>> back(m + 1, std::vector<Step>(k + 1));
  std::vector<Features> single, pair;
  for (size_t i = 0; i < m; ++i) {
    single.push_back(FeaturesOf(segs[i].Text(), segs[i].empty_marker));
    bool mergeable = i + 1 < m && !segs[i].empty_marker && !segs[i + 1].empty_marker;
    pair.push_back(mergeable ? FeaturesOf(segs[i].Text() + " " + segs[i + 1].Text(), false) : Features());
  }
  dp[0][0] = 0;
  auto relax = [&](size_t i, size_t j, int di, int dj, double score) {
    if (dp[i][j] == kNeg) return;
    double v = dp[i][j] + score;
    if (v > dp[i + di][j + dj]) {
      dp[i + di][j + dj] = v;
      back[i + di][j + dj] = {di, dj};
    }
  };
  for (size_t i = 0; i <= m; ++i) {
    for (size_t j = 0; j <= k; ++j) {
      if (j < k) relax(i, j, 0, 1, -0.5);  // merged cell
      if (i < m && j < k) relax(i, j, 1, 1, Fit(cols[j], single[i]));
      if (i + 1 < m && j < k && !segs[i].empty_marker && !segs[i + 1].empty_marker)
        relax(i, j, 2, 1, Fit(cols[j], pair[i]) - 0.7);
      if (i < m) relax(i, j, 1, 0, -2.0);  // a piece that fits nowhere
    }
  }
  std::vector<std::vector<int>> assign(k);
  size_t i = m, j = k;
  while (i > 0 || j > 0) {
    Step s = back[i][j];
    if (s.di == 0 && s.dj == 0) break;
    if (s.dj == 1) {
      if (s.di == 0) assign[j - 1] = {-1};
      else if (s.di == 1 && segs[i - 1].empty_marker) assign[j - 1] = {-2};
      else for (int d = s.di; d >= 1; --d) assign[j - 1].push_back(static_cast<int>(i - d));
    }
    i -= s.di;
    j -= s.dj;
  }
  return assign;
}

}  // namespace

const TrailingPhrases& CellJoiners() {
  static const TrailingPhrases* d = new TrailingPhrases(TrailingPhrases::Load(ResourcePath("nlp/data/cell_joiners.tsv")));
  return *d;
}

TableHeader TableHeader::Load(const std::string& columns_path, const std::string& words_path,
                              const std::string& funding_path) {
  static const std::pair<const char*, ColumnKind> kKinds[] = {
      {"ordinal", ColumnKind::kOrdinal}, {"code", ColumnKind::kCode},       {"text", ColumnKind::kText},
      {"lead", ColumnKind::kLead},       {"support", ColumnKind::kSupport}, {"output", ColumnKind::kOutput},
      {"deadline", ColumnKind::kDeadline}, {"funding", ColumnKind::kFunding}, {"note", ColumnKind::kNote}};
  TableHeader out;
  for (const std::string& line : ReadDataLines(columns_path)) {
    size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    std::string_view kind = Trim(std::string_view(line).substr(tab + 1));
    for (const auto& [name, k] : kKinds) {
      if (kind != name) continue;
      Phrase p{Words(FoldKey(line.substr(0, tab))), k};
      out.vocabulary_.insert(p.words.begin(), p.words.end());
      if (!p.words.empty()) out.phrases_.push_back(std::move(p));
    }
  }
  for (const std::string& line : ReadDataLines(words_path))
    for (std::string& w : Words(FoldKey(line))) out.vocabulary_.insert(std::move(w));
  std::stable_sort(out.phrases_.begin(), out.phrases_.end(),
                   [](const Phrase& a, const Phrase& b) { return a.words.size() > b.words.size(); });
  for (const std::string& line : ReadDataLines(funding_path)) out.funding_.push_back(FoldKey(line));
  return out;
}

const TableHeader& TableHeader::Default() {
  static const TableHeader* d = new TableHeader(Load(ResourcePath("nlp/data/table_columns.tsv"),
                                                     ResourcePath("nlp/data/table_header_words.txt"),
                                                     ResourcePath("nlp/data/funding_words.txt")));
  return *d;
}

std::vector<ColumnKind> TableHeader::Columns(const std::string& header_key) const {
  std::vector<std::string> words = Words(header_key);
  std::vector<ColumnKind> out;
  for (size_t i = 0; i < words.size();) {
    size_t used = 0;
    for (const Phrase& p : phrases_) {
      if (i + p.words.size() > words.size()) continue;
      if (std::equal(p.words.begin(), p.words.end(), words.begin() + i)) {
        if (out.empty() || out.back() != p.kind) {
          if (std::find(out.begin(), out.end(), p.kind) == out.end()) out.push_back(p.kind);
        }
        used = p.words.size();
        break;
      }
    }
    i += used ? used : 1;
  }
  return out;
}

bool TableHeader::IsHeaderLine(std::string_view folded_line) const {
  std::vector<std::string> words = Words(folded_line);
  if (words.empty() || words.size() > 14) return false;
  size_t known = 0;
  for (const std::string& w : words) known += vocabulary_.count(w);
  return known * 10 >= words.size() * 8;
}

bool TableHeader::HasFundingWord(std::string_view folded) const {
  for (const std::string& w : funding_)
    if (folded.find(w) != std::string_view::npos) return true;
  return false;
}

std::vector<Table> ParseTables(const std::vector<TextLine>& lines, size_t begin, size_t end,
                               const std::string& appendix) {
  static const RE2 kGroup(R"(^([IVX]{1,5})\s*[.)\-]\s*(\S.*)?$)");
  static const RE2 kRow(R"(^(\d{1,3})(?:\s*[.)]\s*(.*)|\s*$|\s+(\pL.*))$)");
  std::vector<Table> tables;
  end = std::min(end, lines.size());
  size_t i = begin;
  const TableHeader& header = TableHeader::Default();
  auto is_header_line = [&](const TextLine& l) { return header.IsHeaderLine(l.key); };
  auto is_header_start = [&](size_t at) {
    if (!is_header_line(lines[at])) return false;
    std::string joined;
    for (size_t k = at, n = 0; k < end && n < 8; ++k) {
      if (lines[k].blank()) continue;
      if (!is_header_line(lines[k])) break;
      joined += lines[k].key + " ";
      ++n;
    }
    std::vector<ColumnKind> cols = header.Columns(joined);
    return cols.size() >= 3 && std::find(cols.begin(), cols.end(), ColumnKind::kText) != cols.end();
  };
  auto read_header = [&](size_t* at) {
    std::string joined;
    while (*at < end && (lines[*at].blank() || is_header_line(lines[*at]))) joined += lines[(*at)++].key + " ";
    return header.Columns(joined);
  };

  while (i < end && !is_header_start(i)) ++i;
  if (i >= end) return tables;
  Table table;
  table.appendix = appendix;
  table.columns = read_header(&i);

  std::vector<RawRow> raw;
  std::string group;
  int last_number = 0;
  for (; i < end; ++i) {
    const TextLine& l = lines[i];
    if (l.blank()) {
      if (IsWhitespaceMarker(l) && !raw.empty()) raw.back().lines.push_back(&l);
      continue;
    }
    if (is_header_start(i)) {
      std::vector<ColumnKind> cols = read_header(&i);
      --i;
      if (cols != table.columns) {  // another table
        tables.push_back(std::move(table));
        table = Table();
        table.appendix = appendix;
        table.columns = cols;
      }
      continue;
    }
    std::string g, rest1, rest2, num;
    // A group line: "II. Title", or without the dot ("III", "IV Title") when
    // it is the next numeral and its title is capitalized.
    bool group_line = RE2::FullMatch(l.text, kGroup, &g, &rest1) ||
                      ParseUndottedRoman(l.text, RomanValue(group), /*alone_ok=*/true, &g, &rest1);
    if (group_line) {
      group = g;
      raw.push_back(RawRow());  // a group title: not a row (number stays empty)
      raw.back().group = g;
      raw.back().first_line = l.number;
      continue;
    }
    if (RE2::FullMatch(l.text, kRow, &num, &rest1, &rest2)) {
      int n = std::atoi(num.c_str());
      bool in_sequence = n == last_number + 1 || n == 1 || (n > last_number && n <= last_number + 2);
      bool bare = rest1.empty() && rest2.empty() && l.text.find('.') == std::string_view::npos;
      if (bare && IsPageNumberLine(l.text) && n != last_number + 1) continue;  // a page number
      if (in_sequence) {
        RawRow r;
        r.group = group;
        r.number = num;
        r.first_line = l.number;
        raw.push_back(std::move(r));
        last_number = n;
        if (!rest1.empty() || !rest2.empty()) {
          // The task text runs on the number's line; the number is cut later.
          raw.back().lines.push_back(&l);
          raw.back().first_line = -l.number;
        }
        continue;
      }
    }
    if (IsPageNumberLine(l.text)) continue;
    if (!raw.empty()) raw.back().lines.push_back(&l);
  }

  // The task text column is the widest: estimate its width.
  std::vector<int> widths;
  for (const RawRow& r : raw)
    for (const TextLine* l : r.lines) widths.push_back(l->width);
  int text_width = 80;
  if (!widths.empty()) {
    std::sort(widths.begin(), widths.end());
    text_width = std::max(20, widths[widths.size() * 95 / 100]);
  }

  std::vector<ColumnKind> after;
  bool has_code = false;
  bool seen_text = false;
  for (ColumnKind c : table.columns) {
    if (c == ColumnKind::kText) seen_text = true;
    else if (c == ColumnKind::kCode && !seen_text) has_code = true;
    else if (c != ColumnKind::kOrdinal && seen_text) after.push_back(c);
  }

  for (RawRow& r : raw) {
    if (r.number.empty()) continue;  // group title
    TableRow row;
    row.group = r.group;
    row.number = r.number;
    bool text_on_number_line = r.first_line < 0;
    row.first_line = text_on_number_line ? -r.first_line : r.first_line;
    row.last_line = row.first_line;
    for (const TextLine* l : r.lines) row.last_line = std::max(row.last_line, l->number);
    Segment text, code;
    std::vector<Segment> pieces;
    SegmentRow(r, text_width, has_code, &text, &code, &pieces);
    std::string joined = text.Text();
    if (text_on_number_line) {
      // Drop the leading number from the first line's text.
      static const RE2 kLead(R"(^\d{1,3}\s*[.)]?\s*)");
      std::string t = joined;
      RE2::Replace(&t, kLead, "");
      joined = t;
    }
    row.cell(ColumnKind::kText) = joined;
    row.cell(ColumnKind::kCode) = code.Text();
    std::vector<std::vector<int>> assign = Align(after, pieces);
    for (size_t c = 0; c < after.size(); ++c) {
      if (assign[c].empty() || assign[c][0] == -1) {
        row.inherited[static_cast<size_t>(after[c])] = true;
        continue;
      }
      if (assign[c][0] == -2) continue;
      std::string v;
      for (int s : assign[c]) v += (v.empty() ? "" : " ") + pieces[s].Text();
      row.cell(after[c]) = v;
    }
    table.rows.push_back(std::move(row));
  }

  // Merged cells: a row without its own value takes its group's value
  // (forward from the row above, else backward from the row below).
  for (ColumnKind c : after) {
    size_t ci = static_cast<size_t>(c);
    for (size_t r = 1; r < table.rows.size(); ++r) {
      TableRow& row = table.rows[r];
      const TableRow& up = table.rows[r - 1];
      if (row.inherited[ci] && up.group == row.group && !up.cells[ci].empty()) row.cells[ci] = up.cells[ci];
    }
    for (size_t r = table.rows.size(); r-- > 1;) {
      TableRow& row = table.rows[r - 1];
      const TableRow& down = table.rows[r];
      if (row.inherited[ci] && row.cells[ci].empty() && down.group == row.group && !down.cells[ci].empty())
        row.cells[ci] = down.cells[ci];
    }
  }
  tables.push_back(std::move(table));
  return tables;
}

}  // namespace kehoach::nlp
