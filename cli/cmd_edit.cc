// kehoach edit: a clerk's correction of one task, logged and kept across re-ingests.
#include <iostream>

#include "cli/command.h"
#include "cli/task_options.h"
#include "pipeline/corrections.h"

namespace kehoach::cli {
namespace {

class EditCommand : public Command {
 public:
  std::string name() const override { return "edit"; }
  std::string description() const override {
    return "Sửa một nhiệm vụ (--lead, --support, --deadline, --text, --not-a-task) hoặc gộp hai nhiệm vụ (--merge A B)";
  }
  void Setup(CLI::App* app) override {
    app->add_option("MÃ_NHIỆM_VỤ", task_, "Mã nhiệm vụ cần sửa");
    lead_ = app->add_option("--lead", lead_values_,
                            "Đơn vị chủ trì (thay cả danh sách; nhắc lại tùy chọn hoặc ghi nhiều tên)")
                ->type_name("ĐƠN_VỊ");
    support_ = app->add_option("--support", support_values_, "Đơn vị phối hợp (thay cả danh sách)")
                   ->type_name("ĐƠN_VỊ");
    deadline_ = app->add_option("--deadline", deadline_value_,
                                "Thời hạn, viết như trong văn bản: 31/12/2025, Quý II/2026, ...")
                    ->type_name("THỜI_HẠN");
    text_ = app->add_option("--text", text_value_, "Nội dung nhiệm vụ")->type_name("NỘI_DUNG");
    app->add_flag("--not-a-task", correction_.not_a_task, "Mục này không phải nhiệm vụ: ẩn đi");
    app->add_option("--merge", merge_, "Gộp nhiệm vụ B vào nhiệm vụ A (giữ A, ẩn B)")->expected(2)->type_name("MÃ");
    app->add_option("--who", who_, "Người sửa (mặc định $KEHOACH_USER hoặc $USER)")->type_name("TÊN");
  }
  int Run(const GlobalOptions& global) override {
    if (merge_.empty() == task_.empty()) {
      std::cerr << "kehoach edit: cần MÃ_NHIỆM_VỤ kèm nội dung sửa, hoặc --merge A B\n";
      return 2;
    }
    Result<std::unique_ptr<store::Store>> store = pipeline::OpenStore(global.db);
    if (!store.ok()) return Fail(store.status());
    const std::string who = who_.empty() ? pipeline::CurrentUser() : who_;
    if (!merge_.empty()) {
      Status s = (*store)->MergeTasks(merge_[0], merge_[1], who);
      if (!s.ok()) return Fail(s);
      std::cerr << "đã gộp " << merge_[1] << " vào " << merge_[0] << "\n";
      return 0;
    }
    if (*lead_) correction_.lead = lead_values_;
    if (*support_) correction_.support = support_values_;
    if (*deadline_) correction_.deadline = deadline_value_;
    if (*text_) correction_.text = text_value_;
    Result<store::TaskEdit> edit = pipeline::BuildTaskEdit(correction_);
    if (!edit.ok()) return Fail(edit.status());
    Status s = (*store)->EditTask(task_, *edit, who);
    if (!s.ok()) return Fail(s);
    std::cerr << "đã sửa " << task_ << "\n";
    return 0;
  }

 private:
  std::string task_, who_;
  std::vector<std::string> merge_, lead_values_, support_values_;
  std::string deadline_value_, text_value_;
  CLI::Option *lead_ = nullptr, *support_ = nullptr, *deadline_ = nullptr, *text_ = nullptr;
  pipeline::Correction correction_;
};

KEHOACH_REGISTER_COMMAND(EditCommand);

}  // namespace
}  // namespace kehoach::cli
