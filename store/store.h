// Store: the SQLite store of extracted plans (schema in store/schema.cc).
//
// One Store is one connection; use it from one thread. Writes of a plan are
// all or nothing (one transaction). The store does not know Vietnamese: the
// caller passes the folding function (nlp::Fold) that makes search keys, and
// the store indexes the folded copies (FTS5) so that a folded query finds
// text with or without marks.
//
// Plan identity: `id` is the content hash of the input, so re-ingesting the
// same bytes maps to the same plan. `plan_key` ties versions of one plan
// together (type + number when the number has digits, else the file name):
// storing a plan replaces any stored plan with the same id or the same key,
// and clerks' edits recorded against the key are replayed onto the new rows.
#ifndef KEHOACH_STORE_STORE_H_
#define KEHOACH_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/records.h"
#include "base/status.h"
#include "store/database.h"
#include "store/fts_tokenizer.h"

namespace kehoach::store {

using FoldFn = std::function<std::string(std::string_view)>;

struct StoreOptions {
  FoldFn fold;  // search key maker; required for writes and searches
};

// A stored plan with its counts.
struct PlanInfo {
  PlanMeta meta;
  TextQuality quality;
  std::string plan_key;
  std::string ingested_at;  // ISO 8601 UTC
  int tasks = 0;            // active tasks
  int targets = 0;
  int sections = 0;
};

// A stored task, with the plan it belongs to.
struct TaskRecord {
  Task task;
  std::string plan_id, plan_key;
  std::string anchor;            // the text as extracted (before any edit)
  std::string plan_number, plan_title, plan_type, plan_date;
  std::string state = "active";  // "active", "rejected" (not a task), "merged"
  std::string merged_into;       // task id, when merged
  bool edited = false;           // a clerk's edit applies to it
  std::string highlight;         // text with search matches marked (searches only)
};

struct TargetRecord {
  Target target;
  std::string plan_id, plan_number, plan_title;
  std::string highlight;
};

// kDue: by deadline end (tasks without one are left out); kRank: search
// relevance (bm25); kRecent: newest stored first.
enum class TaskOrder { kDocument, kDue, kRank, kRecent };

// Searches matching more tasks than this are listed kRecent, not ranked:
// bm25 scores every match before the first row comes out, and with
// detail=none FTS5 re-reads and re-tokenizes each matching row to count its
// words (~9 us CPU a match, 35 ms for 3,876 matches of a 1M-task store,
// 55-70 ms wall on the loaded machine). 1,000 keeps a ranked search near
// 10 ms.
inline constexpr int kRankLimit = 1000;

struct TaskFilter {
  std::vector<std::string> plan_ids;  // any of these; empty = all plans
  std::vector<std::string> task_ids;  // exactly these; empty = all
  // Owner: tasks linked to any of these agencies (role "" = lead or support).
  std::optional<std::vector<int64_t>> agency_ids;
  std::string role;                   // "", "lead", "support"
  std::string due_before;             // deadline end <= this ISO date
  std::string due_after;              // deadline end >= this ISO date
  std::string overdue_as_of;          // deadline end < this date (date, range, horizon)
  std::optional<TaskKind> kind;
  std::string section;                // "III" matches III, III.2, III.2.a
  std::string fts_query;              // FTS5 expression over folded text
  std::string mark_open = "[", mark_close = "]";  // highlight markers
  bool include_inactive = false;      // also rejected and merged tasks
  TaskOrder order = TaskOrder::kDocument;
  int64_t limit = -1;                 // -1 = no limit
  int64_t offset = 0;
};

struct TargetFilter {
  std::vector<std::string> plan_ids;
  std::string fts_query;
  std::string mark_open = "[", mark_close = "]";
  int year = 0;  // 0 = any
  int64_t limit = -1;
};

struct PutPlanResult {
  std::vector<std::string> replaced_plan_ids;  // older rows of the same plan
  int edits_applied = 0;
  int edits_orphaned = 0;  // recorded edits whose task was not found again
};

// One recorded correction.
struct EditRecord {
  int64_t id = 0;
  std::string at, who, task_id, field, old_value, new_value;  // values as JSON
};

// A correction to one task; unset fields are left alone.
struct TaskEdit {
  std::optional<std::vector<std::string>> lead, support;
  std::optional<Deadline> deadline;
  std::optional<std::string> text;
  bool not_a_task = false;
};

struct AgencyInfo {
  int64_t id = 0;
  std::string name;
  int led = 0, supported = 0;
  std::vector<TaskRecord> next_deadlines;  // earliest deadlines on or after as_of
};

struct StoreStats {
  int plans = 0, tasks = 0, rejected = 0, merged = 0, targets = 0, agencies = 0, edits = 0;
  int tasks_with_lead = 0, tasks_with_deadline = 0;
  std::vector<std::pair<std::string, int>> by_kind, by_deadline_kind;
  int schema_version = 0;
  int64_t file_bytes = 0;
};

class Store {
 public:
  static Result<std::unique_ptr<Store>> Open(const std::string& path, StoreOptions options);

