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

}  // namespace kehoach::ocr
