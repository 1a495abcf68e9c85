// LanguageModelBuilder: counts n-grams of token sequences and estimates an
// interpolated modified Kneser-Ney model (Chen & Goodman; three discounts
// per order from the counts of counts), written in LanguageModel's format.
//
// Lower orders use continuation counts (the number of distinct words seen
// before an n-gram), except n-grams that start with <s>, which keep their
// raw counts (as in KenLM). Unseen words get the mass the unigram discount
// frees, spread uniformly (log p(<unk>)). The result depends only on the
// sentences added and their order-independent counts, so builds are
// deterministic.
#ifndef KEHOACH_NLP_RESTORE_LANGUAGE_MODEL_BUILDER_H_
#define KEHOACH_NLP_RESTORE_LANGUAGE_MODEL_BUILDER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "nlp/restore/model_file.h"
#include "nlp/restore/string_table.h"

namespace kehoach::nlp::restore {

class LanguageModelBuilder {
 public:
  explicit LanguageModelBuilder(int order = 3);

  // Adds a token to the vocabulary without counting it (lexicon entries the
  // training text lacks); returns its id.
  uint32_t AddWord(std::string_view token);
  // Counts one sentence of tokens (already mapped: lower case, <num>, ...);
  // <s> and </s> are added around it. `weight` multiplies its counts.
  void AddSentence(const std::vector<std::string>& tokens, int weight = 1);

  // Counts how a word is written inside a sentence (not first):
  // capitalized (true) or lower case (false).
  void AddCase(std::string_view token, bool capitalized, int weight = 1);
  // Counts, for a word written capitalized (anywhere, also first in a
  // sentence) and followed by a word of the same sentence, whether that
  // next word is capitalized too (names: "Sở Y tế", "Ban Quản lý").
  void AddNameCase(std::string_view token, bool next_capitalized, int weight = 1);

  uint32_t vocab_size() const { return vocab_.size(); }
  uint64_t token_count() const { return tokens_; }
  // Adds the LM sections to `out`. Fails if the vocabulary is too large.
  Status Build(ModelFileWriter* out) const;

 private:
  int order_;
  uint64_t tokens_ = 0;
  StringTableBuilder vocab_;
  std::vector<std::unordered_map<uint64_t, uint64_t>> counts_;
  std::unordered_map<uint32_t, std::pair<uint64_t, uint64_t>> case_counts_;  // id -> (capitalized, lower)
  std::unordered_map<uint32_t, std::pair<uint64_t, uint64_t>> name_counts_;  // id -> (next capitalized, next lower)
};

}  // namespace kehoach::nlp::restore

#endif  // KEHOACH_NLP_RESTORE_LANGUAGE_MODEL_BUILDER_H_
