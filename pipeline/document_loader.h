// DocumentLoader: any input file -> NFC text lines with their provenance.
//
// The kind is decided from the content, not the extension:
//   PDF with a text layer      its text with positions (poppler), no OCR
//   image-only PDF             pages rendered at 300 dpi and OCR'd
//   mixed PDF                  page by page, whichever applies
//   PNG, JPEG, TIFF            each page/frame OCR'd (ocr/document_reader.h)
//   anything else              text: UTF-8 (a BOM is dropped, CRLF -> LF),
//                              UTF-16 with a BOM, or VNI/TCVN3 (source_kind
//                              "text (UTF-16)", "text (VNI)", ...)
// except that a file named .pdf or as an image (.png .jpg .jpeg .tif .tiff
// .bmp .gif .webp .pnm) whose bytes are none of those kinds fails: it is not
// read as text. A NUL (a byte, or a UTF-16 character) marks a binary file,
// which fails.
// OCR'd lines in capitals (headings) have their marks checked by the
// restoration model (pipeline/ocr_capitals.h) when it is available.
// For paged input, `text` holds every page's lines in reading order; a blank
// line separates paragraphs and pages. Table cells appear cell by cell in
// row order (each cell's lines together), and `pages[i].tables` keeps the
// row/column structure. Every line of `text` has a LineOrigin (page, box,
// confidence); blank separator lines have the page and no box.
//
// Failures name the file (and page, where there is one) and the reason, in
// Vietnamese for the clerk: "scan.pdf: trang 3: ..." -- the caller prints them
// (Status::ToVietnamese) and goes on with the
// next file. A document some of whose pages failed still loads: those pages
// are listed in `page_errors` (full messages) and contribute no lines; it
// fails only when no page could be read.
#ifndef KEHOACH_PIPELINE_DOCUMENT_LOADER_H_
#define KEHOACH_PIPELINE_DOCUMENT_LOADER_H_

#include <optional>
#include <string>
#include <vector>

#include "base/records.h"
#include "base/status.h"
#include "ocr/page_text.h"
#include "ocr/preprocessor.h"

namespace kehoach::pipeline {

// Where line i (0-based) of LoadedDocument::text came from.
struct LineOrigin {
  int page = 0;  // 1-based; 0 for plain text
  std::optional<SourceSpan::Box> bbox;
  double confidence = -1;  // OCR word confidence 0..100; -1 when not OCR'd
};

struct LoadedDocument {
  std::string path;
  std::string content_hash;        // HexHash of the raw file bytes
  std::string text;                // NFC, '\n' line ends
  std::vector<LineOrigin> lines;   // one per line of `text`
  TextQuality quality;             // source_kind, pages, OCR figures
  std::vector<ocr::PageText> pages;  // paged input only: per-page lines and tables
  std::vector<Status> page_errors;   // pages that could not be read ("f.pdf: trang 3: ...")
};

struct LoadOptions {
  int jobs = 1;             // worker threads for OCR (<= 0: one per core)
  bool progress = false;    // show a progress bar on stderr (terminal only)
  // OCR preprocessing steps; defaults are the benchmark's best (docs/ocr.md).
  std::optional<ocr::PreprocessOptions> preprocess;
  // Restoration model for the marks of OCR'd capital lines
  // (pipeline/ocr_capitals.h). Empty: ModelPath(kDefaultRestoreModel); when
  // the file cannot be opened, OCR text is left as read.
  std::string restore_model;
};

Result<LoadedDocument> LoadDocument(const std::string& path, const LoadOptions& options = {});

// The bytes of the file at `path`, as LoadDocument reads them. Fails naming
// the file: not found (NotFound), a folder (InvalidArgument), a read error.
Result<std::string> ReadFileBytes(const std::string& path);

}  // namespace kehoach::pipeline

#endif  // KEHOACH_PIPELINE_DOCUMENT_LOADER_H_
