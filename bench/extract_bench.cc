// Extraction speed over the whole sample corpus on one core, beside a plain
// copy of the same bytes (the baseline), in the same run.
//   build-extract/bench/extract_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
// Reports bytes_per_second; quote medians and the ratio of the two.
#include <benchmark/benchmark.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/paths.h"
#include "nlp/plan_extractor.h"

namespace {

std::vector<std::string>& Corpus() {
  static std::vector<std::string>* corpus = [] {
    auto* c = new std::vector<std::string>();
    std::filesystem::path dir = kehoach::ResourcePath("corpus/plans");
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream in(entry.path());
      std::stringstream ss;
      ss << in.rdbuf();
      c->push_back(ss.str());
    }
    return c;
  }();
  return *corpus;
}

int64_t CorpusBytes() {
  int64_t n = 0;
  for (const std::string& s : Corpus()) n += static_cast<int64_t>(s.size());
  return n;
}

void BM_CopyCorpus(benchmark::State& state) {
  std::string buffer;
  for (auto _ : state) {
    for (const std::string& s : Corpus()) {
      buffer.assign(s);
      benchmark::DoNotOptimize(buffer.data());
      benchmark::ClobberMemory();
    }
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
}
BENCHMARK(BM_CopyCorpus);

void BM_ExtractCorpus(benchmark::State& state) {
  // Warm the data files (gazetteer, phrase lists) outside the timing.
  (void)kehoach::nlp::ExtractPlan("I. NHIỆM VỤ\n- x.\n", {"warm", "w"});
  size_t tasks = 0;
  for (auto _ : state) {
    for (const std::string& s : Corpus()) {
      kehoach::Result<kehoach::ExtractedPlan> plan = kehoach::nlp::ExtractPlan(s, {"bench", "b"});
      if (plan.ok()) tasks += plan->tasks.size();
      benchmark::DoNotOptimize(plan);
    }
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
  state.counters["tasks_per_pass"] = static_cast<double>(tasks) / std::max<int64_t>(1, state.iterations());
}
BENCHMARK(BM_ExtractCorpus)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
