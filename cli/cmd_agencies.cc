// kehoach agencies: per agency, tasks led and supported and the next deadlines.
#include <iostream>

#include "cli/choices.h"
#include "cli/command.h"
#include "cli/task_options.h"
#include "pipeline/output.h"

namespace kehoach::cli {
namespace {

class AgenciesCommand : public Command {
 public:
  std::string name() const override { return "agencies"; }
  std::string description() const override { return "Các đơn vị: số nhiệm vụ chủ trì, phối hợp và các thời hạn sắp tới"; }
  void Setup(CLI::App* app) override {
    app->add_option("--as-of", as_of_, "Tính các thời hạn từ ngày này (mặc định hôm nay)")->type_name("NGÀY");
    InRange(app->add_option("--next", next_, "Số thời hạn sắp tới hiện cho mỗi đơn vị, từ 0 đến 100 (mặc định 2)"),
            0, 100);
    OneOf(app->add_option("--format", format_, "Định dạng kết quả (mặc định table)"),
          {"table", "json", "ndjson", "csv"});
  }
  int Run(const GlobalOptions& global) override {
    Result<std::unique_ptr<store::Store>> store = pipeline::OpenStore(global.db);
    if (!store.ok()) return Fail(store.status());
    std::string as_of = pipeline::TodayIso();
    if (!as_of_.empty()) {
      Result<std::string> d = pipeline::ParseUserDate(as_of_);
      if (!d.ok()) return Fail(d.status());
      as_of = *d;
    }
    Result<std::vector<store::AgencyInfo>> agencies = (*store)->Agencies(as_of, next_);
    if (!agencies.ok()) return Fail(agencies.status());
    Status s = pipeline::WriteAgencies(*agencies, *pipeline::ParseFormat(format_), std::cout, {});
    return s.ok() ? 0 : Fail(s);
  }

 private:
  std::string as_of_, format_ = "table";
  int next_ = 2;
};

KEHOACH_REGISTER_COMMAND(AgenciesCommand);

}  // namespace
}  // namespace kehoach::cli
