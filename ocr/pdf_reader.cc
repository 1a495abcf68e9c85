#include "ocr/pdf_reader.h"

#include "ocr/table_detector.h"

#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <mutex>
#include <sstream>

namespace kehoach::ocr {

namespace {

void QuietPoppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

std::string PageWhere(int index) { return PageLabel(index + 1) + ": "; }

struct Word {
  std::string text;
  double x0, y0, x1, y1;
  bool space_after;
};

int CountVisible(const std::string& s) {
  int n = 0;
  for (unsigned char c : s) n += (c > ' ' && (c & 0xC0) != 0x80);
  return n;
}

}  // namespace

PdfReader::~PdfReader() = default;

Result<std::unique_ptr<PdfReader>> PdfReader::Open(std::shared_ptr<const std::string> bytes) {
  QuietPoppler();
  if (bytes->size() > static_cast<size_t>(INT32_MAX)) return Status::Unsupported("tệp PDF lớn hơn 2 GiB");
  std::unique_ptr<PdfReader> r(new PdfReader());
  r->bytes_ = std::move(bytes);
  r->doc_.reset(poppler::document::load_from_raw_data(r->bytes_->data(),
                                                      static_cast<int>(r->bytes_->size())));
  if (!r->doc_) return Status::Corruption("không phải PDF đọc được (tệp hỏng hoặc bị cắt cụt)");
  if (r->doc_->is_locked()) return Status::Unsupported("tệp PDF đã mã hóa (có mật khẩu)");
  if (r->doc_->pages() <= 0) return Status::Corruption("tệp PDF không có trang nào");
  return r;
}

Result<std::unique_ptr<PdfReader>> PdfReader::OpenFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("không mở được tệp");
  std::ostringstream ss;
  ss << in.rdbuf();
  return Open(std::make_shared<const std::string>(ss.str()));
}

int PdfReader::pages() const { return doc_->pages(); }

namespace {

// Groups words (in points) into visual lines and column segments; boxes are
// scaled by `scale` into pixels.
std::vector<TextLine> BuildLines(std::vector<Word> words, double scale) {
  // Visual lines: sort by vertical centre, then attach each word to the
  // line it overlaps vertically by at least half of the smaller height.
  std::sort(words.begin(), words.end(), [](const Word& a, const Word& b) {
    return (a.y0 + a.y1) < (b.y0 + b.y1);
  });
  struct Line { double y0, y1; std::vector<Word> words; };
  std::vector<Line> lines;
  for (Word& w : words) {
    bool placed = false;
    for (auto it = lines.rbegin(); it != lines.rend() && it - lines.rbegin() < 4; ++it) {
      double overlap = std::min(it->y1, w.y1) - std::max(it->y0, w.y0);
      double h = std::min(it->y1 - it->y0, w.y1 - w.y0);
      if (h > 0 && overlap >= 0.5 * h) {
        it->y0 = std::min(it->y0, w.y0);
        it->y1 = std::max(it->y1, w.y1);
        it->words.push_back(std::move(w));
        placed = true;
        break;
      }
    }
    if (!placed) lines.push_back(Line{w.y0, w.y1, {std::move(w)}});
  }
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.y0 < b.y0; });
  auto px = [scale](double v) { return static_cast<int>(std::lround(v * scale)); };
  std::vector<TextLine> out;
  for (Line& line : lines) {
    std::sort(line.words.begin(), line.words.end(),
              [](const Word& a, const Word& b) { return a.x0 < b.x0; });
    const double height = line.y1 - line.y0;
    TextLine* seg = nullptr;
    const Word* prev = nullptr;
    for (const Word& w : line.words) {
      double gap = prev ? w.x0 - prev->x1 : 0;
      if (seg == nullptr || gap > 2.0 * height) {
        out.push_back(TextLine{});
        seg = &out.back();
        seg->box = Box{px(w.x0), px(line.y0), px(w.x1), px(line.y1)};
      } else if (prev->space_after || gap > 0.15 * height) {
        seg->text += ' ';
      }
      seg->text += w.text;
      seg->box.x1 = std::max(seg->box.x1, px(w.x1));
      prev = &w;
    }
  }
  return out;
}

bool Contains(const Box& b, double x, double y) {
  return x >= b.x0 && x < b.x1 && y >= b.y0 && y < b.y1;
}

}  // namespace

