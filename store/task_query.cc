// Store: task and target queries.
#include <algorithm>
#include <string>
#include <vector>

#include "store/fts_tokenizer.h"
#include "store/store.h"

namespace kehoach::store {

namespace {

// The words FTS5 indexed, compared as search words are written: the index
// keeps đ (unicode61 drops marks, and đ is a letter, not d with a mark),
// search words are folded to d.
std::string AsSearchWord(std::string word) {
  for (size_t at; (at = word.find("\xC4\x91")) != std::string::npos;) word.replace(at, 2, "d");
  return word;
}

// Marks the words of `text` that equal a search word, as FTS5's
// highlight() would: the words are cut by FTS5's own tokenizer, so a word
// that matched is a word that gets marked. Asking FTS5 for highlights
// re-runs the match for every row shown, which reloads the doclists of
// common words each time.
Result<std::string> MarkTerms(const FtsTokenizer& tokenizer, std::string_view text,
                              const std::vector<std::string>& terms, const std::string& open,
                              const std::string& close) {
  Result<std::vector<FtsToken>> words = tokenizer.Tokenize(text);
  if (!words.ok()) return words.status();
  std::string out;
  size_t at = 0;
  for (const FtsToken& w : *words) {
    if (std::find(terms.begin(), terms.end(), AsSearchWord(w.text)) == terms.end()) continue;
    out.append(text.substr(at, w.begin - at));
    out += open;
    out.append(text.substr(w.begin, w.end - w.begin));
    out += close;
    at = w.end;
  }
  out.append(text.substr(at));
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
    args.push_back(MatchExpression(f.fts_query));
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

Result<const FtsTokenizer*> Store::SearchTerms(const std::string& fts_query, std::vector<std::string>* terms) {
  Result<const FtsTokenizer*> tokenizer = Tokenizer();
  if (!tokenizer.ok()) return tokenizer.status();
  Result<std::vector<FtsToken>> words = (*tokenizer)->Tokenize(fts_query);
  if (!words.ok()) return words.status();
  for (FtsToken& w : *words) terms->push_back(AsSearchWord(std::move(w.text)));
  return tokenizer;
}

std::string MatchExpression(std::string_view folded_words) {
  constexpr size_t kMaxVaried = 4;  // d's of a word matched as d or đ: 2^4 spellings at most
  std::string out;
  size_t i = 0;
  while (i < folded_words.size()) {
    if (folded_words[i] == ' ') {
      ++i;
      continue;
    }
    size_t end = std::min(folded_words.find(' ', i), folded_words.size());
    std::string_view word = folded_words.substr(i, end - i);
    i = end;
    if (word.size() >= 2 && word.front() == '"' && word.back() == '"') word = word.substr(1, word.size() - 2);
    std::string quoted;  // FTS5 string: a double quote inside is doubled
    for (char c : word) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    std::vector<size_t> ds;
    for (size_t k = 0; k < quoted.size() && ds.size() < kMaxVaried; ++k) {
      if (quoted[k] == 'd') ds.push_back(k);
    }
    if (!out.empty()) out += " AND ";
    if (ds.size() > 0) out += '(';
    for (unsigned mask = 0; mask < (1u << ds.size()); ++mask) {
      std::string spelling = quoted;
      for (size_t k = ds.size(); k-- > 0;) {
        if (mask >> k & 1) spelling.replace(ds[k], 1, "\xC4\x91");
      }
      out += (mask ? " OR \"" : "\"") + spelling + '"';
    }
    if (ds.size() > 0) out += ')';
  }
  return out;
}

Result<TaskFilter> Store::Plan(const TaskFilter& filter) {
  TaskFilter f = filter;
  if (f.fts_query.empty() || f.order != TaskOrder::kRank) return f;
  // bm25 scores every match before the first row comes out (~3 us each);
  // above kRankLimit matches, list the newest first instead.
  Result<Statement*> count = Cached("SELECT count(*) FROM (SELECT 1 FROM task_fts WHERE task_fts MATCH ?1 LIMIT ?2)");
  if (!count.ok()) return count.status();
  (*count)->Bind(1, MatchExpression(f.fts_query)).Bind(2, static_cast<int64_t>(kRankLimit) + 1);  // counting past it is waste
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
  // The search words as FTS5 reads them (for highlights).
  std::vector<std::string> terms;
  const FtsTokenizer* tokenizer = nullptr;
  if (search) {
    Result<const FtsTokenizer*> t = SearchTerms(f.fts_query, &terms);
    if (!t.ok()) return t.status();
    tokenizer = *t;
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
      Result<std::string> marked = MarkTerms(*tokenizer, t.text, terms, f.mark_open, f.mark_close);
      if (!marked.ok()) return marked.status();
      r.highlight = std::move(marked).value();
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
  sql += search ? " FROM target_fts JOIN targets t ON t.rowid = target_fts.rowid" : " FROM targets t";
  sql += " JOIN plans p ON p.id = t.plan_id WHERE 1";
  std::vector<std::string> args;
  if (search) {
    sql += " AND target_fts MATCH ?";
    args.push_back(MatchExpression(f.fts_query));
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
  std::vector<std::string> terms;
  const FtsTokenizer* tokenizer = nullptr;
  if (search) {
    Result<const FtsTokenizer*> tk = SearchTerms(f.fts_query, &terms);
    if (!tk.ok()) return tk.status();
    tokenizer = *tk;
  }
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
    if (search) {
      Result<std::string> marked = MarkTerms(*tokenizer, t.text, terms, f.mark_open, f.mark_close);
      if (!marked.ok()) return marked.status();
      r.highlight = std::move(marked).value();
    }
    out.push_back(std::move(r));
  }
  if (!st->status().ok()) return st->status();
  return out;
}

}  // namespace kehoach::store
