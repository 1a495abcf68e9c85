#include "pipeline/query.h"

#include <ctime>

#include <re2/re2.h>

#include "nlp/extract/agency_gazetteer.h"
#include "nlp/extract/deadline_parser.h"
#include "nlp/vietnamese_text.h"

namespace kehoach::pipeline {

Result<std::unique_ptr<store::Store>> OpenStore(const std::string& path) {
  store::StoreOptions options;
  options.fold = [](std::string_view s) { return nlp::Fold(s); };
  return store::Store::Open(path, std::move(options));
}

std::string FtsQuery(std::string_view text) {
  const std::string folded = nlp::Fold(text);
  static const RE2 kWord("([\\pL\\pN]+)");
  re2::StringPiece rest(folded);
  std::string word, out;
  while (RE2::FindAndConsume(&rest, kWord, &word)) {
    if (!out.empty()) out += ' ';
    out += '"' + word + '"';
  }
  return out;
}

std::string TodayIso() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

std::string UserDate(const std::string& iso) {
  int y, m, d;
  if (!RE2::FullMatch(iso, "(\\d{4})-(\\d{2})-(\\d{2})", &y, &m, &d)) return iso;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d, m, y);
  return buf;
}

Result<std::string> ParseUserDate(std::string_view text, bool end_of_period) {
  int y = 0, m = 0, d = 0;
  const std::string s(text);
  if (RE2::FullMatch(s, "\\s*(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\s*", &d, &m, &y) ||
      RE2::FullMatch(s, "\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})\\s*", &y, &m, &d)) {
  } else if (RE2::FullMatch(s, "\\s*(\\d{1,2})[/.-](\\d{4})\\s*", &m, &y)) {
    d = end_of_period && m >= 1 && m <= 12 ? nlp::DaysInMonth(y, m) : 1;
  } else if (RE2::FullMatch(s, "\\s*(\\d{4})\\s*", &y)) {
    m = end_of_period ? 12 : 1;
    d = end_of_period ? 31 : 1;
  } else {
    return Status::InvalidArgument("«" + s + "» không phải ngày (viết dd/mm/yyyy, mm/yyyy, yyyy hoặc yyyy-mm-dd)");
  }
  if (m < 1 || m > 12 || d < 1 || d > nlp::DaysInMonth(y, m)) {
    return Status::InvalidArgument("«" + s + "» không phải ngày có thật");
  }
  return nlp::IsoDate(y, m, d);
}

Result<std::vector<std::string>> ResolvePlans(store::Store* store, const std::vector<std::string>& refs) {
  std::vector<std::string> ids;
  if (refs.empty()) {
    Result<std::vector<store::PlanInfo>> plans = store->ListPlans();
    if (!plans.ok()) return plans.status();
    for (const store::PlanInfo& p : *plans) ids.push_back(p.meta.id);
    return ids;
  }
  for (const std::string& ref : refs) {
    Result<std::string> id = store->ResolvePlan(ref);
    if (!id.ok()) return id.status();
    ids.push_back(*id);
  }
  return ids;
}

