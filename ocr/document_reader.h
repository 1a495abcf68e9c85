// DocumentReader: a PDF or image file to its pages of text.
//
//   PDF, page with a text layer   -> the text layer with positions (no OCR)
//   PDF, page without one         -> rendered at `dpi` through poppler, OCR'd
//   PNG, JPEG, TIFF (multi-page)  -> each frame OCR'd
// Pages are processed on a PagePool (ocr/page_pool.h) and returned in order.
// Misread row numbers of OCR'd tables are then mended from the numbering
// around them (ocr/row_numbers.h).
//
// Errors: a file that cannot be opened as its kind fails the whole call
// (Corruption/NotFound/Unsupported, message "page N: ..." where a page is
// known; the caller prefixes the file name). A single bad page (undecodable,
// over the pixel limit, unrenderable) does not: its PageText has a non-OK
// status naming the page and the reason, and the other pages are read.
#ifndef KEHOACH_OCR_DOCUMENT_READER_H_
#define KEHOACH_OCR_DOCUMENT_READER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"
#include "ocr/page_image.h"
#include "ocr/page_pool.h"
#include "ocr/page_recognizer.h"
#include "ocr/page_text.h"

namespace kehoach::ocr {

struct ReadOptions {
  int jobs = 1;
  bool progress = false;
  int dpi = 300;                        // PDF rendering resolution
  int64_t max_pixels = kDefaultMaxPixels;  // per page
  EngineOptions engine;
  RecognizeOptions recognize;
};

struct DocumentPages {
  std::string source_kind;   // "pdf-text", "ocr" or "mixed" (TextQuality::source_kind)
  std::vector<PageText> pages;
  std::string model;         // the OCR model used; empty when nothing was OCR'd
  double confidence = -1;    // mean word confidence over OCR'd pages; -1 if none
};

// True for the kinds ReadDocumentPages handles (sniffed from content).
bool IsPageDocument(const std::string& path);

Result<DocumentPages> ReadDocumentPages(const std::string& path, const ReadOptions& options = {});

}  // namespace kehoach::ocr

#endif  // KEHOACH_OCR_DOCUMENT_READER_H_
