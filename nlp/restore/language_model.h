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
// statistics), "LM2".."LM4", "LMMAX" (optional: per word, the highest score
// it can get in any context, for pruning before scoring), and "LM2BF".."LM3BF" (optional): a blocked Bloom
// filter of the keys of each order below the highest. Most probes of a
// decoding ask for n-grams the model lacks (a candidate never seen after the
// previous word); the filter (10 bits a key, in the CPU cache) answers most of
// them without touching the table.
#ifndef KEHOACH_NLP_RESTORE_LANGUAGE_MODEL_H_
#define KEHOACH_NLP_RESTORE_LANGUAGE_MODEL_H_

#include <cstdint>
#include <string>
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

// A blocked Bloom filter of n-gram keys: one 64-bit word per key, three bits
// in it. No false negatives; about 1 % false positives at 10 bits a key.
class NgramFilter {
 public:
  // Bytes of a filter for `keys` (a word count, a power of two >= 2, then the words).
  static std::string Build(const std::vector<uint64_t>& keys);
  // Points into a section made by Build; false if malformed.
  bool Attach(std::string_view section);
  bool empty() const { return words_ == nullptr; }
  bool MayContain(uint64_t key) const {
    const uint64_t h = Mix(key);
    const uint64_t w = words_[h >> shift_];
    return (w & Bits(h)) == Bits(h);
  }

 private:
  static uint64_t Mix(uint64_t h) {
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 33);
  }
  static uint64_t Bits(uint64_t h) {
    return (uint64_t{1} << (h & 63)) | (uint64_t{1} << ((h >> 6) & 63)) | (uint64_t{1} << ((h >> 12) & 63));
  }
  const uint64_t* words_ = nullptr;
  int shift_ = 64;
};

// A direct-mapped memo for one decoding at a time (not thread-safe), of
// hash-table probes (found or not, with the entry's values, so a hit does not
// touch the tables) and of whole scores of (context, word) whose bigram is in
// the model (without it a score is the unigram's plus backoffs). Decoding probes
// the same n-grams again and again -- states sharing their last words,
// phrases repeated in a document, the confidences after the search -- and a
// probe into the mapped tables is a cache miss; a memo hit is not.
class NgramCache {
 public:
  // Sized for about `probes` distinct probes (at most 2^14 slots).
  explicit NgramCache(size_t probes = size_t{1} << kMaxBits) {
    while (bits_ < kMaxBits && (size_t{1} << bits_) < probes) ++bits_;
    probes_.resize(size_t{1} << bits_);
    scores_.resize(size_t{1} << bits_);
  }

 private:
  friend class LanguageModel;
  static constexpr int kMaxBits = 14;
  static constexpr float kAbsent = 1.0f;  // a log10 probability is <= 0
  int bits_ = 6;
  size_t Index(uint64_t key) const { return (key * 0xC2B2AE3D27D4EB4Full) >> (64 - bits_); }
  // A key packs one id+1 per 16 bits, so 0 is no key: the empty slot.
  struct Probe {
    uint64_t key = 0;
    float prob = kAbsent;  // kAbsent: no such n-gram
    float backoff = 0;
  };
  struct ScoreSlot {
    uint64_t key = 0;  // the context's words and the word, packed
    float score = 0;
  };
  std::vector<Probe> probes_;
  std::vector<ScoreSlot> scores_;
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
  // An upper bound of Score(any context, word): the highest log10 p stored
  // for the word at any order (backoffs are <= 0 under Kneser-Ney). 0 (no
  // bound) with a model file that lacks the section.
  float MaxScore(uint32_t word) const { return max_ ? max_[word] : 0.0f; }

  // The same score in two steps, for many words after one context: the
  // context's keys and backoffs are looked up once.
  struct Context {
    int n = 0;                          // context words used
    int present = 0;                    // longest of them that is an n-gram of the model
    uint64_t key = 0;                   // packed context, newest lowest
    float backoff[kMaxOrder] = {0, 0, 0, 0};  // [m-1]: backoff paid when only an m-gram matches
  };
  // `cache` (optional) memoizes the probes.
  Context MakeContext(const uint32_t* context, int n, int max_order = kMaxOrder, NgramCache* cache = nullptr) const;
  float Score(const Context& context, uint32_t word, NgramCache* cache = nullptr) const;
  // Score(MakeContext(context, n, max_order, &cache), word, &cache), bit for
  // bit, in one pass (no Context is made).
  float ScoreAfter(const uint32_t* context, int n, uint32_t word, int max_order, NgramCache& cache) const;
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
  // The probe through the memo: false if absent, else the entry's values.
  bool Find(int order, uint64_t key, NgramCache* cache, float* prob, float* backoff) const;
  int order_ = 0;
  StringTable vocab_;
  struct Uni { float prob, backoff; };
  const Uni* uni_ = nullptr;
  const float* freq_ = nullptr;
  const float* cases_ = nullptr;
  const float* names_ = nullptr;
  const float* max_ = nullptr;
  struct Table { const NgramEntry* entries = nullptr; uint64_t mask = 0; int shift = 0; NgramFilter filter; };
  Table tables_[kMaxOrder + 1];
};

}  // namespace kehoach::nlp::restore

#endif  // KEHOACH_NLP_RESTORE_LANGUAGE_MODEL_H_
