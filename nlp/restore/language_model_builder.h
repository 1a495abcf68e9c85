// LanguageModelBuilder: counts n-grams of token sequences and estimates an
// interpolated modified Kneser-Ney model (Chen & Goodman; three discounts
// per order from the counts of counts), written in LanguageModel's format.
//
// Lower orders use continuation counts (the number of distinct words seen
// before an n-gram), except n-grams that start with <s>, which keep their
// raw counts (as in KenLM). A sentence's weight multiplies its counts, and
// a distinct left extension counts with the largest weight it was seen
// with (an in-domain plan weighs in the lower orders too, where most
// restoration choices are made: "kinh tế biển" is unseen, so "biển" vs
// "biến" falls back to the unigram). The discounts are estimated from the
// counts without weights: weighted counts of counts are meaningless (a
// weight of 4 filled n4 and drove D3+ to its floor). An n-gram's discount
// is that of its count without weights times its mean weight, so a weight
// scales a text's counts and discounts alike: it sets how much the text
// counts against the others, not how much back-off mass its contexts keep
// (one text alone gives the same model at any weight). Unseen words get the
// mass the unigram discount frees, spread uniformly (log p(<unk>)). The result depends only on the
// sentences added and their order-independent counts, so builds are
// deterministic.
#ifndef KEHOACH_NLP_RESTORE_LANGUAGE_MODEL_BUILDER_H_
#define KEHOACH_NLP_RESTORE_LANGUAGE_MODEL_BUILDER_H_

#include <array>
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

  // The discounts D1, D2, D3+ of order k (1..order) that Build uses.
  std::array<double, 3> DiscountsOf(int k) const;

  uint32_t vocab_size() const { return vocab_.size(); }
  uint64_t token_count() const { return tokens_; }
  // Adds the LM sections to `out`. Fails if the vocabulary is too large.
  Status Build(ModelFileWriter* out) const;

 private:
  using CountMap = std::unordered_map<uint64_t, uint64_t>;
  // Kneser-Ney's adjusted counts per order ([0] unused), with weights or without.
  std::vector<CountMap> AdjustedCounts(bool weighted) const;

  int order_;
  uint64_t tokens_ = 0;
  StringTableBuilder vocab_;
  std::vector<CountMap> counts_;  // [k]: k-gram -> count, weighted
  std::vector<CountMap> raw_;     // [k]: k-gram -> count, not weighted
  // [k] (k >= 2): the largest weight of a sentence the k-gram occurred in.
  std::vector<std::unordered_map<uint64_t, uint32_t>> heaviest_;
  std::unordered_map<uint32_t, std::pair<uint64_t, uint64_t>> case_counts_;  // id -> (capitalized, lower)
  std::unordered_map<uint32_t, std::pair<uint64_t, uint64_t>> name_counts_;  // id -> (next capitalized, next lower)
};

}  // namespace kehoach::nlp::restore

#endif  // KEHOACH_NLP_RESTORE_LANGUAGE_MODEL_BUILDER_H_
