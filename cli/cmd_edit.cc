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
    return "Correct a task (--lead, --support, --deadline, --text, --not-a-task) or --merge A B";
  }
  void Setup(CLI::App* app) override {
    app->add_option("task", task_, "Task id");
    lead_ = app->add_option("--lead", lead_values_, "Lead agencies (replace the list; repeat or give several)");
    support_ = app->add_option("--support", support_values_, "Support agencies (replace the list)");
    deadline_ = app->add_option("--deadline", deadline_value_, "Deadline as written: 31/12/2025, Quý II/2026, ...");
    text_ = app->add_option("--text", text_value_, "Task text");
    app->add_flag("--not-a-task", correction_.not_a_task, "The item is not a task: hide it");
    app->add_option("--merge", merge_, "Merge task B into task A (A kept, B hidden)")->expected(2);
    app->add_option("--who", who_, "Who edits (default $KEHOACH_USER or $USER)");
  }
  int Run(const GlobalOptions& global) override {
    if (merge_.empty() == task_.empty()) {
      std::cerr << "kehoach edit: give a TASK id with changes, or --merge A B\n";
      return 2;
    }
    Result<std::unique_ptr<store::Store>> store = pipeline::OpenStore(global.db);
    if (!store.ok()) return Fail(store.status());
    const std::string who = who_.empty() ? pipeline::CurrentUser() : who_;
    if (!merge_.empty()) {
      Status s = (*store)->MergeTasks(merge_[0], merge_[1], who);
      if (!s.ok()) return Fail(s);
      std::cerr << "merged " << merge_[1] << " into " << merge_[0] << "\n";
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
    std::cerr << "edited " << task_ << "\n";
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
