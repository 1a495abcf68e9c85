// Store: clerks' corrections. Each edit is logged (who, when, old, new) and
// replayed onto the rows of every later ingest of the same plan.
#include <algorithm>
#include <set>
#include <sstream>
#include <tuple>

#include <nlohmann/json.hpp>

#include "store/store.h"

namespace kehoach::store {

namespace {

using nlohmann::json;

json DeadlineJson(const Deadline& d) {
  return {{"text", d.text},
          {"kind", DeadlineKindName(d.kind)},
          {"start", d.start},
          {"end", d.end},
          {"recurrence", d.recurrence},
          {"inherited", d.inherited}};
}

Deadline DeadlineFromJson(const json& j) {
  Deadline d;
  d.text = j.value("text", "");
  ParseDeadlineKind(j.value("kind", "none"), &d.kind);
  d.start = j.value("start", "");
  d.end = j.value("end", "");
  d.recurrence = j.value("recurrence", "");
  d.inherited = j.value("inherited", false);
  return d;
}

std::set<std::string> Words(const std::string& folded) {
  std::set<std::string> out;
  std::istringstream in(folded);
  std::string w;
  while (in >> w) out.insert(w);
  return out;
}

double Jaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() && b.empty()) return 1;
  size_t common = 0;
  for (const std::string& w : a) common += b.count(w);
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

// A task of a freshly stored plan, as candidate for a recorded edit.
struct Candidate {
  int64_t rowid;
  std::string id, anchor;
  std::set<std::string> words;
};

// The task an edit recorded as (task_id, anchor) refers to among `tasks`:
// the same id with the same text, else the same text, else the most similar
// text (word Jaccard >= 0.8). Returns nullptr when the task is gone.
const Candidate* FindAgain(const std::vector<Candidate>& tasks, const std::string& task_id,
                           const std::string& anchor) {
  const Candidate* same_text = nullptr;
  for (const Candidate& c : tasks) {
    if (c.anchor != anchor) continue;
    if (c.id == task_id) return &c;
    if (!same_text) same_text = &c;
  }
  if (same_text) return same_text;
  const std::set<std::string> words = Words(anchor);
  const Candidate* best = nullptr;
  double best_score = 0.8;
  for (const Candidate& c : tasks) {
    double score = Jaccard(words, c.words);
    if (score >= best_score) {
      best = &c;
      best_score = score;
    }
  }
  return best;
}

}  // namespace

Status Store::SetText(int64_t task_rowid, const std::string& text) {
  const std::string fold = Fold(text);
  static constexpr const char* kSql[] = {
      "INSERT INTO task_fts(task_fts, rowid, fold) SELECT 'delete', rowid, fold FROM tasks WHERE rowid = ?1",
      "UPDATE tasks SET extracted_text = coalesce(extracted_text, text), text = ?2, fold = ?3 WHERE rowid = ?1",
      "INSERT INTO task_fts(rowid, fold) VALUES (?1, ?3)",
  };
  for (const char* sql : kSql) {
    Result<Statement> st = db_->Prepare(sql);
    if (!st.ok()) return st.status();
    st->Bind(1, task_rowid);
    if (std::string_view(sql).find("?2") != std::string_view::npos) st->Bind(2, text);
    if (std::string_view(sql).find("?3") != std::string_view::npos) st->Bind(3, fold);
    Status s = st->Run();
    if (!s.ok()) return s;
  }
  return Status::OK();
}

Status Store::ApplyEdit(int64_t task_rowid, const std::string& field, const std::string& new_json) {
  json v = json::parse(new_json, nullptr, /*allow_exceptions=*/false);
  if (v.is_discarded()) return Status::Corruption("giá trị chỉnh sửa không phải JSON: " + new_json);
  // A value of the wrong shape (the file changed by another program) makes
  // nlohmann::json throw: no exception leaves the store.
  try {
    if (field == "lead" || field == "support") {
      if (!v.is_array()) return Status::Corruption("chỉnh sửa đơn vị không phải danh sách: " + new_json);
      return SetOwners(task_rowid, field.c_str(), v.get<std::vector<std::string>>());
    }
    if (field == "deadline") return SetDeadline(task_rowid, DeadlineFromJson(v));
    if (field == "text") return SetText(task_rowid, v.get<std::string>());
    if (field == "not_a_task" || field == "merge") {
      Result<Statement> st = db_->Prepare("UPDATE tasks SET state = ?2, merged_into = ?3 WHERE rowid = ?1");
      if (!st.ok()) return st.status();
      st->Bind(1, task_rowid);
      if (field == "merge") {
        st->Bind(2, "merged").Bind(3, v.value("into", ""));
      } else {
        st->Bind(2, v.get<bool>() ? "rejected" : "active").BindNull(3);
      }
      return st->Run();
    }
    return Status::Corruption("không có trường chỉnh sửa " + field);
  } catch (const json::exception& e) {
    return Status::Corruption("chỉnh sửa " + field + " có giá trị sai dạng: " + new_json + " (" + e.what() + ")");
  }
}

