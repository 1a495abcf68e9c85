// kehoach tasks: list tasks, filtered.
#include <iostream>

#include "cli/choices.h"
#include "cli/command.h"
#include "cli/task_options.h"

namespace kehoach::cli {
namespace {

class TasksCommand : public Command {
 public:
  std::string name() const override { return "tasks"; }
  std::string description() const override { return "Liệt kê nhiệm vụ (các điều kiện lọc được áp dụng cùng lúc)"; }
  void Setup(CLI::App* app) override {
    AddTaskFilterOptions(app, &query_);
    app->add_option("--limit", query_.limit, "Số nhiệm vụ tối đa");
    app->add_flag("--all", query_.include_inactive, "Gồm cả các mục đã đánh dấu không phải nhiệm vụ hoặc đã gộp");
    OneOf(app->add_option("--format", format_, "Định dạng kết quả (mặc định table)"),
          {"table", "json", "ndjson", "csv", "ical"});
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
