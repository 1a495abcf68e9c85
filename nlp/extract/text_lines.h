// TextLine: one line of a plan, trimmed, with its 1-based number, its folded
// search key and its width; plus small helpers shared by the extractors
// (joining wrapped lines, sentence ends, capital letters).
#ifndef KEHOACH_NLP_EXTRACT_TEXT_LINES_H_
#define KEHOACH_NLP_EXTRACT_TEXT_LINES_H_

#include <string>
#include <string_view>
#include <vector>

namespace kehoach::nlp {

struct TextLine {
  int number = 0;          // 1-based line number in the document
  std::string_view text;   // without leading/trailing whitespace
  std::string_view raw;    // as in the input (a line of only spaces marks an empty table cell)
  std::string key;         // FoldKey(text)
  int width = 0;           // code points of text
  bool blank() const { return text.empty(); }
};

// Splits on '\n'; every line (blank ones too) is returned, numbered from 1.
// The views point into `text`, which must outlive the result.
std::vector<TextLine> SplitLines(std::string_view text);

std::string_view Trim(std::string_view s);
int CodePointCount(std::string_view s);

// The lines of a data file (nlp/data/...: give the full path, e.g. from
// ResourcePath), trimmed, without blank lines and '#' comments. Empty if the
// file is missing.
std::vector<std::string> ReadDataLines(const std::string& path);

// The TAB-separated columns of a data line, each trimmed; views into `line`.
// A line without a TAB is one column.
std::vector<std::string_view> SplitColumns(std::string_view line);

// Joins wrapped pieces with single spaces; runs of whitespace become one space.
std::string JoinWrapped(const std::vector<std::string_view>& pieces);

// True if the text's last character ends a sentence or clause: . ; : ! ? …
bool EndsClause(std::string_view s);
// True if the first letter of s is an uppercase letter (Unicode).
bool StartsUpper(std::string_view s);
// s with its first letter uppercased.
std::string CapitalizeFirst(std::string_view s);

// A line that is only a page number: "12", "- 12 -", "Trang 3", "3/12".
bool IsPageNumberLine(std::string_view trimmed);

// The typical width of a full line of running text (the 80th percentile of
// non-blank widths over 20 code points), used to tell a paragraph's last,
// short line from a wrapped one. Returns 80 when there are too few lines.
int TypicalWidth(const std::vector<TextLine>& lines);

// Levenshtein distance of a and b (bytes), or limit + 1 once it must exceed limit.
size_t BoundedEditDistance(std::string_view a, std::string_view b, size_t limit);

// The value of an upper-case Roman numeral of I, V, X ("IV" -> 4); 0 if it is not one.
int RomanValue(std::string_view numeral);

// A Roman numeral heading that lost its dot, as OCR gives it: "IV Tổ chức
// thực hiện", or "III" alone when `alone_ok` (an appendix table's group
// line). Accepted only as the next numeral after `previous` (0 before the
// first) and when its title starts with a capital letter. Sets *numeral and
// *title (empty when alone). A numeral with its dot is not matched here.
bool ParseUndottedRoman(std::string_view line, int previous, bool alone_ok, std::string* numeral,
                        std::string* title);

// True if the text keeps one paragraph per line (typed or exported text, not
// wrapped by a PDF layout): at least half of the lines longer than 40 code
// points end a clause. Then every clause-final line ends its paragraph.
bool ParagraphPerLine(const std::vector<TextLine>& lines);

}  // namespace kehoach::nlp

#endif  // KEHOACH_NLP_EXTRACT_TEXT_LINES_H_
