#include "ocr/preprocessor.h"

#include <leptonica/allheaders.h>

#include <cmath>
#include <sstream>

namespace kehoach::ocr {

namespace {

constexpr double kDegToRad = 3.14159265358979323846 / 180.0;

// Paints white the dark components that touch the image edge.
PixPtr RemoveDarkBorder(Pix* gray, int* painted) {
  PixPtr bin(pixConvertTo1(gray, 100));
  if (!bin) return ClonePix(gray);
  PixPtr border(pixExtractBorderConnComps(bin.get(), 8));
  if (!border) return ClonePix(gray);
  // Grow the mask a little so the anti-aliased rim of the border goes too.
  PixPtr grown(pixDilateBrick(nullptr, border.get(), 5, 5));
  l_int32 count = 0;
  pixCountPixels(grown.get(), &count, nullptr);
  *painted = count;
  PixPtr out(pixCopy(nullptr, gray));
  if (count > 0) pixSetMasked(out.get(), grown.get(), 255);
  return out;
}

}  // namespace

Result<PreprocessOptions> ParsePreprocessSteps(const std::string& list) {
  PreprocessOptions o;
  if (list == "all") {
    o.border = o.binarize = true;
    return o;
  }
  o.orient = o.border = o.normalize = o.deskew = o.binarize = false;
  if (list == "none" || list.empty()) return o;
  std::stringstream ss(list);
  std::string step;
  while (std::getline(ss, step, ',')) {
    if (step == "orient") o.orient = true;
    else if (step == "border") o.border = true;
    else if (step == "normalize") o.normalize = true;
    else if (step == "deskew") o.deskew = true;
    else if (step == "binarize") o.binarize = true;
    else return Status::InvalidArgument("không có bước tiền xử lý «" + step +
                                        "» (các bước: orient, border, normalize, deskew, binarize)");
  }
  return o;
}

std::string DescribeSteps(const PreprocessOptions& o) {
  std::string s;
  auto add = [&](bool on, const char* name) {
    if (!on) return;
    if (!s.empty()) s += ',';
    s += name;
  };
  add(o.orient, "orient");
  add(o.border, "border");
  add(o.normalize, "normalize");
  add(o.deskew, "deskew");
  add(o.binarize, "binarize");
  return s.empty() ? "none" : s;
}

PixPtr ToGray(Pix* image) {
  if (image == nullptr) return nullptr;
  PixPtr nocmap(pixRemoveColormap(image, REMOVE_CMAP_BASED_ON_SRC));
  if (!nocmap) return nullptr;
  return PixPtr(pixConvertTo8(nocmap.get(), 0));
}

Result<PixPtr> Preprocess(Pix* gray, int dpi, const PreprocessOptions& options,
                          PreprocessReport* report) {
  if (gray == nullptr || pixGetDepth(gray) != 8) {
    return Status::InvalidArgument("tiền xử lý cần ảnh thang xám 8 bit");
  }
  PreprocessReport local;
  if (report == nullptr) report = &local;
  PixPtr cur = ClonePix(gray);
  if (options.normalize) {
    PixPtr norm(pixBackgroundNormSimple(cur.get(), nullptr, nullptr));
    if (norm) cur = std::move(norm);
  }
  if (options.border) cur = RemoveDarkBorder(cur.get(), &report->border_pixels);
  if (options.deskew) {
    PixPtr bin(pixConvertTo1(cur.get(), 140));
    // pixFindSkew works on a 2x reduced copy internally; at low dpi keep all.
    l_float32 angle = 0, conf = 0;
    if (bin && pixFindSkew(bin.get(), &angle, &conf) == 0) {
      report->skew_degrees = angle;
      report->skew_confidence = conf;
      if (conf >= options.min_skew_confidence && std::fabs(angle) >= 0.05) {
        PixPtr rot(pixRotate(cur.get(), static_cast<l_float32>(kDegToRad * angle),
                             L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
        if (rot) {
          cur = std::move(rot);
          report->deskewed = true;
        }
      }
    }
  }
  if (options.binarize) {
    const int whsize = std::max(8, dpi / 12);
    Pix* bin = nullptr;
    if (pixSauvolaBinarizeTiled(cur.get(), whsize, 0.34f, 1, 1, nullptr, &bin) == 0 && bin) {
      cur = PixPtr(bin);
    }
  }
  return cur;
}

}  // namespace kehoach::ocr
