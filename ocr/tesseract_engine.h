// TesseractEngine: one Tesseract instance (C++ API, LSTM engine, language
// vie) and its orientation detector. Not thread-safe: use one per thread
// (ocr/page_pool.h does).
//
// Model choice (ChooseModel): the first folder holding <language>.traineddata
// among EngineOptions::tessdata_dir, $KEHOACH_TESSDATA,
// <source root>/third_party/tessdata (the best_int model that
// tools/setup.d/20-tessdata-best.sh installs) and Debian's
// /usr/share/tesseract-ocr/5/tessdata. ModelInfo::name says which was used,
// and is recorded in TextQuality::ocr_model.
//
// Output: words as Tesseract reads them, except that the eth letters Ð/ð
// (never Vietnamese, a frequent misreading of Đ/đ) become Đ/đ and stray
// marks (IsStrayMark) are dropped. Tone and case errors are left to the
// restoration stage.
//
// Threads: Tesseract's own OpenMP threading is several times slower than one
// thread per page on shared machines. Create() sets OMP_THREAD_LIMIT=1 in the
// environment (for child processes) and, because the OpenMP runtime has read
// its environment before main, also disables nested OpenMP parallel regions
// in this process (omp_set_max_active_levels(0)).
#ifndef KEHOACH_OCR_TESSERACT_ENGINE_H_
#define KEHOACH_OCR_TESSERACT_ENGINE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "ocr/page_text.h"

struct Pix;
namespace tesseract { class TessBaseAPI; }

namespace kehoach::ocr {

struct EngineOptions {
  std::string tessdata_dir;  // empty: choose as described above
  std::string language = "vie";
};

struct ModelInfo {
  std::string tessdata_dir;
  std::string name;  // "vie best_int (third_party/tessdata)", "vie (Debian tesseract-ocr-vie)", ...
};

// Where the model comes from; fails (NotFound) if no folder holds it.
Result<ModelInfo> ChooseModel(const EngineOptions& options);

struct Orientation {
  int rotate_degrees = 0;   // clockwise turn that makes the page upright: 0, 90, 180, 270
  float confidence = 0;     // Tesseract OSD confidence (15 is quite sure)
};

// Text recognized in an image or a rectangle of it.
struct Recognized {
  std::vector<TextLine> lines;
  double word_confidence_sum = 0;
  int words = 0;
};

// True for a word Collect() drops as a stray mark: a single character (not
// punctuation or a digit) under 40 % of the height of its line's tallest
// word, read with confidence below 50 -- a fragment of a mark of the line
// below or above (the hook of "Ủ" read as "Ì" or a backslash at the end of
// the line over it), not text.
bool IsStrayMark(std::string_view word, double confidence, int height, int line_tallest);

class TesseractEngine {
 public:
  static Result<std::unique_ptr<TesseractEngine>> Create(const EngineOptions& options = {});
  ~TesseractEngine();
  TesseractEngine(const TesseractEngine&) = delete;
  TesseractEngine& operator=(const TesseractEngine&) = delete;

  const ModelInfo& model() const { return model_; }

  // Sets the page image (8 or 1 bpp preferred) for the calls below.
  void SetImage(Pix* image, int dpi);
  // Whole-page layout analysis and recognition (the CLI's default, psm 3).
  Result<Recognized> RecognizePage();
  // One rectangle of the current image read as a single block (psm 6), as
  // for a table cell. Lines are in page coordinates.
  Result<Recognized> RecognizeBlock(const Box& box);

  // Tesseract OSD on `image`; fails when the page has too little text to tell.
  Result<Orientation> DetectOrientation(Pix* image, int dpi);

 private:
  TesseractEngine() = default;
  Result<Recognized> Collect();

  ModelInfo model_;
  std::unique_ptr<tesseract::TessBaseAPI> api_;
  std::unique_ptr<tesseract::TessBaseAPI> osd_;  // created on first use
  bool osd_failed_ = false;
  int dpi_ = 300;
};

}  // namespace kehoach::ocr

#endif  // KEHOACH_OCR_TESSERACT_ENGINE_H_
