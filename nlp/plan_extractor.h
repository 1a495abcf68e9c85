// PlanExtractor: from the normalized text of one plan to its metadata,
// section tree, tasks, targets (base/records.h).
//
// The input is NFC text with '\n' line ends; line numbers in the result are
// 1-based lines of that text. Extraction never fails on well-formed text: a
// document with no recognizable structure yields a plan with no tasks.
#ifndef KEHOACH_NLP_PLAN_EXTRACTOR_H_
#define KEHOACH_NLP_PLAN_EXTRACTOR_H_

#include <string>
#include <string_view>

#include "base/records.h"
#include "base/status.h"

namespace kehoach::nlp {

struct ExtractOptions {
  std::string file;     // recorded in every SourceSpan
  std::string plan_id;  // prefix of task and target ids
};

Result<ExtractedPlan> ExtractPlan(std::string_view text, const ExtractOptions& options);

}  // namespace kehoach::nlp

#endif  // KEHOACH_NLP_PLAN_EXTRACTOR_H_
