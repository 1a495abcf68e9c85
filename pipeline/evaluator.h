// Evaluator: scores extracted records against a gold annotation
// (docs/gold-format.md) and says where they differ.
//
// Tasks are matched one to one, greedily by decreasing similarity of their
// folded text (Dice coefficient over word multisets; a pair counts when it
// reaches `min_similarity`). On matched pairs: lead, support, owner (both),
// deadline (kind, start, end, recurrence), section and kind accuracy.
// Targets are matched by value within `target_line_window` lines of the gold
// line; a matched target is correct when comparator, value_max and year agree
// (unit agreement is reported on its own). Metadata: each field of the plan
// is right or wrong (title by similarity >= 0.9; references as the share of
// gold references found with the same number and date).
// Everything is reported for the tune lines, the held-out lines
// (gold "heldout_lines"; an extracted item belongs to the split of its line)
// and both together.
#ifndef KEHOACH_PIPELINE_EVALUATOR_H_
#define KEHOACH_PIPELINE_EVALUATOR_H_

#include <string>
#include <utility>
#include <vector>

#include "base/records.h"
#include "base/status.h"

namespace kehoach::pipeline {

struct GoldPlan {
  std::string path;  // the gold file
  std::string file;  // the plan file it annotates
  std::vector<std::pair<int, int>> heldout_lines;
  PlanMeta meta;
  std::vector<Task> tasks;      // source.line set
  std::vector<Target> targets;  // source.line set
};

Result<GoldPlan> LoadGold(const std::string& path);

struct SplitScores {
  int gold_tasks = 0, extracted_tasks = 0, matched_tasks = 0;
  int lead_ok = 0, support_ok = 0, owner_ok = 0, deadline_ok = 0, section_ok = 0, kind_ok = 0, output_ok = 0;
  int gold_targets = 0, extracted_targets = 0, matched_targets = 0, targets_ok = 0, units_ok = 0;

  double Precision() const;
  double Recall() const;
  double F1() const;
  double LeadAccuracy() const;
  double SupportAccuracy() const;
  double OwnerAccuracy() const;
  double DeadlineAccuracy() const;
  double TargetAccuracy() const;   // correct targets / gold targets
  double TargetPrecision() const;  // matched targets / extracted targets
};

struct EvalReport {
  SplitScores tune, heldout, all;
  int meta_fields = 0;
  double meta_ok = 0;  // sum of per-field scores (references may be fractional)
  double MetaAccuracy() const { return meta_fields ? meta_ok / meta_fields : 1.0; }
  struct Difference {
    int line = 0;          // gold (or extracted) line, 0 for metadata
    bool heldout = false;  // on held-out lines
    std::string text;
  };
  std::vector<Difference> differences;  // one per mismatch, for --verbose
};

struct EvalOptions {
  double min_similarity = 0.8;
  int target_line_window = 4;
};

EvalReport Evaluate(const GoldPlan& gold, const ExtractedPlan& plan, const EvalOptions& options = {});

// Folded word-multiset Dice similarity of two texts, 0..1.
double TextSimilarity(const std::string& a, const std::string& b);

}  // namespace kehoach::pipeline

#endif  // KEHOACH_PIPELINE_EVALUATOR_H_
