#include "ocr/document_reader.h"

#include <mutex>

#include "ocr/pdf_reader.h"
#include "ocr/row_numbers.h"

namespace kehoach::ocr {

namespace {

PageText FailedPage(int number, Status status) {
  PageText p;
  p.number = number;
  p.status = std::move(status);
  return p;
}

// OCR of a decoded page with the worker's engine.
PageText OcrPage(Pix* pix, int dpi, int number, PoolWorker& worker, const ReadOptions& options) {
  Result<TesseractEngine*> engine = worker.Engine();
  if (!engine.ok()) return FailedPage(number, engine.status());
  return RecognizePageImage(pix, dpi, number, **engine, options.recognize);
}

int TrustedDpi(int dpi) { return dpi >= 100 && dpi <= 1200 ? dpi : 300; }

}  // namespace

bool IsPageDocument(const std::string& path) { return SniffFile(path) != FileKind::kOther; }

Result<DocumentPages> ReadDocumentPages(const std::string& path, const ReadOptions& options) {
  const FileKind kind = SniffFile(path);
  if (kind == FileKind::kOther) return Status::Unsupported("không phải tệp PDF, PNG, JPEG hay TIFF");
  PoolOptions pool;
  pool.jobs = options.jobs;
  pool.progress = options.progress;
  pool.engine = options.engine;

  DocumentPages doc;
  if (kind == FileKind::kPdf) {
    Result<std::unique_ptr<PdfReader>> first = PdfReader::OpenFile(path);
    if (!first.ok()) return first.status();
    const int n = (*first)->pages();
    // One reader per worker: poppler documents are not shared across threads.
    std::vector<std::unique_ptr<PdfReader>> readers(PoolWorkers(n, pool));
    readers[0] = std::move(first).value();
    std::mutex open_mu;
    auto reader_for = [&](int w) -> Result<PdfReader*> {
      std::lock_guard<std::mutex> lock(open_mu);
      if (!readers[w]) {
        Result<std::unique_ptr<PdfReader>> r = PdfReader::Open(readers[0]->bytes());
        if (!r.ok()) return r.status();
        readers[w] = std::move(r).value();
      }
      return readers[w].get();
    };
    doc.pages = RunPages(n, [&](int i, PoolWorker& worker) {
      Result<PdfReader*> reader = reader_for(worker.index());
      if (!reader.ok()) return FailedPage(i + 1, reader.status());
      Result<PageText> text = (*reader)->TextLayer(i, options.dpi);
      if (!text.ok()) return FailedPage(i + 1, text.status());
      if (!text->lines.empty()) return std::move(text).value();
      Result<PixPtr> pix = (*reader)->Render(i, options.dpi, options.max_pixels);
      if (!pix.ok()) return FailedPage(i + 1, pix.status());
      return OcrPage(pix->get(), options.dpi, i + 1, worker, options);
    }, pool);
  } else {
    Result<int> n = CountImagePages(path, kind);
    if (!n.ok()) return n.status();
    doc.pages = RunPages(*n, [&](int i, PoolWorker& worker) {
      Result<DecodedPage> img = ReadImagePage(path, kind, i, options.max_pixels);
      if (!img.ok()) return FailedPage(i + 1, img.status());
      return OcrPage(img->pix.get(), TrustedDpi(img->dpi), i + 1, worker, options);
    }, pool);
  }

  RepairRowNumbers(&doc.pages);
  int text_pages = 0, ocr_pages = 0, words_pages = 0;
  double conf_sum = 0;
  for (const PageText& p : doc.pages) {
    if (!p.status.ok()) continue;
    if (p.source == PageSource::kTextLayer) {
      ++text_pages;
    } else {
      ++ocr_pages;
      if (p.confidence >= 0) {
        conf_sum += p.confidence;
        ++words_pages;
      }
    }
  }
  doc.source_kind = ocr_pages == 0 ? "pdf-text" : text_pages == 0 ? "ocr" : "mixed";
  if (ocr_pages > 0) {
    Result<ModelInfo> model = ChooseModel(options.engine);
    if (model.ok()) doc.model = model->name;
  }
  if (words_pages > 0) doc.confidence = conf_sum / words_pages;
  return doc;
}

}  // namespace kehoach::ocr
