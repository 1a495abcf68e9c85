// gen_store: builds a large store from the sample corpus, for benchmarks.
//
//   gen_store --db FILE --tasks N [--batch PLANS]
//
// --tasks 0 only creates (or migrates) an empty store at FILE and exits:
// bench/store_floor.sh copies the generated rows into it with the sqlite3
// shell to measure the engine's own cost for the same rows.
// Extracts the sample plans once, then stores varied copies of them until N
// tasks are stored: each copy is a distinct plan (own id and number, another
// province, years and months shifted, deadlines moved, lead and support
// agencies redrawn from the agencies the corpus names), so owners, deadlines
// and words spread the way many provinces' plans would. Prints the ingest
// rate of the store writes (Store::PutPlans: folding, FTS indexing, one
// transaction per batch of PLANS plans, default 100; --batch 1 is one
// transaction per plan, as `kehoach ingest` does) separately from the time
// spent generating the copies.
#include <dirent.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "base/hash.h"
#include "base/paths.h"
#include "nlp/extract/deadline_parser.h"
#include "pipeline/ingester.h"
#include "pipeline/query.h"

namespace {

using namespace kehoach;

const char* kProvinces[] = {"Hưng Yên", "Đồng Nai", "Bắc Ninh", "Thái Nguyên", "Quảng Ninh", "Hải Phòng",
                            "Nghệ An", "Thanh Hóa", "Lâm Đồng", "Đắk Lắk", "Cần Thơ", "An Giang",
                            "Khánh Hòa", "Gia Lai", "Tây Ninh", "Vĩnh Long", "Cà Mau", "Lào Cai"};

double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

uint64_t Mix(uint64_t a, uint64_t b) { return Fnv1a64(std::to_string(a) + ":" + std::to_string(b)); }

std::string ReplaceAll(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size()) s.replace(at, from.size(), to);
  return s;
}

// Moves an ISO date by `years` and `months`, clamping the day.
std::string Shift(const std::string& iso, int years, int months) {
  if (iso.size() != 10) return iso;
  int y = std::atoi(iso.c_str()), m = std::atoi(iso.c_str() + 5), d = std::atoi(iso.c_str() + 8);
  int total = y * 12 + (m - 1) + years * 12 + months;
  y = total / 12;
  m = total % 12 + 1;
  const bool month_end = d == nlp::DaysInMonth(std::atoi(iso.c_str()), std::atoi(iso.c_str() + 5));
  d = month_end ? nlp::DaysInMonth(y, m) : std::min(d, nlp::DaysInMonth(y, m));
  return nlp::IsoDate(y, m, d);
}

ExtractedPlan Vary(const ExtractedPlan& base, uint64_t k, const std::vector<std::string>& agencies) {
  ExtractedPlan p = base;
  const std::string province = kProvinces[k % (sizeof kProvinces / sizeof kProvinces[0])];
  const int years = static_cast<int>(k % 6), months = static_cast<int>(Mix(k, 1) % 12);
  p.meta.id = HexHash("gen:" + std::to_string(k));
  p.meta.content_hash = p.meta.id;
  p.meta.number = std::to_string(k + 1) + "/KH-UBND";
  p.meta.file = "gen/" + std::to_string(k) + "-" + base.meta.file.substr(base.meta.file.rfind('/') + 1);
  p.meta.issuer = "Ủy ban nhân dân tỉnh " + province;
  p.meta.date = Shift(base.meta.date.empty() ? "2025-03-01" : base.meta.date, years, months);
  p.meta.title = ReplaceAll(ReplaceAll(base.meta.title, "Hưng Yên", province), "Đồng Nai", province);
  p.text.clear();  // the copies do not repeat the source text
  for (size_t i = 0; i < p.tasks.size(); ++i) {
    Task& t = p.tasks[i];
    t.id = p.meta.id + "-" + std::to_string(i + 1);
    t.text = ReplaceAll(ReplaceAll(t.text, "Hưng Yên", province), "Đồng Nai", province);
    t.source.file = p.meta.file;
    Deadline& d = t.deadline;
    d.start = Shift(d.start, years, months);
    d.end = Shift(d.end, years, months);
    const uint64_t h = Mix(k, i);
    if (!agencies.empty() && h % 3 != 0) {  // two in three tasks get other owners
      t.lead = {agencies[h % agencies.size()]};
      t.support.clear();
      for (uint64_t s = 0; s < (h >> 8) % 3; ++s) {
        const std::string& a = agencies[(h >> (16 + 8 * s)) % agencies.size()];
        if (a != t.lead[0]) t.support.push_back(a);
      }
    }
  }
  for (size_t i = 0; i < p.targets.size(); ++i) {
    p.targets[i].id = p.meta.id + "-t" + std::to_string(i + 1);
    p.targets[i].source.file = p.meta.file;
    if (p.targets[i].year) p.targets[i].year += years;
  }
  return p;
}

}  // namespace

