// TaskAuditor: finds the same task assigned more than once, within a plan or
// across plans, and says how the copies disagree.
//
// Two tasks are duplicates when their whole texts, or one clause of each
// (split at ';', '.' and line ends, at least `min_clause_words` words), are
// similar: the Dice coefficient of their folded word bigrams (diacritics and
// case ignored, so a restored OCR text matches a clean one) is at least
// `min_similarity`. Duplicates are grouped transitively. A group reports a
// lead conflict when two copies both name leads and the sets differ, and a
// deadline conflict when two copies both have a due date and the dates differ.
#ifndef KEHOACH_PIPELINE_TASK_AUDITOR_H_
#define KEHOACH_PIPELINE_TASK_AUDITOR_H_

#include <string>
#include <vector>

#include "base/records.h"

namespace kehoach::pipeline {

struct AuditedPlan {
  std::string plan_id;
  std::string label;  // shown to people: the plan number, else its file
  std::vector<Task> tasks;
};

struct AuditOptions {
  double min_similarity = 0.7;
  int min_clause_words = 6;
  bool across_plans_only = false;  // ignore groups whose copies are all in one plan
};

struct DuplicateCopy {
  std::string task_id;
  std::string plan_id;
  std::string plan_label;
  Task task;
};

struct DuplicateGroup {
  std::vector<DuplicateCopy> copies;  // at least two, in input order
  double similarity = 0;              // highest pairwise similarity in the group
  std::string shared_text;            // the clause (or text) that matched best, from the first copy
  bool across_plans = false;
  bool lead_conflict = false;
  bool deadline_conflict = false;
};

// Groups are ordered: conflicts first, then by similarity, highest first.
std::vector<DuplicateGroup> FindDuplicateTasks(const std::vector<AuditedPlan>& plans,
                                               const AuditOptions& options = {});

}  // namespace kehoach::pipeline

#endif  // KEHOACH_PIPELINE_TASK_AUDITOR_H_
