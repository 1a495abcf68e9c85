// kehoach stats: what the store holds.
#include <iostream>

#include "cli/choices.h"
#include "cli/command.h"
#include "cli/task_options.h"
#include "pipeline/output.h"

namespace kehoach::cli {
namespace {

class StatsCommand : public Command {
 public:
  std::string name() const override { return "stats"; }
  std::string description() const override { return "Thống kê số văn bản, nhiệm vụ, chỉ tiêu, đơn vị và lần sửa"; }
  void Setup(CLI::App* app) override {
    OneOf(app->add_option("--format", format_, "Định dạng kết quả (mặc định table)"), {"table", "json"});
  }
  int Run(const GlobalOptions& global) override {
    Result<std::unique_ptr<store::Store>> store = pipeline::OpenStore(global.db);
    if (!store.ok()) return Fail(store.status());
    Result<store::StoreStats> stats = (*store)->Stats();
    if (!stats.ok()) return Fail(stats.status());
    Status s = pipeline::WriteStats(*stats, *pipeline::ParseFormat(format_), std::cout);
    return s.ok() ? 0 : Fail(s);
  }

 private:
  std::string format_ = "table";
};

KEHOACH_REGISTER_COMMAND(StatsCommand);

}  // namespace
}  // namespace kehoach::cli
