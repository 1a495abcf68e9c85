// kehoach ocr FILE [--format text|json|hocr]: reads a PDF or image (or a
// text file) the way ingest does and prints what the OCR stage saw.
#include <nlohmann/json.hpp>

#include <iostream>
#include <thread>

#include "cli/choices.h"
#include "cli/command.h"
#include "ocr/hocr_writer.h"
#include "pipeline/document_loader.h"

namespace kehoach::cli {

namespace {

nlohmann::json BoxJson(const SourceSpan::Box& b) { return {b.x0, b.y0, b.x1, b.y1}; }

nlohmann::json PagesJson(const pipeline::LoadedDocument& doc) {
  nlohmann::json pages = nlohmann::json::array();
  for (const ocr::PageText& p : doc.pages) {
    nlohmann::json jp = {{"number", p.number}, {"width", p.width}, {"height", p.height},
                         {"dpi", p.dpi}, {"source", ocr::PageSourceName(p.source)}};
    if (!p.status.ok()) {
      jp["error"] = p.status.message();
      pages.push_back(jp);
      continue;
    }
    jp["confidence"] = p.confidence < 0 ? nlohmann::json() : nlohmann::json(p.confidence);
    jp["rotation"] = p.rotation_applied;
    jp["skew_corrected"] = p.skew_corrected;
    nlohmann::json lines = nlohmann::json::array();
    for (const ocr::TextLine& l : p.lines) {
      nlohmann::json jl = {{"text", l.text}, {"bbox", BoxJson(l.box)}};
      jl["confidence"] = l.confidence < 0 ? nlohmann::json() : nlohmann::json(l.confidence);
      if (l.table >= 0) {
        jl["table"] = l.table;
        jl["cell"] = l.cell;
      }
      lines.push_back(jl);
    }
    jp["lines"] = lines;
    nlohmann::json tables = nlohmann::json::array();
    for (const ocr::Table& t : p.tables) {
      nlohmann::json cells = nlohmann::json::array();
      for (const ocr::TableCell& c : t.cells) {
        cells.push_back({{"row", c.row}, {"col", c.col}, {"row_span", c.row_span},
                         {"col_span", c.col_span}, {"bbox", BoxJson(c.box)}, {"text", c.text}});
      }
      tables.push_back({{"bbox", BoxJson(t.box)}, {"rows", t.rows}, {"cols", t.cols},
                        {"cells", cells}, {"grid", t.Grid()}});
    }
    jp["tables"] = tables;
    pages.push_back(jp);
  }
  return pages;
}

class OcrCommand : public Command {
 public:
  std::string name() const override { return "ocr"; }
  std::string description() const override {
    return "Đọc tệp PDF, ảnh (PNG, JPEG, TIFF) hoặc tệp chữ và in nội dung theo trang, kèm khung chữ, "
           "độ tin cậy và bảng";
  }
  void Setup(CLI::App* app) override {
    app->add_option("TỆP", file_, "Tệp PDF, PNG, JPEG, TIFF hoặc tệp chữ")->required();
    OneOf(app->add_option("--format", format_, "Định dạng kết quả (mặc định text)"), {"text", "json", "hocr"});
    app->add_option("--jobs,-j", jobs_, "Số trang nhận dạng song song (mặc định: mỗi nhân xử lý một trang)");
    app->add_option("--steps", steps_,
                    "Các bước tiền xử lý (để đo đạc): all, none hoặc danh sách trong "
                    "orient,border,normalize,deskew,binarize (mặc định: tổ hợp tốt nhất đã đo)")
        ->type_name("BƯỚC");
  }
  int Run(const GlobalOptions& /*global*/) override {
    pipeline::LoadOptions options;
    options.jobs = jobs_ > 0 ? jobs_ : static_cast<int>(std::thread::hardware_concurrency());
    options.progress = true;
    if (!steps_.empty()) {
      Result<ocr::PreprocessOptions> steps = ocr::ParsePreprocessSteps(steps_);
      if (!steps.ok()) {
        std::cerr << "kehoach ocr: " << steps.status().ToVietnamese() << "\n";
        return 2;
      }
      options.preprocess = *steps;
    }
    Result<pipeline::LoadedDocument> doc = pipeline::LoadDocument(file_, options);
    if (!doc.ok()) {
      std::cerr << "kehoach ocr: " << doc.status().ToVietnamese() << "\n";
      return 1;
    }
    if (format_ == "json") {
      nlohmann::json out = {{"file", doc->path},
                            {"source_kind", doc->quality.source_kind},
                            {"pages", PagesJson(*doc)}};
      out["model"] = doc->quality.ocr_model.empty() ? nlohmann::json() : nlohmann::json(doc->quality.ocr_model);
      out["confidence"] = doc->quality.ocr_model.empty() ? nlohmann::json()
                                                         : nlohmann::json(doc->quality.ocr_confidence);
      std::cout << out.dump(1) << "\n";
    } else if (format_ == "hocr") {
      std::cout << ocr::WriteHocr(doc->pages, doc->path);
    } else {
      std::cout << doc->text << "\n";
    }
    for (const Status& e : doc->page_errors) std::cerr << "kehoach ocr: " << e.ToVietnamese() << "\n";
    return doc->page_errors.empty() ? 0 : 1;
  }

 private:
  std::string file_;
  std::string format_ = "text";
  std::string steps_;
  int jobs_ = 0;
};

}  // namespace

KEHOACH_REGISTER_COMMAND(OcrCommand);

}  // namespace kehoach::cli
