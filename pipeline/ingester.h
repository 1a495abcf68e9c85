// Ingester: files -> LoadDocument -> text preparation -> ExtractPlan -> store.
//
// Contract:
//  - Each plan is written in one transaction: all of it or nothing.
//  - Idempotent: a file whose bytes are already stored is skipped unless
//    `force`; a new version of a stored plan (same type and number) replaces
//    it, and clerks' edits are replayed onto it.
//  - One bad file never stops the others. Each failure is reported as one
//    line "lỗi: <kind>: <file>: <reason>" on `log` (Vietnamese); each stored
//    plan as one summary line.
//  - A document with no valid Vietnamese syllable (after decoding and OCR) is
//    not a plan: it fails (InvalidArgument) and nothing is stored for it.
//  - Loading and extraction run on `jobs` threads; the store is written from
//    the calling thread, in the order the files were given.
//  - Each task's and target's page and box come from the document's line
//    origins (LoadedDocument::lines) at its source line.
#ifndef KEHOACH_PIPELINE_INGESTER_H_
#define KEHOACH_PIPELINE_INGESTER_H_

#include <ostream>
#include <string>
#include <vector>

#include "base/records.h"
#include "base/status.h"
#include "pipeline/document_loader.h"
#include "store/store.h"

namespace kehoach::pipeline {

struct IngestOptions {
  bool force = false;     // re-ingest files whose bytes are already stored
  int jobs = 1;           // files loaded and extracted in parallel
  bool progress = false;  // progress bar on `log` (callers enable it on a terminal)
};

struct IngestReport {
  int stored = 0, skipped = 0, failed = 0;
  int unreadable_pages = 0;  // pages that could not be read in files otherwise stored
  int tasks = 0, targets = 0;
  double seconds = 0;
};

Result<IngestReport> Ingest(store::Store* store, const std::vector<std::string>& files,
                            const IngestOptions& options, std::ostream& log);

// Loads, prepares (measures, restores) and extracts one document: everything
// before the store. A preparation problem (e.g. a missing restoration model)
// is not fatal: the text goes on unrestored and *warning says why. Pages
// that could not be read are left out and listed in *page_errors, for people
// (Status::ToVietnamese: "tệp hỏng hoặc không đọc được: f.pdf: trang 3: ...");
// the rest of the document is extracted.
Result<ExtractedPlan> LoadAndExtract(const std::string& path, const LoadOptions& options,
                                     std::string* warning = nullptr,
                                     std::vector<std::string>* page_errors = nullptr);

// Sets page and box of every task and target from `lines` (0-based by line - 1).
void AttachPages(const std::vector<LineOrigin>& lines, ExtractedPlan* plan);

// The one-line summary printed for a stored plan.
std::string PlanSummary(const ExtractedPlan& plan, const store::PutPlanResult& result);

}  // namespace kehoach::pipeline

#endif  // KEHOACH_PIPELINE_INGESTER_H_