Status Store::RecordEdit(const std::string& task_id, const std::string& field, const std::string& old_json,
                         const std::string& new_json, const std::string& who) {
  Result<Statement> st = db_->Prepare(
      "INSERT INTO edits(at, who, plan_key, task_id, anchor, field, old, new)"
      " SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?2, p.plan_key, t.id, coalesce(t.extracted_text, t.text), ?4, ?5, ?6"
      " FROM tasks t JOIN plans p ON p.id = t.plan_id WHERE t.id = ?3");
  if (!st.ok()) return st.status();
  st->Bind(2, who).Bind(3, task_id).Bind(4, field).Bind(5, old_json).Bind(6, new_json);
  Status s = st->Run();
  if (s.ok() && db_->Changes() == 0) return Status::NotFound("không có nhiệm vụ " + task_id);
  if (!s.ok()) return s;
  // The anchor is compared folded.
  Result<Statement> fold = db_->Prepare("UPDATE edits SET anchor = ?2 WHERE id = ?1");
  if (!fold.ok()) return fold.status();
  Result<Statement> last = db_->Prepare("SELECT id, anchor FROM edits WHERE rowid = last_insert_rowid()");
  if (!last.ok()) return last.status();
  if (!last->Step()) return last->status().ok() ? Status::Internal("edit row vanished") : last->status();
  fold->Bind(1, last->Int(0)).Bind(2, Fold(last->Text(1)));
  return fold->Run();
}

Status Store::EditTask(const std::string& task_id, const TaskEdit& edit, const std::string& who) {
  TaskFilter f;
  f.task_ids = {task_id};
  f.include_inactive = true;
  Result<std::vector<TaskRecord>> found = FindTasks(f);
  if (!found.ok()) return found.status();
  if (found->empty()) return Status::NotFound("không có nhiệm vụ " + task_id);
  const TaskRecord& cur = found->front();
  Result<Statement> rowid = db_->Prepare("SELECT rowid FROM tasks WHERE id = ?1");
  if (!rowid.ok()) return rowid.status();
  rowid->Bind(1, task_id);
  if (!rowid->Step()) return Status::NotFound("không có nhiệm vụ " + task_id);
  const int64_t row = rowid->Int(0);

  std::vector<std::tuple<std::string, json, json>> changes;  // field, old, new
  if (edit.lead) changes.emplace_back("lead", cur.task.lead, *edit.lead);
  if (edit.support) changes.emplace_back("support", cur.task.support, *edit.support);
  if (edit.deadline) changes.emplace_back("deadline", DeadlineJson(cur.task.deadline), DeadlineJson(*edit.deadline));
  if (edit.text) changes.emplace_back("text", cur.task.text, *edit.text);
  if (edit.not_a_task) changes.emplace_back("not_a_task", cur.state == "rejected", true);
  if (changes.empty()) return Status::InvalidArgument("không có gì để sửa cho " + task_id);

  Transaction tx(db_.get());
  if (!tx.status().ok()) return tx.status();
  for (const auto& [field, old_value, new_value] : changes) {
    Status s = RecordEdit(task_id, field, old_value.dump(), new_value.dump(), who);
    if (s.ok()) s = ApplyEdit(row, field, new_value.dump());
    if (!s.ok()) return s;
  }
  return tx.Commit();
}

