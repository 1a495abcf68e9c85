// PagePool: runs a job for every page of a document on worker threads, one
// TesseractEngine per worker (created on first use, so text-layer pages cost
// no model load), and returns the results in page order whatever order they
// finish in. With `progress` and stderr a terminal, a progress bar is drawn
// on stderr and erased at the end.
#ifndef KEHOACH_OCR_PAGE_POOL_H_
#define KEHOACH_OCR_PAGE_POOL_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "ocr/page_text.h"
#include "ocr/tesseract_engine.h"

namespace kehoach::ocr {

struct PoolOptions {
  int jobs = 1;            // worker threads; <= 0 means one per core
  bool progress = false;
  EngineOptions engine;
};

// What a job sees of its worker.
class PoolWorker {
 public:
  PoolWorker(int index, const EngineOptions* options) : index_(index), options_(options) {}
  int index() const { return index_; }  // 0 .. workers-1
  // This worker's engine; created on the first call.
  Result<TesseractEngine*> Engine();

 private:
  int index_;
  const EngineOptions* options_;
  std::unique_ptr<TesseractEngine> engine_;
  Status engine_status_;
};

using PageJob = std::function<PageText(int page_index, PoolWorker& worker)>;

// Number of workers RunPages will start for `pages` pages.
int PoolWorkers(int pages, const PoolOptions& options);

std::vector<PageText> RunPages(int pages, const PageJob& job, const PoolOptions& options);

}  // namespace kehoach::ocr

#endif  // KEHOACH_OCR_PAGE_POOL_H_
