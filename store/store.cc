// Store: opening, writing and reading plans.
#include "store/store.h"

#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <deque>

#include "store/schema.h"

namespace kehoach::store {

namespace {

// Rows per multi-row INSERT (InsertRows). SQLite allows 500 terms in a
// compound and 32,766 parameters; 22 task columns x 32 rows = 704.
constexpr size_t kRowsPerInsert = 32;

std::string Basename(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

void BindBox(Statement* st, int first, const std::optional<SourceSpan::Box>& box) {
  if (box) {
    st->Bind(first, box->x0).Bind(first + 1, box->y0).Bind(first + 2, box->x1).Bind(first + 3, box->y1);
  } else {
    for (int i = 0; i < 4; ++i) st->BindNull(first + i);
  }
}

// Binds the six due_* columns from `first` on: text, kind, start, end,
// recurrence, inherited. A task without any deadline (kind none, no text)
// gets NULLs, so that due_kind IS NULL means "no deadline".
void BindDeadline(Statement* st, int first, const Deadline& d) {
  if (d.kind == DeadlineKind::kNone && d.text.empty()) {
    for (int i = 0; i < 5; ++i) st->BindNull(first + i);
    st->Bind(first + 5, 0);
    return;
  }
  st->BindRefOptional(first, d.text).BindRef(first + 1, DeadlineKindName(d.kind));
  st->BindRefOptional(first + 2, d.start).BindRefOptional(first + 3, d.end);
  st->BindRefOptional(first + 4, d.recurrence).Bind(first + 5, d.inherited ? 1 : 0);
}

// The search keys (folded text) and ids of a plan's tasks or targets, made
// before their rows are bound (bound text is not copied): an item without
// an id gets `prefix` + its 1-based position.
struct PlanKeys {
  template <typename Item>
  PlanKeys(const Store& store, const std::string& prefix, const std::vector<Item>& items) {
    folds.reserve(items.size());
    ids.reserve(items.size());
    for (size_t i = 0; i < items.size(); ++i) {
      folds.push_back(store.Fold(items[i].text));
      ids.push_back(items[i].id.empty() ? std::string_view(made.emplace_back(prefix + std::to_string(i + 1)))
                                        : std::string_view(items[i].id));
    }
  }
  std::string_view Id(size_t i) const { return ids[i]; }

  std::vector<std::string> folds;
  std::deque<std::string> made;  // stable addresses
  std::vector<std::string_view> ids;
};

}  // namespace

std::string PlanKey(const PlanMeta& meta) {
  bool has_digit = false;
  for (char c : meta.number) has_digit |= std::isdigit(static_cast<unsigned char>(c)) != 0;
  if (has_digit) return "number:" + meta.type + "|" + meta.number;
  return "file:" + Basename(meta.file);
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, StoreOptions options) {
  Result<std::unique_ptr<Database>> db = Database::Open(path);
  if (!db.ok()) return db.status();
  Status s = Migrate(db->get());
  if (!s.ok()) return s.WithPrefix(path);
  return std::unique_ptr<Store>(new Store(std::move(db).value(), std::move(options)));
}

std::string Store::Fold(std::string_view s) const {
  return options_.fold ? options_.fold(s) : std::string(s);
}

Result<std::vector<std::string>> Store::ContentHashes() {
  Result<Statement> st = db_->Prepare("SELECT content_hash FROM plans");
  if (!st.ok()) return st.status();
  std::vector<std::string> out;
  while (st->Step()) out.push_back(st->Text(0));
  if (!st->status().ok()) return st->status();
  return out;
}

Result<PutPlanResult> Store::PutPlan(const ExtractedPlan& plan) {
  Result<std::vector<PutPlanResult>> r = PutPlans({&plan});
  if (!r.ok()) return r.status();
  return std::move(r->front());
}

Result<std::vector<PutPlanResult>> Store::PutPlans(const std::vector<const ExtractedPlan*>& plans) {
  std::vector<PutPlanResult> results(plans.size());
  Transaction tx(db_.get());
  if (!tx.status().ok()) return tx.status();
  Status s;
  defer_search_index_ = plans.size() > 1;
  for (size_t i = 0; i < plans.size() && s.ok(); ++i) {
    s = PutPlanRows(*plans[i], &results[i]);
    if (!s.ok()) s = s.WithPrefix(plans[i]->meta.file);
  }
  if (s.ok()) s = FlushSearchIndex();
  defer_search_index_ = false;
  if (s.ok()) s = tx.Commit();
  if (!s.ok()) {
    for (auto& pending : pending_search_) pending.clear();
    agency_cache_.clear();  // ids inserted by the rolled-back transaction are gone
    return s;
  }
  return results;
}

Status Store::PutPlanRows(const ExtractedPlan& plan, PutPlanResult* result) {
  if (plan.meta.id.empty()) return Status::InvalidArgument("văn bản không có mã");
  const std::string key = PlanKey(plan.meta);
  Result<Statement*> old = Cached("SELECT id FROM plans WHERE id = ?1 OR plan_key = ?2");
  if (!old.ok()) return old.status();
  (*old)->Bind(1, plan.meta.id).Bind(2, key);
  while ((*old)->Step()) result->replaced_plan_ids.push_back((*old)->Text(0));
  if (!(*old)->status().ok()) return (*old)->status();
  (*old)->Reset();  // no statement stays active while the rows are rewritten
  Status s = result->replaced_plan_ids.empty() ? Status::OK() : FlushSearchIndex();
  for (const std::string& id : result->replaced_plan_ids) {
    if (s.ok()) s = DeletePlanRows(id);
  }
  if (s.ok()) s = InsertPlanRows(plan, key);
  if (s.ok()) s = ReplayEdits(plan.meta.id, key, result);
  return s;
}

Status Store::DeletePlan(const std::string& plan_id) {
  Transaction tx(db_.get());
  if (!tx.status().ok()) return tx.status();
  Status s = DeletePlanRows(plan_id);
  return s.ok() ? tx.Commit() : s;
}

Status Store::DeletePlanRows(const std::string& plan_id) {
  // External-content FTS rows are removed by hand, before the content rows.
  static constexpr const char* kSql[] = {
      "INSERT INTO task_fts(task_fts, rowid, fold) SELECT 'delete', rowid, fold FROM tasks WHERE plan_id = ?1",
      "INSERT INTO target_fts(target_fts, rowid, fold) SELECT 'delete', rowid, fold FROM targets WHERE plan_id = ?1",
      "DELETE FROM plans WHERE id = ?1",  // cascades to every row of the plan
  };
  for (const char* sql : kSql) {
    Result<Statement> st = db_->Prepare(sql);
    if (!st.ok()) return st.status();
    st->Bind(1, plan_id);
    Status s = st->Run();
    if (!s.ok()) return s;
  }
  return Status::OK();
}

Status Store::InsertPlanRows(const ExtractedPlan& plan, const std::string& plan_key) {
  const PlanMeta& m = plan.meta;
  const TextQuality& q = plan.quality;
  Result<Statement*> st = Cached(
      "INSERT INTO plans(id, content_hash, plan_key, file, type, number, issuer, place, date, date_text,"
      " title, signer, signer_capacity, horizon_start, horizon_end, horizon_vision, source_kind, pages,"
      " valid_syllable_share, marked_share, restored, restored_tokens, ocr_confidence, ocr_model, text,"
      " ingested_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
      " ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
  if (!st.ok()) return st.status();
  (*st)->Bind(1, m.id).Bind(2, m.content_hash.empty() ? m.id : m.content_hash).Bind(3, plan_key);
  (*st)->Bind(4, m.file).BindOptional(5, m.type).BindOptional(6, m.number).BindOptional(7, m.issuer);
  (*st)->BindOptional(8, m.place).BindOptional(9, m.date).BindOptional(10, m.date_text);
  (*st)->BindOptional(11, m.title).BindOptional(12, m.signer).BindOptional(13, m.signer_capacity);
  (*st)->Bind(14, m.horizon.start_year).Bind(15, m.horizon.end_year).Bind(16, m.horizon.vision_year);
  (*st)->BindOptional(17, q.source_kind).Bind(18, q.pages).Bind(19, q.valid_syllable_share);
  (*st)->Bind(20, q.marked_share).Bind(21, q.restored ? 1 : 0).Bind(22, q.restored_tokens);
  (*st)->Bind(23, q.ocr_confidence).BindOptional(24, q.ocr_model).Bind(25, plan.text);
  Status s = (*st)->Run();
  if (!s.ok()) return s;

  Result<Statement*> ref = Cached(
      "INSERT INTO plan_references(plan_id, ord, type, number, date, issuer) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  if (!ref.ok()) return ref.status();
  for (size_t i = 0; i < m.references.size(); ++i) {
    const DocumentRef& r = m.references[i];
    (*ref)->Bind(1, m.id).Bind(2, static_cast<int64_t>(i)).BindOptional(3, r.type).BindOptional(4, r.number);
    (*ref)->BindOptional(5, r.date).BindOptional(6, r.issuer);
    if (!(s = (*ref)->Run()).ok()) return s;
  }

  s = InsertRows("INSERT INTO sections(plan_id, ord, path, heading, level, line)", 6, plan.sections.size(),
                 [&](Statement* st, size_t i, int p) {
                   const Section& x = plan.sections[i];
                   st->BindRef(p, m.id).Bind(p + 1, static_cast<int64_t>(i)).BindRef(p + 2, x.path);
                   st->BindRefOptional(p + 3, x.heading).Bind(p + 4, x.level).Bind(p + 5, x.line);
                 });
  if (!s.ok()) return s;

  // Bound text is not copied (BindRef): every string outlives its Run().
  PlanKeys task_keys(*this, m.id + "-", plan.tasks);
  s = InsertRows(
      "INSERT INTO tasks(id, plan_id, ord, section, kind, text, fold, output, funding, page, line, line_end,"
      " x0, y0, x1, y1, due_text, due_kind, due_start, due_end, due_recurrence, due_inherited)",
      22, plan.tasks.size(), [&](Statement* st, size_t i, int p) {
        const Task& t = plan.tasks[i];
        const int line_end = t.source.line_end ? t.source.line_end : t.source.line;
        st->BindRef(p, task_keys.Id(i)).BindRef(p + 1, m.id);
        st->Bind(p + 2, static_cast<int64_t>(i)).BindRefOptional(p + 3, t.section).BindRef(p + 4, TaskKindName(t.kind));
        st->BindRef(p + 5, t.text).BindRef(p + 6, task_keys.folds[i]).BindRefOptional(p + 7, t.output);
        st->BindRefOptional(p + 8, t.funding).Bind(p + 9, t.source.page).Bind(p + 10, t.source.line);
        st->Bind(p + 11, line_end);
        BindBox(st, p + 12, t.source.bbox);
        BindDeadline(st, p + 16, t.deadline);
      });
  if (!s.ok()) return s;
  // A plan's task rows were inserted last, in order: their rowids are
  // consecutive (rowid = largest + 1), ending at the last insert's (read
  // now: adding an agency below inserts a row too).
  const int64_t first_rowid = db_->LastInsertRowid() - static_cast<int64_t>(plan.tasks.size()) + 1;

  std::vector<Owners> owners;
  owners.reserve(2 * plan.tasks.size());
  for (size_t i = 0; i < plan.tasks.size(); ++i) {
    owners.push_back({first_rowid + static_cast<int64_t>(i), "lead", &plan.tasks[i].lead});
    owners.push_back({first_rowid + static_cast<int64_t>(i), "support", &plan.tasks[i].support});
  }
  if (!(s = InsertOwners(owners)).ok()) return s;
  s = IndexForSearch(kTaskSearch, first_rowid, plan.tasks.size());
  if (!s.ok()) return s;

  PlanKeys target_keys(*this, m.id + "-t", plan.targets);
  s = InsertRows(
      "INSERT INTO targets(id, plan_id, ord, text, fold, metric, comparator, value, value_max, unit, year,"
      " page, line, line_end, x0, y0, x1, y1)",
      18, plan.targets.size(), [&](Statement* st, size_t i, int p) {
        const Target& t = plan.targets[i];
        st->BindRef(p, target_keys.Id(i)).BindRef(p + 1, m.id).Bind(p + 2, static_cast<int64_t>(i));
        st->BindRef(p + 3, t.text).BindRef(p + 4, target_keys.folds[i]).BindRefOptional(p + 5, t.metric);
        st->BindRefOptional(p + 6, t.comparator).Bind(p + 7, t.value);
        if (t.value_max) {
          st->Bind(p + 8, *t.value_max);
        } else {
          st->BindNull(p + 8);
        }
        st->BindRefOptional(p + 9, t.unit).Bind(p + 10, t.year).Bind(p + 11, t.source.page);
        st->Bind(p + 12, t.source.line).Bind(p + 13, t.source.line_end ? t.source.line_end : t.source.line);
        BindBox(st, p + 14, t.source.bbox);
      });
  if (!s.ok()) return s;
  return IndexForSearch(kTargetSearch, db_->LastInsertRowid() - static_cast<int64_t>(plan.targets.size()) + 1,
                        plan.targets.size());
}

Status Store::IndexForSearch(SearchTable table, int64_t first, size_t count) {
  if (count == 0) return Status::OK();
  const int64_t last = first + static_cast<int64_t>(count) - 1;
  std::vector<std::pair<int64_t, int64_t>>& pending = pending_search_[table];
  if (!pending.empty() && pending.back().second + 1 == first) {
    pending.back().second = last;
  } else {
    pending.push_back({first, last});
  }
  return defer_search_index_ ? Status::OK() : FlushSearchIndex();
}

Status Store::FlushSearchIndex() {
  // One statement indexes consecutive rows: cheaper than one FTS5 insert per row.
  static constexpr SqlLiteral kSql[] = {
      "INSERT INTO task_fts(rowid, fold) SELECT rowid, fold FROM tasks WHERE rowid BETWEEN ?1 AND ?2",
      "INSERT INTO target_fts(rowid, fold) SELECT rowid, fold FROM targets WHERE rowid BETWEEN ?1 AND ?2"};
  for (int table = 0; table < 2; ++table) {
    for (const auto& [first, last] : pending_search_[table]) {
      Result<Statement*> fts = Cached(kSql[table]);
      if (!fts.ok()) return fts.status();
      (*fts)->Bind(1, first).Bind(2, last);
      Status s = (*fts)->Run();
      if (!s.ok()) return s;
    }
    pending_search_[table].clear();
  }
  return Status::OK();
}

Status Store::SetDeadline(int64_t task_rowid, const Deadline& d) {
  Result<Statement*> st = Cached(
      "UPDATE tasks SET due_text = ?2, due_kind = ?3, due_start = ?4, due_end = ?5, due_recurrence = ?6,"
      " due_inherited = ?7 WHERE rowid = ?1");
  if (!st.ok()) return st.status();
  (*st)->Bind(1, task_rowid);
  BindDeadline(*st, 2, d);
  return (*st)->Run();
}

Status Store::SetOwners(int64_t task_rowid, const char* role, const std::vector<std::string>& names) {
  Result<Statement*> del = Cached("DELETE FROM task_agencies WHERE task = ?1 AND role = ?2");
  if (!del.ok()) return del.status();
  (*del)->Bind(1, task_rowid).Bind(2, role);
  Status s = (*del)->Run();
  return s.ok() ? InsertOwners({{task_rowid, role, &names}}) : s;
}

Status Store::InsertOwners(const std::vector<Owners>& owners) {
  struct Link {
    int64_t task;
    const char* role;
    int64_t ord, agency;
  };
  std::vector<Link> links;
  for (const Owners& o : owners) {
    for (size_t k = 0; k < o.names->size(); ++k) {
      Result<int64_t> agency = AgencyId((*o.names)[k]);
      if (!agency.ok()) return agency.status();
      links.push_back({o.task, o.role, static_cast<int64_t>(k), *agency});
    }
  }
  return InsertRows("INSERT OR IGNORE INTO task_agencies(task, role, ord, agency_id)", 4, links.size(),
                    [&](Statement* st, size_t i, int p) {
                      st->Bind(p, links[i].task).BindRef(p + 1, links[i].role).Bind(p + 2, links[i].ord);
                      st->Bind(p + 3, links[i].agency);
                    });
}

Result<Statement*> Store::Cached(SqlLiteral sql) {
  auto it = statements_.find(sql.c_str());
  if (it == statements_.end()) {
    Result<Statement> st = db_->Prepare(sql.c_str());
    if (!st.ok()) return st.status();
    it = statements_.emplace(sql.c_str(), std::move(st).value()).first;
  }
  it->second.Reset();
  return &it->second;
}

Status Store::InsertRows(SqlLiteral head, int columns, size_t count,
                         const std::function<void(Statement*, size_t row, int first)>& bind_row) {
  for (size_t done = 0; done < count;) {
    const size_t rows = std::min(count - done, kRowsPerInsert);
    auto it = row_statements_.find({head.c_str(), rows});
    if (it == row_statements_.end()) {
      std::string sql = std::string(head.c_str()) + " VALUES ";
      for (size_t r = 0; r < rows; ++r) {
        sql += r ? ", (" : "(";
        for (int c = 0; c < columns; ++c) {
          sql += (c ? ", ?" : "?") + std::to_string(r * columns + c + 1);
        }
        sql += ")";
      }
      Result<Statement> st = db_->Prepare(sql);
      if (!st.ok()) return st.status();
      it = row_statements_.emplace(std::pair{head.c_str(), rows}, std::move(st).value()).first;
    }
    Statement* st = &it->second;
    for (size_t r = 0; r < rows; ++r) bind_row(st, done + r, static_cast<int>(r) * columns + 1);
    Status s = st->Run();
    if (!s.ok()) return s;
    done += rows;
  }
  return Status::OK();
}

Result<std::vector<PlanInfo>> Store::ListPlans() {
  Result<Statement> st = db_->Prepare("SELECT id FROM plans ORDER BY ingested_at, rowid");
  if (!st.ok()) return st.status();
  std::vector<PlanInfo> out;
  while (st->Step()) {
    Result<PlanInfo> info = GetPlanInfo(st->Text(0));
    if (!info.ok()) return info.status();
    out.push_back(std::move(info).value());
  }
  if (!st->status().ok()) return st->status();
  return out;
}

Result<PlanInfo> Store::GetPlanInfo(const std::string& plan_id) {
  Result<Statement> st = db_->Prepare(
      "SELECT id, content_hash, plan_key, file, type, number, issuer, place, date, date_text, title, signer,"
      " signer_capacity, horizon_start, horizon_end, horizon_vision, source_kind, pages,"
      " valid_syllable_share, marked_share, restored, restored_tokens, ocr_confidence, ocr_model,"
      " ingested_at,"
      " (SELECT count(*) FROM tasks t WHERE t.plan_id = p.id AND t.state = 'active'),"
      " (SELECT count(*) FROM targets t WHERE t.plan_id = p.id),"
      " (SELECT count(*) FROM sections s WHERE s.plan_id = p.id)"
      " FROM plans p WHERE id = ?1");
  if (!st.ok()) return st.status();
  st->Bind(1, plan_id);
  if (!st->Step()) {
    if (!st->status().ok()) return st->status();
    return Status::NotFound("không có văn bản " + plan_id);
  }
  PlanInfo p;
  PlanMeta& m = p.meta;
  st->ReadTexts(0, {&m.id, &m.content_hash, &p.plan_key, &m.file, &m.type, &m.number, &m.issuer, &m.place,
                   &m.date, &m.date_text, &m.title, &m.signer, &m.signer_capacity});
  m.horizon = {static_cast<int>(st->Int(13)), static_cast<int>(st->Int(14)), static_cast<int>(st->Int(15))};
  TextQuality& q = p.quality;
  q.source_kind = st->Text(16);
  q.pages = static_cast<int>(st->Int(17));
  q.valid_syllable_share = st->Double(18);
  q.marked_share = st->Double(19);
  q.restored = st->Int(20) != 0;
  q.restored_tokens = static_cast<int>(st->Int(21));
  q.ocr_confidence = st->Double(22);
  q.ocr_model = st->Text(23);
  p.ingested_at = st->Text(24);
  p.tasks = static_cast<int>(st->Int(25));
  p.targets = static_cast<int>(st->Int(26));
  p.sections = static_cast<int>(st->Int(27));

  Result<Statement> ref = db_->Prepare(
      "SELECT type, number, date, issuer FROM plan_references WHERE plan_id = ?1 ORDER BY ord");
  if (!ref.ok()) return ref.status();
  ref->Bind(1, plan_id);
  while (ref->Step()) m.references.push_back({ref->Text(0), ref->Text(1), ref->Text(2), ref->Text(3)});
  if (!ref->status().ok()) return ref->status();
  return p;
}

Result<std::string> Store::ResolvePlan(const std::string& ref) {
  Result<Statement> st = db_->Prepare(
      "SELECT id FROM plans WHERE id = ?1 OR number = ?1 OR file = ?1 OR plan_key = ?1"
      " UNION SELECT id FROM plans WHERE id LIKE ?2 ESCAPE '\\'"
      " UNION SELECT id FROM plans WHERE file LIKE ?3 ESCAPE '\\'");
  if (!st.ok()) return st.status();
  std::string escaped;
  for (char c : ref) {
    if (c == '%' || c == '_' || c == '\\') escaped += '\\';
    escaped += c;
  }
  st->Bind(1, ref).Bind(2, escaped + "%").Bind(3, "%/" + escaped);
  std::vector<std::string> ids;
  while (st->Step()) ids.push_back(st->Text(0));
  if (!st->status().ok()) return st->status();
  if (ids.empty()) return Status::NotFound("không có văn bản nào trong kho khớp với «" + ref + "»");
  if (ids.size() > 1) {
    return Status::InvalidArgument("«" + ref + "» khớp với " + std::to_string(ids.size()) +
                                   " văn bản; hãy gõ dài hơn mã văn bản");
  }
  return ids[0];
}

Result<std::vector<Section>> Store::Sections(const std::string& plan_id) {
  Result<Statement> st =
      db_->Prepare("SELECT path, heading, level, line FROM sections WHERE plan_id = ?1 ORDER BY ord");
  if (!st.ok()) return st.status();
  st->Bind(1, plan_id);
  std::vector<Section> out;
  while (st->Step()) {
    out.push_back({st->Text(0), st->Text(1), static_cast<int>(st->Int(2)), static_cast<int>(st->Int(3))});
  }
  if (!st->status().ok()) return st->status();
  return out;
}

Result<ExtractedPlan> Store::LoadPlan(const std::string& plan_id) {
  Result<PlanInfo> info = GetPlanInfo(plan_id);
  if (!info.ok()) return info.status();
  ExtractedPlan plan;
  plan.meta = std::move(info->meta);
  plan.quality = std::move(info->quality);
  Result<std::vector<Section>> sections = Sections(plan_id);
  if (!sections.ok()) return sections.status();
  plan.sections = std::move(sections).value();
  TaskFilter tf;
  tf.plan_ids = {plan_id};
  Status s = ForEachTask(tf, [&](const TaskRecord& r) {
    plan.tasks.push_back(r.task);
    return true;
  });
  if (!s.ok()) return s;
  TargetFilter gf;
  gf.plan_ids = {plan_id};
  Result<std::vector<TargetRecord>> targets = FindTargets(gf);
  if (!targets.ok()) return targets.status();
  for (TargetRecord& t : *targets) plan.targets.push_back(std::move(t.target));
  Result<std::string> text = PlanText(plan_id);
  if (!text.ok()) return text.status();
  plan.text = std::move(text).value();
  return plan;
}

Result<std::string> Store::PlanText(const std::string& plan_id) {
  Result<Statement> text = db_->Prepare("SELECT text FROM plans WHERE id = ?1");
  if (!text.ok()) return text.status();
  text->Bind(1, plan_id);
  if (text->Step()) return text->Text(0);
  if (!text->status().ok()) return text->status();
  return Status::NotFound("không có văn bản " + plan_id);
}

}  // namespace kehoach::store
