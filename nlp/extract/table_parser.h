// TableParser: appendix task tables flattened from PDF text -> rows of cells.
//
// The columns are read from the table header (nlp/data/table_columns.tsv:
// "TT", "Mã nhiệm vụ", "Tên/Nội dung nhiệm vụ", "Cơ quan chủ trì",
// "phối hợp", "Kết quả/Sản phẩm", "Thời gian hoàn thành/Lộ trình",
// "Nguồn vốn", ...), wrapped over several lines. Repeated headers (page
// breaks) and page-number lines are skipped. A Roman line ("I. Hoàn thiện
// thể chế ...") opens a group; a number in sequence ("1.") opens a row.
//
// Cells: the task text is the first, wide cell; it ends at the first narrow
// line that starts with a capital letter. The rest is cut where a capitalized
// line follows a complete phrase (not ending in ',', ';' or a joining word),
// and at lines of only spaces (the text layer's mark of an empty cell). The
// pieces are then aligned to the header's columns by a small dynamic program
// that scores how well each piece fits each column (agency names for chủ trì
// / phối hợp, a deadline form for the time column, funding words, ...). A
// column with no piece in a row is a merged cell: the row inherits the value
// of its group's neighbours (CellInherited reports it).
#ifndef KEHOACH_NLP_EXTRACT_TABLE_PARSER_H_
#define KEHOACH_NLP_EXTRACT_TABLE_PARSER_H_

#include <array>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "nlp/extract/text_lines.h"
#include "nlp/extract/trailing_phrases.h"

namespace kehoach::nlp {

// Words that keep a table cell's line open (nlp/data/cell_joiners.tsv,
// loaded once): a line ending with one of them ("và", "của", "Sở", "Ủy ban")
// cannot end a cell.
const TrailingPhrases& CellJoiners();

enum class ColumnKind { kOrdinal, kCode, kText, kLead, kSupport, kOutput, kDeadline, kFunding, kNote, kCount };

struct TableRow {
  std::string group;   // "I", "II" or "" (no groups)
  std::string number;  // "1"
  int first_line = 0, last_line = 0;
  std::array<std::string, static_cast<size_t>(ColumnKind::kCount)> cells;
  std::array<bool, static_cast<size_t>(ColumnKind::kCount)> inherited{};  // merged cell
  std::string& cell(ColumnKind k) { return cells[static_cast<size_t>(k)]; }
  const std::string& cell(ColumnKind k) const { return cells[static_cast<size_t>(k)]; }
  bool cell_inherited(ColumnKind k) const { return inherited[static_cast<size_t>(k)]; }
};

struct Table {
  std::string appendix;              // "I" from "PHỤ LỤC I"; "" if none
  std::vector<ColumnKind> columns;   // in header order
  std::vector<TableRow> rows;
};

// The vocabulary of appendix table headers: column phrases and their kinds
// (nlp/data/table_columns.tsv), other words a header holds
// (nlp/data/table_header_words.txt: "dự kiến", "đề xuất", "cấp", ...) and the
// words that mark a funding cell (nlp/data/funding_words.txt). All folded.
class TableHeader {
 public:
  // Reads the three files; a missing file contributes nothing.
  static TableHeader Load(const std::string& columns_path, const std::string& words_path,
                          const std::string& funding_path);
  // From the files under ResourcePath("nlp/data/"), loaded once.
  static const TableHeader& Default();

  // Column kinds named by a (folded, joined) header text, in order; longer
  // phrases win at the same position.
  std::vector<ColumnKind> Columns(const std::string& header_key) const;
  // True if the folded line has 1 to 14 words and at least 80 % of them are
  // words of the column phrases or of the header words file.
  bool IsHeaderLine(std::string_view folded_line) const;
  // True if the folded text holds a funding word.
  bool HasFundingWord(std::string_view folded) const;

 private:
  struct Phrase {
    std::vector<std::string> words;
    ColumnKind kind;
  };
  std::vector<Phrase> phrases_;  // longest first
  std::unordered_set<std::string> vocabulary_;
  std::vector<std::string> funding_;
};

// Parses the tables in lines[begin, end); `appendix` labels them.
std::vector<Table> ParseTables(const std::vector<TextLine>& lines, size_t begin, size_t end,
                               const std::string& appendix);

}  // namespace kehoach::nlp

#endif  // KEHOACH_NLP_EXTRACT_TABLE_PARSER_H_
