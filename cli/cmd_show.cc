// kehoach show TASK_ID: one task with its plan, section, source lines and edits.
#include <iostream>

#include "cli/choices.h"
#include "cli/command.h"
#include "cli/task_options.h"
#include "pipeline/output.h"

namespace kehoach::cli {
namespace {

class ShowCommand : public Command {
 public:
  std::string name() const override { return "show"; }
  std::string description() const override { return "Xem một nhiệm vụ: văn bản, mục, các dòng gốc và các lần sửa"; }
  void Setup(CLI::App* app) override {
    app->add_option("MÃ_NHIỆM_VỤ", task_, "Mã nhiệm vụ (cột Mã của kehoach tasks)")->required();
    InRange(app->add_option("--context", context_, "Số dòng gốc hiện trước và sau, từ 0 đến 1000 (mặc định 3)"), 0,
            1000);
    OneOf(app->add_option("--format", format_, "Định dạng kết quả (mặc định table)"), {"table", "json"});
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
