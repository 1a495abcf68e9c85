#include "nlp/restore/language_model_builder.h"

#include <algorithm>
#include <cmath>

#include "nlp/restore/language_model.h"

namespace kehoach::nlp::restore {
namespace {

constexpr uint64_t kMask16 = 0xFFFF;

// Discounts D1, D2, D3+ from counts of counts n1..n4 (Chen & Goodman).
struct Discounts {
  double d[4] = {0, 0.5, 1.0, 1.5};
  double For(uint64_t count) const { return d[std::min<uint64_t>(count, 3)]; }
};

Discounts EstimateDiscounts(const uint64_t n[5]) {
  Discounts out;
  if (n[1] == 0 || n[2] == 0) return out;
  double y = static_cast<double>(n[1]) / (n[1] + 2.0 * n[2]);
  double d1 = 1 - 2 * y * n[2] / n[1];
  double d2 = n[2] ? 2 - 3 * y * n[3] / n[2] : 1.0;
  double d3 = n[3] ? 3 - 4 * y * n[4] / n[3] : 1.5;
  // Tiny corpora give out-of-range estimates; clamp into (0, count).
  out.d[1] = std::clamp(d1, 0.05, 0.95);
  out.d[2] = std::clamp(d2, 0.1, 1.95);
  out.d[3] = std::clamp(d3, 0.1, 2.95);
  return out;
}

Discounts DiscountsFrom(const std::unordered_map<uint64_t, uint64_t>& adjusted) {
  uint64_t coc[5] = {0, 0, 0, 0, 0};
  for (const auto& [key, c] : adjusted) {
    if (c >= 1 && c <= 4) ++coc[c];
  }
  return EstimateDiscounts(coc);
}

std::string SerializeTable(const std::vector<NgramEntry>& entries) {
  uint64_t slots = 16;
  while (slots < entries.size() + entries.size() / 2) slots *= 2;
  int shift = 64 - __builtin_ctzll(slots);
  std::vector<NgramEntry> table(slots, NgramEntry{0, 0, 0});
  for (const NgramEntry& e : entries) {
    uint64_t pos = NgramSlot(e.key, shift) & (slots - 1);
    while (table[pos].key != 0) pos = (pos + 1) & (slots - 1);
    table[pos] = e;
  }
  std::string out;
  AppendPod(&out, slots);
  AppendArray(&out, table);
  return out;
}

}  // namespace

LanguageModelBuilder::LanguageModelBuilder(int order)
    : order_(std::clamp(order, 1, kMaxOrder)), counts_(order_ + 1), raw_(order_ + 1), heaviest_(order_ + 1) {
  for (const char* s : kSpecialTokens) vocab_.Add(s);
}

uint32_t LanguageModelBuilder::AddWord(std::string_view token) { return vocab_.Add(token); }

void LanguageModelBuilder::AddCase(std::string_view token, bool capitalized, int weight) {
  auto& c = case_counts_[vocab_.Add(token)];
  (capitalized ? c.first : c.second) += static_cast<uint64_t>(weight);
}

void LanguageModelBuilder::AddNameCase(std::string_view token, bool next_capitalized, int weight) {
  auto& c = name_counts_[vocab_.Add(token)];
  (next_capitalized ? c.first : c.second) += static_cast<uint64_t>(weight);
}

void LanguageModelBuilder::AddSentence(const std::vector<std::string>& tokens, int weight) {
  if (tokens.empty() || weight <= 0) return;
  std::vector<uint32_t> ids;
  ids.reserve(tokens.size() + 2);
  ids.push_back(kBos);
  for (const std::string& t : tokens) ids.push_back(vocab_.Add(t));
  ids.push_back(kEos);
  tokens_ += tokens.size();
  for (size_t i = 1; i < ids.size(); ++i) {
    // Every k-gram ending at i (k <= order), starting no earlier than <s>.
    uint64_t key = 0;
    for (int k = 1; k <= order_ && static_cast<size_t>(k) <= i + 1; ++k) {
      key |= uint64_t{ids[i - k + 1] + 1} << (16 * (k - 1));
      counts_[k][key] += weight;
      raw_[k][key] += 1;
      if (k >= 2) {
        uint32_t& h = heaviest_[k][key];
        h = std::max<uint32_t>(h, static_cast<uint32_t>(weight));
      }
    }
  }
}

std::vector<LanguageModelBuilder::CountMap> LanguageModelBuilder::AdjustedCounts(bool weighted) const {
  const std::vector<CountMap>& counts = weighted ? counts_ : raw_;
  std::vector<CountMap> adjusted(order_ + 1);
  adjusted[order_] = counts[order_];
  for (int k = order_ - 1; k >= 1; --k) {
    CountMap& a = adjusted[k];
    for (const auto& [key, c] : counts[k]) {
      uint64_t first = (key >> (16 * (k - 1))) & kMask16;
      if (first == kBos + 1) a[key] = c;
    }
    for (const auto& [key, w] : heaviest_[k + 1]) {
      uint64_t suffix = key & ((uint64_t{1} << (16 * k)) - 1);
      if (((suffix >> (16 * (k - 1))) & kMask16) == kBos + 1) continue;
      a[suffix] += weighted ? w : 1;
    }
  }
  return adjusted;
}

std::array<double, 3> LanguageModelBuilder::DiscountsOf(int k) const {
  if (k < 1 || k > order_) return {0, 0, 0};
  const Discounts d = DiscountsFrom(AdjustedCounts(false)[k]);
  return {d.d[1], d.d[2], d.d[3]};
}

Status LanguageModelBuilder::Build(ModelFileWriter* out) const {
  const uint32_t v = vocab_.size();
  if (v >= 0xFFFF) return Status::InvalidArgument("language model vocabulary has " + std::to_string(v) + " tokens, over 65,534");
  const std::vector<CountMap> adjusted = AdjustedCounts(true);
  // Discounts per order, from the counts without weights.
  const std::vector<CountMap> unweighted = AdjustedCounts(false);
  std::vector<Discounts> disc(order_ + 1);
  for (int k = 1; k <= order_; ++k) disc[k] = DiscountsFrom(unweighted[k]);
  // The discount of a k-gram with weighted count c: the discount of its
  // count without weights r, times its mean weight c / r. A weight scales a
  // text's counts and discounts alike, so it sets how much the text counts
  // against the others, not how much back-off mass its contexts keep.
  auto discount = [&](int k, uint64_t key, uint64_t c) {
    auto it = unweighted[k].find(key);
    const uint64_t r = it == unweighted[k].end() || it->second == 0 ? c : it->second;
    return disc[k].For(r) * static_cast<double>(c) / static_cast<double>(r);
  };
  // Per context: total count and total discount (the back-off mass).
  struct Ctx { uint64_t total = 0; double discounts = 0; };
  std::vector<std::unordered_map<uint64_t, Ctx>> ctx(order_ + 1);
  for (int k = 1; k <= order_; ++k) {
    for (const auto& [key, c] : adjusted[k]) {
      Ctx& x = ctx[k][key >> 16];
      x.total += c;
      x.discounts += discount(k, key, c);
    }
  }
  // Probabilities, lowest order first (interpolation needs the lower order).
  std::vector<std::unordered_map<uint64_t, double>> prob(order_ + 1);  // natural p
  {
    const Ctx& root = ctx[1][0];
    double gamma = root.total ? root.discounts / root.total : 1.0;
    double uniform = 1.0 / std::max<uint32_t>(v - 1, 1);  // every token but <s>
    for (uint32_t id = 0; id < v; ++id) {
      auto it = adjusted[1].find(id + 1);
      double c = it == adjusted[1].end() ? 0 : static_cast<double>(it->second);
      double p = root.total ? std::max(c - (c > 0 ? discount(1, id + 1, static_cast<uint64_t>(c)) : 0), 0.0) / root.total : 0;
      prob[1][id + 1] = p + gamma * uniform;
    }
  }
  for (int k = 2; k <= order_; ++k) {
    for (const auto& [key, c] : adjusted[k]) {
      const Ctx& x = ctx[k].at(key >> 16);
      double gamma = x.discounts / x.total;
      uint64_t lower = key & ((uint64_t{1} << (16 * (k - 1))) - 1);
      double pl = prob[k - 1].at(lower);
      prob[k][key] = (c - discount(k, key, c)) / x.total + gamma * pl;
    }
  }
  auto backoff = [&](int k, uint64_t key) -> float {  // log10 gamma of context `key` (a k-gram)
    if (k >= order_) return 0.0f;
    auto it = ctx[k + 1].find(key);
    if (it == ctx[k + 1].end()) return 0.0f;
    const Ctx& x = it->second;
    return static_cast<float>(std::log10(x.discounts / x.total));
  };

  std::string head;
  AppendPod(&head, static_cast<uint32_t>(order_));
  AppendPod(&head, v);
  out->Add("LMHEAD", head);
  out->Add("LMVOCAB", vocab_.Serialize());
  std::string uni;
  std::vector<float> max_score(v);  // the highest stored log10 p of each word, any order
  for (uint32_t id = 0; id < v; ++id) {
    float p = id == kBos ? -99.0f : static_cast<float>(std::log10(prob[1].at(id + 1)));
    max_score[id] = p;
    AppendPod(&uni, p);
    AppendPod(&uni, backoff(1, id + 1));
  }
  out->Add("LMUNI", uni);
  // Raw relative frequencies (log10), for the most-frequent-form baseline and
  // candidate pruning: KN unigrams are continuation counts ("nghệ" follows
  // almost only "công", so its KN unigram is small).
  std::string freq;
  uint64_t total = 0;
  for (const auto& [key, c] : counts_[1]) total += c;
  for (uint32_t id = 0; id < v; ++id) {
    auto it = counts_[1].find(id + 1);
    double c = it == counts_[1].end() ? 0.1 : static_cast<double>(it->second);
    AppendPod(&freq, static_cast<float>(std::log10(c / std::max<uint64_t>(total, 1))));
  }
  out->Add("LMFREQ", freq);
  // log10 P(capitalized | word) and P(lower | word), add-one-half smoothed.
  // The same for the name statistics (next word capitalized or not).
  auto case_table = [v](const std::unordered_map<uint32_t, std::pair<uint64_t, uint64_t>>& counts) {
    std::string table;
    for (uint32_t id = 0; id < v; ++id) {
      auto it = counts.find(id);
      double yes = it == counts.end() ? 0 : static_cast<double>(it->second.first);
      double no = it == counts.end() ? 0 : static_cast<double>(it->second.second);
      AppendPod(&table, static_cast<float>(std::log10((yes + 0.5) / (yes + no + 1))));
      AppendPod(&table, static_cast<float>(std::log10((no + 0.5) / (yes + no + 1))));
    }
    return table;
  };
  out->Add("LMCASE", case_table(case_counts_));
  out->Add("LMNAME", case_table(name_counts_));
  for (int k = 2; k <= order_; ++k) {
    std::vector<NgramEntry> entries;
    entries.reserve(prob[k].size());
    for (const auto& [key, p] : prob[k]) {
      entries.push_back({key, static_cast<float>(std::log10(p)), backoff(k, key)});
      float& m = max_score[(key & kMask16) - 1];
      m = std::max(m, entries.back().prob);
    }
    // Sorted so the table's bytes do not depend on hash-map iteration order.
    std::sort(entries.begin(), entries.end(), [](const NgramEntry& a, const NgramEntry& b) { return a.key < b.key; });
    out->Add("LM" + std::to_string(k), SerializeTable(entries));
    if (k < order_) {
      std::vector<uint64_t> keys;
      keys.reserve(entries.size());
      for (const NgramEntry& e : entries) keys.push_back(e.key);
      out->Add("LM" + std::to_string(k) + "BF", NgramFilter::Build(keys));
    }
  }
  std::string max_bytes;
  AppendArray(&max_bytes, max_score);
  out->Add("LMMAX", max_bytes);
  return Status::OK();
}

}  // namespace kehoach::nlp::restore
