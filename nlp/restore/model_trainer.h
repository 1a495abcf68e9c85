// TrainRestoreModel: builds the restoration model file (language model,
// error model) from clean text, a hunspell word list and aligned OCR pairs.
//
// Clean text files give (from their Vietnamese lines only: at least 70 % of
// the words valid syllables, 20 % marked; a line repeated in a file counts
// once) the lexicon's syllables and the n-gram counts; a
// file's weight repeats its counts (in-domain plans weigh more than software
// help text). Pair files are TSV lines "observed<TAB>intended<TAB>count"
// (made by tools/restore/make_pairs.sh). Output is deterministic: the same
// inputs give the same bytes.
#ifndef KEHOACH_NLP_RESTORE_MODEL_TRAINER_H_
#define KEHOACH_NLP_RESTORE_MODEL_TRAINER_H_

#include <string>
#include <vector>

#include "base/status.h"

namespace kehoach::nlp::restore {

struct TrainInput {
  std::string path;  // a file, or a folder whose *.txt files are read (sorted)
  int weight = 1;
};

// "folder" or "file.txt:5" (weight after the last colon, if all digits).
TrainInput ParseTrainInput(const std::string& arg);

struct TrainOptions {
  std::vector<TrainInput> text;
  std::string hunspell_dic;              // empty: none
  std::vector<std::string> pair_files;   // TSV observed, intended, count
  int order = 3;
  // OCR pairs seen fewer times are dropped. 1 keeps every aligned pair: with
  // ~13k in-domain words most real confusions are seen once ("lwgng" for
  // "lượng", "Dugc" for "Dược"); dev split (b) 93.70 % with 2, 93.95 % with 1,
  // 93.22 % with 3, (a) unchanged.
  int min_pair_count = 1;
  std::string out;
};

struct TrainReport {
  size_t files = 0;
  size_t lines = 0;  // Vietnamese lines used
  uint64_t tokens = 0;
  size_t lexicon = 0;
  size_t vocab = 0;
  size_t pair_types = 0;
  size_t bytes = 0;
};

Result<TrainReport> TrainRestoreModel(const TrainOptions& options);

}  // namespace kehoach::nlp::restore

#endif  // KEHOACH_NLP_RESTORE_MODEL_TRAINER_H_
