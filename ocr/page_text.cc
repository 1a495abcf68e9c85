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

std::string PageLabel(int number) { return "trang " + std::to_string(number); }

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

void AddCellLines(std::vector<TextLine> lines, int table, int cell, std::string* cell_text,
                  std::vector<TextLine>* out) {
  for (size_t i = 0; i < lines.size(); ++i) {
    lines[i].table = table;
    lines[i].cell = cell;
    lines[i].paragraph_start = i == 0;
    if (!cell_text->empty()) *cell_text += '\n';
    *cell_text += lines[i].text;
    out->push_back(std::move(lines[i]));
  }
}

}  // namespace kehoach::ocr
