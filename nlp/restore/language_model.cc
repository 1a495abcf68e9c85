#include "nlp/restore/language_model.h"

#include <algorithm>
#include <cstring>
#include <string>

namespace kehoach::nlp::restore {

std::string NgramFilter::Build(const std::vector<uint64_t>& keys) {
  uint64_t words = 2;
  while (words * 64 < keys.size() * 10) words *= 2;
  std::vector<uint64_t> bits(words, 0);
  const int shift = 64 - __builtin_ctzll(words);
  for (uint64_t key : keys) {
    const uint64_t h = Mix(key);
    bits[h >> shift] |= Bits(h);
  }
  std::string out;
  AppendPod(&out, words);
  AppendArray(&out, bits);
  return out;
}

bool NgramFilter::Attach(std::string_view section) {
  uint64_t words = 0;
  if (section.size() < 8) return false;
  std::memcpy(&words, section.data(), 8);
  if (words < 2 || (words & (words - 1)) != 0 || section.size() != 8 + 8 * words) return false;
  words_ = reinterpret_cast<const uint64_t*>(section.data() + 8);
  shift_ = 64 - __builtin_ctzll(words);
  return true;
}

Status LanguageModel::Attach(const ModelFile& file) {
  std::string_view head = file.Section("LMHEAD");
  if (head.size() < 8) return Status::Corruption(file.name() + ": no language model in this file");
  uint32_t order, vocab;
  std::memcpy(&order, head.data(), 4);
  std::memcpy(&vocab, head.data() + 4, 4);
  if (order < 1 || order > kMaxOrder) return Status::Corruption(file.name() + ": bad language model order");
  Status s = vocab_.Attach(file.Section("LMVOCAB"));
  if (!s.ok()) return s.WithPrefix(file.name());
  if (vocab_.size() != vocab) return Status::Corruption(file.name() + ": vocabulary size mismatch");
  std::string_view uni = file.Section("LMUNI");
  if (uni.size() != vocab * sizeof(Uni)) return Status::Corruption(file.name() + ": unigram table size mismatch");
  uni_ = reinterpret_cast<const Uni*>(uni.data());
  std::string_view freq = file.Section("LMFREQ");
  if (freq.size() != vocab * sizeof(float)) return Status::Corruption(file.name() + ": frequency table size mismatch");
  freq_ = reinterpret_cast<const float*>(freq.data());
  std::string_view cases = file.Section("LMCASE");
  if (cases.size() != 2 * vocab * sizeof(float)) return Status::Corruption(file.name() + ": case table size mismatch");
  cases_ = reinterpret_cast<const float*>(cases.data());
  std::string_view names = file.Section("LMNAME");
  if (!names.empty() && names.size() != 2 * vocab * sizeof(float)) {
    return Status::Corruption(file.name() + ": name table size mismatch");
  }
  names_ = names.empty() ? nullptr : reinterpret_cast<const float*>(names.data());
  std::string_view max = file.Section("LMMAX");
  if (!max.empty() && max.size() != vocab * sizeof(float)) return Status::Corruption(file.name() + ": max-score table size mismatch");
  max_ = max.empty() ? nullptr : reinterpret_cast<const float*>(max.data());
  for (uint32_t k = 2; k <= order; ++k) {
    std::string tag = "LM" + std::to_string(k);
    std::string_view t = file.Section(tag);
    if (t.size() < 8) return Status::Corruption(file.name() + ": missing section " + tag);
    uint64_t slots;
    std::memcpy(&slots, t.data(), 8);
    if (slots == 0 || (slots & (slots - 1)) != 0 || 8 + slots * sizeof(NgramEntry) != t.size()) {
      return Status::Corruption(file.name() + ": malformed section " + tag);
    }
    tables_[k].entries = reinterpret_cast<const NgramEntry*>(t.data() + 8);
    tables_[k].mask = slots - 1;
    tables_[k].shift = 64 - __builtin_ctzll(slots);
    std::string_view filter = file.Section(tag + "BF");
    tables_[k].filter = NgramFilter();
    if (!filter.empty() && !tables_[k].filter.Attach(filter)) {
      return Status::Corruption(file.name() + ": malformed section " + tag + "BF");
    }
  }
  order_ = static_cast<int>(order);
  return Status::OK();
}

const NgramEntry* LanguageModel::Find(int order, uint64_t key) const {
  const Table& t = tables_[order];
  if (!t.filter.empty() && !t.filter.MayContain(key)) return nullptr;
  for (uint64_t pos = NgramSlot(key, t.shift) & t.mask;; pos = (pos + 1) & t.mask) {
    const NgramEntry& e = t.entries[pos];
    if (e.key == key) return &e;
    if (e.key == 0) return nullptr;
  }
}

// Inlined: the memo's hit path is a few instructions, and it runs for every probe.
[[gnu::always_inline]] inline bool LanguageModel::Find(int order, uint64_t key, NgramCache* cache, float* prob,
                                                      float* backoff) const {
  if (cache == nullptr) {
    const NgramEntry* e = Find(order, key);
    if (e) *prob = e->prob, *backoff = e->backoff;
    return e != nullptr;
  }
  // A key's order is implied by its highest non-zero 16 bits, so one memo
  // serves every order.
  NgramCache::Probe& slot = cache->probes_[cache->Index(key)];
  if (slot.key != key) {
    const NgramEntry* e = Find(order, key);
    slot.key = key;
    slot.prob = e ? e->prob : NgramCache::kAbsent;
    slot.backoff = e ? e->backoff : 0.0f;
  }
  *prob = slot.prob;
  *backoff = slot.backoff;
  return slot.prob != NgramCache::kAbsent;
}

float LanguageModel::Score(const uint32_t* context, int n, uint32_t word, int max_order) const {
  int order = std::min(order_, max_order);
  if (n > order - 1) n = order - 1;
  if (n < 0) n = 0;
  float p = uni_[word].prob;
  // Longest match: (context[k-2] .. context[0], word) for k = 2..n+1.
  uint64_t key = word + 1;
  int matched = 1;
  for (int k = 2; k <= n + 1; ++k) {
    key |= uint64_t{context[k - 2] + 1} << (16 * (k - 1));
    const NgramEntry* e = Find(k, key);
    if (!e) break;
    p = e->prob;
    matched = k;
  }
  // Backoffs of the contexts longer than the matched one minus the word.
  if (matched <= n) {
    uint64_t ckey = 0;
    for (int k = 1; k <= n; ++k) {
      ckey |= uint64_t{context[k - 1] + 1} << (16 * (k - 1));
      if (k < matched) continue;
      if (k == 1) {
        p += uni_[context[0]].backoff;
      } else {
        const NgramEntry* e = Find(k, ckey);
        if (!e) break;  // a longer context cannot exist either
        p += e->backoff;
      }
    }
  }
  return p;
}

LanguageModel::Context LanguageModel::MakeContext(const uint32_t* context, int n, int max_order,
                                                  NgramCache* cache) const {
  Context c;
  int order = std::min(order_, max_order);
  c.n = std::max(0, std::min(n, order - 1));
  // bo[k] = log10 backoff of the k-word context (k = 1..n); 0 past a missing one.
  float bo[kMaxOrder + 1] = {0, 0, 0, 0, 0};
  bool present = true;
  for (int k = 1; k <= c.n; ++k) {
    c.key |= uint64_t{context[k - 1] + 1} << (16 * (k - 1));
    if (!present) continue;
    if (k == 1) {
      bo[1] = uni_[context[0]].backoff;
      c.present = 1;
    } else {
      float prob;
      present = Find(k, c.key, cache, &prob, &bo[k]);
      if (present) c.present = k;
    }
  }
  // backoff[m-1] = sum of bo[k] for k = m..n: what a match of length m pays.
  float sum = 0;
  for (int k = c.n; k >= 1; --k) {
    sum += bo[k];
    c.backoff[k - 1] = sum;
  }
  return c;
}

float LanguageModel::ScoreAfter(const uint32_t* context, int n, uint32_t word, int max_order,
                                NgramCache& cache) const {
  // MakeContext and Score(Context) fused, with the same probes and the same
  // float operations in the same order (so the same bits): the backoffs of
  // the context words present, ...
  const int used = std::max(0, std::min(n, std::min(order_, max_order) - 1));
  float bo[kMaxOrder + 1] = {0, 0, 0, 0, 0};
  int present = 0;
  uint64_t ckey = 0;
  for (int k = 1; k <= used; ++k) {
    ckey |= uint64_t{context[k - 1] + 1} << (16 * (k - 1));
    if (k == 1) {
      bo[1] = uni_[context[0]].backoff;
      present = 1;
    } else {
      float prob;
      if (!Find(k, ckey, &cache, &prob, &bo[k])) break;
      present = k;
    }
  }
  // ... what the context pays when only an m-gram matches, summed from the
  // longest context down as MakeContext sums them, ...
  auto backoff = [&](int m) {
    float sum = 0;
    for (int k = used; k >= m; --k) sum += bo[k];
    return sum;
  };
  // ... and the longest n-gram that matches, the bigram first as Score does.
  float p = uni_[word].prob;
  if (present == 0) return used >= 1 ? p + backoff(1) : p;
  uint64_t key = (word + 1) | ((ckey & 0xFFFF) << 16);
  float prob, unused;
  if (!Find(2, key, &cache, &prob, &unused)) return p + backoff(1);
  uint64_t full = 0;
  for (int k = used; k >= 1; --k) full = (full << 16) | (context[k - 1] + 1);
  full = (full << 16) | (word + 1);
  NgramCache::ScoreSlot& memo = cache.scores_[cache.Index(full)];
  if (memo.key == full) return memo.score;
  p = prob;
  int matched = 2;
  for (int k = 3; k <= present + 1; ++k) {
    key |= ((ckey >> (16 * (k - 2))) & 0xFFFF) << (16 * (k - 1));
    if (!Find(k, key, &cache, &prob, &unused)) break;
    p = prob;
    matched = k;
  }
  if (matched <= used) p += backoff(matched);
  memo = {full, p};
  return p;
}

float LanguageModel::Score(const Context& c, uint32_t word, NgramCache* cache) const {
  float p = uni_[word].prob;
  if (c.present == 0) return c.n >= 1 ? p + c.backoff[0] : p;
  // The bigram first: most are not in the model (a candidate never seen
  // after the previous word), and then the score is the unigram's plus the
  // context's backoffs, cheaper than a look in the score memo.
  uint64_t key = (word + 1) | ((c.key & 0xFFFF) << 16);
  float prob, backoff;
  if (!Find(2, key, cache, &prob, &backoff)) return p + c.backoff[0];
  // Else the score is a function of the packed (context, word): memoized whole.
  const uint64_t full = (c.key << 16) | (word + 1);
  NgramCache::ScoreSlot* memo = nullptr;
  if (cache != nullptr) {
    memo = &cache->scores_[cache->Index(full)];
    if (memo->key == full) return memo->score;
  }
  p = prob;
  int matched = 2;
  // An n-gram whose context is not in the model cannot be in it either
  // (every prefix of a counted n-gram is counted), so probes stop at the
  // longest present context.
  for (int k = 3; k <= c.present + 1; ++k) {
    key |= ((c.key >> (16 * (k - 2))) & 0xFFFF) << (16 * (k - 1));
    if (!Find(k, key, cache, &prob, &backoff)) break;
    p = prob;
    matched = k;
  }
  if (matched <= c.n) p += c.backoff[matched - 1];
  if (memo) *memo = {full, p};
  return p;
}

}  // namespace kehoach::nlp::restore