  // ---- plans (store.cc)
  Result<std::vector<std::string>> ContentHashes();
  // Writes the plan in one transaction, replacing older rows of the same plan
  // and replaying recorded edits onto the new rows.
  Result<PutPlanResult> PutPlan(const ExtractedPlan& plan);
  // Bulk load: writes several plans as PutPlan does, all in ONE transaction
  // (all or nothing for the whole batch; one commit; the batch's rows are
  // indexed for search together at its end, unless a plan replaces rows or
  // has edits to replay, which first indexes what is pending).
  // For generators and bulk imports; a clerk's ingest keeps one plan per
  // transaction so that one bad file loses nothing else.
  Result<std::vector<PutPlanResult>> PutPlans(const std::vector<const ExtractedPlan*>& plans);
  Status DeletePlan(const std::string& plan_id);
  Result<std::vector<PlanInfo>> ListPlans();
  // Resolves a plan reference: id, unique id prefix, number or file path.
  Result<std::string> ResolvePlan(const std::string& ref);
  // Reads a plan back as extraction produced it, with edits applied;
  // rejected and merged tasks are left out.
  Result<ExtractedPlan> LoadPlan(const std::string& plan_id);
  Result<PlanInfo> GetPlanInfo(const std::string& plan_id);
  // The plan's normalized (and, if done, restored) text.
  Result<std::string> PlanText(const std::string& plan_id);

  // ---- queries (task_query.cc)
  // Calls `row` for each matching task in order; stops early if it returns false.
  Status ForEachTask(const TaskFilter& filter, const std::function<bool(const TaskRecord&)>& row);
  Result<std::vector<TaskRecord>> FindTasks(const TaskFilter& filter);
  // The filter ForEachTask actually runs: a search matching more than
  // kRankLimit tasks is listed kRecent instead of ranked.
  Result<TaskFilter> Plan(const TaskFilter& filter);
  Result<std::vector<TargetRecord>> FindTargets(const TargetFilter& filter);
  Result<std::vector<Section>> Sections(const std::string& plan_id);

  // ---- agencies (agencies.cc)
  // Records `alias` (any spelling) as another name of `canonical`.
  Status AddAgencyAlias(const std::string& canonical, const std::string& alias);
  // Agencies whose canonical name or an alias folds to fold(name); if none,
  // those whose folded canonical name contains it.
  Result<std::vector<int64_t>> MatchAgencies(const std::string& name);
  Result<std::vector<AgencyInfo>> Agencies(const std::string& as_of, int next_count);
  Result<StoreStats> Stats();

  // ---- corrections (edits.cc)
  Status EditTask(const std::string& task_id, const TaskEdit& edit, const std::string& who);
  // Keeps `keep`; `merged` becomes state "merged" and its owners join `keep`.
  Status MergeTasks(const std::string& keep, const std::string& merged, const std::string& who);
  Result<std::vector<EditRecord>> EditsForTask(const std::string& task_id);

  Database* db() { return db_.get(); }
  std::string Fold(std::string_view s) const;

