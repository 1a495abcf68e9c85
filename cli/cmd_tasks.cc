// kehoach tasks: list tasks, filtered.
#include <iostream>

#include "cli/command.h"
#include "cli/task_options.h"

namespace kehoach::cli {
namespace {

class TasksCommand : public Command {
 public:
  std::string name() const override { return "tasks"; }
  std::string description() const override { return "List tasks (filters combine with AND)"; }
  void Setup(CLI::App* app) override {
    AddTaskFilterOptions(app, &query_);
    app->add_option("--limit", query_.limit, "At most N tasks");
    app->add_flag("--all", query_.include_inactive, "Also tasks marked not-a-task or merged");
    app->add_option("--format", format_, "table, json, ndjson, csv or ical")
        ->check(CLI::IsMember({"table", "json", "ndjson", "csv", "ical"}));
  }
  int Run(const GlobalOptions& global) override {
    Result<PreparedTaskQuery> query = PrepareTaskQuery(global.db, query_, format_);
    if (!query.ok()) return Fail(query.status());
    Result<int64_t> n = query->Stream(std::cout);
    return n.ok() ? 0 : Fail(n.status());
  }

 private:
  pipeline::TaskQuery query_;
  std::string format_ = "table";
};

KEHOACH_REGISTER_COMMAND(TasksCommand);

}  // namespace
}  // namespace kehoach::cli
