// LanguageModel: a syllable n-gram model (order 2..4) with interpolated
// modified Kneser-Ney probabilities, queried in place from a ModelFile.
//
// KenLM-style storage: unigrams in an array indexed by word id, each higher
// order in a linear-probing hash table of {packed ids, log10 p, log10 backoff}.
// Word ids are 16-bit (vocabulary < 65,535); an n-gram key packs id+1 of each
// word, oldest first, 16 bits apiece. The stored probabilities are already
// interpolated, so an unseen n-gram costs the backoff of its context plus
// the probability of the shortened n-gram.
//
// Sections: "LMHEAD" (order, vocabulary size), "LMVOCAB" (StringTable of
// tokens: lower-case NFC syllables, punctuation and the specials below),
// "LMUNI", "LMFREQ" (raw unigram frequencies), "LMCASE" and "LMNAME" (case
// statistics), "LM2".."LM4".
#ifndef KEHOACH_NLP_RESTORE_LANGUAGE_MODEL_H_
#define KEHOACH_NLP_RESTORE_LANGUAGE_MODEL_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "nlp/restore/model_file.h"
#include "nlp/restore/string_table.h"

namespace kehoach::nlp::restore {

// Fixed ids of the special tokens.
enum SpecialToken : uint32_t { kBos = 0, kEos = 1, kUnk = 2, kNum = 3 };
inline constexpr const char* kSpecialTokens[] = {"<s>", "</s>", "<unk>", "<num>"};
inline constexpr int kMaxOrder = 4;

struct NgramEntry {
  uint64_t key;
  float prob;     // log10 p(w | context)
  float backoff;  // log10 backoff of this n-gram used as a context
};

inline uint64_t PackNgram(const uint32_t* ids, int n) {
  uint64_t k = 0;
  for (int i = 0; i < n; ++i) k = (k << 16) | (ids[i] + 1);
  return k;
}

// Slot of a key in a table of 2^bits slots.
inline uint64_t NgramSlot(uint64_t key, int shift) { return (key * 0x9E3779B97F4A7C15ull) >> shift; }

// A direct-mapped memo of hash-table probes, for one decoding at a time
// (not thread-safe). Decoding probes the same n-grams again and again --
// states sharing their last words, phrases repeated in a document -- and
// a probe into the mapped tables is a cache miss; a memo hit is not.
class NgramCache {
 public:
  // Sized for about `probes` distinct probes (at most 2^14 slots).
  explicit NgramCache(size_t probes = size_t{1} << kMaxBits) {
    while (bits_ < kMaxBits && (size_t{1} << bits_) < probes) ++bits_;
    slots_.resize(size_t{1} << bits_);
  }

 private:
  friend class LanguageModel;
  static constexpr int kMaxBits = 14;
  int bits_ = 6;
  struct Slot {
    uint64_t key = 0;  // 0: empty (no n-gram packs to 0)
    const NgramEntry* entry = nullptr;
  };
  std::vector<Slot> slots_;
};

class LanguageModel {
 public:
  // Points into `file` (which must outlive the model).
  Status Attach(const ModelFile& file);

  int order() const { return order_; }
  uint32_t vocab_size() const { return vocab_.size(); }
  // Id of a token (lower-case NFC), or kUnk.
  uint32_t Id(std::string_view token) const {
    uint32_t id = vocab_.Find(token);
    return id == StringTable::kNotFound ? kUnk : id;
  }
  std::string_view Word(uint32_t id) const { return vocab_.At(id); }

  // log10 p(word | context), context[0] the previous word, context[1] the one
  // before ...; only the first min(n, order-1) are used. max_order (>= 1)
  // truncates the model (a bigram baseline is the same model with 2).
  float Score(const uint32_t* context, int n, uint32_t word, int max_order = kMaxOrder) const;
  float Unigram(uint32_t word) const { return uni_[word].prob; }

  // The same score in two steps, for many words after one context: the
  // context's keys and backoffs are looked up once.
  struct Context {
    int n = 0;                          // context words used
    uint64_t key = 0;                   // packed context, newest lowest
    float backoff[kMaxOrder] = {0, 0, 0, 0};  // [m-1]: backoff paid when only an m-gram matches
  };
  // `cache` (optional) memoizes the probes.
  Context MakeContext(const uint32_t* context, int n, int max_order = kMaxOrder, NgramCache* cache = nullptr) const;
  float Score(const Context& context, uint32_t word, NgramCache* cache = nullptr) const;
  // log10 of the word's raw relative frequency in the training text.
  float Frequency(uint32_t word) const { return freq_[word]; }
  // log10 P(written capitalized | word) or P(written lower case | word),
  // inside a sentence ("Sở Khoa học" but "số 57").
  float CaseScore(uint32_t word, bool capitalized) const { return cases_[2 * word + (capitalized ? 0 : 1)]; }
  // log10 P(next word capitalized | word capitalized) (or lower case): a
  // capitalized word followed by another is a name ("Sở Y tế"), or not
  // ("Số ngày"). 0 with a model file that lacks the section.
  float NameScore(uint32_t word, bool next_capitalized) const {
    return names_ ? names_[2 * word + (next_capitalized ? 0 : 1)] : 0.0f;
  }

 private:
  const NgramEntry* Find(int order, uint64_t key) const;
  const NgramEntry* Find(int order, uint64_t key, NgramCache* cache) const;
  int order_ = 0;
  StringTable vocab_;
  struct Uni { float prob, backoff; };
  const Uni* uni_ = nullptr;
  const float* freq_ = nullptr;
  const float* cases_ = nullptr;
  const float* names_ = nullptr;
  struct Table { const NgramEntry* entries = nullptr; uint64_t mask = 0; int shift = 0; };
  Table tables_[kMaxOrder + 1];
};

}  // namespace kehoach::nlp::restore

#endif  // KEHOACH_NLP_RESTORE_LANGUAGE_MODEL_H_
