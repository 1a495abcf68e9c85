#include "ocr/page_image.h"

#include <leptonica/allheaders.h>

#include <cstdio>
#include <fstream>
#include <mutex>

#include "ocr/page_text.h"

namespace kehoach::ocr {

void PixDeleter::operator()(Pix* p) const {
  if (p != nullptr) pixDestroy(&p);
}

PixPtr ClonePix(Pix* p) { return PixPtr(p ? pixClone(p) : nullptr); }

void QuietLeptonica() {
  static std::once_flag once;
  std::call_once(once, [] { setMsgSeverity(L_SEVERITY_NONE); });
}

FileKind SniffFileKind(std::string_view h) {
  if (h.size() >= 5 && h.substr(0, 5) == "%PDF-") return FileKind::kPdf;
  if (h.size() >= 8 && h.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8)) return FileKind::kPng;
  if (h.size() >= 3 && h.substr(0, 3) == std::string_view("\xff\xd8\xff", 3)) return FileKind::kJpeg;
  if (h.size() >= 4 && (h.substr(0, 4) == std::string_view("II*\0", 4) ||
                        h.substr(0, 4) == std::string_view("MM\0*", 4))) {
    return FileKind::kTiff;
  }
  return FileKind::kOther;
}

FileKind SniffFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char buf[16] = {};
  in.read(buf, sizeof buf);
  return SniffFileKind(std::string_view(buf, static_cast<size_t>(in.gcount())));
}

Status CheckPixelLimit(int page_number, int64_t w, int64_t h, int64_t max_pixels) {
  if (w <= 0 || h <= 0) {
    return Status::Corruption(PageLabel(page_number) + ": ảnh không có điểm ảnh nào");
  }
  if (w * h > max_pixels) {
    return Status::InvalidArgument(PageLabel(page_number) + ": ảnh " + std::to_string(w) + "x" +
                                   std::to_string(h) + " điểm ảnh, vượt giới hạn " +
                                   std::to_string(max_pixels / 1'000'000) + " megapixel");
  }
  return Status::OK();
}

Result<int> CountImagePages(const std::string& path, FileKind kind) {
  QuietLeptonica();
  if (kind != FileKind::kTiff) return 1;
  FILE* fp = std::fopen(path.c_str(), "rb");
  if (fp == nullptr) return Status::NotFound("không mở được tệp");
  l_int32 n = 0;
  l_ok bad = tiffGetCount(fp, &n);
  std::fclose(fp);
  if (bad || n <= 0) return Status::Corruption("không phải tệp TIFF đọc được");
  return static_cast<int>(n);
}

Result<DecodedPage> ReadImagePage(const std::string& path, FileKind kind, int index,
                                  int64_t max_pixels) {
  QuietLeptonica();
  const int number = index + 1;
  const std::string where = PageLabel(number) + ": ";
  l_int32 w = 0, h = 0, bps = 0, spp = 0, res = 0, cmap = 0, format = 0;
  l_ok bad = kind == FileKind::kTiff
                 ? readHeaderTiff(path.c_str(), index, &w, &h, &bps, &spp, &res, &cmap, &format)
                 : pixReadHeader(path.c_str(), &format, &w, &h, &bps, &spp, &cmap);
  if (bad) return Status::Corruption(where + "không đọc được phần đầu của ảnh");
  Status limit = CheckPixelLimit(number, w, h, max_pixels);
  if (!limit.ok()) return limit;

  PixPtr pix(kind == FileKind::kTiff ? pixReadTiff(path.c_str(), index) : pixRead(path.c_str()));
  if (!pix) return Status::Corruption(where + "không giải mã được dữ liệu ảnh");
  DecodedPage page;
  page.dpi = pixGetXRes(pix.get());
  page.pix = std::move(pix);
  return page;
}

}  // namespace kehoach::ocr
