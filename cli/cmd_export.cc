// kehoach export: tasks for tracking systems (CSV, JSON, iCalendar).
#include <fstream>
#include <iostream>

#include "cli/choices.h"
#include "cli/command.h"
#include "cli/task_options.h"

namespace kehoach::cli {
namespace {

class ExportCommand : public Command {
 public:
  std::string name() const override { return "export"; }
  std::string description() const override { return "Xuất nhiệm vụ ra csv (các cột của phần mềm theo dõi nhiệm vụ), json, ndjson hoặc ical"; }
  void Setup(CLI::App* app) override {
    AddTaskFilterOptions(app, &query_);
    OneOf(app->add_option("--format", format_, "Định dạng tệp xuất")->required(), {"csv", "json", "ndjson", "ical"});
    app->add_option("--out,-o", out_, "Ghi vào TỆP thay vì in ra màn hình")->type_name("TỆP");
  }
  int Run(const GlobalOptions& global) override {
    Result<PreparedTaskQuery> query = PrepareTaskQuery(global.db, query_, format_);
    if (!query.ok()) return Fail(query.status());
    std::ofstream file;
    if (!out_.empty()) {
      file.open(out_, std::ios::binary | std::ios::trunc);
      if (!file) return Fail(Status::IOError(out_ + ": không ghi được"));
    }
    std::ostream& out = out_.empty() ? std::cout : file;
    Result<int64_t> n = query->Stream(out);
    if (!n.ok()) return Fail(n.status());
    out.flush();
    if (!out) return Fail(Status::IOError((out_.empty() ? "stdout" : out_) + ": ghi không trọn vẹn"));
    if (!out_.empty()) std::cerr << out_ << ": " << *n << " nhiệm vụ\n";
    return 0;
  }

 private:
  pipeline::TaskQuery query_;
  std::string format_, out_;
};

KEHOACH_REGISTER_COMMAND(ExportCommand);

}  // namespace
}  // namespace kehoach::cli
