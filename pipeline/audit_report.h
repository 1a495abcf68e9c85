// Prints TaskAuditor results for people (table) and for tools (json).
//
// JSON: an array of groups {"group", "similarity", "across_plans",
// "lead_conflict", "deadline_conflict", "shared_text", "copies": [{"task_id",
// "plan_id", "plan", "section", "text", "lead", "support", "deadline_end"}]}.
// Dates in the table are dd/mm/yyyy, in JSON ISO.
#ifndef KEHOACH_PIPELINE_AUDIT_REPORT_H_
#define KEHOACH_PIPELINE_AUDIT_REPORT_H_

#include <ostream>
#include <vector>

#include "base/status.h"
#include "pipeline/output.h"
#include "pipeline/task_auditor.h"

namespace kehoach::pipeline {

// Table or JSON (ndjson: one group per line); other formats are refused.
Status WriteDuplicateGroups(const std::vector<DuplicateGroup>& groups, Format format, std::ostream& out,
                            int width = 0);

}  // namespace kehoach::pipeline

#endif  // KEHOACH_PIPELINE_AUDIT_REPORT_H_
