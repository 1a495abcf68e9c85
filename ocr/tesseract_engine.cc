#include "ocr/tesseract_engine.h"

#include <leptonica/allheaders.h>
#include <omp.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>

#include "base/paths.h"

namespace kehoach::ocr {

namespace {

constexpr char kDebianTessdata[] = "/usr/share/tesseract-ocr/5/tessdata";

bool HasModel(const std::string& dir, const std::string& lang) {
  std::error_code ec;
  return !dir.empty() && std::filesystem::is_regular_file(dir + "/" + lang + ".traineddata", ec);
}

void LimitOpenMp() {
  static std::once_flag once;
  std::call_once(once, [] {
    setenv("OMP_THREAD_LIMIT", "1", /*overwrite=*/0);
    omp_set_max_active_levels(0);
  });
}

// Tesseract's vie models often emit the Icelandic eth (Ð U+00D0, ð U+00F0)
// for đ/Đ; eth never occurs in Vietnamese, so it is mapped back.
void FixEth(std::string* s) {
  for (size_t i = 0; i + 1 < s->size(); ++i) {
    unsigned char a = (*s)[i], b = (*s)[i + 1];
    if (a == 0xC3 && (b == 0x90 || b == 0xB0)) {
      (*s)[i] = static_cast<char>(0xC4);
      (*s)[i + 1] = static_cast<char>(b == 0x90 ? 0x90 : 0x91);  // U+0110 / U+0111
    }
  }
}

std::string TakeText(char* text) {
  if (text == nullptr) return {};
  std::string s(text);
  delete[] text;
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  FixEth(&s);
  return s;
}

struct Word {
  std::string text;
  double confidence = 0;
  int height = 0;
};

}  // namespace

bool IsStrayMark(std::string_view word, double confidence, int height, int line_tallest) {
  if (word.size() == 1 && std::strchr(".,;:!?-()[]\"%/0123456789", word[0]) != nullptr) return false;
  size_t chars = 0;
  for (unsigned char c : word) chars += (c & 0xC0) != 0x80;
  return chars == 1 && confidence < 50 && height * 5 < line_tallest * 2;
}

Result<ModelInfo> ChooseModel(const EngineOptions& options) {
  const std::string& lang = options.language;
  if (!options.tessdata_dir.empty()) {
    if (!HasModel(options.tessdata_dir, lang)) {
      return Status::NotFound(options.tessdata_dir + ": không có " + lang + ".traineddata");
    }
    return ModelInfo{options.tessdata_dir, lang + " (" + options.tessdata_dir + ")"};
  }
  const char* env = std::getenv("KEHOACH_TESSDATA");
  if (env != nullptr && *env != '\0') {
    if (!HasModel(env, lang)) return Status::NotFound(std::string(env) + ": không có " + lang + ".traineddata");
    return ModelInfo{env, lang + " (" + std::string(env) + ")"};
  }
  std::string project = ResourcePath("third_party/tessdata");
  if (HasModel(project, lang)) return ModelInfo{project, lang + " best_int (third_party/tessdata)"};
  if (HasModel(kDebianTessdata, lang)) {
    return ModelInfo{kDebianTessdata, lang + " (Debian tesseract-ocr-" + lang + ")"};
  }
  return Status::NotFound("không có mô hình OCR " + lang + ".traineddata: hãy chạy tools/setup.sh");
}

Result<std::unique_ptr<TesseractEngine>> TesseractEngine::Create(const EngineOptions& options) {
  LimitOpenMp();
  Result<ModelInfo> model = ChooseModel(options);
  if (!model.ok()) return model.status();
  std::unique_ptr<TesseractEngine> engine(new TesseractEngine());
  engine->model_ = *model;
  engine->api_ = std::make_unique<tesseract::TessBaseAPI>();
  if (engine->api_->Init(model->tessdata_dir.c_str(), options.language.c_str(),
                         tesseract::OEM_LSTM_ONLY) != 0) {
    return Status::Internal("Tesseract không nạp được mô hình " + model->name);
  }
  engine->api_->SetVariable("debug_file", "/dev/null");
  // Plans have no vertical text. With vertical-text detection on, a page
  // turned by 90° is read line by line as vertical text at high confidence
  // and never reaches the orientation check; without it, such a page reads as
  // garbage at low confidence, and ocr/page_recognizer.h turns it upright.
  engine->api_->SetVariable("textord_tabfind_vertical_text", "0");
  return engine;
}

TesseractEngine::~TesseractEngine() {
  if (api_) api_->End();
  if (osd_) osd_->End();
}

void TesseractEngine::SetImage(Pix* image, int dpi) {
  dpi_ = dpi > 0 ? dpi : 300;
  api_->SetImage(image);
  api_->SetSourceResolution(dpi_);
}

Result<Recognized> TesseractEngine::RecognizePage() {
  api_->SetPageSegMode(tesseract::PSM_AUTO);
  if (api_->Recognize(nullptr) != 0) return Status::Internal("Tesseract nhận dạng không thành công");
  return Collect();
}

Result<Recognized> TesseractEngine::RecognizeBlock(const Box& box) {
  api_->SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
  api_->SetRectangle(box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0);
  api_->SetSourceResolution(dpi_);
  if (api_->Recognize(nullptr) != 0) return Status::Internal("Tesseract nhận dạng không thành công");
  return Collect();
}

Result<Recognized> TesseractEngine::Collect() {
  Recognized out;
  std::unique_ptr<tesseract::ResultIterator> it(api_->GetIterator());
  if (!it) return out;  // nothing found
  const auto kWord = tesseract::RIL_WORD;
  std::vector<Word> words;  // of the current line
  auto finish_line = [&] {
    if (out.lines.empty()) return;
    TextLine& line = out.lines.back();
    int tallest = 0;
    for (const Word& w : words) tallest = std::max(tallest, w.height);
    double line_conf = 0;
    int line_words = 0;
    for (const Word& w : words) {
      if (IsStrayMark(w.text, w.confidence, w.height, tallest)) continue;
      if (!line.text.empty()) line.text += ' ';
      line.text += w.text;
      line_conf += w.confidence;
      ++line_words;
    }
    if (line_words > 0) line.confidence = line_conf / line_words;
    out.word_confidence_sum += line_conf;
    out.words += line_words;
    words.clear();
  };
  do {
    if (it->Empty(kWord)) continue;
    if (out.lines.empty() || it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
      finish_line();
      out.lines.emplace_back();
      TextLine& line = out.lines.back();
      int l = 0, t = 0, r = 0, b = 0;
      it->BoundingBox(tesseract::RIL_TEXTLINE, &l, &t, &r, &b);
      line.box = Box{l, t, r, b};
      line.paragraph_start = it->IsAtBeginningOf(tesseract::RIL_PARA);
    }
    Word w;
    w.text = TakeText(it->GetUTF8Text(kWord));
    if (w.text.empty()) continue;
    int l = 0, t = 0, r = 0, b = 0;
    it->BoundingBox(kWord, &l, &t, &r, &b);
    w.height = b - t;
    w.confidence = it->Confidence(kWord);
    words.push_back(std::move(w));
  } while (it->Next(kWord));
  finish_line();
  std::erase_if(out.lines, [](const TextLine& l) { return l.text.empty(); });
  return out;
}

Result<Orientation> TesseractEngine::DetectOrientation(Pix* image, int dpi) {
  if (!osd_ && !osd_failed_) {
    auto osd = std::make_unique<tesseract::TessBaseAPI>();
    if (osd->Init(model_.tessdata_dir.c_str(), "osd", tesseract::OEM_TESSERACT_ONLY) != 0 &&
        osd->Init(kDebianTessdata, "osd", tesseract::OEM_TESSERACT_ONLY) != 0) {
      osd_failed_ = true;
    } else {
      osd->SetVariable("debug_file", "/dev/null");
      osd->SetPageSegMode(tesseract::PSM_OSD_ONLY);
      osd_ = std::move(osd);
    }
  }
  if (!osd_) return Status::NotFound("không có osd.traineddata để nhận biết hướng trang");
  osd_->SetImage(image);
  osd_->SetSourceResolution(dpi > 0 ? dpi : 300);
  int deg = 0;
  float conf = 0, script_conf = 0;
  const char* script = nullptr;
  if (!osd_->DetectOrientationScript(&deg, &conf, &script, &script_conf)) {
    return Status::NotFound("quá ít chữ để nhận biết hướng trang");
  }
  Orientation o;
  o.rotate_degrees = (360 - deg) % 360;
  o.confidence = conf;
  return o;
}

}  // namespace kehoach::ocr
