// The query layer over the store: what `kehoach tasks/targets/plans/show`
// ask, in the user's terms (dates as dd/mm/yyyy, owners by any spelling,
// search text with or without marks), turned into store filters.
#ifndef KEHOACH_PIPELINE_QUERY_H_
#define KEHOACH_PIPELINE_QUERY_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/records.h"
#include "base/status.h"
#include "store/store.h"

namespace kehoach::pipeline {

// Opens (creating or upgrading) the store at `path` with Vietnamese folding.
Result<std::unique_ptr<store::Store>> OpenStore(const std::string& path);

struct TaskQuery {
  std::vector<std::string> plans;  // id, id prefix, number or file of each plan
  std::string owner;               // any spelling of an agency (alias-aware, marks optional)
  std::string role;                // "", "lead", "support"
  std::string due_before;          // dd/mm/yyyy, mm/yyyy, yyyy or ISO; inclusive
  std::string due_after;           // inclusive
  bool overdue = false;            // deadline passed before as_of
  std::string as_of;               // default today
  std::string kind;                // "task", "assignment", "table_row"
  std::string section;             // "III" or "III.2"
  std::string search;              // words, with or without marks
  bool include_inactive = false;   // also rejected / merged tasks
  int64_t limit = -1;
};

// Builds the store filter; fails (InvalidArgument) on a bad date, kind or
// role, or an unknown plan. An owner that names no stored agency yields a
// filter that matches nothing.
Result<store::TaskFilter> BuildTaskFilter(store::Store* store, const TaskQuery& query);
Result<std::vector<store::TaskRecord>> FindTasks(store::Store* store, const TaskQuery& query);

// Resolves plan references to ids (all plans when `refs` is empty).
Result<std::vector<std::string>> ResolvePlans(store::Store* store, const std::vector<std::string>& refs);

// An FTS5 query matching every word of `text` after folding: each word
// quoted, so punctuation and FTS5 syntax in user text are inert. Empty if
// the text has no words.
std::string FtsQuery(std::string_view text);

// "31/12/2025", "1/7/2025", "12/2025", "2025", "2025-12-31" -> ISO date.
// A month or year alone means its first day, or with `end_of_period` its last.
Result<std::string> ParseUserDate(std::string_view text, bool end_of_period = false);
// Today's date (local time), ISO.
std::string TodayIso();
// "2025-12-31" -> "31/12/2025" (other input returned unchanged).
std::string UserDate(const std::string& iso);

// Everything `kehoach show` prints about one task.
struct TaskDetail {
  store::TaskRecord record;
  store::PlanInfo plan;
  std::string section_heading;                      // heading of the task's section, if known
  std::vector<std::pair<int, std::string>> context;  // (line number, text) around the source
  std::vector<store::EditRecord> edits;
};
// `context_lines` lines before and after the task's source lines.
Result<TaskDetail> ShowTask(store::Store* store, const std::string& task_id, int context_lines);

// Reads one stored plan back as extraction produced it (clerks' edits
// applied; rejected and merged tasks left out). `plan_ref` is an id, id
// prefix, plan number or file path. `kehoach eval` scores this against gold.
Result<ExtractedPlan> LoadStoredPlan(store::Store* store, const std::string& plan_ref);

}  // namespace kehoach::pipeline

#endif  // KEHOACH_PIPELINE_QUERY_H_
