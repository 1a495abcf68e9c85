// Preprocessor: Leptonica clean-up of a scanned page before Tesseract.
//
// Steps, in this order, each switchable for the benchmark's ablation
// (docs/ocr.md records what each one buys):
//   normalize  background normalization (uneven illumination, grey paper)
//   border     dark scan borders (dark regions connected to the image edge,
//              which normalization leaves dark) are painted white
//   deskew     pixFindSkew on a binarized copy; the page is rotated only when
//              the skew confidence passes the gate and the angle is >= 0.05°
//   binarize   Sauvola adaptive binarization (otherwise Tesseract's Otsu)
// Grayscale conversion always happens. Orientation (90/180/270°) needs
// Tesseract OSD and is done by ocr/page_recognizer.h before these steps.
#ifndef KEHOACH_OCR_PREPROCESSOR_H_
#define KEHOACH_OCR_PREPROCESSOR_H_

#include <string>

#include "base/status.h"
#include "ocr/page_image.h"

namespace kehoach::ocr {

struct PreprocessOptions {
  bool orient = true;      // used by the page recognizer (Tesseract OSD)
  bool border = false;     // no measurable effect on the benchmark (docs/ocr.md)
  bool normalize = true;
  bool deskew = true;
  bool binarize = false;   // Sauvola: worse than Tesseract's own on the benchmark
  double min_skew_confidence = 3.0;  // pixFindSkew confidence gate
};

// "all", "none" or a comma list of steps to turn on, e.g. "orient,deskew".
// Unknown names fail with InvalidArgument.
Result<PreprocessOptions> ParsePreprocessSteps(const std::string& list);
std::string DescribeSteps(const PreprocessOptions& o);  // "orient,border,normalize,deskew"

struct PreprocessReport {
  double skew_degrees = 0;     // as measured
  double skew_confidence = 0;
  bool deskewed = false;
  int border_pixels = 0;       // pixels painted white by border removal
};

// 8 bpp grayscale copy of any image (colour maps removed, RGB to luminance).
PixPtr ToGray(Pix* image);

// Runs the enabled steps on a grayscale image; returns a new image (8 bpp,
// or 1 bpp when binarize is on).
Result<PixPtr> Preprocess(Pix* gray, int dpi, const PreprocessOptions& options,
                          PreprocessReport* report);

}  // namespace kehoach::ocr

#endif  // KEHOACH_OCR_PREPROCESSOR_H_
