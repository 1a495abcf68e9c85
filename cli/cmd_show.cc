// kehoach show TASK_ID: one task with its plan, section, source lines and edits.
#include <iostream>

#include "cli/command.h"
#include "cli/task_options.h"
#include "pipeline/output.h"

namespace kehoach::cli {
namespace {

class ShowCommand : public Command {
 public:
  std::string name() const override { return "show"; }
  std::string description() const override { return "Show a task, its plan, section, source lines and edits"; }
  void Setup(CLI::App* app) override {
    app->add_option("task", task_, "Task id")->required();
    app->add_option("--context", context_, "Source lines shown before and after")->check(CLI::Range(0, 1000));
    app->add_option("--format", format_, "table or json")->check(CLI::IsMember({"table", "json"}));
  }
  int Run(const GlobalOptions& global) override {
    Result<std::unique_ptr<store::Store>> store = pipeline::OpenStore(global.db);
    if (!store.ok()) return Fail(store.status());
    Result<pipeline::TaskDetail> detail = pipeline::ShowTask(store->get(), task_, context_);
    if (!detail.ok()) return Fail(detail.status());
    Status s = pipeline::WriteTaskDetail(*detail, *pipeline::ParseFormat(format_), std::cout);
    return s.ok() ? 0 : Fail(s);
  }

 private:
  std::string task_, format_ = "table";
  int context_ = 3;
};

KEHOACH_REGISTER_COMMAND(ShowCommand);

}  // namespace
}  // namespace kehoach::cli
