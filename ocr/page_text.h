// PageText: what the OCR stage knows about one page -- its text lines in
// reading order with pixel boxes and confidences, and the ruled tables found
// on it. Produced from a PDF text layer or by Tesseract; the pipeline
// flattens pages into document lines.
//
// Coordinates are pixels of the page at `dpi` (300 by default, also for text
// layers, whose points are scaled by dpi/72), origin top-left, x1/y1
// exclusive. Text is UTF-8 NFC-ready (the pipeline normalizes).
#ifndef KEHOACH_OCR_PAGE_TEXT_H_
#define KEHOACH_OCR_PAGE_TEXT_H_

#include <string>
#include <vector>

#include "base/records.h"
#include "base/status.h"

namespace kehoach::ocr {

using Box = SourceSpan::Box;

// One text line. Lines inside a table cell carry the table and cell index.
struct TextLine {
  std::string text;
  Box box;
  double confidence = -1;  // mean word confidence 0..100; -1 for text layers
  bool paragraph_start = false;  // first line of a paragraph (or of a cell)
  int table = -1;          // index into PageText::tables, -1 outside tables
  int cell = -1;           // index into Table::cells
};

// A cell of a ruled table. A merged cell spans row_span rows and col_span
// columns starting at (row, col).
struct TableCell {
  int row = 0, col = 0;
  int row_span = 1, col_span = 1;
  Box box;
  std::string text;        // the cell's lines joined by '\n'
  double confidence = -1;
};

struct Table {
  Box box;
  int rows = 0, cols = 0;
  std::vector<TableCell> cells;  // sorted by (row, col) of their top-left

  // The grid as rows of `cols` strings. A merged cell's text is repeated in
  // every grid position it covers, so each row carries its inherited values.
  std::vector<std::vector<std::string>> Grid() const;
};

enum class PageSource { kTextLayer, kOcr };

struct PageText {
  int number = 0;          // 1-based
  int width = 0, height = 0;
  int dpi = 300;
  PageSource source = PageSource::kOcr;
  std::vector<TextLine> lines;
  std::vector<Table> tables;
  double confidence = -1;      // mean word confidence of the page; -1 for text layers
  int rotation_applied = 0;    // degrees clockwise the page was turned before OCR
  double skew_corrected = 0;   // degrees of deskew applied
  Status status;               // not OK: this page could not be read (lines empty)
};

const char* PageSourceName(PageSource s);  // "pdf-text" or "ocr"

// How messages name a page (1-based) for the user: "trang 3".
std::string PageLabel(int number);

// Reading order of a page with tables: `page_lines` (outside the tables, top
// to bottom) with all lines of table t, `cell_lines[t]`, inserted before the
// first page line that starts below the table's top. `tables` are sorted by
// their top edge.
std::vector<TextLine> MergeTableLines(std::vector<TextLine> page_lines,
                                      const std::vector<Table>& tables,
                                      std::vector<std::vector<TextLine>> cell_lines);

// Marks the lines read from cell `cell` of table `table` (table, cell, the
// first line starts a paragraph), appends their text to `cell_text` joined by
// '\n', and moves them to the end of `out`.
void AddCellLines(std::vector<TextLine> lines, int table, int cell, std::string* cell_text,
                  std::vector<TextLine>* out);

}  // namespace kehoach::ocr

#endif  // KEHOACH_OCR_PAGE_TEXT_H_
