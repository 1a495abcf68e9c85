// Page images: an owning handle for Leptonica's PIX, input sniffing, and
// reading the pages of PNG, JPEG and (multi-page) TIFF files with a pixel
// limit that is checked from the file header before anything is decoded.
//
// Errors name the page and the reason ("page 3: image is 40000x40000
// pixels, over the 100 megapixel limit"); callers add the file name.
#ifndef KEHOACH_OCR_PAGE_IMAGE_H_
#define KEHOACH_OCR_PAGE_IMAGE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"

struct Pix;

namespace kehoach::ocr {

struct PixDeleter {
  void operator()(Pix* p) const;
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

// Takes ownership of a PIX returned by Leptonica (null stays null).
inline PixPtr AdoptPix(Pix* p) { return PixPtr(p); }
// A new reference to the same image (pixClone).
PixPtr ClonePix(Pix* p);

// Default ceiling on the pixels of one page: an A3 page at 600 dpi is ~70 M.
constexpr int64_t kDefaultMaxPixels = 100'000'000;

enum class FileKind { kPdf, kPng, kJpeg, kTiff, kOther };

// Decides from the first bytes of a file (at least 8 are needed).
FileKind SniffFileKind(std::string_view head);
// Reads the first bytes of `path` and sniffs; kOther if unreadable.
FileKind SniffFile(const std::string& path);

// Number of pages (frames) of an image file: 1 for PNG/JPEG.
Result<int> CountImagePages(const std::string& path, FileKind kind);

struct DecodedPage {
  PixPtr pix;
  int dpi = 0;  // resolution stored in the file; 0 if none
};

// Decodes page `index` (0-based). Fails before decoding when the header
// announces more than `max_pixels` pixels; fails with Corruption when the
// data cannot be decoded.
Result<DecodedPage> ReadImagePage(const std::string& path, FileKind kind, int index,
                                  int64_t max_pixels = kDefaultMaxPixels);

// "page N: image is WxH pixels, over the M megapixel limit" or OK.
Status CheckPixelLimit(int page_number, int64_t w, int64_t h, int64_t max_pixels);

// Silences Leptonica's messages on stderr (its failures reach the user as
// Status instead). Idempotent, thread-safe.
void QuietLeptonica();

}  // namespace kehoach::ocr

#endif  // KEHOACH_OCR_PAGE_IMAGE_H_
