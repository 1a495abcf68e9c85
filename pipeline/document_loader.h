// DocumentLoader: any input file -> NFC text lines with their provenance.
//
// Plain text (.txt) is read as UTF-8 (a BOM is dropped, CRLF becomes LF).
// Later: PDFs with a text layer, image-only PDFs and images go through ocr/.
// Failures name the file (and page, where there is one) and the reason:
// "scan.pdf: page 3: ..." -- the caller prints them and goes on with the
// next file.
#ifndef KEHOACH_PIPELINE_DOCUMENT_LOADER_H_
#define KEHOACH_PIPELINE_DOCUMENT_LOADER_H_

#include <optional>
#include <string>
#include <vector>

#include "base/records.h"
#include "base/status.h"

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
};

struct LoadOptions {
  int jobs = 1;             // worker threads for OCR
  bool progress = false;    // show a progress bar on stderr (terminal only)
};

Result<LoadedDocument> LoadDocument(const std::string& path, const LoadOptions& options = {});

}  // namespace kehoach::pipeline

#endif  // KEHOACH_PIPELINE_DOCUMENT_LOADER_H_
