// The task filter options shared by `kehoach tasks` and `kehoach export`,
// and the query they both run.
#ifndef KEHOACH_CLI_TASK_OPTIONS_H_
#define KEHOACH_CLI_TASK_OPTIONS_H_

#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "base/status.h"
#include "cli/choices.h"
#include "pipeline/output.h"
#include "pipeline/query.h"

namespace kehoach::cli {

inline void AddTaskFilterOptions(CLI::App* app, pipeline::TaskQuery* q) {
  app->add_option("--plan", q->plans,
                  "Chỉ các văn bản này (mã, phần đầu của mã, số hiệu hoặc tên tệp); dùng nhiều lần được")
      ->type_name("VĂN_BẢN");
  app->add_option("--owner", q->owner,
                  "Đơn vị chủ trì hoặc phối hợp (viết theo cách nào cũng được, có dấu hoặc không dấu)")
      ->type_name("ĐƠN_VỊ");
  OneOf(app->add_option("--role", q->role, "Dùng với --owner: lead (chủ trì) hoặc support (phối hợp)"),
        {"lead", "support"});
  app->add_option("--due-before", q->due_before, "Thời hạn đến hết NGÀY (dd/mm/yyyy, mm/yyyy hoặc yyyy)")
      ->type_name("NGÀY");
  app->add_option("--due-after", q->due_after, "Thời hạn từ NGÀY trở đi")->type_name("NGÀY");
  app->add_flag("--overdue", q->overdue, "Đã quá hạn (trước ngày --as-of, mặc định hôm nay)");
  app->add_option("--as-of", q->as_of, "Ngày dùng để xét quá hạn cho --overdue")->type_name("NGÀY");
  OneOf(app->add_option("--kind", q->kind,
                        "Loại mục: task (nhiệm vụ, giải pháp), assignment (phân công ở phần Tổ chức thực hiện) "
                        "hoặc table_row (dòng của bảng phụ lục)"),
        {"task", "assignment", "table_row"});
  app->add_option("--section", q->section, "Mục và các mục con của nó, ví dụ III hoặc III.2")->type_name("MỤC");
  app->add_option("--search", q->search, "Tìm theo nội dung, có dấu hoặc không dấu đều được (\"xuc tien dau tu\")")
      ->type_name("TỪ_KHÓA");
}

// A task query ready to stream: the store, the filter and the format, all
// checked before anything is written.
struct PreparedTaskQuery {
  std::unique_ptr<store::Store> store;
  store::TaskFilter filter;
  pipeline::Format format = pipeline::Format::kTable;

  // Writes the matching tasks to `out`; returns how many.
  Result<int64_t> Stream(std::ostream& out) {
    pipeline::OutputOptions options;
    options.as_of = filter.overdue_as_of;
    return pipeline::StreamTasks(store.get(), filter, format, out, options);
  }
};

inline Result<PreparedTaskQuery> PrepareTaskQuery(const std::string& db, const pipeline::TaskQuery& query,
                                                  const std::string& format) {
  PreparedTaskQuery p;
  Result<std::unique_ptr<store::Store>> store = pipeline::OpenStore(db);
  if (!store.ok()) return store.status();
  p.store = std::move(store).value();
  Result<store::TaskFilter> filter = pipeline::BuildTaskFilter(p.store.get(), query);
  if (!filter.ok()) return filter.status();
  p.filter = std::move(filter).value();
  Result<pipeline::Format> f = pipeline::ParseFormat(format);
  if (!f.ok()) return f.status();
  p.format = *f;
  return p;
}

}  // namespace kehoach::cli

#endif  // KEHOACH_CLI_TASK_OPTIONS_H_
