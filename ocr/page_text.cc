#include "ocr/page_text.h"

namespace kehoach::ocr {

std::vector<std::vector<std::string>> Table::Grid() const {
  std::vector<std::vector<std::string>> grid(rows, std::vector<std::string>(cols));
  for (const TableCell& c : cells) {
    for (int r = c.row; r < c.row + c.row_span && r < rows; ++r) {
      for (int k = c.col; k < c.col + c.col_span && k < cols; ++k) grid[r][k] = c.text;
    }
  }
  return grid;
}

const char* PageSourceName(PageSource s) {
  return s == PageSource::kTextLayer ? "pdf-text" : "ocr";
}

std::vector<TextLine> MergeTableLines(std::vector<TextLine> page_lines,
                                      const std::vector<Table>& tables,
                                      std::vector<std::vector<TextLine>> cell_lines) {
  std::vector<TextLine> out;
  size_t t = 0;
  auto flush_table = [&] {
    if (t < cell_lines.size()) {
      for (TextLine& l : cell_lines[t]) out.push_back(std::move(l));
    }
    ++t;
  };
  for (TextLine& line : page_lines) {
    while (t < tables.size() && tables[t].box.y0 <= line.box.y0) flush_table();
    out.push_back(std::move(line));
  }
  while (t < tables.size()) flush_table();
  return out;
}

}  // namespace kehoach::ocr
