// kehoach export: tasks for tracking systems (CSV, JSON, iCalendar).
#include <fstream>
#include <iostream>

#include "cli/command.h"
#include "cli/task_options.h"

namespace kehoach::cli {
namespace {

class ExportCommand : public Command {
 public:
  std::string name() const override { return "export"; }
  std::string description() const override { return "Export tasks as csv (tracker columns), json or ical"; }
  void Setup(CLI::App* app) override {
    AddTaskFilterOptions(app, &query_);
    app->add_option("--format", format_, "csv, json, ndjson or ical")
        ->required()
        ->check(CLI::IsMember({"csv", "json", "ndjson", "ical"}));
    app->add_option("--out,-o", out_, "Write to FILE instead of stdout");
  }
  int Run(const GlobalOptions& global) override {
    Result<PreparedTaskQuery> query = PrepareTaskQuery(global.db, query_, format_);
    if (!query.ok()) return Fail(query.status());
    std::ofstream file;
    if (!out_.empty()) {
      file.open(out_, std::ios::binary | std::ios::trunc);
      if (!file) return Fail(Status::IOError(out_ + ": cannot write"));
    }
    std::ostream& out = out_.empty() ? std::cout : file;
    Result<int64_t> n = query->Stream(out);
    if (!n.ok()) return Fail(n.status());
    out.flush();
    if (!out) return Fail(Status::IOError((out_.empty() ? "stdout" : out_) + ": write failed"));
    if (!out_.empty()) std::cerr << out_ << ": " << *n << " tasks\n";
    return 0;
  }

 private:
  pipeline::TaskQuery query_;
  std::string format_, out_;
};

KEHOACH_REGISTER_COMMAND(ExportCommand);

}  // namespace
}  // namespace kehoach::cli
