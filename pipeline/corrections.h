// Corrections in the clerk's terms: agency names in any spelling, deadlines
// as written ("Quý II/2026", "31/12/2025"), turned into a store edit.
#ifndef KEHOACH_PIPELINE_CORRECTIONS_H_
#define KEHOACH_PIPELINE_CORRECTIONS_H_

#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "store/store.h"

namespace kehoach::pipeline {

struct Correction {
  std::optional<std::vector<std::string>> lead, support;  // "" alone clears the list
  std::optional<std::string> deadline;
  std::optional<std::string> text;
  bool not_a_task = false;
};

// Canonicalizes agency names with the gazetteer (unknown names stay as
// written) and parses the deadline; fails on a deadline kehoach cannot read.
Result<store::TaskEdit> BuildTaskEdit(const Correction& c);

// Who made an edit: $KEHOACH_USER, else $USER, else "unknown".
std::string CurrentUser();

}  // namespace kehoach::pipeline

#endif  // KEHOACH_PIPELINE_CORRECTIONS_H_
