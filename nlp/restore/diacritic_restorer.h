// DiacriticRestorer: puts the marks back into Vietnamese text typed without
// them and corrects English-model OCR garble ("Thuc hién viéc ddy manh" ->
// "Thực hiện việc đẩy mạnh", "s6" -> "số", "ctia" -> "của", "nghi p" ->
// "nghiệp").
//
// Every word token gets candidates from the ErrorModel; a Viterbi search
// over the token lattice (states = the last two words, at most `beam` per
// position) scores candidates with the LanguageModel plus log10 of the
// error-model probability:
//   P(obs | s) = (1-β)·([obs == s]·(1-α) + [obs == Fold(s)]·α) + β·P_ocr(obs | s)
// where α is the share of unmarked tokens that lost their marks and β the
// share of OCR garble, both estimated from the document unless given.
//
// Left byte-for-byte alone: whitespace and line breaks, punctuation, numbers,
// tokens with no candidate (foreign words, acronyms such as GRDP, UBND),
// and the words of document codes (57-NQ/TW, 773/2025/NQ-HĐND, R&D: a word
// joined without space to '/', '&' or to '-' next to a number or capital).
// Replacements keep the token's case (lower, Capitalized, UPPER). Each
// change carries a confidence in (0, 1]: the posterior of the chosen word
// against the other candidates in its context.
#ifndef KEHOACH_NLP_RESTORE_DIACRITIC_RESTORER_H_
#define KEHOACH_NLP_RESTORE_DIACRITIC_RESTORER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "nlp/restore/error_model.h"
#include "nlp/restore/language_model.h"
#include "nlp/restore/model_file.h"

namespace kehoach::nlp::restore {

struct RestoreOptions {
  double strip_prob = -1;   // α; < 0: estimated from the text
  double garble_prob = -1;  // β; < 0: estimated from the text
  int beam = 8;             // Viterbi states kept per position
  int candidates = 8;       // candidates kept per token (by unigram + channel)
  int max_order = kMaxOrder;  // 2 gives the bigram baseline
  bool unigram_only = false;  // baseline: most frequent form (raw frequency), no context
  double channel_weight = 1.0;
};

struct TokenChange {
  size_t offset = 0;        // byte offset of the original span in the input
  size_t length = 0;        // byte length of the original span
  int line = 0;
  std::string original;
  std::string replacement;
  double confidence = 0;
};

struct RestoreResult {
  std::string text;                  // restored text
  std::vector<TokenChange> changes;  // in text order
  int word_tokens = 0;
  double strip_prob = 0, garble_prob = 0;  // the α and β used
};

class DiacriticRestorer {
 public:
  // Loads (mmaps) a model file, e.g. ModelPath("vi-restore.bin").
  static Result<std::unique_ptr<DiacriticRestorer>> Open(const std::string& model_path);
  static Result<std::unique_ptr<DiacriticRestorer>> FromFile(std::shared_ptr<const ModelFile> file);

  // `text` must be valid UTF-8 in NFC.
  RestoreResult Restore(std::string_view text, const RestoreOptions& options = {}) const;

  const LanguageModel& lm() const { return lm_; }
  const ErrorModel& errors() const { return errors_; }

 private:
  DiacriticRestorer() = default;
  std::shared_ptr<const ModelFile> file_;
  LanguageModel lm_;
  ErrorModel errors_;
};

// The default model's file name under ModelPath().
inline constexpr const char* kDefaultRestoreModel = "vi-restore.bin";

// Writes `lower` (a lower-case replacement) in the case of `original`.
std::string ApplyCase(std::string_view original, std::string_view lower);

}  // namespace kehoach::nlp::restore

#endif  // KEHOACH_NLP_RESTORE_DIACRITIC_RESTORER_H_
