// restore_bench: diacritic restoration on the held-out plan, in one run:
//   (a) the clean held-out plan with every mark stripped,
//   (b) the held-out plan rendered to page images and OCR'd with
//       `tesseract -l eng` (made by the build: build/models/heldout-eng.txt),
//   (c) the real English-OCR Đồng Nai plan against the clean task and target
//       texts of its gold file (each compared with the restored lines from
//       its gold line on),
// each restored by the full model beside two baselines -- the most frequent
// form of each folded syllable (unigram) and a bigram model -- then speed
// (syllables per second on one core, Google Benchmark) and peak memory.
//
//   restore_bench [--model FILE] [--clean FILE] [--garbled FILE] [--beam N]
//                 [--candidates N] [--channel-weight W] [--speed-only] [--dump DIR]
//                 [benchmark flags]
// (--beam, --candidates and --channel-weight set the full system's decoder,
// for the dev split;
// --speed-only skips the accuracy table, for profiling; --dump writes the
// full system's output and changes with confidences for (a), (b) and (c) to
// DIR/a.txt, b.txt, c.txt, to check that a faster decoder changes nothing,
// and the bigram baseline's output to DIR/a-bigram.txt, b-bigram.txt,
// c-bigram.txt, to compare the two systems' errors.)
// Defaults: ModelPath("vi-restore.bin"), the held-out plan
// corpus/plans/hy-kh-trien-khai-qd840-cong-nghiep-cns-2026.txt and
// ModelPath("heldout-eng.txt").
#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "base/paths.h"
#include "nlp/extract/text_lines.h"
#include "nlp/restore/diacritic_restorer.h"
#include "nlp/restore/model_file.h"
#include "nlp/restore/mark_stripper.h"
#include "nlp/restore/token_aligner.h"
#include "nlp/vietnamese_text.h"

namespace {

using namespace kehoach::nlp::restore;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return kehoach::nlp::Nfc(ss.str());
}

// (c): the gold texts, each against the restored lines from its line on.
AccuracyCount GoldAccuracy(const std::string& restored, const nlohmann::json& gold) {
  const std::vector<kehoach::nlp::TextLine> lines = kehoach::nlp::SplitLines(restored);
  AccuracyCount total;
  for (const char* kind : {"tasks", "targets"}) {
    if (!gold.contains(kind)) continue;
    for (const auto& item : gold[kind]) {
      if (!item.contains("line") || !item["line"].is_number() || !item["text"].is_string()) continue;
      std::string ref = item["text"];
      size_t want = ref.size() * 13 / 10 + 20;
      std::string window;
      for (size_t l = item["line"].get<size_t>() - 1; l < lines.size() && window.size() < want; ++l) window += std::string(lines[l].raw) + "\n";
      AccuracyCount a = WordAccuracy(ref, window);
      total.reference_words += a.reference_words;
      total.correct += a.correct;
    }
  }
  return total;
}

struct Setup {
  std::unique_ptr<DiacriticRestorer> restorer;
  std::string clean, stripped, garbled;
  long words = 0;
};
Setup* g_setup = nullptr;

void BM_Restore(benchmark::State& state, const RestoreOptions& opt, const std::string* input) {
  long words = 0;
  for (auto _ : state) {
    RestoreResult r = g_setup->restorer->Restore(*input, opt);
    words += r.word_tokens;
    benchmark::DoNotOptimize(r.text.data());
  }
  state.counters["syllables_per_s"] = benchmark::Counter(static_cast<double>(words), benchmark::Counter::kIsRate);
}

}  // namespace

