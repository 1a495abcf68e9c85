#include "ocr/page_pool.h"

#include <gtest/gtest.h>

#include <chrono>
#include <mutex>
#include <set>
#include <thread>

namespace kehoach::ocr {
namespace {

TEST(RunPages, KeepsPageOrderWhateverFinishesFirst) {
  PoolOptions options;
  options.jobs = 3;
  std::mutex mu;
  std::set<int> workers;
  std::vector<PageText> pages = RunPages(9, [&](int i, PoolWorker& w) {
    // Early pages are slow, so later ones finish first.
    std::this_thread::sleep_for(std::chrono::milliseconds((9 - i) * 3));
    {
      std::lock_guard<std::mutex> lock(mu);
      workers.insert(w.index());
    }
    PageText p;
    p.number = i + 1;
    TextLine line;
    line.text = "line of page " + std::to_string(i + 1);
    p.lines.push_back(line);
    return p;
  }, options);
  ASSERT_EQ(pages.size(), 9u);
  for (int i = 0; i < 9; ++i) {
    EXPECT_EQ(pages[i].number, i + 1);
    EXPECT_EQ(pages[i].lines[0].text, "line of page " + std::to_string(i + 1));
  }
  EXPECT_GE(workers.size(), 2u);
  for (int w : workers) EXPECT_LT(w, 3);
}

TEST(RunPages, NeverStartsMoreWorkersThanPages) {
  PoolOptions options;
  options.jobs = 8;
  EXPECT_EQ(PoolWorkers(2, options), 2);
  EXPECT_EQ(PoolWorkers(0, options), 1);
  options.jobs = 1;
  EXPECT_EQ(PoolWorkers(50, options), 1);
  EXPECT_TRUE(RunPages(0, [](int, PoolWorker&) { return PageText{}; }, options).empty());
}

TEST(PoolWorker, ReportsAMissingModel) {
  EngineOptions engine;
  engine.tessdata_dir = "/nonexistent/tessdata";
  PoolWorker worker(0, &engine);
  Result<TesseractEngine*> e = worker.Engine();
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.status().code(), Status::Code::kNotFound);
  EXPECT_NE(e.status().message().find("vie.traineddata"), std::string::npos);
}

}  // namespace
}  // namespace kehoach::ocr