int main(int argc, char** argv) {
  std::string db;
  long long want = 1000000;
  long long batch = 100;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--db")) db = argv[i + 1];
    if (!std::strcmp(argv[i], "--tasks")) want = std::atoll(argv[i + 1]);
    if (!std::strcmp(argv[i], "--batch")) batch = std::atoll(argv[i + 1]);
  }
  if (db.empty() || want < 0 || batch <= 0) {
    std::cerr << "usage: gen_store --db FILE --tasks N [--batch PLANS]\n";
    return 2;
  }
  if (want == 0) {
    Result<std::unique_ptr<store::Store>> empty = pipeline::OpenStore(db);
    if (!empty.ok()) {
      std::cerr << "gen_store: " << empty.status().message() << "\n";
      return 1;
    }
    return 0;
  }
  std::vector<ExtractedPlan> bases;
  const std::string dir = ResourcePath("corpus/plans");
  std::vector<std::string> files;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      if (e->d_name[0] != '.') files.push_back(dir + "/" + e->d_name);
    }
    closedir(d);
  }
  std::sort(files.begin(), files.end());
  std::set<std::string> agency_set;
  for (const std::string& f : files) {
    Result<ExtractedPlan> p = pipeline::LoadAndExtract(f, {});
    if (!p.ok()) {
      std::cerr << "gen_store: " << p.status().message() << "\n";
      return 1;
    }
    if (p->tasks.empty()) continue;
    for (const Task& t : p->tasks) {
      agency_set.insert(t.lead.begin(), t.lead.end());
      agency_set.insert(t.support.begin(), t.support.end());
    }
    bases.push_back(std::move(p).value());
  }
  if (bases.empty()) {
    std::cerr << "gen_store: extraction found no tasks in " << dir << "\n";
    return 1;
  }
  const std::vector<std::string> agencies(agency_set.begin(), agency_set.end());
  Result<std::unique_ptr<store::Store>> store = pipeline::OpenStore(db);
  if (!store.ok()) {
    std::cerr << "gen_store: " << store.status().message() << "\n";
    return 1;
  }
  using Clock = std::chrono::steady_clock;
  double write_s = 0, gen_s = 0, write_cpu_s = 0;
  long long tasks = 0, plans = 0;
  std::vector<ExtractedPlan> copies;
  std::vector<const ExtractedPlan*> ptrs;
  for (uint64_t k = 0; tasks < want;) {
    auto t0 = Clock::now();
    copies.clear();
    for (; tasks < want && static_cast<long long>(copies.size()) < batch; ++k) {
      copies.push_back(Vary(bases[k % bases.size()], k, agencies));
      ExtractedPlan& p = copies.back();
      if (static_cast<long long>(p.tasks.size()) > want - tasks) p.tasks.resize(want - tasks);
      tasks += static_cast<long long>(p.tasks.size());
    }
    ptrs.clear();
    for (const ExtractedPlan& p : copies) ptrs.push_back(&p);
    auto t1 = Clock::now();
    const double cpu0 = CpuSeconds();
    Result<std::vector<store::PutPlanResult>> put = (*store)->PutPlans(ptrs);
    write_cpu_s += CpuSeconds() - cpu0;
    auto t2 = Clock::now();
    if (!put.ok()) {
      std::cerr << "gen_store: " << put.status().message() << "\n";
      return 1;
    }
    gen_s += std::chrono::duration<double>(t1 - t0).count();
    write_s += std::chrono::duration<double>(t2 - t1).count();
    plans += static_cast<long long>(copies.size());
  }
  std::printf("gen_store: %lld plans, %lld tasks (%zu base plans, %zu agencies)\n", plans, tasks, bases.size(),
              agencies.size());
  std::printf("gen_store: store writes %.1f s = %.0f tasks/s wall, %.1f s CPU = %.0f tasks per CPU-second;"
              " generating copies %.1f s\n",
              write_s, tasks / write_s, write_cpu_s, tasks / write_cpu_s, gen_s);
  return 0;
}
