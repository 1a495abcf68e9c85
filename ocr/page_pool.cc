#include "ocr/page_pool.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>

namespace kehoach::ocr {

namespace {

class ProgressBar {
 public:
  ProgressBar(int total, bool wanted) : total_(total), on_(wanted && isatty(STDERR_FILENO)) {
    Draw();
  }
  ~ProgressBar() {
    if (on_) std::fprintf(stderr, "\r%*s\r", 60, "");
  }
  void Step() {
    std::lock_guard<std::mutex> lock(mu_);
    ++done_;
    Draw();
  }

 private:
  void Draw() {
    if (!on_) return;
    constexpr int kWidth = 30;
    int filled = total_ > 0 ? done_ * kWidth / total_ : kWidth;
    std::string bar(filled, '#');
    bar.resize(kWidth, '.');
    std::fprintf(stderr, "\rOCR [%s] %d/%d trang", bar.c_str(), done_, total_);
    std::fflush(stderr);
  }
  const int total_;
  const bool on_;
  int done_ = 0;
  std::mutex mu_;
};

}  // namespace

Result<TesseractEngine*> PoolWorker::Engine() {
  if (!engine_ && engine_status_.ok()) {
    Result<std::unique_ptr<TesseractEngine>> e = TesseractEngine::Create(*options_);
    if (e.ok()) engine_ = std::move(e).value();
    else engine_status_ = e.status();
  }
  if (!engine_) return engine_status_;
  return engine_.get();
}

int PoolWorkers(int pages, const PoolOptions& options) {
  int jobs = options.jobs;
  if (jobs <= 0) jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  return std::max(1, std::min(jobs, pages));
}

std::vector<PageText> RunPages(int pages, const PageJob& job, const PoolOptions& options) {
  std::vector<PageText> results(std::max(0, pages));
  if (pages <= 0) return results;
  ProgressBar bar(pages, options.progress);
  std::atomic<int> next{0};
  auto work = [&](int w) {
    PoolWorker worker(w, &options.engine);
    for (int i = next.fetch_add(1); i < pages; i = next.fetch_add(1)) {
      results[i] = job(i, worker);
      bar.Step();
    }
  };
  const int n = PoolWorkers(pages, options);
  if (n == 1) {
    work(0);
    return results;
  }
  std::vector<std::thread> threads;
  for (int w = 0; w < n; ++w) threads.emplace_back(work, w);
  for (std::thread& t : threads) t.join();
  return results;
}

}  // namespace kehoach::ocr
