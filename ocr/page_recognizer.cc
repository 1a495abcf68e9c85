#include "ocr/page_recognizer.h"

#include <leptonica/allheaders.h>

namespace kehoach::ocr {

PageText RecognizePageImage(Pix* image, int dpi, int number, TesseractEngine& engine,
                            const RecognizeOptions& options) {
  PageText page;
  page.number = number;
  page.dpi = dpi > 0 ? dpi : 300;
  page.source = PageSource::kOcr;
  const std::string where = "page " + std::to_string(number) + ": ";
  PixPtr gray = ToGray(image);
  if (!gray) {
    page.status = Status::Corruption(where + "image cannot be converted to grayscale");
    return page;
  }
  if (options.preprocess.orient) {
    Result<Orientation> o = engine.DetectOrientation(gray.get(), page.dpi);
    if (o.ok() && o->rotate_degrees != 0 && o->confidence >= options.min_orientation_confidence) {
      PixPtr turned(pixRotateOrth(gray.get(), o->rotate_degrees / 90));
      if (turned) {
        gray = std::move(turned);
        page.rotation_applied = o->rotate_degrees;
      }
    }
  }
  PreprocessReport report;
  Result<PixPtr> clean = Preprocess(gray.get(), page.dpi, options.preprocess, &report);
  if (!clean.ok()) {
    page.status = clean.status().WithPrefix("page " + std::to_string(number));
    return page;
  }
  if (report.deskewed) page.skew_corrected = report.skew_degrees;
  Pix* pix = clean->get();
  page.width = pixGetWidth(pix);
  page.height = pixGetHeight(pix);

  engine.SetImage(pix, page.dpi);
  Result<Recognized> text = engine.RecognizePage();
  if (!text.ok()) {
    page.status = text.status().WithPrefix("page " + std::to_string(number));
    return page;
  }
  page.lines = std::move(text->lines);
  page.confidence = text->words > 0 ? text->word_confidence_sum / text->words : 0;
  return page;
}

}  // namespace kehoach::ocr
