// PlanExtractor: composes the concepts in nlp/extract/ (see their headers):
// metadata, section structure and roles, tasks and assignments with owners
// and deadlines, appendix tables, targets.
#include "nlp/plan_extractor.h"

#include <algorithm>

#include "nlp/extract/agency_gazetteer.h"
#include "nlp/extract/deadline_parser.h"
#include "nlp/extract/folded_text.h"
#include "nlp/extract/metadata_extractor.h"
#include "nlp/extract/owner_parser.h"
#include "nlp/extract/structure_parser.h"
#include "nlp/extract/table_parser.h"
#include "nlp/extract/target_extractor.h"
#include "nlp/extract/text_lines.h"
#include "re2/re2.h"

namespace kehoach::nlp {

namespace {

struct Appendix {
  size_t begin = 0, end = 0;  // line indices
  std::string numeral;        // "I"
};

std::vector<Appendix> FindAppendices(const std::vector<TextLine>& lines) {
  static const RE2 kAppendix(R"(^phu luc\s+([ivxlc]+|\d+)\s*[.:]?$)");
  std::vector<Appendix> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string numeral;
    if (!RE2::FullMatch(Trim(lines[i].key), kAppendix, &numeral)) continue;
    if (!out.empty()) out.back().end = i;
    Appendix a;
    a.begin = i;
    a.end = lines.size();
    for (char& c : numeral) c = static_cast<char>(toupper(static_cast<unsigned char>(c)));
    a.numeral = numeral;
    out.push_back(a);
  }
  return out;
}

// The year a heading states ("Tầm nhìn đến năm 2045", "Đến năm 2030"), 0 if none.
int HeadingYear(const std::string& heading) {
  static const RE2 kYear(R"((?:^|\s)(?:den\s+)?nam\s+(\d{4}))");
  static const RE2 kRange(R"((\d{4})\s*[-\x{2013}]\s*(\d{4}))");
  static const RE2 kBareYear(R"((?:^|\s)((?:19|20)\d\d)$)");
  std::string key = FoldKey(heading);
  int a = 0, b = 0;
  if (RE2::PartialMatch(key, kRange, &a, &b)) return b;
  if (RE2::PartialMatch(key, kYear, &a)) return a;
  // A short heading ending in a year ("Đến năm 2030" even when OCR mangles the words).
  if (FoldedWords(key).size() <= 6 && RE2::PartialMatch(key, kBareYear, &a)) return a;
  return 0;
}

int DeadlineYear(const Deadline& d) {
  if (d.end.size() >= 4 && (d.kind == DeadlineKind::kDate || d.kind == DeadlineKind::kRange))
    return std::atoi(d.end.substr(0, 4).c_str());
  return 0;
}

}  // namespace