 private:
  Store(std::unique_ptr<Database> db, StoreOptions options)
      : db_(std::move(db)), options_(std::move(options)) {}
  // PutPlan's work inside an open transaction.
  Status PutPlanRows(const ExtractedPlan& plan, PutPlanResult* result);
  Status InsertPlanRows(const ExtractedPlan& plan, const std::string& plan_key);
  Status DeletePlanRows(const std::string& plan_id);
  Result<int64_t> AgencyId(const std::string& name);
  // Replaces the task's owners of `role` (an edit).
  Status SetOwners(int64_t task_rowid, const char* role, const std::vector<std::string>& names);
  // Owners of one role of a task (its rowid), in order.
  struct Owners {
    int64_t task;
    const char* role;
    const std::vector<std::string>* names;
  };
  // Adds task_agencies rows: each name resolved to its agency id (added if
  // new), `ord` its position in its list.
  Status InsertOwners(const std::vector<Owners>& owners);
  Status SetDeadline(int64_t task_rowid, const Deadline& d);
  // A prepared statement kept for the life of the Store (keyed by the
  // address of the literal), reset and ready to bind.
  Result<Statement*> Cached(SqlLiteral sql);
  // Inserts `count` rows with multi-row INSERTs of up to kRowsPerInsert rows
  // each ("`head` VALUES (?1, ..., ?C), (?C+1, ...), ..."), statements
  // prepared once per row count and kept. bind_row(st, row, first) binds row
  // `row`'s `columns` values from parameter `first` on. One statement per
  // many rows instead of one per row: the per-statement work (step, reset,
  // cursor opening) was most of the cost of a small row.
  Status InsertRows(SqlLiteral head, int columns, size_t count,
                    const std::function<void(Statement*, size_t row, int first)>& bind_row);
  // Indexes rows [first, first + count) of `table` (kTaskSearch: tasks,
  // kTargetSearch: targets) in its FTS5 index now, or at the end of a bulk
  // batch (FlushSearchIndex).
  enum SearchTable { kTaskSearch, kTargetSearch };
  Status IndexForSearch(SearchTable table, int64_t first, size_t count);
  // Runs the deferred IndexForSearch ranges. Before any FTS5 'delete' (a
  // replaced plan, an edit replayed): deleting a row not yet indexed would
  // corrupt the index.
  Status FlushSearchIndex();
  // FTS5's tokenizer for the task index (made on first use).
  Result<const FtsTokenizer*> Tokenizer();
  Status SetText(int64_t task_rowid, const std::string& text);
  Status ApplyEdit(int64_t task_rowid, const std::string& field, const std::string& new_json);
  Status RecordEdit(const std::string& task_id, const std::string& field, const std::string& old_json,
                    const std::string& new_json, const std::string& who);
  Status ReplayEdits(const std::string& plan_id, const std::string& plan_key, PutPlanResult* result);

  std::unique_ptr<Database> db_;
  StoreOptions options_;
  std::unordered_map<std::string, int64_t> agency_cache_;  // canonical name -> id
  std::unordered_map<const char*, Statement> statements_;
  std::map<std::pair<const char*, size_t>, Statement> row_statements_;  // (head, rows)
  // Bulk batches defer search indexing: one FTS5 insert per batch instead of
  // one per plan, each of which flushed a segment (every later statement
  // that opens a savepoint makes FTS5 write out its pending terms).
  bool defer_search_index_ = false;
  std::vector<std::pair<int64_t, int64_t>> pending_search_[2];  // [first, last] rowids per SearchTable
  std::unique_ptr<FtsTokenizer> tokenizer_;
};

// The SQL ForEachTask runs for `filter`, with its parameters in order (all
// bound as text). For benchmarks beside the sqlite3 shell and for EXPLAIN.
std::string TaskSql(const TaskFilter& filter, std::vector<std::string>* args);

// The plan_key of a plan (see the header comment).
std::string PlanKey(const PlanMeta& meta);

}  // namespace kehoach::store

#endif  // KEHOACH_STORE_STORE_H_
