#include "pipeline/export_json.h"

namespace kehoach::pipeline {

using json = nlohmann::ordered_json;

namespace {

json OrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json PlanRef(const std::string& id, const std::string& number, const std::string& title) {
  return {{"id", id}, {"number", OrNull(number)}, {"title", OrNull(title)}};
}

}  // namespace

json DeadlineJson(const Deadline& d) {
  return {{"text", OrNull(d.text)},          {"kind", DeadlineKindName(d.kind)},
          {"start", OrNull(d.start)},        {"end", OrNull(d.end)},
          {"recurrence", OrNull(d.recurrence)}, {"inherited", d.inherited}};
}

json SourceJson(const SourceSpan& s) {
  json j = {{"file", s.file}, {"page", s.page ? json(s.page) : json(nullptr)}, {"line", s.line}};
  if (s.line_end && s.line_end != s.line) j["line_end"] = s.line_end;
  if (s.bbox) j["bbox"] = {s.bbox->x0, s.bbox->y0, s.bbox->x1, s.bbox->y1};
  return j;
}

json TaskJson(const store::TaskRecord& r) {
  const Task& t = r.task;
  json j = {{"id", t.id},
            {"plan", PlanRef(r.plan_id, r.plan_number, r.plan_title)},
            {"section", OrNull(t.section)},
            {"kind", TaskKindName(t.kind)},
            {"text", t.text},
            {"lead", t.lead},
            {"support", t.support},
            {"deadline", DeadlineJson(t.deadline)},
            {"output", OrNull(t.output)},
            {"funding", OrNull(t.funding)},
            {"source", SourceJson(t.source)}};
  if (r.state != "active") j["state"] = r.state;
  if (!r.merged_into.empty()) j["merged_into"] = r.merged_into;
  if (r.edited) j["edited"] = true;
  if (!r.highlight.empty()) j["highlight"] = r.highlight;
  return j;
}

json TargetJson(const store::TargetRecord& r) {
  const Target& t = r.target;
  json j = {{"id", t.id},
            {"plan", PlanRef(r.plan_id, r.plan_number, r.plan_title)},
            {"text", t.text},
            {"metric", OrNull(t.metric)},
            {"comparator", OrNull(t.comparator)},
            {"value", t.value},
            {"value_max", t.value_max ? json(*t.value_max) : json(nullptr)},
            {"unit", OrNull(t.unit)},
            {"year", t.year ? json(t.year) : json(nullptr)},
            {"source", SourceJson(t.source)}};
  if (!r.highlight.empty()) j["highlight"] = r.highlight;
  return j;
}

json PlanJson(const store::PlanInfo& p) {
  const PlanMeta& m = p.meta;
  const TextQuality& q = p.quality;
  json refs = json::array();
  for (const DocumentRef& r : m.references) {
    refs.push_back({{"type", OrNull(r.type)}, {"number", OrNull(r.number)}, {"date", OrNull(r.date)},
                    {"issuer", OrNull(r.issuer)}});
  }
  return {{"id", m.id},
          {"file", m.file},
          {"content_hash", m.content_hash},
          {"type", OrNull(m.type)},
          {"number", OrNull(m.number)},
          {"issuer", OrNull(m.issuer)},
          {"place", OrNull(m.place)},
          {"date", OrNull(m.date)},
          {"date_text", OrNull(m.date_text)},
          {"title", OrNull(m.title)},
          {"signer", OrNull(m.signer)},
          {"signer_capacity", OrNull(m.signer_capacity)},
          {"references", refs},
          {"horizon",
           {{"start_year", m.horizon.start_year},
            {"end_year", m.horizon.end_year},
            {"vision_year", m.horizon.vision_year}}},
          {"quality",
           {{"source_kind", OrNull(q.source_kind)},
            {"pages", q.pages},
            {"valid_syllable_share", q.valid_syllable_share},
            {"marked_share", q.marked_share},
            {"restored", q.restored},
            {"restored_tokens", q.restored_tokens},
            {"ocr_confidence", q.ocr_confidence},
            {"ocr_model", OrNull(q.ocr_model)}}},
          {"tasks", p.tasks},
          {"targets", p.targets},
          {"sections", p.sections},
          {"ingested_at", p.ingested_at}};
}

}  // namespace kehoach::pipeline