Status Store::MergeTasks(const std::string& keep, const std::string& merged, const std::string& who) {
  if (keep == merged) return Status::InvalidArgument("không thể gộp " + keep + " vào chính nó");
  TaskFilter f;
  f.task_ids = {keep, merged};
  Result<std::vector<TaskRecord>> found = FindTasks(f);
  if (!found.ok()) return found.status();
  const TaskRecord* a = nullptr;
  const TaskRecord* b = nullptr;
  for (const TaskRecord& r : *found) (r.task.id == keep ? a : b) = &r;
  if (!a) return Status::NotFound("không có nhiệm vụ đang thực hiện " + keep);
  if (!b) return Status::NotFound("không có nhiệm vụ đang thực hiện " + merged);
  // The kept task gains the owners of the merged one (as ordinary edits).
  TaskEdit owners;
  auto unite = [](std::vector<std::string> into, const std::vector<std::string>& from) {
    for (const std::string& x : from) {
      if (std::find(into.begin(), into.end(), x) == into.end()) into.push_back(x);
    }
    return into;
  };
  std::vector<std::string> lead = unite(a->task.lead, b->task.lead);
  std::vector<std::string> support = unite(a->task.support, b->task.support);
  std::erase_if(support, [&](const std::string& x) { return std::count(lead.begin(), lead.end(), x) > 0; });
  if (lead != a->task.lead) owners.lead = lead;
  if (support != a->task.support) owners.support = support;
  Result<Statement> rowid = db_->Prepare("SELECT rowid FROM tasks WHERE id = ?1");
  if (!rowid.ok()) return rowid.status();
  rowid->Bind(1, merged);
  if (!rowid->Step()) return Status::NotFound("không có nhiệm vụ " + merged);
  const int64_t row = rowid->Int(0);

  Transaction tx(db_.get());
  if (!tx.status().ok()) return tx.status();
  const json into = {{"into", keep}, {"into_anchor", Fold(a->task.text)}};
  Status s = RecordEdit(merged, "merge", json(nullptr).dump(), into.dump(), who);
  if (s.ok()) s = ApplyEdit(row, "merge", into.dump());
  if (!s.ok()) return s;
  if (s = tx.Commit(); !s.ok()) return s;
  return owners.lead || owners.support ? EditTask(keep, owners, who) : Status::OK();
}

Result<std::vector<EditRecord>> Store::EditsForTask(const std::string& task_id) {
  Result<Statement> st =
      db_->Prepare("SELECT id, at, who, task_id, field, old, new FROM edits WHERE task_id = ?1 ORDER BY id");
  if (!st.ok()) return st.status();
  st->Bind(1, task_id);
  std::vector<EditRecord> out;
  while (st->Step()) {
    out.push_back({st->Int(0), st->Text(1), st->Text(2), st->Text(3), st->Text(4), st->Text(5), st->Text(6)});
  }
  if (!st->status().ok()) return st->status();
  return out;
}

Status Store::ReplayEdits(const std::string& plan_id, const std::string& plan_key, PutPlanResult* result) {
  Result<Statement> edits =
      db_->Prepare("SELECT id, task_id, anchor, field, new FROM edits WHERE plan_key = ?1 ORDER BY id");
  if (!edits.ok()) return edits.status();
  edits->Bind(1, plan_key);
  std::vector<Candidate> tasks;
  bool loaded = false;
  while (edits->Step()) {
    if (!loaded) {
      // Edits may rewrite the search index rows of these tasks.
      if (Status s = FlushSearchIndex(); !s.ok()) return s;
      Result<Statement> st = db_->Prepare("SELECT rowid, id, fold FROM tasks WHERE plan_id = ?1");
      if (!st.ok()) return st.status();
      st->Bind(1, plan_id);
      while (st->Step()) tasks.push_back({st->Int(0), st->Text(1), st->Text(2), Words(st->Text(2))});
      if (!st->status().ok()) return st->status();
      loaded = true;
    }
    const std::string task_id = edits->Text(1);
    const Candidate* c = FindAgain(tasks, task_id, edits->Text(2));
    if (!c) {
      ++result->edits_orphaned;
      continue;
    }
    std::string value = edits->Text(4);
    const std::string field = edits->Text(3);
    if (field == "merge") {  // the kept task may have a new id in this version too
      json v = json::parse(value, nullptr, false);
      if (!v.is_discarded() && v.is_object() && v.value("into", json()).is_string() &&
          v.value("into_anchor", json("")).is_string()) {
        if (const Candidate* keep = FindAgain(tasks, v.value("into", ""), v.value("into_anchor", ""))) {
          v["into"] = keep->id;
          value = v.dump();
        }
      }
    }
    Status s = ApplyEdit(c->rowid, field, value);
    if (!s.ok()) return s;
    if (c->id != task_id) {
      Result<Statement> move = db_->Prepare("UPDATE edits SET task_id = ?2 WHERE id = ?1");
      if (!move.ok()) return move.status();
      move->Bind(1, edits->Int(0)).Bind(2, c->id);
      if (!(s = move->Run()).ok()) return s;
    }
    ++result->edits_applied;
  }
  return edits->status();
}

}  // namespace kehoach::store
