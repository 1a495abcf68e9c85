#include "pipeline/evaluator.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>

#include <nlohmann/json.hpp>

#include "nlp/extract/folded_text.h"
#include "nlp/extract/text_lines.h"

namespace kehoach::pipeline {

namespace {

using nlohmann::json;

std::string Str(const json& j, const char* key) {
  if (!j.contains(key) || j[key].is_null()) return "";
  if (j[key].is_string()) return j[key].get<std::string>();
  return j[key].dump();
}

std::vector<std::string> StrList(const json& j, const char* key) {
  std::vector<std::string> out;
  if (j.contains(key) && j[key].is_array())
    for (const json& v : j[key])
      if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

std::vector<std::string> Words(const std::string& text) { return nlp::FoldedWords(nlp::FoldKey(text)); }

std::string Norm(const std::string& s) { return nlp::JoinWrapped({nlp::FoldKey(s)}); }

bool SameNames(std::vector<std::string> a, std::vector<std::string> b) {
  for (auto& s : a) s = Norm(s);
  for (auto& s : b) s = Norm(s);
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  return a == b;
}

bool SameDeadline(const Deadline& a, const Deadline& b) {
  return a.kind == b.kind && a.start == b.start && a.end == b.end && a.recurrence == b.recurrence;
}

std::string Describe(const Deadline& d) {
  std::string s = DeadlineKindName(d.kind);
  if (!d.start.empty()) s += " " + d.start;
  if (!d.end.empty()) s += ".." + d.end;
  if (!d.recurrence.empty()) s += " " + d.recurrence;
  return s;
}

std::string Join(const std::vector<std::string>& v) {
  std::string s;
  for (const std::string& x : v) s += (s.empty() ? "" : "; ") + x;
  return "[" + s + "]";
}

bool InHeldout(const GoldPlan& g, int line) {
  for (const auto& [a, b] : g.heldout_lines)
    if (line >= a && line <= b) return true;
  return false;
}

}  // namespace

double TextSimilarity(const std::string& a, const std::string& b) {
  std::vector<std::string> wa = Words(a), wb = Words(b);
  if (wa.empty() && wb.empty()) return 1;
  if (wa.empty() || wb.empty()) return 0;
  std::map<std::string, int> count;
  for (const std::string& w : wa) ++count[w];
  int common = 0;
  for (const std::string& w : wb) {
    auto it = count.find(w);
    if (it != count.end() && it->second > 0) {
      --it->second;
      ++common;
    }
  }
  return 2.0 * common / static_cast<double>(wa.size() + wb.size());
}

Result<GoldPlan> LoadGold(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": không mở được tệp dữ liệu chuẩn (gold)");
  json j;
  try {
    in >> j;
  } catch (const std::exception& e) {
    return Status::Corruption(path + ": không phải JSON hợp lệ: " + e.what());
  }
  GoldPlan g;
  g.path = path;
  g.file = Str(j, "file");
  if (j.contains("heldout_lines") && j["heldout_lines"].is_array())
    for (const json& r : j["heldout_lines"])
      if (r.is_array() && r.size() == 2) g.heldout_lines.emplace_back(r[0].get<int>(), r[1].get<int>());
  if (j.contains("plan") && j["plan"].is_object()) {
    const json& p = j["plan"];
    g.meta.type = Str(p, "type");
    g.meta.number = Str(p, "number");
    g.meta.issuer = Str(p, "issuer");
    g.meta.place = Str(p, "place");
    g.meta.date = Str(p, "date");
    g.meta.title = Str(p, "title");
    g.meta.signer = Str(p, "signer");
    g.meta.signer_capacity = Str(p, "signer_capacity");
    if (p.contains("references") && p["references"].is_array())
      for (const json& r : p["references"])
        g.meta.references.push_back({Str(r, "type"), Str(r, "number"), Str(r, "date"), Str(r, "issuer")});
    if (p.contains("horizon") && p["horizon"].is_object()) {
      const json& h = p["horizon"];
      g.meta.horizon.start_year = h.value("start_year", 0);
      g.meta.horizon.end_year = h.value("end_year", 0);
      g.meta.horizon.vision_year = h.value("vision_year", 0);
    }
  }
  try {
    for (const json& t : j.value("tasks", json::array())) {
      Task task;
      task.source.line = t.value("line", 0);
      task.section = Str(t, "section");
      ParseTaskKind(Str(t, "kind"), &task.kind);
      task.text = Str(t, "text");
      task.lead = StrList(t, "lead");
      task.support = StrList(t, "support");
      if (t.contains("deadline") && t["deadline"].is_object()) {
        const json& d = t["deadline"];
        ParseDeadlineKind(Str(d, "kind"), &task.deadline.kind);
        task.deadline.text = Str(d, "text");
        task.deadline.start = Str(d, "start");
        task.deadline.end = Str(d, "end");
        task.deadline.recurrence = Str(d, "recurrence");
        task.deadline.inherited = d.value("inherited", false);
      }
      task.output = Str(t, "output");
      task.funding = Str(t, "funding");
      g.tasks.push_back(std::move(task));
    }
    for (const json& t : j.value("targets", json::array())) {
      Target target;
      target.source.line = t.value("line", 0);
      target.text = Str(t, "text");
      target.metric = Str(t, "metric");
      target.comparator = Str(t, "comparator");
      target.value = t.contains("value") && t["value"].is_number() ? t["value"].get<double>() : 0;
      if (t.contains("value_max") && t["value_max"].is_number()) target.value_max = t["value_max"].get<double>();
      target.unit = Str(t, "unit");
      target.year = t.contains("year") && t["year"].is_number() ? t["year"].get<int>() : 0;
      g.targets.push_back(std::move(target));
    }
  } catch (const std::exception& e) {
    return Status::Corruption(path + ": cấu trúc dữ liệu chuẩn không như mong đợi: " + e.what());
  }
  return g;
}

double SplitScores::Precision() const { return extracted_tasks ? double(matched_tasks) / extracted_tasks : (gold_tasks ? 0 : 1); }
double SplitScores::Recall() const { return gold_tasks ? double(matched_tasks) / gold_tasks : 1; }
double SplitScores::F1() const {
  double p = Precision(), r = Recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}
double SplitScores::LeadAccuracy() const { return matched_tasks ? double(lead_ok) / matched_tasks : 1; }
double SplitScores::SupportAccuracy() const { return matched_tasks ? double(support_ok) / matched_tasks : 1; }
double SplitScores::OwnerAccuracy() const { return matched_tasks ? double(owner_ok) / matched_tasks : 1; }
double SplitScores::DeadlineAccuracy() const { return matched_tasks ? double(deadline_ok) / matched_tasks : 1; }
double SplitScores::TargetAccuracy() const { return gold_targets ? double(targets_ok) / gold_targets : 1; }
double SplitScores::TargetPrecision() const {
  return extracted_targets ? double(matched_targets) / extracted_targets : 1;
}

EvalReport Evaluate(const GoldPlan& gold, const ExtractedPlan& plan, const EvalOptions& options) {
  EvalReport report;
  auto split = [&](int line) -> SplitScores& { return InHeldout(gold, line) ? report.heldout : report.tune; };
  auto both = [&](int line, auto fn) {
    fn(split(line));
    fn(report.all);
  };

  // Tasks.
  for (const Task& t : gold.tasks) both(t.source.line, [](SplitScores& s) { ++s.gold_tasks; });
  for (const Task& t : plan.tasks) both(t.source.line, [](SplitScores& s) { ++s.extracted_tasks; });
  std::vector<std::tuple<double, size_t, size_t>> pairs;
  for (size_t g = 0; g < gold.tasks.size(); ++g)
    for (size_t e = 0; e < plan.tasks.size(); ++e) {
      double sim = TextSimilarity(gold.tasks[g].text, plan.tasks[e].text);
      if (sim >= options.min_similarity) pairs.emplace_back(sim, g, e);
    }
  std::sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return std::get<0>(a) > std::get<0>(b); });
  std::vector<int> gold_match(gold.tasks.size(), -1), ext_match(plan.tasks.size(), -1);
  for (const auto& [sim, g, e] : pairs) {
    if (gold_match[g] >= 0 || ext_match[e] >= 0) continue;
    gold_match[g] = static_cast<int>(e);
    ext_match[e] = static_cast<int>(g);
  }
  struct DiffSink {
    EvalReport* r;
    const GoldPlan* g;
    int line = 0;
    void push_back(std::string text) { r->differences.push_back({line, InHeldout(*g, line), std::move(text)}); }
  } diff{&report, &gold};
  for (size_t g = 0; g < gold.tasks.size(); ++g) {
    const Task& gt = gold.tasks[g];
    std::string where = "line " + std::to_string(gt.source.line) + " (" + gt.section + ")";
    diff.line = gt.source.line;
    if (gold_match[g] < 0) {
      diff.push_back("missed task " + where + ": " + gt.text.substr(0, 80));
      continue;
    }
    const Task& et = plan.tasks[gold_match[g]];
    bool lead = SameNames(gt.lead, et.lead), support = SameNames(gt.support, et.support);
    bool deadline = SameDeadline(gt.deadline, et.deadline);
    both(gt.source.line, [&](SplitScores& s) {
      ++s.matched_tasks;
      s.lead_ok += lead;
      s.support_ok += support;
      s.owner_ok += lead && support;
      s.deadline_ok += deadline;
      s.section_ok += gt.section == et.section;
      s.kind_ok += gt.kind == et.kind;
      s.output_ok += Norm(gt.output) == Norm(et.output);
    });
    if (!lead) diff.push_back("lead " + where + ": gold " + Join(gt.lead) + " got " + Join(et.lead));
    if (!support) diff.push_back("support " + where + ": gold " + Join(gt.support) + " got " + Join(et.support));
    if (!deadline)
      diff.push_back("deadline " + where + ": gold " + Describe(gt.deadline) + " got " + Describe(et.deadline) +
                     " ('" + et.deadline.text + "')");
    if (gt.section != et.section) diff.push_back("section " + where + ": got " + et.section);
    if (gt.kind != et.kind) diff.push_back("kind " + where + ": got " + TaskKindName(et.kind));
    if (Norm(gt.output) != Norm(et.output))
      diff.push_back("output " + where + ": gold '" + gt.output + "' got '" + et.output + "'");
  }
  for (size_t e = 0; e < plan.tasks.size(); ++e)
    if (ext_match[e] < 0 && (diff.line = plan.tasks[e].source.line))
      diff.push_back("extra task line " + std::to_string(plan.tasks[e].source.line) + " (" + plan.tasks[e].section +
                     "): " + plan.tasks[e].text.substr(0, 80));

  // Targets.
  for (const Target& t : gold.targets) both(t.source.line, [](SplitScores& s) { ++s.gold_targets; });
  for (const Target& t : plan.targets) both(t.source.line, [](SplitScores& s) { ++s.extracted_targets; });
  std::vector<bool> used(plan.targets.size(), false);
  for (const Target& gt : gold.targets) {
    int best = -1, best_dist = options.target_line_window + 1;
    for (size_t e = 0; e < plan.targets.size(); ++e) {
      const Target& et = plan.targets[e];
      int dist = std::abs(et.source.line - gt.source.line);
      if (!used[e] && std::fabs(et.value - gt.value) < 1e-9 && dist < best_dist) {
        best = static_cast<int>(e);
        best_dist = dist;
      }
    }
    std::string where = "target line " + std::to_string(gt.source.line) + " '" + gt.text.substr(0, 60) + "'";
    diff.line = gt.source.line;
    if (best < 0) {
      diff.push_back("missed " + where);
      continue;
    }
    used[best] = true;
    const Target& et = plan.targets[best];
    bool ok = et.comparator == gt.comparator && et.year == gt.year && et.value_max.has_value() == gt.value_max.has_value() &&
              (!gt.value_max || std::fabs(*gt.value_max - *et.value_max) < 1e-9);
    bool unit = Norm(et.unit) == Norm(gt.unit);
    both(gt.source.line, [&](SplitScores& s) {
      ++s.matched_targets;
      s.targets_ok += ok;
      s.units_ok += unit;
    });
    if (!ok)
      diff.push_back(where + ": gold " + gt.comparator + " " + std::to_string(gt.value) + " year " +
                     std::to_string(gt.year) + " got " + et.comparator + " year " + std::to_string(et.year) +
                     (et.value_max ? " max " + std::to_string(*et.value_max) : ""));
    if (!unit) diff.push_back("unit " + where + ": gold '" + gt.unit + "' got '" + et.unit + "'");
  }
  for (size_t e = 0; e < plan.targets.size(); ++e)
    if (!used[e] && (diff.line = plan.targets[e].source.line))
      diff.push_back("extra target line " + std::to_string(plan.targets[e].source.line) + ": " +
                     plan.targets[e].text.substr(0, 80));

  // Metadata.
  diff.line = 0;
  const PlanMeta& gm = gold.meta;
  const PlanMeta& em = plan.meta;
  auto field = [&](const char* name, bool ok, const std::string& g, const std::string& e) {
    ++report.meta_fields;
    report.meta_ok += ok;
    if (!ok) diff.push_back(std::string("meta ") + name + ": gold '" + g + "' got '" + e + "'");
  };
  auto same = [](const std::string& a, const std::string& b) { return nlp::JoinWrapped({a}) == nlp::JoinWrapped({b}); };
  field("type", same(gm.type, em.type), gm.type, em.type);
  field("number", same(gm.number, em.number), gm.number, em.number);
  field("issuer", same(gm.issuer, em.issuer), gm.issuer, em.issuer);
  field("place", same(gm.place, em.place), gm.place, em.place);
  field("date", gm.date == em.date, gm.date, em.date);
  field("title", TextSimilarity(gm.title, em.title) >= 0.9, gm.title, em.title);
  field("signer", same(gm.signer, em.signer), gm.signer, em.signer);
  field("signer_capacity", same(gm.signer_capacity, em.signer_capacity), gm.signer_capacity, em.signer_capacity);
  auto horizon = [](const Horizon& h) {
    return std::to_string(h.start_year) + "-" + std::to_string(h.end_year) + "/" + std::to_string(h.vision_year);
  };
  field("horizon", horizon(gm.horizon) == horizon(em.horizon), horizon(gm.horizon), horizon(em.horizon));
  if (!gm.references.empty()) {
    int found = 0;
    for (const DocumentRef& g : gm.references) {
      bool ok = false;
      for (const DocumentRef& e : em.references)
        ok = ok || (g.number.empty() ? (e.number.empty() && e.type == g.type && e.date == g.date)
                                     : (e.number == g.number && e.date == g.date));
      found += ok;
      if (!ok) diff.push_back("meta reference missed: " + g.type + " " + g.number + " " + g.date);
    }
    ++report.meta_fields;
    report.meta_ok += double(found) / gm.references.size();
  }
  return report;
}

}  // namespace kehoach::pipeline
