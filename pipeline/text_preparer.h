// PrepareText: makes a loaded document's text fit for extraction.
//
// The ingester calls it once per document, after LoadDocument and before
// extraction:
//   Status s = PrepareText(&doc);   // doc->text may be rewritten
//   if (!s.ok()) print s.message() as a warning; the document goes on
//                unrestored (quality figures are still filled in).
// It measures the text (TextQualityMeter) into doc->quality
// (valid_syllable_share, marked_share: the figures of the text as loaded,
// before any restoration), and when the text is undiacritized or OCR garble
// (TextQualityFigures::NeedsRestoration) runs the DiacriticRestorer on it:
// doc->text is replaced, doc->quality.restored = true and
// restored_tokens = the number of tokens changed. Line count and line order
// never change, so doc->lines stays valid. Clean text is left untouched.
// The model is loaded (mmap) once per process and shared; thread-safe.
#ifndef KEHOACH_PIPELINE_TEXT_PREPARER_H_
#define KEHOACH_PIPELINE_TEXT_PREPARER_H_

#include <string>

#include "base/status.h"
#include "pipeline/document_loader.h"

namespace kehoach::pipeline {

struct PrepareOptions {
  std::string model_path;  // empty: ModelPath("vi-restore.bin")
  bool restore = true;     // false: only measure
};

// Returns NotFound/Corruption naming the model file when restoration was
// needed but the model could not be loaded.
Status PrepareText(LoadedDocument* doc, const PrepareOptions& options = {});

}  // namespace kehoach::pipeline

#endif  // KEHOACH_PIPELINE_TEXT_PREPARER_H_
