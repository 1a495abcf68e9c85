#include "ocr/row_numbers.h"

#include <string>

namespace kehoach::ocr {

namespace {

struct NumberCell {
  PageText* page;
  int table, cell;
  int value;
  bool dot;
};

// "12." -> 12 (dot true), "12" -> 12; anything else -> -1.
int ParseRowNumber(const std::string& text, bool* dot) {
  std::string s = text;
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.pop_back();
  *dot = !s.empty() && s.back() == '.';
  if (*dot) s.pop_back();
  if (s.empty() || s.size() > 4) return -1;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace

int RepairRowNumbers(std::vector<PageText>* pages) {
  std::vector<NumberCell> numbers;
  for (PageText& page : *pages) {
    if (!page.status.ok() || page.source != PageSource::kOcr) continue;
    for (size_t t = 0; t < page.tables.size(); ++t) {
      const std::vector<TableCell>& cells = page.tables[t].cells;
      for (size_t c = 0; c < cells.size(); ++c) {
        if (cells[c].col != 0 || cells[c].row_span != 1) continue;
        bool dot = false;
        int v = ParseRowNumber(cells[c].text, &dot);
        if (v >= 0) numbers.push_back({&page, static_cast<int>(t), static_cast<int>(c), v, dot});
      }
    }
  }
  int repaired = 0;
  for (size_t i = 1; i + 1 < numbers.size(); ++i) {
    const int want = numbers[i - 1].value + 1;
    if (numbers[i + 1].value != want + 1 || numbers[i].value == want) continue;
    NumberCell& n = numbers[i];
    const std::string text = std::to_string(want) + (numbers[i + 1].dot ? "." : "");
    n.page->tables[n.table].cells[n.cell].text = text;
    for (TextLine& line : n.page->lines) {
      if (line.table == n.table && line.cell == n.cell) line.text = text;
    }
    n.value = want;
    ++repaired;
  }
  return repaired;
}

}  // namespace kehoach::ocr
