// kehoach targets: quantified goals.
#include <iostream>

#include "cli/choices.h"
#include "cli/command.h"
#include "cli/task_options.h"
#include "pipeline/output.h"

namespace kehoach::cli {
namespace {

class TargetsCommand : public Command {
 public:
  std::string name() const override { return "targets"; }
  std::string description() const override { return "Liệt kê các chỉ tiêu định lượng"; }
  void Setup(CLI::App* app) override {
    app->add_option("--plan", plans_, "Chỉ các văn bản này (mã, phần đầu của mã, số hiệu hoặc tên tệp)")
        ->type_name("VĂN_BẢN");
    app->add_option("--search", search_, "Tìm theo nội dung, có dấu hoặc không dấu đều được")->type_name("TỪ_KHÓA");
    app->add_option("--year", filter_.year, "Năm của chỉ tiêu");
    app->add_option("--limit", filter_.limit, "Số chỉ tiêu tối đa");
    OneOf(app->add_option("--format", format_, "Định dạng kết quả (mặc định table)"),
          {"table", "json", "ndjson", "csv"});
  }
  int Run(const GlobalOptions& global) override {
    Result<std::unique_ptr<store::Store>> store = pipeline::OpenStore(global.db);
    if (!store.ok()) return Fail(store.status());
    if (!plans_.empty()) {
      Result<std::vector<std::string>> ids = pipeline::ResolvePlans(store->get(), plans_);
      if (!ids.ok()) return Fail(ids.status());
      filter_.plan_ids = *ids;
    }
    if (!search_.empty()) {
      filter_.fts_query = pipeline::FtsQuery(search_);
      if (filter_.fts_query.empty()) return Fail(Status::InvalidArgument("--search «" + search_ + "» không có từ nào để tìm"));
    }
    Result<std::vector<store::TargetRecord>> targets = (*store)->FindTargets(filter_);
    if (!targets.ok()) return Fail(targets.status());
    Result<pipeline::Format> format = pipeline::ParseFormat(format_);
    if (!format.ok()) return Fail(format.status());
    Status s = pipeline::WriteTargets(*targets, *format, std::cout, {});
    return s.ok() ? 0 : Fail(s);
  }

 private:
  std::vector<std::string> plans_;
  std::string search_, format_ = "table";
  store::TargetFilter filter_;
};

KEHOACH_REGISTER_COMMAND(TargetsCommand);

}  // namespace
}  // namespace kehoach::cli