Result<PageText> PdfReader::TextLayer(int index, int dpi) const {
  std::unique_ptr<poppler::page> page(doc_->create_page(index));
  if (!page) return Status::Corruption(PageWhere(index) + "không phân tích được trang");
  const double scale = dpi / 72.0;
  poppler::rectf rect = page->page_rect();
  PageText out;
  out.number = index + 1;
  out.dpi = dpi;
  out.width = static_cast<int>(std::lround(rect.width() * scale));
  out.height = static_cast<int>(std::lround(rect.height() * scale));
  out.source = PageSource::kTextLayer;

  std::vector<Word> words;
  int visible = 0;
  for (const poppler::text_box& tb : page->text_list()) {
    poppler::byte_array utf8 = tb.text().to_utf8();
    std::string text(utf8.begin(), utf8.end());
    if (text.empty()) continue;
    poppler::rectf b = tb.bbox();
    words.push_back({text, b.left(), b.top(), b.right(), b.bottom(), tb.has_space_after()});
    visible += CountVisible(text);
  }
  if (visible < kMinTextLayerChars) return out;

  // Ruled tables: found on a rendering of the page, in pixels at dpi; a page
  // whose low-resolution rendering shows no rules is not rendered again.
  std::vector<Table> tables;
  Result<PixPtr> probe = Render(index, kTableProbeDpi);
  if (!probe.ok() || MayHoldRuledTable(probe->get(), kTableProbeDpi)) {
    Result<PixPtr> pix = Render(index, kTableDpi);
    if (pix.ok()) tables = DetectTables(pix->get(), kTableDpi);
  }
  const double to_dpi = static_cast<double>(dpi) / kTableDpi;
  for (Table& t : tables) {
    auto scale_box = [to_dpi](Box& b) {
      b = Box{static_cast<int>(b.x0 * to_dpi), static_cast<int>(b.y0 * to_dpi),
              static_cast<int>(b.x1 * to_dpi), static_cast<int>(b.y1 * to_dpi)};
    };
    scale_box(t.box);
    for (TableCell& c : t.cells) scale_box(c.box);
  }
  // Each word goes to the table cell holding its centre, if any.
  std::vector<Word> outside;
  std::vector<std::vector<std::vector<Word>>> in_cells(tables.size());
  for (size_t t = 0; t < tables.size(); ++t) in_cells[t].resize(tables[t].cells.size());
  for (Word& w : words) {
    const double cx = (w.x0 + w.x1) / 2 * scale, cy = (w.y0 + w.y1) / 2 * scale;
    bool placed = false;
    for (size_t t = 0; t < tables.size() && !placed; ++t) {
      if (!Contains(tables[t].box, cx, cy)) continue;
      for (size_t c = 0; c < tables[t].cells.size(); ++c) {
        if (Contains(tables[t].cells[c].box, cx, cy)) {
          in_cells[t][c].push_back(std::move(w));
          placed = true;
          break;
        }
      }
    }
    if (!placed) outside.push_back(std::move(w));
  }
  std::vector<std::vector<TextLine>> cell_lines(tables.size());
  for (size_t t = 0; t < tables.size(); ++t) {
    for (size_t c = 0; c < tables[t].cells.size(); ++c) {
      AddCellLines(BuildLines(std::move(in_cells[t][c]), scale), static_cast<int>(t), static_cast<int>(c),
                   &tables[t].cells[c].text, &cell_lines[t]);
    }
  }
  out.lines = MergeTableLines(BuildLines(std::move(outside), scale), tables, std::move(cell_lines));
  out.tables = std::move(tables);
  return out;
}

Result<PixPtr> PdfReader::Render(int index, int dpi, int64_t max_pixels) const {
  std::unique_ptr<poppler::page> page(doc_->create_page(index));
  if (!page) return Status::Corruption(PageWhere(index) + "không phân tích được trang");
  poppler::rectf rect = page->page_rect();
  const double scale = dpi / 72.0;
  int64_t w = std::llround(rect.width() * scale), h = std::llround(rect.height() * scale);
  if (page->orientation() == poppler::page::landscape ||
      page->orientation() == poppler::page::seascape) {
    std::swap(w, h);
  }
  Status limit = CheckPixelLimit(index + 1, w, h, max_pixels);
  if (!limit.ok()) return limit;

  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  renderer.set_image_format(poppler::image::format_gray8);
  poppler::image img = renderer.render_page(page.get(), dpi, dpi);
  if (!img.is_valid() || img.width() <= 0 || img.height() <= 0) {
    return Status::Corruption(PageWhere(index) + "không dựng được ảnh của trang");
  }
  PixPtr pix(pixCreate(img.width(), img.height(), 8));
  if (!pix) return Status::Internal(PageWhere(index) + "không đủ bộ nhớ cho ảnh của trang");
  pixSetResolution(pix.get(), dpi, dpi);
  const char* src = img.const_data();
  const int stride = img.bytes_per_row();
  for (int y = 0; y < img.height(); ++y) {
    l_uint32* line = pixGetData(pix.get()) + y * pixGetWpl(pix.get());
    const unsigned char* row = reinterpret_cast<const unsigned char*>(src + y * stride);
    for (int x = 0; x < img.width(); ++x) SET_DATA_BYTE(line, x, row[x]);
  }
  return pix;
}

}  // namespace kehoach::ocr
