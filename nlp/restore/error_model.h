// ErrorModel: which syllables an observed token may stand for, and how
// likely the observation is for each: P(observed | intended).
//
// Three channels, mixed by the decoder with per-document weights:
//  - keep:  the token is written right (observed == intended);
//  - strip: the marks were lost (observed == Fold(intended), đ -> d);
//  - ocr:   learned from aligned clean <-> garbled pairs (tesseract -l eng on
//           rendered pages, and -l vie): "ctia" -> "của", "s6" -> "số",
//           "hién" -> "hiện", "pong" -> "đồng"; a split syllable is the key
//           "nghi p" (two tokens joined by one space); an intended pair of
//           syllables ("khoa học" for "khoahoc") has a second word.
// Keys are lower-case NFC observed tokens. When a garbled token is not in
// the table, the decoder folds it and maps look-alike digits (GuessKey: 6 -> o,
// 0 -> o, 4 -> a, 1 -> l) and also tries the learned rewrite rules on that
// key: substitutions of up to three letters, found by diffing the folded
// forms of the training pairs ("ti" -> "u" from "ctia"/"của", "if" -> "u"
// from "chifc"/"chức", "d" -> "o" from "mdi"/"mới"), each with log10 of how
// often the rule was right where its left side occurred; the strip-channel
// candidates of the rewritten keys are the guesses.
//
// Sections "EMKEYS" (StringTable of keys), "EMSPAN" (uint32 first candidate
// per key, plus an end), "EMCAND" (Candidate array), "EMRULES" (StringTable
// of "from<TAB>to"), "EMRULEP" (float log10 probability per rule).
#ifndef KEHOACH_NLP_RESTORE_ERROR_MODEL_H_
#define KEHOACH_NLP_RESTORE_ERROR_MODEL_H_

#include <cstdint>
#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "nlp/restore/model_file.h"
#include "nlp/restore/string_table.h"

namespace kehoach::nlp::restore {

struct ErrorCandidate {
  enum Flags : uint16_t { kKeep = 1, kStrip = 2, kOcr = 4 };
  uint16_t word;       // language-model id of the (first) intended syllable
  uint16_t word2;      // second syllable id, or kNoWord
  uint16_t flags;      // channels that can produce the observation
  uint16_t reserved;
  float ocr_log10;     // log10 P(observed | intended, ocr channel); -99 if none
  static constexpr uint16_t kNoWord = 0xFFFF;
};

class ErrorModel {
 public:
  Status Attach(const ModelFile& file);
  // Candidates of an observed lower-case key; empty if unknown.
  std::span<const ErrorCandidate> Lookup(std::string_view key) const;
  size_t size() const { return keys_.size(); }

  struct Rewrite {
    std::string key;   // the rewritten key
    float log10_prob;  // of the rule
  };
  // GuessKey(key) rewritten by each rule at each place its left side occurs.
  std::vector<Rewrite> Rewrites(std::string_view guess_key) const;

 private:
  StringTable keys_;
  StringTable rules_;
  const float* rule_probs_ = nullptr;
  const uint32_t* spans_ = nullptr;
  const ErrorCandidate* cands_ = nullptr;
};

// The key for an unseen garbled token: Fold, then look-alike digits and
// symbols mapped to letters ("s6" -> "so", "4n" -> "an", "hu@ng" -> "huong").
std::string GuessKey(std::string_view lower_token);

class ErrorModelBuilder {
 public:
  // Registers the keep and strip channels of a lexicon syllable (lower case).
  void AddSyllable(const std::string& syllable);
  // One aligned observation: `observed` (lower case; "a b" for a split)
  // for `intended` (one syllable, or two separated by a space).
  void AddPair(const std::string& observed, const std::string& intended, uint64_t count = 1);
  // Adds the sections. Pairs seen fewer than `min_count` times are dropped
  // (OCR noise); rules are learned from all pairs and kept when seen
  // `min_count` times or more. `word_id` maps a syllable to its LM id, or kNoWord if the
  // LM does not know it (such candidates are dropped).
  Status Build(const std::function<uint16_t(const std::string&)>& word_id, uint64_t min_count,
               ModelFileWriter* out) const;
  size_t pair_types() const { return pairs_.size(); }

 private:
  std::map<std::string, std::map<std::string, uint16_t>> channels_;  // observed -> intended -> flags
  std::map<std::pair<std::string, std::string>, uint64_t> pairs_;    // (observed, intended) -> count
  std::map<std::string, uint64_t> intended_counts_;
};

}  // namespace kehoach::nlp::restore

#endif  // KEHOACH_NLP_RESTORE_ERROR_MODEL_H_
