// kehoach ingest FILE...: load, extract and store plans.
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "cli/choices.h"
#include "cli/command.h"
#include "cli/task_options.h"
#include "pipeline/ingester.h"

namespace kehoach::cli {
namespace {

class IngestCommand : public Command {
 public:
  std::string name() const override { return "ingest"; }
  std::string description() const override {
    return "Đọc văn bản (tệp chữ, PDF, ảnh), trích xuất nhiệm vụ và chỉ tiêu, lưu vào kho dữ liệu";
  }
  void Setup(CLI::App* app) override {
    app->add_option("TỆP", files_, "Các tệp văn bản cần nạp")->required();
    app->add_flag("--force", options_.force, "Nạp lại cả những tệp đã có trong kho (cùng nội dung)");
    InRange(app->add_option("--jobs,-j", options_.jobs, "Số tệp xử lý song song, từ 1 đến 256"), 1, 256);
  }
  int Run(const GlobalOptions& global) override {
    Result<std::unique_ptr<store::Store>> store = pipeline::OpenStore(global.db);
    if (!store.ok()) return Fail(store.status());
    options_.progress = isatty(STDERR_FILENO);
    Result<pipeline::IngestReport> report = pipeline::Ingest(store->get(), files_, options_, std::cerr);
    if (!report.ok()) return Fail(report.status());
    char line[200];
    std::snprintf(line, sizeof line, "nạp: %d văn bản đã lưu, %d bỏ qua, %d lỗi; %d nhiệm vụ, %d chỉ tiêu trong %.2f giây",
                  report->stored, report->skipped, report->failed, report->tasks, report->targets,
                  report->seconds);
    std::cerr << line;
    if (report->unreadable_pages) std::cerr << "; " << report->unreadable_pages << " trang không đọc được, đã bỏ qua";
    std::cerr << "\n";
    return report->failed || report->unreadable_pages ? 1 : 0;
  }

 private:
  std::vector<std::string> files_;
  pipeline::IngestOptions options_;
};

KEHOACH_REGISTER_COMMAND(IngestCommand);

}  // namespace
}  // namespace kehoach::cli