Result<store::TaskFilter> BuildTaskFilter(store::Store* store, const TaskQuery& q) {
  store::TaskFilter f;
  if (!q.plans.empty()) {
    Result<std::vector<std::string>> ids = ResolvePlans(store, q.plans);
    if (!ids.ok()) return ids.status();
    f.plan_ids = std::move(ids).value();
  }
  if (!q.role.empty() && q.role != "lead" && q.role != "support") {
    return Status::InvalidArgument("--role chỉ nhận lead hoặc support, không nhận «" + q.role + "»");
  }
  if (!q.owner.empty()) {
    // The gazetteer knows aliases and abbreviations ("Sở KH&CN"); the store
    // matches canonical names and its own aliases, then folded substrings.
    std::string canonical = nlp::AgencyGazetteer::Default().Canonical(q.owner);
    Result<std::vector<int64_t>> ids = store->MatchAgencies(canonical.empty() ? q.owner : canonical);
    if (!ids.ok()) return ids.status();
    if (ids->empty() && !canonical.empty()) ids = store->MatchAgencies(q.owner);
    if (!ids.ok()) return ids.status();
    f.agency_ids = std::move(ids).value();
    f.role = q.role;
  } else if (!q.role.empty()) {
    return Status::InvalidArgument("--role cần đi kèm --owner");
  }
  if (!q.kind.empty()) {
    TaskKind kind;
    if (!ParseTaskKind(q.kind, &kind)) {
      return Status::InvalidArgument("--kind chỉ nhận task, assignment hoặc table_row, không nhận «" + q.kind + "»");
    }
    f.kind = kind;
  }
  if (!q.due_before.empty()) {
    Result<std::string> d = ParseUserDate(q.due_before, /*end_of_period=*/true);
    if (!d.ok()) return d.status().WithPrefix("--due-before");
    f.due_before = *d;
    f.order = store::TaskOrder::kDue;
  }
  if (!q.due_after.empty()) {
    Result<std::string> d = ParseUserDate(q.due_after);
    if (!d.ok()) return d.status().WithPrefix("--due-after");
    f.due_after = *d;
    f.order = store::TaskOrder::kDue;
  }
  if (q.overdue || !q.as_of.empty()) {
    if (!q.overdue) return Status::InvalidArgument("--as-of cần đi kèm --overdue");
    std::string as_of = TodayIso();
    if (!q.as_of.empty()) {
      Result<std::string> d = ParseUserDate(q.as_of);
      if (!d.ok()) return d.status().WithPrefix("--as-of");
      as_of = *d;
    }
    f.overdue_as_of = as_of;
    f.order = store::TaskOrder::kDue;
  }
  f.section = q.section;
  if (!q.search.empty()) {
    f.fts_query = FtsQuery(q.search);
    if (f.fts_query.empty()) return Status::InvalidArgument("--search «" + q.search + "» không có từ nào để tìm");
    f.order = store::TaskOrder::kRank;
  }
  f.include_inactive = q.include_inactive;
  f.limit = q.limit;
  return f;
}

Result<std::vector<store::TaskRecord>> FindTasks(store::Store* store, const TaskQuery& query) {
  Result<store::TaskFilter> f = BuildTaskFilter(store, query);
  if (!f.ok()) return f.status();
  return store->FindTasks(*f);
}

Result<ExtractedPlan> LoadStoredPlan(store::Store* store, const std::string& plan_ref) {
  Result<std::string> id = store->ResolvePlan(plan_ref);
  if (!id.ok()) return id.status();
  return store->LoadPlan(*id);
}

}  // namespace kehoach::pipeline

namespace kehoach::pipeline {

Result<TaskDetail> ShowTask(store::Store* store, const std::string& task_id, int context_lines) {
  store::TaskFilter f;
  f.task_ids = {task_id};
  f.include_inactive = true;
  Result<std::vector<store::TaskRecord>> found = store->FindTasks(f);
  if (!found.ok()) return found.status();
  if (found->empty()) return Status::NotFound("không có nhiệm vụ " + task_id);
  TaskDetail d;
  d.record = std::move(found->front());
  Result<store::PlanInfo> plan = store->GetPlanInfo(d.record.plan_id);
  if (!plan.ok()) return plan.status();
  d.plan = std::move(plan).value();
  Result<std::vector<Section>> sections = store->Sections(d.record.plan_id);
  if (!sections.ok()) return sections.status();
  for (const Section& s : *sections) {
    if (s.path == d.record.task.section) d.section_heading = s.heading;
  }
  Result<std::string> text = store->PlanText(d.record.plan_id);
  if (!text.ok()) return text.status();
  const SourceSpan& src = d.record.task.source;
  const int first = std::max(1, src.line - context_lines);
  const int last = std::max(src.line, src.line_end) + context_lines;
  int line = 1;
  size_t start = 0;
  while (start <= text->size() && line <= last) {
    size_t end = text->find('\n', start);
    if (end == std::string::npos) end = text->size();
    if (line >= first) d.context.push_back({line, text->substr(start, end - start)});
    start = end + 1;
    ++line;
  }
  Result<std::vector<store::EditRecord>> edits = store->EditsForTask(task_id);
  if (!edits.ok()) return edits.status();
  d.edits = std::move(edits).value();
  return d;
}

}  // namespace kehoach::pipeline
