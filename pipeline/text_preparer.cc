#include "pipeline/text_preparer.h"

#include "base/paths.h"
#include "nlp/restore/diacritic_restorer.h"
#include "nlp/restore/text_quality_meter.h"
#include "pipeline/shared_restorer.h"

namespace kehoach::pipeline {

Status PrepareText(LoadedDocument* doc, const PrepareOptions& options) {
  nlp::restore::TextQualityFigures q = nlp::restore::MeasureTextQuality(doc->text);
  doc->quality.valid_syllable_share = q.valid_syllable_share;
  doc->quality.marked_share = q.marked_share;
  // Without one valid syllable the text is not Vietnamese (the ingester
  // refuses it): nothing to restore.
  if (!options.restore || !q.NeedsRestoration() || q.valid_syllable_share <= 0) return Status::OK();
  std::string path = options.model_path.empty() ? ModelPath(nlp::restore::kDefaultRestoreModel) : options.model_path;
  auto restorer = SharedRestorer(path);
  if (!restorer.ok()) return restorer.status().WithPrefix(doc->path + ": văn bản cần phục hồi dấu nhưng không nạp được mô hình");
  nlp::restore::RestoreResult r = (*restorer)->Restore(doc->text);
  doc->text = std::move(r.text);
  doc->quality.restored = true;
  doc->quality.restored_tokens = static_cast<int>(r.changes.size());
  return Status::OK();
}

}  // namespace kehoach::pipeline
