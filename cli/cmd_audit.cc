// kehoach audit: tasks assigned more than once, within a plan or across
// plans, and where the copies disagree on the lead agency or the deadline.
#include <filesystem>
#include <iostream>

#include "cli/choices.h"
#include "cli/command.h"
#include "cli/task_options.h"
#include "pipeline/audit_report.h"
#include "pipeline/query.h"
#include "pipeline/task_auditor.h"

namespace kehoach::cli {
namespace {

class AuditCommand : public Command {
 public:
  std::string name() const override { return "audit"; }
  std::string description() const override {
    return "Tìm nhiệm vụ lặp lại trong một văn bản hoặc giữa các văn bản, đánh dấu chỗ khác đơn vị chủ trì hoặc thời hạn";
  }
  void Setup(CLI::App* app) override {
    app->add_option("--plan", plans_, "Chỉ các văn bản này (mã, số hiệu hoặc tên tệp); dùng nhiều lần được")
        ->type_name("VĂN_BẢN");
    InRange(app->add_option("--min-similarity", options_.min_similarity,
                            "Độ giống tối thiểu, từ 0.1 đến 1 (mặc định 0.7)"),
            0.1, 1.0);
    app->add_flag("--across-plans", options_.across_plans_only, "Chỉ các nhiệm vụ lặp lại ở hai văn bản trở lên");
    app->add_flag("--conflicts", conflicts_only_, "Chỉ các nhóm có bản lặp khác nhau về đơn vị chủ trì hoặc thời hạn");
    OneOf(app->add_option("--format", format_, "Định dạng kết quả (mặc định table)"), {"table", "json", "ndjson"});
  }
  int Run(const GlobalOptions& global) override {
    Result<std::unique_ptr<store::Store>> store = pipeline::OpenStore(global.db);
    if (!store.ok()) return Fail(store.status());
    Result<std::vector<std::string>> ids = pipeline::ResolvePlans(store->get(), plans_);
    if (!ids.ok()) return Fail(ids.status());
    std::vector<pipeline::AuditedPlan> audited;
    for (const std::string& id : *ids) {
      Result<ExtractedPlan> plan = pipeline::LoadStoredPlan(store->get(), id);
      if (!plan.ok()) return Fail(plan.status());
      // The plan number when it has one ("433-KH/TU"), else the file name.
      std::string label = plan->meta.number;
      if (label.empty() || label.front() == '/') label = std::filesystem::path(plan->meta.file).stem().string();
      audited.push_back({id, label, std::move(plan->tasks)});
    }
    std::vector<pipeline::DuplicateGroup> groups = pipeline::FindDuplicateTasks(audited, options_);
    if (conflicts_only_) {
      std::erase_if(groups, [](const pipeline::DuplicateGroup& g) { return !g.lead_conflict && !g.deadline_conflict; });
    }
    Result<pipeline::Format> format = pipeline::ParseFormat(format_);
    if (!format.ok()) return Fail(format.status());
    Status s = pipeline::WriteDuplicateGroups(groups, *format, std::cout);
    if (!s.ok()) return Fail(s);
    std::cerr << "kehoach: " << groups.size() << " nhóm nhiệm vụ lặp lại trong " << audited.size() << " văn bản\n";
    return 0;
  }

 private:
  std::vector<std::string> plans_;
  pipeline::AuditOptions options_;
  bool conflicts_only_ = false;
  std::string format_ = "table";
};

KEHOACH_REGISTER_COMMAND(AuditCommand);

}  // namespace
}  // namespace kehoach::cli
