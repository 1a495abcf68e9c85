// Output of query results in the formats every listing command offers:
// table (aligned, fitted to the terminal), json (one array), ndjson (one
// object per line), csv (tracker columns, BOM) and, for tasks, ical.
#ifndef KEHOACH_PIPELINE_OUTPUT_H_
#define KEHOACH_PIPELINE_OUTPUT_H_

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "base/status.h"
#include "pipeline/query.h"
#include "store/store.h"

namespace kehoach::pipeline {

enum class Format { kTable, kJson, kNdjson, kCsv, kIcal };

Result<Format> ParseFormat(const std::string& name);

struct OutputOptions {
  std::string as_of;  // ISO date for tracker status; default today
  int width = 0;      // table width; <= 0: OutputWidth()
};

// Receives tasks one at a time, so that a large export streams.
class TaskSink {
 public:
  virtual ~TaskSink() = default;
  virtual void Add(const store::TaskRecord& r) = 0;
  virtual void Finish() = 0;
};

std::unique_ptr<TaskSink> MakeTaskSink(Format format, std::ostream& out, const OutputOptions& options);

// Runs the query and writes each task as it comes; returns the count.
Result<int64_t> StreamTasks(store::Store* store, const store::TaskFilter& filter, Format format, std::ostream& out,
                            const OutputOptions& options);

// Targets and plans: every format but ical.
Status WriteTargets(const std::vector<store::TargetRecord>& targets, Format format, std::ostream& out,
                    const OutputOptions& options);
Status WritePlans(const std::vector<store::PlanInfo>& plans, Format format, std::ostream& out,
                  const OutputOptions& options);

Status WriteAgencies(const std::vector<store::AgencyInfo>& agencies, Format format, std::ostream& out,
                     const OutputOptions& options);
Status WriteStats(const store::StoreStats& stats, Format format, std::ostream& out);
// `kehoach show`: table is a readable report; json the task object with
// "plan_meta", "section_heading", "context" and "edits".
Status WriteTaskDetail(const TaskDetail& detail, Format format, std::ostream& out);

}  // namespace kehoach::pipeline

#endif  // KEHOACH_PIPELINE_OUTPUT_H_
