// Test helper (header only, for *_test.cc in ocr/): small pages generated on
// the fly -- text rendered by pango-view (installed by tools/setup.sh) into a
// PNG or a text-layer PDF, image-only PDFs written by Leptonica. Nothing is
// committed as a binary.
#ifndef KEHOACH_OCR_TEST_PAGES_H_
#define KEHOACH_OCR_TEST_PAGES_H_

#include <leptonica/allheaders.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "ocr/page_image.h"
#include "tests/temp_dir.h"

namespace kehoach::ocr::testing {

// Eight lines of a plan, enough text for orientation detection.
inline const char* kSampleText =
    "KẾ HOẠCH\n"
    "Triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá\n"
    "phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.\n"
    "Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ban, ngành\n"
    "xây dựng cơ sở dữ liệu dùng chung của tỉnh, hoàn thành trong năm 2025.\n"
    "Ủy ban nhân dân các huyện, thành phố tổ chức thực hiện thường xuyên,\n"
    "báo cáo kết quả định kỳ hằng quý về Sở Khoa học và Công nghệ.\n"
    "Kinh phí thực hiện từ nguồn ngân sách nhà nước và nguồn xã hội hóa.\n";

// A fresh temporary folder, removed when the object dies (tests/temp_dir.h).
using TempDir = kehoach_test::TempDir;

// Renders `text` with pango-view to `out` (.png or .pdf decides the format).
inline bool RenderText(const std::string& text, const std::string& out,
                       const std::string& font = "DejaVu Serif 12", int dpi = 300) {
  std::string txt = out + ".txt";
  std::ofstream(txt) << text;
  std::string cmd = "pango-view --no-display --margin=60 --font='" + font + "' --dpi=" +
                    std::to_string(dpi) + " -o '" + out + "' '" + txt + "' 2>/dev/null";
  return std::system(cmd.c_str()) == 0;
}

inline PixPtr ReadPix(const std::string& path) { return PixPtr(pixRead(path.c_str())); }

// Writes the images as an image-only PDF (one page each) at `dpi`.
inline bool WriteImagePdf(const std::vector<Pix*>& pages, int dpi, const std::string& out) {
  Pixa* pixa = pixaCreate(0);
  for (Pix* p : pages) pixaAddPix(pixa, p, L_CLONE);
  l_uint8* data = nullptr;
  size_t n = 0;
  l_ok bad = pixaConvertToPdfData(pixa, dpi, 1.0, L_FLATE_ENCODE, 0, "test", &data, &n);
  pixaDestroy(&pixa);
  if (bad) return false;
  std::ofstream(out, std::ios::binary).write(reinterpret_cast<const char*>(data), n);
  lept_free(data);
  return true;
}

// Character error rate of `got` against `want` after collapsing whitespace:
// Levenshtein distance over bytes / length of want (good enough for tests).
inline double RoughCer(const std::string& want, const std::string& got) {
  auto squash = [](const std::string& s) {
    std::string o;
    for (char c : s) {
      bool ws = c == ' ' || c == '\n' || c == '\t';
      if (ws) {
        if (!o.empty() && o.back() != ' ') o += ' ';
      } else {
        o += c;
      }
    }
    while (!o.empty() && o.back() == ' ') o.pop_back();
    return o;
  };
  std::string a = squash(want), b = squash(got);
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
    }
    std::swap(prev, cur);
  }
  return a.empty() ? 0 : static_cast<double>(prev[b.size()]) / a.size();
}

}  // namespace kehoach::ocr::testing

#endif  // KEHOACH_OCR_TEST_PAGES_H_
