#include "ocr/page_recognizer.h"

#include <leptonica/allheaders.h>

#include <algorithm>

#include "ocr/table_detector.h"

namespace kehoach::ocr {

namespace {

// Reads every table cell of `tables` from the engine's current image; adds
// their lines (marked with table and cell) to `out` and their words to the
// confidence tally.
Status ReadCells(TesseractEngine& engine, Pix* bin, int dpi, std::vector<Table>& tables,
                 std::vector<std::vector<TextLine>>* out, double* conf_sum, int* words) {
  out->assign(tables.size(), {});
  for (size_t t = 0; t < tables.size(); ++t) {
    for (size_t c = 0; c < tables[t].cells.size(); ++c) {
      TableCell& cell = tables[t].cells[c];
      Box in = CellInterior(cell, dpi);
      BOX* rect = boxCreate(in.x0, in.y0, in.x1 - in.x0, in.y1 - in.y0);
      l_int32 ink = 0;
      pixCountPixelsInRect(bin, rect, &ink, nullptr);
      boxDestroy(&rect);
      if (ink < dpi / 10) continue;  // empty cell: nothing to read
      Result<Recognized> r = engine.RecognizeBlock(in);
      if (!r.ok()) return r.status();
      AddCellLines(std::move(r->lines), static_cast<int>(t), static_cast<int>(c), &cell.text, &(*out)[t]);
      *conf_sum += r->word_confidence_sum;
      *words += r->words;
      cell.confidence = r->words > 0 ? r->word_confidence_sum / r->words : -1;
    }
  }
  return Status::OK();
}

// Preprocessing, tables and OCR of an upright grayscale page.
PageText ReadUpright(Pix* gray, const PageText& base, TesseractEngine& engine,
                     const RecognizeOptions& options) {
  PageText page = base;
  const std::string where = PageLabel(page.number);
  PreprocessReport report;
  Result<PixPtr> clean = Preprocess(gray, page.dpi, options.preprocess, &report);
  if (!clean.ok()) {
    page.status = clean.status().WithPrefix(where);
    return page;
  }
  if (report.deskewed) page.skew_corrected = report.skew_degrees;
  Pix* pix = clean->get();
  page.width = pixGetWidth(pix);
  page.height = pixGetHeight(pix);

  std::vector<Table> tables;
  if (options.tables) tables = DetectTables(pix, page.dpi);
  // The page outside the tables: table areas are blanked so that Tesseract's
  // layout analysis does not cut through the grid.
  PixPtr outside = ClonePix(pix);
  if (!tables.empty()) {
    outside = PixPtr(pixCopy(nullptr, pix));
    for (const Table& t : tables) {
      BOX* rect = boxCreate(t.box.x0, t.box.y0, t.box.x1 - t.box.x0, t.box.y1 - t.box.y0);
      if (pixGetDepth(pix) == 1) pixClearInRect(outside.get(), rect);
      else pixSetInRect(outside.get(), rect);
      boxDestroy(&rect);
    }
  }
  engine.SetImage(outside.get(), page.dpi);
  Result<Recognized> text = engine.RecognizePage();
  if (!text.ok()) {
    page.status = text.status().WithPrefix(where);
    return page;
  }
  double conf_sum = text->word_confidence_sum;
  int words = text->words;
  std::vector<std::vector<TextLine>> cell_lines;
  if (!tables.empty()) {
    engine.SetImage(pix, page.dpi);
    PixPtr bin(pixGetDepth(pix) == 1 ? pixClone(pix) : pixConvertTo1(pix, 160));
    Status s = ReadCells(engine, bin.get(), page.dpi, tables, &cell_lines, &conf_sum, &words);
    if (!s.ok()) {
      page.status = s.WithPrefix(where);
      return page;
    }
  }
  page.lines = MergeTableLines(std::move(text->lines), tables, std::move(cell_lines));
  page.tables = std::move(tables);
  page.confidence = words > 0 ? conf_sum / words : 0;
  return page;
}

// Share of the recognized characters (outside tables) that sit in lines
// taller than wide. Upright text is read in wide lines; a page turned by 90°
// comes out in tall ones, whatever its confidence.
double TallLineShare(const std::vector<TextLine>& lines) {
  size_t tall = 0, all = 0;
  for (const TextLine& l : lines) {
    if (l.table >= 0) continue;
    all += l.text.size();
    if (l.box.y1 - l.box.y0 > l.box.x1 - l.box.x0) tall += l.text.size();
  }
  return all > 0 ? static_cast<double>(tall) / all : 0;
}

}  // namespace

PageText RecognizePageImage(Pix* image, int dpi, int number, TesseractEngine& engine,
                            const RecognizeOptions& options) {
  PageText base;
  base.number = number;
  base.dpi = dpi > 0 ? dpi : 300;
  base.source = PageSource::kOcr;
  PixPtr gray = ToGray(image);
  if (!gray) {
    base.status = Status::Corruption(PageLabel(number) + ": không chuyển được ảnh sang thang xám");
    return base;
  }
  PageText page = ReadUpright(gray.get(), base, engine, options);
  if (!page.status.ok() || !options.preprocess.orient) return page;
  const bool sideways = TallLineShare(page.lines) > 0.5;
  if (!sideways && page.confidence >= options.orientation_check_below) return page;
  // Maybe the page is turned. Ask OSD; a sideways page whose turn OSD cannot
  // tell is tried both ways.
  std::vector<int> turns;
  Result<Orientation> o = engine.DetectOrientation(gray.get(), base.dpi);
  if (o.ok() && o->rotate_degrees != 0 && o->confidence >= options.min_orientation_confidence &&
      (!sideways || o->rotate_degrees != 180)) {
    turns.push_back(o->rotate_degrees);
  } else if (sideways) {
    turns = {90, 270};
  }
  // A turned reading wins if it is more confident. (With vertical-text
  // detection off, a sideways page's first reading is garbage.)
  for (int degrees : turns) {
    PixPtr turned(pixRotateOrth(gray.get(), degrees / 90));
    if (!turned) continue;
    PageText upright = ReadUpright(turned.get(), base, engine, options);
    if (!upright.status.ok()) continue;
    const bool better = upright.confidence > page.confidence;
    if (!better) continue;
    upright.rotation_applied = degrees;
    page = std::move(upright);
  }
  return page;
}

}  // namespace kehoach::ocr
