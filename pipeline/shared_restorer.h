// SharedRestorer: the process-wide restoration model, opened (mmap) once per
// model path and shared by every stage that restores text (PrepareText for
// whole documents, the loader's capital-line correction of OCR output).
// Thread-safe. A path that cannot be opened is not remembered: the error is
// returned and the next call tries again.
#ifndef KEHOACH_PIPELINE_SHARED_RESTORER_H_
#define KEHOACH_PIPELINE_SHARED_RESTORER_H_

#include <string>

#include "base/status.h"
#include "nlp/restore/diacritic_restorer.h"

namespace kehoach::pipeline {

// Returns the restorer for `path` (owned by the process; valid until exit),
// or the status of DiacriticRestorer::Open.
Result<const nlp::restore::DiacriticRestorer*> SharedRestorer(const std::string& path);

}  // namespace kehoach::pipeline

#endif  // KEHOACH_PIPELINE_SHARED_RESTORER_H_
