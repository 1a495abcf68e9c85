// kehoach plans: the stored plans with their metadata and figures.
#include <iostream>

#include "cli/choices.h"
#include "cli/command.h"
#include "cli/task_options.h"
#include "pipeline/output.h"

namespace kehoach::cli {
namespace {

class PlansCommand : public Command {
 public:
  std::string name() const override { return "plans"; }
  std::string description() const override { return "Liệt kê các văn bản đã lưu, kèm thông tin văn bản và chất lượng chữ"; }
  void Setup(CLI::App* app) override {
    OneOf(app->add_option("--format", format_, "Định dạng kết quả (mặc định table)"),
          {"table", "json", "ndjson", "csv"});
  }
  int Run(const GlobalOptions& global) override {
    Result<std::unique_ptr<store::Store>> store = pipeline::OpenStore(global.db);
    if (!store.ok()) return Fail(store.status());
    Result<std::vector<store::PlanInfo>> plans = (*store)->ListPlans();
    if (!plans.ok()) return Fail(plans.status());
    Result<pipeline::Format> format = pipeline::ParseFormat(format_);
    if (!format.ok()) return Fail(format.status());
    Status s = pipeline::WritePlans(*plans, *format, std::cout, {});
    return s.ok() ? 0 : Fail(s);
  }

 private:
  std::string format_ = "table";
};

KEHOACH_REGISTER_COMMAND(PlansCommand);

}  // namespace
}  // namespace kehoach::cli
