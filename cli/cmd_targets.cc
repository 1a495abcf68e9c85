// kehoach targets: quantified goals.
#include <iostream>

#include "cli/command.h"
#include "cli/task_options.h"
#include "pipeline/output.h"

namespace kehoach::cli {
namespace {

class TargetsCommand : public Command {
 public:
  std::string name() const override { return "targets"; }
  std::string description() const override { return "List quantified targets (chỉ tiêu)"; }
  void Setup(CLI::App* app) override {
    app->add_option("--plan", plans_, "Only these plans (id, id prefix, number or file)");
    app->add_option("--search", search_, "Full-text search; marks optional");
    app->add_option("--year", filter_.year, "Target year");
    app->add_option("--limit", filter_.limit, "At most N targets");
    app->add_option("--format", format_, "table, json, ndjson or csv")
        ->check(CLI::IsMember({"table", "json", "ndjson", "csv"}));
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
      if (filter_.fts_query.empty()) return Fail(Status::InvalidArgument("--search has no words"));
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
