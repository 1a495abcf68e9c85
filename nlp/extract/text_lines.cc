#include "nlp/extract/text_lines.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <fstream>

#include "nlp/extract/folded_text.h"
#include "re2/re2.h"

namespace kehoach::nlp {

std::vector<std::string> ReadDataLines(const std::string& path) {
  std::vector<std::string> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    std::string_view t = Trim(line);
    if (!t.empty() && t[0] != '#') out.emplace_back(t);
  }
  return out;
}

std::vector<std::string_view> SplitColumns(std::string_view line) {
  std::vector<std::string_view> cols;
  for (size_t b = 0;;) {
    size_t tab = line.find('\t', b);
    cols.push_back(Trim(line.substr(b, tab == std::string_view::npos ? std::string_view::npos : tab - b)));
    if (tab == std::string_view::npos) return cols;
    b = tab + 1;
  }
}

std::string_view Trim(std::string_view s) {
  auto is_space = [](unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; };
  size_t b = 0, e = s.size();
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  // Non-breaking spaces (U+00A0) at either end.
  while (e - b >= 2 && s.substr(b, 2) == "\xC2\xA0") b += 2;
  while (e - b >= 2 && s.substr(e - 2, 2) == "\xC2\xA0") e -= 2;
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

int CodePointCount(std::string_view s) {
  int n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::vector<TextLine> SplitLines(std::string_view text) {
  std::vector<TextLine> lines;
  size_t start = 0;
  int number = 1;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    TextLine line;
    line.number = number++;
    line.raw = text.substr(start, end - start);
    line.text = Trim(line.raw);
    line.key = FoldKey(line.text);
    line.width = CodePointCount(line.text);
    lines.push_back(std::move(line));
    if (end == text.size()) break;
    start = end + 1;
  }
  if (!lines.empty() && lines.back().blank() && !text.empty() && text.back() == '\n') lines.pop_back();
  return lines;
}

std::string JoinWrapped(const std::vector<std::string_view>& pieces) {
  std::string out;
  for (std::string_view p : pieces) {
    p = Trim(p);
    if (p.empty()) continue;
    if (!out.empty()) out.push_back(' ');
    bool space = false;
    for (char c : p) {
      if (c == ' ' || c == '\t') {
        space = true;
        continue;
      }
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  return out;
}

bool EndsClause(std::string_view s) {
  s = Trim(s);
  if (s.empty()) return false;
  char c = s.back();
  if (c == '.' || c == ';' || c == ':' || c == '!' || c == '?') return true;
  return s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xA6";  // …
}

namespace {
UChar32 FirstLetter(std::string_view s, size_t* at, size_t* len) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
    if (c >= 0 && u_isalpha(c)) {
      if (at) *at = static_cast<size_t>(start);
      if (len) *len = static_cast<size_t>(i - start);
      return c;
    }
  }
  return -1;
}
}  // namespace

bool StartsUpper(std::string_view s) {
  // The first character decides ("57-NQ/TW ..." does not start with a
  // capital); opening quotes and brackets are skipped.
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
    if (c == '"' || c == '(' || c == 0x201C || c == 0x2018 || c == '\'' || c == ' ') continue;
    return c >= 0 && u_isupper(c);
  }
  return false;
}

std::string CapitalizeFirst(std::string_view s) {
  size_t at = 0, len = 0;
  UChar32 c = FirstLetter(s, &at, &len);
  if (c < 0 || u_isupper(c)) return std::string(s);
  UChar32 u = u_toupper(c);
  char buf[4];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, u);
  std::string out(s.substr(0, at));
  out.append(buf, n);
  out.append(s.substr(at + len));
  return out;
}

bool IsPageNumberLine(std::string_view trimmed) {
  static const RE2 kPage(R"((?i)^(?:[-–—]\s*)?(?:trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s*[-–—])?$)");
  return !trimmed.empty() && trimmed.size() < 16 && RE2::FullMatch(trimmed, kPage);
}

int TypicalWidth(const std::vector<TextLine>& lines) {
  std::vector<int> widths;
  for (const TextLine& l : lines)
    if (l.width > 20) widths.push_back(l.width);
  if (widths.size() < 10) return 80;
  size_t k = widths.size() * 8 / 10;
  std::nth_element(widths.begin(), widths.begin() + k, widths.end());
  return widths[k];
}

size_t BoundedEditDistance(std::string_view a, std::string_view b, size_t limit) {
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) return limit + 1;
  std::vector<size_t> row(b.size() + 1), next(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    next[0] = i;
    size_t best = next[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      next[j] = std::min({row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] != b[j - 1])});
      best = std::min(best, next[j]);
    }
    if (best > limit) return limit + 1;
    row.swap(next);
  }
  return row[b.size()];
}

int RomanValue(std::string_view numeral) {
  int total = 0, prev = 0;
  for (auto it = numeral.rbegin(); it != numeral.rend(); ++it) {
    int v = *it == 'I' ? 1 : *it == 'V' ? 5 : *it == 'X' ? 10 : 0;
    if (v == 0) return 0;
    total += v < prev ? -v : v;
    prev = std::max(prev, v);
  }
  return total;
}

bool ParseUndottedRoman(std::string_view line, int previous, bool alone_ok, std::string* numeral,
                        std::string* title) {
  static const RE2 kUndotted(R"(^([IVX]{1,5})(?:\s+(\S.*))?$)");
  std::string n, t;
  if (!RE2::FullMatch(line, kUndotted, &n, &t)) return false;
  if (RomanValue(n) != previous + 1) return false;
  if (t.empty() ? !alone_ok : !StartsUpper(t)) return false;
  *numeral = std::move(n);
  *title = std::move(t);
  return true;
}

bool ParagraphPerLine(const std::vector<TextLine>& lines) {
  int long_lines = 0, clause_final = 0;
  for (const TextLine& l : lines) {
    if (l.width <= 40) continue;
    ++long_lines;
    clause_final += EndsClause(l.text);
  }
  return long_lines >= 5 && clause_final * 2 >= long_lines;
}

}  // namespace kehoach::nlp