Result<ExtractedPlan> ExtractPlan(std::string_view text, const ExtractOptions& options) {
  const AgencyGazetteer& gazetteer = AgencyGazetteer::Default();
  if (!AgencyGazetteer::LoadStatus().ok()) return AgencyGazetteer::LoadStatus();
  const DeadlineParser& deadlines = DeadlineParser::Default();

  ExtractedPlan plan;
  plan.text = std::string(text);
  const std::vector<TextLine> lines = SplitLines(plan.text);

  plan.meta = ExtractMetadata(lines, gazetteer);
  plan.meta.id = options.plan_id;
  plan.meta.file = options.file;

  std::vector<Appendix> appendices = FindAppendices(lines);
  size_t body_end = appendices.empty() ? lines.size() : appendices.front().begin;
  DocumentStructure doc = ParseStructure(lines, 0, body_end);
  plan.sections = doc.sections;
  std::vector<Block>& blocks = doc.blocks;

  // Horizon fallback: the years of the MỤC TIÊU headings ("Đến năm 2030",
  // "Tầm nhìn đến năm 2045").
  Horizon& horizon = plan.meta.horizon;
  if (horizon.end_year == 0) {
    for (const Block& b : blocks) {
      if (!b.title || b.role != SectionRole::kTargets) continue;
      int year = HeadingYear(b.text);
      if (year == 0) continue;
      if (FoldKey(b.text).find("tam nhin") != std::string::npos) {
        if (horizon.vision_year == 0) horizon.vision_year = year;
      } else if (horizon.end_year == 0) {
        horizon.end_year = year;
      }
    }
  }
  const Deadline horizon_deadline = DeadlineParser::FromHorizon(horizon);

  // Deadlines and years stated by headings, inherited by what they hold.
  std::vector<Deadline> heading_deadline(blocks.size());
  std::vector<int> heading_year(blocks.size(), 0);
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (b.parent >= 0) {
      heading_deadline[i] = heading_deadline[b.parent];
      heading_year[i] = heading_year[b.parent];
    }
    if (!b.title) continue;
    if (int y = HeadingYear(b.text)) heading_year[i] = y;
    Deadline d = deadlines.ParseCell(b.text);
    bool is_horizon = d.kind == DeadlineKind::kRange && horizon_deadline.kind == DeadlineKind::kHorizon &&
                      d.start == horizon_deadline.start && d.end == horizon_deadline.end;
    if ((d.kind == DeadlineKind::kDate || d.kind == DeadlineKind::kRange) && !is_horizon) {
      d.inherited = true;
      heading_deadline[i] = d;
    }
  }

  auto deadline_for = [&](const std::string& task_text, int block) {
    if (std::optional<Deadline> d = deadlines.FindInText(task_text)) return *d;
    if (block >= 0 && heading_deadline[block].kind != DeadlineKind::kNone) return heading_deadline[block];
    return horizon_deadline;
  };

  // A paragraph that introduces numbered or lettered items of its own
  // section ("5.2 ... Để phát triển ...: a) ... b) ...") is not a task; one
  // followed by bullets is (the bullets detail it).
  auto is_intro = [&](size_t i) {
    const Block& b = blocks[i];
    if (!b.text.empty() && b.text.front() == '(') return true;
    if (i + 1 >= blocks.size()) return false;
    const Block& next = blocks[i + 1];
    return next.type != MarkerType::kNone && next.type != MarkerType::kBullet && next.parent_path == b.path;
  };

  // Agency headings under TỔ CHỨC THỰC HIỆN ("1. Sở Tài chính").
  std::vector<std::vector<std::string>> heading_agencies(blocks.size());
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (b.role != SectionRole::kOrganization || !b.title || b.type == MarkerType::kRoman) continue;
    if (!gazetteer.StartsWithAgency(b.text)) continue;
    heading_agencies[i] = gazetteer.SplitList(b.text);
  }

  struct Pending {
    Task task;
    int block = -1;
    int year = 0;
  };
  std::vector<Pending> found;
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (b.role != SectionRole::kTasks && b.role != SectionRole::kOrganization) continue;
    if (b.title || b.text.empty()) continue;
    if (b.type == MarkerType::kNone && is_intro(i)) continue;
    Task t;
    t.section = b.path;
    t.text = b.text;
    t.source.file = options.file;
    t.source.line = b.first_line;
    t.source.line_end = b.last_line;
    int owner_block = b.type == MarkerType::kNone || b.type == MarkerType::kBullet ? b.parent : static_cast<int>(i);
    if (b.role == SectionRole::kTasks) {
      t.kind = TaskKind::kTask;
      Owners o = ParseInlineOwners(t.text, gazetteer, /*allow_subject=*/false);
      t.lead = o.lead;
      t.support = o.support;
    } else {
      t.kind = TaskKind::kAssignment;
      int heading = -1;
      for (int p = owner_block == static_cast<int>(i) ? b.parent : owner_block; p >= 0; p = blocks[p].parent)
        if (!heading_agencies[p].empty()) {
          heading = p;
          break;
        }
      Owners o = heading >= 0 ? OwnersUnderHeading(t.text, heading_agencies[heading], gazetteer)
                              : ParseInlineOwners(t.text, gazetteer, /*allow_subject=*/true);
      t.lead = o.lead;
      t.support = o.support;
    }
    int context = b.parent;
    t.deadline = deadline_for(t.text, static_cast<int>(i) == owner_block ? static_cast<int>(i) : context);
    int year = DeadlineYear(t.deadline);
    if (year == 0) year = context >= 0 ? heading_year[context] : 0;
    if (year == 0) year = horizon.end_year;
    found.push_back({std::move(t), static_cast<int>(i), year});
  }

  // Appendix tables.
  for (const Appendix& a : appendices) {
    Section s;
    s.path = "Phụ lục " + a.numeral;
    s.heading = lines[a.begin].text;
    s.level = 1;
    s.line = lines[a.begin].number;
    plan.sections.push_back(s);
    for (const Table& table : ParseTables(lines, a.begin + 1, a.end, a.numeral)) {
      for (const TableRow& row : table.rows) {
        Task t;
        t.kind = TaskKind::kTableRow;
        t.section = "Phụ lục " + a.numeral + "/" + (row.group.empty() ? "" : row.group + ".") + row.number;
        t.text = row.cell(ColumnKind::kText);
        t.lead = gazetteer.Split(row.cell(ColumnKind::kLead));
        t.support = gazetteer.Split(row.cell(ColumnKind::kSupport));
        t.output = row.cell(ColumnKind::kOutput);
        t.funding = row.cell(ColumnKind::kFunding);
        const std::string& due = row.cell(ColumnKind::kDeadline);
        if (due.empty()) {
          t.deadline = horizon_deadline;
        } else {
          t.deadline = deadlines.ParseCell(due);
          t.deadline.inherited = row.cell_inherited(ColumnKind::kDeadline);
        }
        t.source.file = options.file;
        t.source.line = row.first_line;
        t.source.line_end = row.last_line;
        int year = DeadlineYear(t.deadline);
        if (year == 0) year = horizon.end_year;
        found.push_back({std::move(t), -1, year});
      }
    }
  }

  std::stable_sort(found.begin(), found.end(),
                   [](const Pending& a, const Pending& b) { return a.task.source.line < b.task.source.line; });
  int ordinal = 0;
  for (Pending& p : found) {
    p.task.id = options.plan_id + "-" + std::to_string(++ordinal);
    plan.tasks.push_back(p.task);
  }

  // Targets: MỤC TIÊU sections, tasks and table rows.
  std::vector<std::pair<int, Target>> targets;
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (b.role != SectionRole::kTargets || b.title) continue;
    int year = b.parent >= 0 ? heading_year[b.parent] : 0;
    if (year == 0) year = horizon.end_year;
    for (Target& t : ExtractTargets(b.text, year, lines, b.first_line, b.last_line)) targets.emplace_back(0, t);
  }
  for (const Pending& p : found)
    for (Target& t : ExtractTargets(p.task.text, p.year, lines, p.task.source.line, p.task.source.line_end))
      targets.emplace_back(0, t);
  std::stable_sort(targets.begin(), targets.end(),
                   [](const auto& a, const auto& b) { return a.second.source.line < b.second.source.line; });
  int tn = 0;
  for (auto& [unused, t] : targets) {
    (void)unused;
    t.id = options.plan_id + "-t" + std::to_string(++tn);
    t.source.file = options.file;
    plan.targets.push_back(std::move(t));
  }
  return plan;
}

}  // namespace kehoach::nlp
