// Store: agencies, their aliases, and whole-store figures.
#include <sys/stat.h>

#include "store/schema.h"
#include "store/store.h"

namespace kehoach::store {

Result<int64_t> Store::AgencyId(const std::string& name) {
  auto it = agency_cache_.find(name);
  if (it != agency_cache_.end()) return it->second;
  Result<Statement*> find = Cached("SELECT id FROM agencies WHERE name = ?1");
  if (!find.ok()) return find.status();
  (*find)->Bind(1, name);
  int64_t id = 0;
  if ((*find)->Step()) {
    id = (*find)->Int(0);
    (*find)->Reset();  // no statement stays active between calls
  } else {
    if (!(*find)->status().ok()) return (*find)->status();
    Result<Statement*> add = Cached("INSERT INTO agencies(name, fold) VALUES (?1, ?2)");
    if (!add.ok()) return add.status();
    (*add)->Bind(1, name).Bind(2, Fold(name));
    Status s = (*add)->Run();
    if (!s.ok()) return s;
    id = db_->LastInsertRowid();
  }
  agency_cache_[name] = id;
  return id;
}

Status Store::AddAgencyAlias(const std::string& canonical, const std::string& alias) {
  Result<int64_t> id = AgencyId(canonical);
  if (!id.ok()) return id.status();
  Result<Statement> st = db_->Prepare(
      "INSERT OR IGNORE INTO agency_aliases(alias_fold, agency_id, alias) VALUES (?1, ?2, ?3)");
  if (!st.ok()) return st.status();
  st->Bind(1, Fold(alias)).Bind(2, *id).Bind(3, alias);
  return st->Run();
}

Result<std::vector<int64_t>> Store::MatchAgencies(const std::string& name) {
  const std::string key = Fold(name);
  std::vector<int64_t> ids;
  for (const char* sql : {"SELECT id FROM agencies WHERE fold = ?1"
                          " UNION SELECT agency_id FROM agency_aliases WHERE alias_fold = ?1",
                          "SELECT id FROM agencies WHERE instr(fold, ?1) > 0"}) {
    Result<Statement> st = db_->Prepare(sql);
    if (!st.ok()) return st.status();
    st->Bind(1, key);
    while (st->Step()) ids.push_back(st->Int(0));
    if (!st->status().ok()) return st->status();
    if (!ids.empty()) break;
  }
  return ids;
}

Result<std::vector<AgencyInfo>> Store::Agencies(const std::string& as_of, int next_count) {
  Result<Statement> st = db_->Prepare(
      "SELECT a.id, a.name, sum(ta.role = 'lead'), sum(ta.role = 'support')"
      " FROM agencies a JOIN task_agencies ta ON ta.agency_id = a.id"
      " JOIN tasks t ON t.rowid = ta.task AND t.state = 'active'"
      " GROUP BY a.id ORDER BY count(*) DESC, a.name");
  if (!st.ok()) return st.status();
  std::vector<AgencyInfo> out;
  while (st->Step()) {
    AgencyInfo a;
    a.id = st->Int(0);
    a.name = st->Text(1);
    a.led = static_cast<int>(st->Int(2));
    a.supported = static_cast<int>(st->Int(3));
    out.push_back(std::move(a));
  }
  if (!st->status().ok()) return st->status();
  for (AgencyInfo& a : out) {
    if (next_count <= 0) break;
    TaskFilter f;
    f.agency_ids = std::vector<int64_t>{a.id};
    f.due_after = as_of;
    f.order = TaskOrder::kDue;
    f.limit = next_count;
    Result<std::vector<TaskRecord>> next = FindTasks(f);
    if (!next.ok()) return next.status();
    a.next_deadlines = std::move(next).value();
  }
  return out;
}

Result<StoreStats> Store::Stats() {
  StoreStats s;
  Result<Statement> st = db_->Prepare(
      "SELECT (SELECT count(*) FROM plans),"
      " (SELECT count(*) FROM tasks WHERE state = 'active'),"
      " (SELECT count(*) FROM tasks WHERE state = 'rejected'),"
      " (SELECT count(*) FROM tasks WHERE state = 'merged'),"
      " (SELECT count(*) FROM targets), (SELECT count(*) FROM agencies), (SELECT count(*) FROM edits),"
      " (SELECT count(*) FROM tasks t WHERE state = 'active' AND EXISTS"
      "   (SELECT 1 FROM task_agencies ta WHERE ta.task = t.rowid AND ta.role = 'lead')),"
      " (SELECT count(*) FROM tasks WHERE state = 'active' AND due_kind <> 'none')");
  if (!st.ok()) return st.status();
  if (!st->Step()) return st->status().ok() ? Status::Internal("no stats row") : st->status();
  int* fields[] = {&s.plans, &s.tasks, &s.rejected, &s.merged, &s.targets, &s.agencies, &s.edits,
                   &s.tasks_with_lead, &s.tasks_with_deadline};
  for (int i = 0; i < 9; ++i) *fields[i] = static_cast<int>(st->Int(i));
  const std::pair<const char*, std::vector<std::pair<std::string, int>>*> groups[] = {
      {"SELECT kind, count(*) FROM tasks WHERE state = 'active' GROUP BY kind ORDER BY 2 DESC", &s.by_kind},
      {"SELECT coalesce(due_kind, 'none'), count(*) FROM tasks WHERE state = 'active' GROUP BY 1 ORDER BY 2 DESC",
       &s.by_deadline_kind}};
  for (const auto& [sql, out] : groups) {
    Result<Statement> g = db_->Prepare(sql);
    if (!g.ok()) return g.status();
    while (g->Step()) out->push_back({g->Text(0), static_cast<int>(g->Int(1))});
    if (!g->status().ok()) return g->status();
  }
  Result<int> version = SchemaVersion(db_.get());
  if (!version.ok()) return version.status();
  s.schema_version = *version;
  struct stat info;
  if (stat(db_->path().c_str(), &info) == 0) s.file_bytes = info.st_size;
  return s;
}

}  // namespace kehoach::store
