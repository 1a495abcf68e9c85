// Minimal first version: records the plan id and file only. The extraction
// helper replaces this with the real extractor (issue 3).
#include "nlp/plan_extractor.h"

namespace kehoach::nlp {

Result<ExtractedPlan> ExtractPlan(std::string_view text, const ExtractOptions& options) {
  ExtractedPlan plan;
  plan.meta.id = options.plan_id;
  plan.meta.file = options.file;
  plan.text = std::string(text);
  return plan;
}

}  // namespace kehoach::nlp
