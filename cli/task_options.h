// The task filter options shared by `kehoach tasks` and `kehoach export`,
// the query they both run, and the exit status of a failed query.
#ifndef KEHOACH_CLI_TASK_OPTIONS_H_
#define KEHOACH_CLI_TASK_OPTIONS_H_

#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "base/status.h"
#include "pipeline/output.h"
#include "pipeline/query.h"

namespace kehoach::cli {

inline void AddTaskFilterOptions(CLI::App* app, pipeline::TaskQuery* q) {
  app->add_option("--plan", q->plans, "Only these plans (id, id prefix, number or file); repeatable");
  app->add_option("--owner", q->owner, "Agency leading or supporting (any spelling, marks optional)");
  app->add_option("--role", q->role, "With --owner: lead or support")->check(CLI::IsMember({"lead", "support"}));
  app->add_option("--due-before", q->due_before, "Deadline on or before DATE (dd/mm/yyyy, mm/yyyy, yyyy)");
  app->add_option("--due-after", q->due_after, "Deadline on or after DATE");
  app->add_flag("--overdue", q->overdue, "Deadline passed (before --as-of, default today)");
  app->add_option("--as-of", q->as_of, "Reference date for --overdue");
  app->add_option("--kind", q->kind, "task, assignment or table_row")
      ->check(CLI::IsMember({"task", "assignment", "table_row"}));
  app->add_option("--section", q->section, "Section and its subsections, e.g. III or III.2");
  app->add_option("--search", q->search, "Full-text search; marks optional (\"xuc tien dau tu\")");
}

// A task query ready to stream: the store, the filter and the format, all
// checked before anything is written.
struct PreparedTaskQuery {
  std::unique_ptr<store::Store> store;
  store::TaskFilter filter;
  pipeline::Format format = pipeline::Format::kTable;

  // Writes the matching tasks to `out`; returns how many.
  Result<int64_t> Stream(std::ostream& out) {
    pipeline::OutputOptions options;
    options.as_of = filter.overdue_as_of;
    return pipeline::StreamTasks(store.get(), filter, format, out, options);
  }
};

inline Result<PreparedTaskQuery> PrepareTaskQuery(const std::string& db, const pipeline::TaskQuery& query,
                                                  const std::string& format) {
  PreparedTaskQuery p;
  Result<std::unique_ptr<store::Store>> store = pipeline::OpenStore(db);
  if (!store.ok()) return store.status();
  p.store = std::move(store).value();
  Result<store::TaskFilter> filter = pipeline::BuildTaskFilter(p.store.get(), query);
  if (!filter.ok()) return filter.status();
  p.filter = std::move(filter).value();
  Result<pipeline::Format> f = pipeline::ParseFormat(format);
  if (!f.ok()) return f.status();
  p.format = *f;
  return p;
}

// Prints "kehoach: <what went wrong, in Vietnamese>: <message>" and maps the
// failure to an exit status: 2 for a usage error (bad argument), 1 otherwise.
inline int Fail(const Status& s) {
  std::cerr << "kehoach: " << s.ToVietnamese() << "\n";
  return s.code() == Status::Code::kInvalidArgument ? 2 : 1;
}

}  // namespace kehoach::cli

#endif  // KEHOACH_CLI_TASK_OPTIONS_H_