int main(int argc, char** argv) {
  std::string model = kehoach::ModelPath(kDefaultRestoreModel);
  std::string clean_path = "corpus/plans/hy-kh-trien-khai-qd840-cong-nghiep-cns-2026.txt";
  std::string garbled_path = kehoach::ModelPath("heldout-eng.txt");
  std::string dn_path = "corpus/plans/dn-kh-433-tu-nq57-ocr-eng.txt";
  std::string dn_gold_path = "corpus/gold/dn-kh-433-tu-nq57-ocr-eng.json";
  RestoreOptions full;
  bool speed_only = false;
  std::string dump_dir;
  std::vector<char*> rest{argv[0]};
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--model" && i + 1 < argc) model = argv[++i];
    else if (a == "--clean" && i + 1 < argc) clean_path = argv[++i];
    else if (a == "--garbled" && i + 1 < argc) garbled_path = argv[++i];
    else if (a == "--beam" && i + 1 < argc) full.beam = std::atoi(argv[++i]);
    else if (a == "--candidates" && i + 1 < argc) full.candidates = std::atoi(argv[++i]);
    else if (a == "--channel-weight" && i + 1 < argc) full.channel_weight = std::atof(argv[++i]);
    else if (a == "--speed-only") speed_only = true;
    else if (a == "--dump" && i + 1 < argc) dump_dir = argv[++i];
    else rest.push_back(argv[i]);
  }
  auto restorer = DiacriticRestorer::Open(model);
  if (!restorer.ok()) {
    std::cerr << "restore_bench: " << restorer.status().ToString() << "\n";
    return 1;
  }
  Setup setup;
  setup.restorer = std::move(*restorer);
  setup.clean = ReadFile(clean_path);
  if (setup.clean.empty()) {
    std::cerr << "restore_bench: " << clean_path << ": empty or missing\n";
    return 1;
  }
  setup.stripped = StripMarks(setup.clean);
  setup.garbled = ReadFile(garbled_path);
  g_setup = &setup;
  std::string dn = ReadFile(dn_path);
  nlohmann::json dn_gold;
  {
    std::ifstream g(dn_gold_path);
    if (g) dn_gold = nlohmann::json::parse(g, nullptr, false);
  }
  const bool have_dn = !dn.empty() && dn_gold.is_object();

  struct System { const char* name; RestoreOptions opt; };
  RestoreOptions unigram, bigram;
  unigram.unigram_only = true;
  bigram.max_order = 2;
  std::vector<System> systems = {{"most-frequent", unigram}, {"bigram", bigram}, {"full", full}};
  std::printf("held-out: %s\nmodel: %s\n\n", clean_path.c_str(), model.c_str());
  std::printf("%-14s %-28s %-28s %s\n", "system", "(a) marks stripped", "(b) tesseract -l eng", "(c) Dong Nai scan, gold texts");
  AccuracyCount input_a = WordAccuracy(setup.clean, setup.stripped);
  AccuracyCount input_b = WordAccuracy(setup.clean, setup.garbled);
  std::printf("%-14s %6.2f %% (%ld/%ld)       ", "input as is", 100 * input_a.accuracy(), input_a.correct, input_a.reference_words);
  if (setup.garbled.empty()) std::printf("(no %s)\n", garbled_path.c_str());
  else std::printf("%6.2f %% (%ld/%ld)", 100 * input_b.accuracy(), input_b.correct, input_b.reference_words);
  if (have_dn) {
    AccuracyCount c = GoldAccuracy(dn, dn_gold);
    std::printf("      %6.2f %% (%ld/%ld)", 100 * c.accuracy(), c.correct, c.reference_words);
  }
  std::printf("\n");
  for (const System& s : systems) {
    if (speed_only) break;
    AccuracyCount a = WordAccuracy(setup.clean, setup.restorer->Restore(setup.stripped, s.opt).text);
    std::printf("%-14s %6.2f %% (%ld/%ld)       ", s.name, 100 * a.accuracy(), a.correct, a.reference_words);
    if (setup.garbled.empty()) {
      std::printf("-\n");
    } else {
      AccuracyCount b = WordAccuracy(setup.clean, setup.restorer->Restore(setup.garbled, s.opt).text);
      std::printf("%6.2f %% (%ld/%ld)", 100 * b.accuracy(), b.correct, b.reference_words);
    }
    if (have_dn) {
      AccuracyCount c = GoldAccuracy(setup.restorer->Restore(dn, s.opt).text, dn_gold);
      std::printf("      %6.2f %% (%ld/%ld)", 100 * c.accuracy(), c.correct, c.reference_words);
    }
    std::printf("\n");
  }
  std::printf("\n");
  std::fflush(stdout);
  if (!dump_dir.empty()) {
    const std::pair<const char*, const std::string*> inputs[] = {{"a", &setup.stripped}, {"b", &setup.garbled}, {"c", &dn}};
    for (const auto& [name, input] : inputs) {
      // The bigram baseline's output too, to compare their errors token by token.
      std::ofstream(dump_dir + "/" + name + "-bigram.txt", std::ios::binary) << setup.restorer->Restore(*input, bigram).text;
      RestoreResult r = setup.restorer->Restore(*input, full);
      std::ofstream out(dump_dir + "/" + name + ".txt", std::ios::binary);
      out << r.text << "\n--- changes (offset, original, replacement, confidence)\n";
      for (const TokenChange& c : r.changes) {
        char conf[32];
        std::snprintf(conf, sizeof conf, "%.6f", c.confidence);
        out << c.offset << '\t' << c.original << '\t' << c.replacement << '\t' << conf << '\n';
      }
      if (!out) {
        std::cerr << "restore_bench: cannot write " << dump_dir << "/" << name << ".txt\n";
        return 1;
      }
    }
  }

  for (const System& s : systems) {
    benchmark::RegisterBenchmark((std::string("restore_stripped/") + s.name).c_str(), BM_Restore, s.opt, &setup.stripped)
        ->Unit(benchmark::kMillisecond);
  }
  if (!setup.garbled.empty()) {
    benchmark::RegisterBenchmark("restore_garbled/full", BM_Restore, full, &setup.garbled)->Unit(benchmark::kMillisecond);
  }
  int bargc = static_cast<int>(rest.size());
  benchmark::Initialize(&bargc, rest.data());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  std::printf("\npeak memory (max RSS): %.1f MB\n", ru.ru_maxrss / 1024.0);
  return 0;
}
