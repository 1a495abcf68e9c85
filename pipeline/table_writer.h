// TableWriter: a plain-text table aligned by display width (Vietnamese
// combining marks take no column, wide characters two) and fitted to a
// width: flexible columns shrink and their cells are cut with "…".
#ifndef KEHOACH_PIPELINE_TABLE_WRITER_H_
#define KEHOACH_PIPELINE_TABLE_WRITER_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace kehoach::pipeline {

class TableWriter {
 public:
  // A flexible column gives up width when the table is too wide; `min` is
  // the narrowest it gets.
  void AddColumn(std::string header, bool flexible = false, int min = 8, bool right_align = false);
  void AddRow(std::vector<std::string> cells);
  // Writes header, rule and rows; `width` <= 0 means no limit.
  void Write(std::ostream& out, int width) const;
  size_t rows() const { return rows_.size(); }

 private:
  struct Column {
    std::string header;
    bool flexible;
    int min;
    bool right;
  };
  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
};

// `text` cut to at most `width` display columns (ending in "…" when cut);
// line breaks become spaces.
std::string FitToWidth(std::string_view text, int width);

// The width tables are fitted to: the terminal's when stdout is one, else
// $COLUMNS, else 160.
int OutputWidth();

}  // namespace kehoach::pipeline

#endif  // KEHOACH_PIPELINE_TABLE_WRITER_H_
