// Store: task and target queries.
#include <algorithm>
#include <string>
#include <vector>

#include "store/fts_tokenizer.h"
#include "store/store.h"

namespace kehoach::store {

namespace {

constexpr char kOpen = '\x02', kClose = '\x03';

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// FTS5 highlights the folded copy; folding keeps one code point per code
// point for Vietnamese text, so the marks are carried over to the original
// by code point position. Where the counts differ, the folded text is shown.
std::string TransferHighlight(std::string_view marked_fold, std::string_view original,
                              const std::string& open, const std::string& close) {
  std::vector<std::pair<size_t, bool>> marks;  // code point index, is open
  std::string plain_marked;
  size_t cp = 0;
  for (unsigned char c : marked_fold) {
    if (c == kOpen || c == kClose) {
      marks.push_back({cp, c == kOpen});
      plain_marked += c == kOpen ? open : close;
      continue;
    }
    cp += (c & 0xC0) != 0x80;
    plain_marked += static_cast<char>(c);
  }
  if (cp != CodePoints(original)) return plain_marked;
  std::string out;
  size_t next = 0, index = 0;
  for (size_t i = 0; i <= original.size(); ++i) {
    const bool boundary = i == original.size() || (static_cast<unsigned char>(original[i]) & 0xC0) != 0x80;
    if (boundary) {
      while (next < marks.size() && marks[next].first == index) out += marks[next++].second ? open : close;
      ++index;
    }
    if (i < original.size()) out += original[i];
  }
  return out;
}

// Marks the words of folded text that equal a query word, as FTS5's
// highlight() would: the words are cut by FTS5's own tokenizer, so a word
// that matched is a word that gets marked. Asking FTS5 for highlights
// re-runs the match for every row shown, which reloads the doclists of
// common words each time.
Result<std::string> MarkTerms(const FtsTokenizer& tokenizer, std::string_view fold,
                              const std::vector<std::string>& terms) {
  Result<std::vector<FtsToken>> words = tokenizer.Tokenize(fold);
  if (!words.ok()) return words.status();
  std::string out;
  size_t at = 0;
  for (const FtsToken& w : *words) {
    if (std::find(terms.begin(), terms.end(), w.text) == terms.end()) continue;
    out.append(fold.substr(at, w.begin - at));
    out += kOpen;
    out.append(fold.substr(w.begin, w.end - w.begin));
    out += kClose;
    at = w.end;
  }
  out.append(fold.substr(at));
  return out;
}

std::vector<std::string> SplitUnit(std::string_view joined) {
  std::vector<std::string> out;
  if (joined.empty()) return out;
  size_t start = 0;
  while (true) {
    size_t sep = joined.find('\x1f', start);
    out.emplace_back(joined.substr(start, sep == std::string_view::npos ? sep : sep - start));
    if (sep == std::string_view::npos) break;
    start = sep + 1;
  }
  return out;
}

// A source span from columns file, page, line, line_end, x0, y0, x1, y1.
SourceSpan ReadSpan(const Statement& st, int first) {
  SourceSpan span;
  span.file = st.Text(first);
  span.page = static_cast<int>(st.Int(first + 1));
  span.line = static_cast<int>(st.Int(first + 2));
  span.line_end = static_cast<int>(st.Int(first + 3));
  if (!st.IsNull(first + 4)) {
    span.bbox = SourceSpan::Box{static_cast<int>(st.Int(first + 4)), static_cast<int>(st.Int(first + 5)),
                                static_cast<int>(st.Int(first + 6)), static_cast<int>(st.Int(first + 7))};
  }
  return span;
}

void AddPlaceholders(std::string* sql, size_t n) {
  for (size_t i = 0; i < n; ++i) *sql += i ? ", ?" : "?";
}

}  // namespace

std::string TaskSql(const TaskFilter& f, std::vector<std::string>* out_args) {
  // Two steps: `hits` picks the rows (filter, order, limit) reading as
  // little as it can; only those rows get their columns, owners and
  // highlight computed. Computing them before the sort and limit costs as
  // much per matching row as per returned row.
  const bool search = !f.fts_query.empty();
  // Owner filter in document order: walk the agency's index in task order.
  const bool by_agency = f.agency_ids && f.order == TaskOrder::kDocument;
  std::string sql = by_agency ? "WITH hits AS (SELECT DISTINCT t.rowid AS rid, " : "WITH hits AS (SELECT t.rowid AS rid, ";
  switch (f.order) {
    case TaskOrder::kDocument: sql += "t.rowid AS k1, 0 AS k2"; break;
    case TaskOrder::kDue: sql += "t.due_end AS k1, t.rowid AS k2"; break;
    case TaskOrder::kRank: sql += search ? "task_fts.rank AS k1, t.rowid AS k2" : "t.rowid AS k1, 0 AS k2"; break;
    case TaskOrder::kRecent: sql += "-t.rowid AS k1, 0 AS k2"; break;
  }
  if (by_agency) {
    sql += " FROM task_agencies ta JOIN tasks t ON t.rowid = ta.task";
  } else {
    sql += search ? " FROM task_fts JOIN tasks t ON t.rowid = task_fts.rowid" : " FROM tasks t";
  }
  // Due order needs a deadline end: the partial index tasks_due(due_end)
  // drives the query in due order.
  sql += f.order == TaskOrder::kDue ? " WHERE t.due_end IS NOT NULL" : " WHERE 1";
  std::vector<std::string>& args = *out_args;  // bound in order as text
  if (search) {
    sql += " AND task_fts MATCH ?";
    args.push_back(f.fts_query);
  }
  if (!f.include_inactive) sql += " AND t.state = 'active'";
  if (!f.plan_ids.empty()) {
    sql += " AND t.plan_id IN (";
    AddPlaceholders(&sql, f.plan_ids.size());
    sql += ")";
    args.insert(args.end(), f.plan_ids.begin(), f.plan_ids.end());
  }
  if (!f.task_ids.empty()) {
    sql += " AND t.id IN (";
    AddPlaceholders(&sql, f.task_ids.size());
    sql += ")";
    args.insert(args.end(), f.task_ids.begin(), f.task_ids.end());
  }
  if (f.agency_ids) {
    std::string ids;
    for (size_t i = 0; i < f.agency_ids->size(); ++i) ids += (i ? ", " : "") + std::to_string((*f.agency_ids)[i]);
    sql += by_agency ? " AND ta.agency_id IN (" + ids + ")"
                     : " AND EXISTS (SELECT 1 FROM task_agencies ta WHERE ta.task = t.rowid AND ta.agency_id IN (" +
                           ids + ")";
    if (!f.role.empty()) {
      sql += " AND ta.role = ?";
      args.push_back(f.role);
    }
    if (!by_agency) sql += ")";
  }
  if (f.kind) {
    sql += " AND t.kind = ?";
    args.push_back(TaskKindName(*f.kind));
  }
  if (!f.section.empty()) {
    sql += " AND (t.section = ? OR substr(t.section, 1, length(?) + 1) IN (? || '.', ? || '/'))";
    for (int i = 0; i < 4; ++i) args.push_back(f.section);
  }
  if (!f.due_before.empty()) {
    sql += " AND t.due_end <= ?";
    args.push_back(f.due_before);
  }
  if (!f.due_after.empty()) {
    sql += " AND t.due_end >= ?";
    args.push_back(f.due_after);
  }
  if (!f.overdue_as_of.empty()) {
    sql += " AND t.due_end < ? AND t.due_kind IN ('date', 'range', 'horizon')";
    args.push_back(f.overdue_as_of);
  }
  switch (f.order) {
    case TaskOrder::kDocument: sql += by_agency ? " ORDER BY ta.task" : " ORDER BY t.rowid"; break;
    case TaskOrder::kDue: sql += " ORDER BY t.due_end, t.rowid"; break;
    case TaskOrder::kRank: sql += search ? " ORDER BY task_fts.rank" : " ORDER BY t.rowid"; break;
    case TaskOrder::kRecent: sql += search ? " ORDER BY task_fts.rowid DESC" : " ORDER BY t.rowid DESC"; break;
  }
  sql += " LIMIT " + std::to_string(f.limit) + " OFFSET " + std::to_string(f.offset) + ")";
  sql +=
      " SELECT t.rowid, t.id, t.plan_id, t.section, t.kind, t.text, t.output, t.funding, p.file, t.page,"
      " t.line, t.line_end, t.x0, t.y0, t.x1, t.y1, t.state, t.merged_into,"
      " t.due_text, t.due_kind, t.due_start, t.due_end, t.due_recurrence, t.due_inherited,"
      " p.number, p.title, p.type, p.date,"
      " (SELECT group_concat(a.name, char(31)) FROM task_agencies ta JOIN agencies a ON a.id = ta.agency_id"
      "   WHERE ta.task = t.rowid AND ta.role = 'lead'),"
      " (SELECT group_concat(a.name, char(31)) FROM task_agencies ta JOIN agencies a ON a.id = ta.agency_id"
      "   WHERE ta.task = t.rowid AND ta.role = 'support'),"
      " EXISTS (SELECT 1 FROM edits e WHERE e.task_id = t.id),"
      " p.plan_key, coalesce(t.extracted_text, t.text)";
  if (search) sql += ", t.fold";  // highlighted here, not by FTS5: see MarkTerms
  sql += " FROM hits JOIN tasks t ON t.rowid = hits.rid JOIN plans p ON p.id = t.plan_id"
         " ORDER BY hits.k1, hits.k2";
  return sql;
}

Result<const FtsTokenizer*> Store::Tokenizer() {
  if (!tokenizer_) {
    Result<std::unique_ptr<FtsTokenizer>> t = FtsTokenizer::Open(db_.get());
    if (!t.ok()) return t.status();
    tokenizer_ = std::move(t).value();
  }
  return tokenizer_.get();
}

Result<TaskFilter> Store::Plan(const TaskFilter& filter) {
  TaskFilter f = filter;
  if (f.fts_query.empty() || f.order != TaskOrder::kRank) return f;
  // bm25 scores every match before the first row comes out (~3 us each);
  // above kRankLimit matches, list the newest first instead.
  Result<Statement*> count = Cached("SELECT count(*) FROM (SELECT 1 FROM task_fts WHERE task_fts MATCH ?1 LIMIT ?2)");
  if (!count.ok()) return count.status();
  (*count)->Bind(1, f.fts_query).Bind(2, static_cast<int64_t>(kRankLimit) + 1);  // counting past it is waste
  if (!(*count)->Step()) {
    Status s = (*count)->status();
    if (s.ok()) return f;
    return Status::InvalidArgument("không tìm được «" + f.fts_query + "»: " + s.message());
  }
  if ((*count)->Int(0) > kRankLimit) f.order = TaskOrder::kRecent;
  (*count)->Reset();
  return f;
}

Status Store::ForEachTask(const TaskFilter& filter, const std::function<bool(const TaskRecord&)>& row) {
  Result<TaskFilter> planned = Plan(filter);
  if (!planned.ok()) return planned.status();
  const TaskFilter& f = *planned;
  const bool search = !f.fts_query.empty();
  std::vector<std::string> args;
  const std::string sql = TaskSql(f, &args);
  // The query's words as FTS5 reads them (for highlights).
  std::vector<std::string> terms;
  const FtsTokenizer* tokenizer = nullptr;
  if (search) {
    Result<const FtsTokenizer*> t = Tokenizer();
    if (!t.ok()) return t.status();
    tokenizer = *t;
    Result<std::vector<FtsToken>> words = tokenizer->Tokenize(f.fts_query);
    if (!words.ok()) return words.status();
    for (FtsToken& w : *words) terms.push_back(std::move(w.text));
  }
  Result<Statement> st = db_->Prepare(sql);
  if (!st.ok()) return st.status();
  for (size_t i = 0; i < args.size(); ++i) st->Bind(static_cast<int>(i + 1), args[i]);
  TaskRecord r;
  while (st->Step()) {
    Task& t = r.task;
    t.id = st->Text(1);
    t.section = st->Text(3);
    ParseTaskKind(st->Text(4), &t.kind);
    t.text = st->Text(5);
    t.output = st->Text(6);
    t.funding = st->Text(7);
    t.source = ReadSpan(*st, 8);
    r.state = st->Text(16);
    r.merged_into = st->Text(17);
    t.deadline = Deadline{};
    if (!st->IsNull(19)) ParseDeadlineKind(st->Text(19), &t.deadline.kind);
    st->ReadTexts(20, {&t.deadline.start, &t.deadline.end, &t.deadline.recurrence});
    t.deadline.text = st->Text(18);
    t.deadline.inherited = st->Int(23) != 0;
    st->ReadTexts(24, {&r.plan_number, &r.plan_title, &r.plan_type, &r.plan_date});
    t.lead = SplitUnit(st->TextView(28));
    t.support = SplitUnit(st->TextView(29));
    r.edited = st->Int(30) != 0;
    r.plan_id = st->Text(2);
    r.plan_key = st->Text(31);
    r.anchor = st->Text(32);
    r.highlight.clear();
    if (search) {
      Result<std::string> marked = MarkTerms(*tokenizer, st->TextView(33), terms);
      if (!marked.ok()) return marked.status();
      r.highlight = TransferHighlight(*marked, t.text, f.mark_open, f.mark_close);
    }
    if (!row(r)) return Status::OK();
  }
  if (!st->status().ok()) {
    if (search && st->status().message().find("fts5") != std::string::npos) {
      return Status::InvalidArgument("không tìm được «" + f.fts_query + "»: " + st->status().message());
    }
    return st->status();
  }
  return Status::OK();
}

Result<std::vector<TaskRecord>> Store::FindTasks(const TaskFilter& filter) {
  std::vector<TaskRecord> out;
  Status s = ForEachTask(filter, [&](const TaskRecord& r) {
    out.push_back(r);
    return true;
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<TargetRecord>> Store::FindTargets(const TargetFilter& f) {
  const bool search = !f.fts_query.empty();
  std::string sql =
      "SELECT t.id, t.text, t.metric, t.comparator, t.value, t.value_max, t.unit, t.year, p.file, t.page,"
      " t.line, t.line_end, t.x0, t.y0, t.x1, t.y1, p.number, p.title, t.plan_id";
  sql += search ? ", highlight(target_fts, 0, char(2), char(3)) FROM target_fts"
                  " JOIN targets t ON t.rowid = target_fts.rowid"
                : " FROM targets t";
  sql += " JOIN plans p ON p.id = t.plan_id WHERE 1";
  std::vector<std::string> args;
  if (search) {
    sql += " AND target_fts MATCH ?";
    args.push_back(f.fts_query);
  }
  if (!f.plan_ids.empty()) {
    sql += " AND t.plan_id IN (";
    AddPlaceholders(&sql, f.plan_ids.size());
    sql += ")";
    args.insert(args.end(), f.plan_ids.begin(), f.plan_ids.end());
  }
  if (f.year) {
    sql += " AND t.year = " + std::to_string(f.year);
  }
  sql += search ? " ORDER BY target_fts.rank" : " ORDER BY t.rowid";
  sql += " LIMIT " + std::to_string(f.limit);
  Result<Statement> st = db_->Prepare(sql);
  if (!st.ok()) return st.status();
  for (size_t i = 0; i < args.size(); ++i) st->Bind(static_cast<int>(i + 1), args[i]);
  std::vector<TargetRecord> out;
  while (st->Step()) {
    TargetRecord r;
    Target& t = r.target;
    st->ReadTexts(0, {&t.id, &t.text, &t.metric, &t.comparator});
    t.value = st->Double(4);
    if (!st->IsNull(5)) t.value_max = st->Double(5);
    t.unit = st->Text(6);
    t.year = static_cast<int>(st->Int(7));
    t.source = ReadSpan(*st, 8);
    st->ReadTexts(16, {&r.plan_number, &r.plan_title, &r.plan_id});
    if (search) r.highlight = TransferHighlight(st->TextView(19), t.text, f.mark_open, f.mark_close);
    out.push_back(std::move(r));
  }
  if (!st->status().ok()) return st->status();
  return out;
}

}  // namespace kehoach::store
