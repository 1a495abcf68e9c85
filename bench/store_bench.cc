// store_bench: latency of the common task queries on a large store, beside
// the same SQL run in the sqlite3 shell on the same file.
//
//   build/tools/gen_store --db /tmp/big.db --tasks 1000000
//   build/bench/store_bench --db /tmp/big.db [--runs 50] [--sqlite3 sqlite3] [--plans 1]
//
// Each query is what `kehoach tasks ... --limit 50` runs: the filter is built
// by the query layer (owner resolution, folding, date parsing) and the rows
// are read into TaskRecords. The shell runs the SQL the store generated
// (TaskSql) with its parameters inlined, timed by `.timer on` (1 ms
// resolution). Figures: p50 and p99 over --runs runs after two warm-ups.
// --plans 1 also prints the shell's EXPLAIN QUERY PLAN of each query.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "nlp/vietnamese_text.h"
#include "pipeline/query.h"

namespace {

using namespace kehoach;

struct Case {
  const char* name;
  pipeline::TaskQuery query;
};

std::vector<Case> Cases() {
  std::vector<Case> cases;
  auto add = [&](const char* name, auto setup) {
    pipeline::TaskQuery q;
    q.limit = 50;
    setup(q);
    cases.push_back({name, q});
  };
  add("owner 'so tai chinh'", [](auto& q) { q.owner = "so tai chinh"; });
  add("owner 'Sở KH&CN' --role lead", [](auto& q) {
    q.owner = "Sở KH&CN";
    q.role = "lead";
  });
  add("due 01/01/2029..31/03/2029", [](auto& q) {
    q.due_after = "01/01/2029";
    q.due_before = "31/03/2029";
  });
  add("overdue as of 01/07/2031", [](auto& q) {
    q.overdue = true;
    q.as_of = "01/07/2031";
  });
  add("owner + overdue", [](auto& q) {
    q.owner = "Sở Tài chính";
    q.overdue = true;
    q.as_of = "01/07/2031";
  });
  add("search 'chuyen doi so'", [](auto& q) { q.search = "chuyen doi so"; });
  add("search 'dược liệu'", [](auto& q) { q.search = "dược liệu"; });
  add("search 'xuc tien dau tu' + owner", [](auto& q) {
    q.search = "xuc tien dau tu";
    q.owner = "Sở Tài chính";
  });
  return cases;
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t i = static_cast<size_t>(p * (v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

// The SQL with its parameters inlined, for the shell.
std::string InlineSql(const std::string& sql, const std::vector<std::string>& args) {
  std::string out;
  size_t next = 0;
  for (char c : sql) {
    if (c == '?' && next < args.size()) {
      out += Quote(args[next++]);
    } else {
      out += c;
    }
  }
  return out;
}

// The output of the sqlite3 shell running `script` (written to `path`) on
// `db`, read-only, in chunks of at most one line each.
std::vector<std::string> Shell(const std::string& sqlite3, const std::string& db, const std::string& path,
                               const std::string& script) {
  {
    std::ofstream out(path);
    out << script;
  }
  std::vector<std::string> lines;
  FILE* p = popen((sqlite3 + " -readonly '" + db + "' < " + path).c_str(), "r");
  if (!p) return lines;
  char line[512];
  while (std::fgets(line, sizeof line, p)) lines.push_back(line);
  pclose(p);
  return lines;
}

std::vector<double> ShellTimes(const std::string& sqlite3, const std::string& db, const std::string& sql,
                               int runs) {
  std::string script = ".timer on\n.output /dev/null\n";
  for (int i = 0; i < runs + 2; ++i) script += sql + ";\n";
  std::vector<double> ms;
  for (const std::string& line : Shell(sqlite3, db, "/tmp/store_bench_query.sql", script)) {
    double real = 0;
    if (std::sscanf(line.c_str(), "Run Time: real %lf", &real) == 1) ms.push_back(real * 1000);
  }
  if (ms.size() > 2) ms.erase(ms.begin(), ms.begin() + 2);  // warm-ups
  return ms;
}

// The shell's EXPLAIN QUERY PLAN of `sql`, indented.
std::string ExplainPlan(const std::string& sqlite3, const std::string& db, const std::string& sql) {
  std::string text;
  const std::string script = "EXPLAIN QUERY PLAN " + sql + ";\n";
  for (const std::string& line : Shell(sqlite3, db, "/tmp/store_bench_plan.sql", script)) text += "    " + line;
  return text;
}

}  // namespace

int main(int argc, char** argv) {
  std::string db, sqlite3 = "sqlite3";
  int runs = 50;
  bool plans = false;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--db")) db = argv[i + 1];
    if (!std::strcmp(argv[i], "--runs")) runs = std::atoi(argv[i + 1]);
    if (!std::strcmp(argv[i], "--sqlite3")) sqlite3 = argv[i + 1];
    if (!std::strcmp(argv[i], "--plans")) plans = std::atoi(argv[i + 1]) != 0;
  }
  if (db.empty() || runs < 1) {
    std::cerr << "usage: store_bench --db FILE [--runs N] [--sqlite3 PATH] [--plans 1]\n";
    return 2;
  }
  Result<std::unique_ptr<store::Store>> store = pipeline::OpenStore(db);
  if (!store.ok()) {
    std::cerr << "store_bench: " << store.status().message() << "\n";
    return 1;
  }
  Result<store::StoreStats> stats = (*store)->Stats();
  if (stats.ok()) std::printf("store: %d plans, %d tasks, %lld bytes\n\n", stats->plans, stats->tasks,
                              static_cast<long long>(stats->file_bytes));
  std::printf("%-36s %6s %10s %10s %12s %12s\n", "query (--limit 50)", "rows", "p50 ms", "p99 ms", "shell p50",
              "shell p99");
  using Clock = std::chrono::steady_clock;
  for (const Case& c : Cases()) {
    std::vector<double> ms;
    size_t rows = 0;
    for (int i = 0; i < runs + 2; ++i) {
      auto t0 = Clock::now();
      Result<store::TaskFilter> f = pipeline::BuildTaskFilter(store->get(), c.query);
      if (!f.ok()) {
        std::cerr << "store_bench: " << f.status().message() << "\n";
        return 1;
      }
      Result<std::vector<store::TaskRecord>> r = (*store)->FindTasks(*f);
      auto t1 = Clock::now();
      if (!r.ok()) {
        std::cerr << "store_bench: " << r.status().message() << "\n";
        return 1;
      }
      rows = r->size();
      if (i >= 2) ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    Result<store::TaskFilter> f = pipeline::BuildTaskFilter(store->get(), c.query);
    if (f.ok()) f = (*store)->Plan(*f);  // the SQL actually run (broad searches: newest first)
    if (!f.ok()) {
      std::cerr << "store_bench: " << f.status().message() << "\n";
      return 1;
    }
    std::vector<std::string> args;
    const std::string sql = store::TaskSql(*f, &args);
    std::vector<double> shell = ShellTimes(sqlite3, db, InlineSql(sql, args), runs);
    // Padded by display width: "dược liệu" is 9 columns, not 13 bytes.
    const std::string name = c.name + std::string(std::max(0, 36 - nlp::DisplayWidth(c.name)), ' ');
    std::printf("%s %6zu %10.2f %10.2f %12.1f %12.1f\n", name.c_str(), rows, Percentile(ms, 0.5),
                Percentile(ms, 0.99), Percentile(shell, 0.5), Percentile(shell, 0.99));
    if (plans) std::printf("%s", ExplainPlan(sqlite3, db, InlineSql(sql, args)).c_str());
    std::fflush(stdout);
  }
  return 0;
}
