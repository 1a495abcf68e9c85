// JSON shapes of tasks, targets and plans (the output contract in issue 3):
// absent strings are null, dates ISO 8601, page null when unknown.
#ifndef KEHOACH_PIPELINE_EXPORT_JSON_H_
#define KEHOACH_PIPELINE_EXPORT_JSON_H_

#include <nlohmann/json.hpp>

#include "store/store.h"

namespace kehoach::pipeline {

nlohmann::ordered_json TaskJson(const store::TaskRecord& r);
nlohmann::ordered_json TargetJson(const store::TargetRecord& r);
nlohmann::ordered_json PlanJson(const store::PlanInfo& p);
nlohmann::ordered_json DeadlineJson(const Deadline& d);
nlohmann::ordered_json SourceJson(const SourceSpan& s);

}  // namespace kehoach::pipeline

#endif  // KEHOACH_PIPELINE_EXPORT_JSON_H_
