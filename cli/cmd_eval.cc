// kehoach eval: scores what extraction stored against gold annotations
// (docs/gold-format.md, pipeline/evaluator.h) and prints a table per plan:
// tune lines, held-out lines and all. Exits 1 when a figure is under a
// threshold given on the command line (checked on --split, default all).
#include <cstdio>
#include <iostream>

#include "cli/choices.h"
#include "cli/command.h"
#include "cli/task_options.h"
#include "pipeline/evaluator.h"
#include "pipeline/ingester.h"
#include "pipeline/query.h"

namespace kehoach::cli {
namespace {

class EvalCommand : public Command {
 public:
  std::string name() const override { return "eval"; }
  std::string description() const override {
    return "Chấm điểm nhiệm vụ, đơn vị, thời hạn, chỉ tiêu và thông tin văn bản trích xuất được so với dữ liệu chuẩn (gold)";
  }
  void Setup(CLI::App* app) override {
    app->add_option("--gold", gold_, "Các tệp dữ liệu chuẩn (corpus/gold/*.json)")->required()->type_name("TỆP");
    app->add_flag("--from-file", from_file_,
                  "Trích xuất trực tiếp tệp văn bản của dữ liệu chuẩn thay vì đọc từ kho dữ liệu");
    app->add_option("--plan", plan_file_,
                    "Dùng với --from-file: trích xuất tệp này thay cho tệp của dữ liệu chuẩn (ví dụ bản đã "
                    "khôi phục dấu, cùng các dòng)")
        ->type_name("TỆP");
    app->add_option("--min-f1", min_f1_, "Báo lỗi (mã thoát 1) nếu F1 của nhiệm vụ thấp hơn mức này");
    app->add_option("--min-owner", min_owner_,
                    "Báo lỗi nếu độ chính xác về đơn vị (chủ trì và phối hợp) thấp hơn mức này");
    app->add_option("--min-deadline", min_deadline_, "Báo lỗi nếu độ chính xác về thời hạn thấp hơn mức này");
    app->add_option("--min-targets", min_targets_, "Báo lỗi nếu độ chính xác về chỉ tiêu thấp hơn mức này");
    app->add_option("--min-meta", min_meta_, "Báo lỗi nếu độ chính xác về thông tin văn bản thấp hơn mức này");
    OneOf(app->add_option("--split", split_,
                          "Phần dòng mà các ngưỡng (và --verbose) áp dụng: all (tất cả), tune (phần tinh chỉnh) "
                          "hoặc heldout (phần giữ riêng để kiểm tra)"),
          {"all", "tune", "heldout"});
    app->add_option("--match", match_, "Độ giống tối thiểu của nội dung để coi là cùng nhiệm vụ (mặc định 0.8)");
    app->add_flag("--verbose,-v", verbose_, "Liệt kê thêm mọi chỗ khác với dữ liệu chuẩn");
  }

  int Run(const GlobalOptions& global) override {
    std::unique_ptr<store::Store> store;
    if (!from_file_) {
      Result<std::unique_ptr<store::Store>> s = pipeline::OpenStore(global.db);
      if (!s.ok()) return Fail(s.status());
      store = std::move(*s);
    }
    std::printf("%-44s %-8s %13s %5s %5s %5s %5s %5s %5s %5s %11s %5s %5s\n", "plan", "split", "tasks g/e/m", "P",
                "R", "F1", "lead", "supp", "owner", "dline", "targ g/e/m", "targ", "unit");
    int status = 0;
    for (const std::string& gold_path : gold_) {
      Result<pipeline::GoldPlan> gold = pipeline::LoadGold(gold_path);
      if (!gold.ok()) {
        std::cerr << "kehoach eval: " << gold.status().ToVietnamese() << "\n";
        status = 1;
        continue;
      }
      Result<ExtractedPlan> plan = from_file_ ? pipeline::LoadAndExtract(plan_file_.empty() ? gold->file : plan_file_, {})
                                              : pipeline::LoadStoredPlan(store.get(), gold->file);
      if (!plan.ok()) {
        std::cerr << "kehoach eval: " << gold_path << ": " << plan.status().ToVietnamese()
                  << (from_file_ ? "" : " (hãy nạp văn bản trước, hoặc dùng --from-file)") << "\n";
        status = 1;
        continue;
      }
      pipeline::EvalOptions options;
      options.min_similarity = match_;
      pipeline::EvalReport r = pipeline::Evaluate(*gold, *plan, options);
      std::string name = gold->file.substr(gold->file.find_last_of('/') + 1);
      if (name.size() > 44) name = name.substr(0, 41) + "...";
      auto row = [&](const char* split, const pipeline::SplitScores& s, const std::string& label) {
        if (s.gold_tasks == 0 && s.extracted_tasks == 0 && s.gold_targets == 0 && s.extracted_targets == 0) return;
        char tasks[32], targets[32];
        std::snprintf(tasks, sizeof tasks, "%d/%d/%d", s.gold_tasks, s.extracted_tasks, s.matched_tasks);
        std::snprintf(targets, sizeof targets, "%d/%d/%d", s.gold_targets, s.extracted_targets, s.matched_targets);
        std::printf("%-44s %-8s %13s %5.3f %5.3f %5.3f %5.3f %5.3f %5.3f %5.3f %11s %5.3f %5.3f\n", label.c_str(), split,
                    tasks, s.Precision(), s.Recall(), s.F1(), s.LeadAccuracy(), s.SupportAccuracy(), s.OwnerAccuracy(),
                    s.DeadlineAccuracy(), targets, s.TargetAccuracy(),
                    s.matched_targets ? double(s.units_ok) / s.matched_targets : 1.0);
      };
      row("tune", r.tune, name);
      row("held-out", r.heldout, r.tune.gold_tasks || r.tune.extracted_tasks ? "" : name);
      row("all", r.all, "");
      std::printf("%-44s metadata accuracy %.3f (%d fields)\n", "", r.MetaAccuracy(), r.meta_fields);
      if (verbose_)
        for (const auto& d : r.differences)
          if (split_ == "all" || (split_ == "heldout") == d.heldout) std::printf("  %s\n", d.text.c_str());
      const pipeline::SplitScores& s = split_ == "tune" ? r.tune : split_ == "heldout" ? r.heldout : r.all;
      auto check = [&](const char* what, double value, double min) {
        if (min >= 0 && value < min) {
          std::cerr << "kehoach eval: " << gold->file << ": " << what << " " << value << " thấp hơn ngưỡng " << min
                    << "\n";
          status = 1;
        }
      };
      check("F1 của nhiệm vụ", s.F1(), min_f1_);
      check("độ chính xác về đơn vị", s.OwnerAccuracy(), min_owner_);
      check("độ chính xác về thời hạn", s.DeadlineAccuracy(), min_deadline_);
      check("độ chính xác về chỉ tiêu", s.TargetAccuracy(), min_targets_);
      check("độ chính xác về thông tin văn bản", r.MetaAccuracy(), min_meta_);
    }
    return status;
  }

 private:
  std::vector<std::string> gold_;
  bool from_file_ = false;
  std::string plan_file_;
  bool verbose_ = false;
  double min_f1_ = -1, min_owner_ = -1, min_deadline_ = -1, min_targets_ = -1, min_meta_ = -1;
  double match_ = 0.8;
  std::string split_ = "all";
};

KEHOACH_REGISTER_COMMAND(EvalCommand);

}  // namespace
}  // namespace kehoach::cli
