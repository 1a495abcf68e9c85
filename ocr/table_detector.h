// TableDetector: ruled tables on a page image, found by Leptonica line
// morphology, split into cells with merged cells recognized.
//
// Contract: horizontal rules are runs of at least dpi/2 dark pixels, vertical
// rules runs of at least dpi/4 (both after closing gaps of dpi/100 px), and a
// rule must end on or cross a rule of the other direction (so ink runs inside
// a cell are not rules). A table is a connected group of rules at least one
// inch wide and dpi/3 high holding >= 2 horizontal rules and >= 2 columns.
// Rule positions are clustered into the table's row and column boundaries;
// two neighbouring grid positions belong to one (merged) cell when the rule
// between them is missing over more than 40 % of their common edge. Cells
// are rectangles; text is left empty (the
// caller OCRs each cell, or places text-layer words in them).
#ifndef KEHOACH_OCR_TABLE_DETECTOR_H_
#define KEHOACH_OCR_TABLE_DETECTOR_H_

#include <vector>

#include "ocr/page_text.h"

struct Pix;

namespace kehoach::ocr {

// `image`: 8 bpp grayscale or 1 bpp (1 = ink), upright and deskewed.
std::vector<Table> DetectTables(Pix* image, int dpi);

// A cheap necessary condition for DetectTables, meant for a low-resolution
// rendering (kTableProbeDpi): false only when the page has no connected ink
// rules about one inch wide and a third of an inch high, lengths and ink
// thresholds relaxed so that a rule DetectTables finds at a higher dpi is not
// missed. True on text that only looks ruled (the caller then renders the
// page at full resolution and runs DetectTables).
bool MayHoldRuledTable(Pix* image, int dpi);

// The part of a cell's box inside its rules (what to read), given the rule
// thickness margin at `dpi`.
Box CellInterior(const TableCell& cell, int dpi);

}  // namespace kehoach::ocr

#endif  // KEHOACH_OCR_TABLE_DETECTOR_H_
