// PageRecognizer: one page image to PageText -- grayscale, Leptonica
// preprocessing (ocr/preprocessor.h), ruled tables (ocr/table_detector.h), then Tesseract:
// the page outside the tables as a whole, each table cell on its own. Lines
// come out in reading order: the page's lines from top to bottom with each
// table's cell lines (cells in row order) at the table's place.
//
// Orientation is checked only when it can matter: if the page reads with a
// mean word confidence below `orientation_check_below` (upright pages read at
// 90+, upside-down ones near 40), or if most of its text comes out in lines
// taller than wide (a page turned by 90°), Tesseract OSD is asked, and a page
// turned by 90/180/270° is read again upright; the more confident reading is
// kept. A sideways page whose turn OSD cannot tell is read both ways. Upright pages so
// pay nothing for orientation detection.
#ifndef KEHOACH_OCR_PAGE_RECOGNIZER_H_
#define KEHOACH_OCR_PAGE_RECOGNIZER_H_

#include "ocr/page_text.h"
#include "ocr/preprocessor.h"
#include "ocr/tesseract_engine.h"

struct Pix;

namespace kehoach::ocr {

struct RecognizeOptions {
  PreprocessOptions preprocess;
  float min_orientation_confidence = 2.0f;  // OSD confidence needed to turn a page
  double orientation_check_below = 80;     // page confidence that triggers OSD
  bool tables = true;
};

// `number` is the 1-based page number recorded in the result; `dpi` the
// image resolution (<= 0: 300 assumed). Failures are in PageText::status.
PageText RecognizePageImage(Pix* image, int dpi, int number, TesseractEngine& engine,
                            const RecognizeOptions& options);

}  // namespace kehoach::ocr

#endif  // KEHOACH_OCR_PAGE_RECOGNIZER_H_
