// Where kehoach finds its data files (gazetteers, phrase lists) and models.
//
// Data files live in the source tree (nlp/data/...) so a clerk can extend
// them without rebuilding; models are built into <build>/models. Both can be
// moved: KEHOACH_HOME replaces the source root, KEHOACH_MODEL_DIR the model
// folder.
#ifndef KEHOACH_BASE_PATHS_H_
#define KEHOACH_BASE_PATHS_H_

#include <string>

namespace kehoach {

// ResourcePath("nlp/data/agencies.tsv") -> "<KEHOACH_HOME or source root>/nlp/data/agencies.tsv".
std::string ResourcePath(const std::string& relative);

// ModelPath("vi.lm") -> "<KEHOACH_MODEL_DIR or build/models>/vi.lm".
std::string ModelPath(const std::string& name);

}  // namespace kehoach

#endif  // KEHOACH_BASE_PATHS_H_
