// Row-number repair for OCR'd tables. Plan task tables number their rows in
// the first column (TT: 1., 2., 3., ... with group rows I, II between), and
// that sequence runs on across pages. Tesseract sometimes drops or misreads a
// digit of these short cells ("11." read "1.", "29." read "2"), and the row
// is then lost to whoever looks rows up by number.
//
// RepairRowNumbers walks the first-column cells of every table of the
// OCR'd pages in document order. A cell that holds a number (digits, an
// optional dot) sitting between two numbered rows n-1 and n+1 but reading
// other than n is rewritten to n, in its neighbours' style (with the dot if
// the next row has one) -- in the cell's text and in its line. Text-layer
// pages are left alone; a numbering that restarts is not a gap and is kept.
// Returns the number of cells rewritten.
#ifndef KEHOACH_OCR_ROW_NUMBERS_H_
#define KEHOACH_OCR_ROW_NUMBERS_H_

#include <vector>

#include "ocr/page_text.h"

namespace kehoach::ocr {

int RepairRowNumbers(std::vector<PageText>* pages);

}  // namespace kehoach::ocr

#endif  // KEHOACH_OCR_ROW_NUMBERS_H_
