// PageRecognizer: one page image to PageText -- grayscale, orientation
// (Tesseract OSD, pages turned by 90/180/270°), Leptonica preprocessing
// (ocr/preprocessor.h), ruled tables (ocr/table_detector.h), then Tesseract:
// the page outside the tables as a whole, each table cell on its own. Lines
// come out in reading order: the page's lines from top to bottom with each
// table's cell lines (cells in row order) at the table's place.
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
  bool tables = true;
};

// `number` is the 1-based page number recorded in the result; `dpi` the
// image resolution (<= 0: 300 assumed). Failures are in PageText::status.
PageText RecognizePageImage(Pix* image, int dpi, int number, TesseractEngine& engine,
                            const RecognizeOptions& options);

}  // namespace kehoach::ocr

#endif  // KEHOACH_OCR_PAGE_RECOGNIZER_H_
