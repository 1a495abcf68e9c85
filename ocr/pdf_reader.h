// PdfReader: a PDF through poppler-cpp -- page count, the text layer of a
// page as positioned lines, and page rendering for OCR.
//
// Text layer: poppler's words are grouped into visual lines by vertical
// overlap and sorted left to right; a horizontal gap wider than twice the
// line height splits a line into separate column segments (each its own
// TextLine, left to right), so side-by-side columns are not run together.
// Boxes are in pixels at the requested dpi. Ruled tables are found on a
// kTableDpi rendering of the page (ocr/table_detector.h) and each word goes
// to the cell holding its centre, so a table's columns are rebuilt from the
// text positions: its lines come cell by cell and PageText::tables has the
// grid. A page whose text layer has
// fewer than kMinTextLayerChars visible characters counts as image-only.
//
// One PdfReader must not be used by two threads at once; open one per
// worker (opening is cheap: the file bytes are shared).
#ifndef KEHOACH_OCR_PDF_READER_H_
#define KEHOACH_OCR_PDF_READER_H_

#include <cstdint>
#include <memory>
#include <string>

#include "base/status.h"
#include "ocr/page_image.h"
#include "ocr/page_text.h"

namespace poppler { class document; }

namespace kehoach::ocr {

constexpr int kMinTextLayerChars = 16;
constexpr int kTableDpi = 150;
// Text-layer pages are first rendered at this dpi; only a page that may hold
// a ruled table (MayHoldRuledTable) is rendered at kTableDpi.
constexpr int kTableProbeDpi = 72;

class PdfReader {
 public:
  // Fails with Corruption ("not a readable PDF"), Unsupported (encrypted).
  static Result<std::unique_ptr<PdfReader>> Open(std::shared_ptr<const std::string> bytes);
  static Result<std::unique_ptr<PdfReader>> OpenFile(const std::string& path);
  ~PdfReader();

  int pages() const;
  std::shared_ptr<const std::string> bytes() const { return bytes_; }

  // Page `index` (0-based) text layer. source = kTextLayer; lines empty when
  // the page has no usable text layer. Fails when the page cannot be parsed.
  Result<PageText> TextLayer(int index, int dpi) const;

  // Renders page `index` to an 8 bpp grayscale image at `dpi`; the pixel
  // limit is checked from the page size before rendering.
  Result<PixPtr> Render(int index, int dpi, int64_t max_pixels = kDefaultMaxPixels) const;

 private:
  PdfReader() = default;
  std::shared_ptr<const std::string> bytes_;
  std::unique_ptr<poppler::document> doc_;
};

}  // namespace kehoach::ocr

#endif  // KEHOACH_OCR_PDF_READER_H_
