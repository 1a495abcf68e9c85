#include "nlp/restore/error_model.h"

#include <cmath>
#include <cstring>

#include "nlp/vietnamese_text.h"

namespace kehoach::nlp::restore {

Status ErrorModel::Attach(const ModelFile& file) {
  Status s = keys_.Attach(file.Section("EMKEYS"));
  if (!s.ok()) return s.WithPrefix(file.name() + ": error model");
  std::string_view spans = file.Section("EMSPAN");
  std::string_view cands = file.Section("EMCAND");
  if (spans.size() != 4ull * (keys_.size() + 1)) return Status::Corruption(file.name() + ": error model spans malformed");
  spans_ = reinterpret_cast<const uint32_t*>(spans.data());
  if (cands.size() != spans_[keys_.size()] * sizeof(ErrorCandidate)) {
    return Status::Corruption(file.name() + ": error model candidates malformed");
  }
  cands_ = reinterpret_cast<const ErrorCandidate*>(cands.data());
  s = rules_.Attach(file.Section("EMRULES"));
  if (!s.ok()) return s.WithPrefix(file.name() + ": error model rules");
  std::string_view probs = file.Section("EMRULEP");
  if (probs.size() != rules_.size() * sizeof(float)) return Status::Corruption(file.name() + ": rule table malformed");
  rule_probs_ = reinterpret_cast<const float*>(probs.data());
  return Status::OK();
}

std::vector<ErrorModel::Rewrite> ErrorModel::Rewrites(std::string_view guess_key) const {
  std::vector<Rewrite> out;
  for (uint32_t r = 0; r < rules_.size(); ++r) {
    std::string_view rule = rules_.At(r);
    size_t tab = rule.find('\t');
    std::string_view from = rule.substr(0, tab), to = rule.substr(tab + 1);
    for (size_t pos = guess_key.find(from); pos != std::string_view::npos; pos = guess_key.find(from, pos + 1)) {
      std::string k(guess_key.substr(0, pos));
      k += to;
      k += guess_key.substr(pos + from.size());
      out.push_back({std::move(k), rule_probs_[r]});
    }
  }
  return out;
}

std::span<const ErrorCandidate> ErrorModel::Lookup(std::string_view key) const {
  uint32_t i = keys_.Find(key);
  if (i == StringTable::kNotFound) return {};
  return std::span<const ErrorCandidate>(cands_ + spans_[i], spans_[i + 1] - spans_[i]);
}

std::string GuessKey(std::string_view lower_token) {
  std::string f = Fold(lower_token);
  std::string out;
  out.reserve(f.size());
  for (size_t i = 0; i < f.size(); ++i) {
    char c = f[i];
    switch (c) {
      case '6': case '0': case '9': case '@': out += 'o'; break;
      case '4': out += 'a'; break;
      case '1': case '|': case '!': out += 'l'; break;
      case '3': out += 'e'; break;
      case '5': out += 's'; break;
      case '8': out += 'a'; break;
      default:
        if (static_cast<unsigned char>(c) >= 0x80) {
          // Non-Vietnamese symbols OCR puts for marked letters (§ ¢ ...): an 'o'.
          size_t len = 1;
          while (i + len < f.size() && (static_cast<unsigned char>(f[i + len]) & 0xC0) == 0x80) ++len;
          out += 'o';
          i += len - 1;
        } else {
          out += c;
        }
    }
  }
  return out;
}

void ErrorModelBuilder::AddSyllable(const std::string& syllable) {
  channels_[syllable][syllable] |= ErrorCandidate::kKeep;
  channels_[Fold(syllable)][syllable] |= ErrorCandidate::kStrip;
}

void ErrorModelBuilder::AddPair(const std::string& observed, const std::string& intended, uint64_t count) {
  pairs_[{observed, intended}] += count;
  intended_counts_[intended] += count;
}

Status ErrorModelBuilder::Build(const std::function<uint16_t(const std::string&)>& word_id, uint64_t min_count,
                                ModelFileWriter* out) const {
  // observed -> intended -> candidate (sorted maps: deterministic output).
  std::map<std::string, std::map<std::string, ErrorCandidate>> table;
  auto ids = [&](const std::string& intended, ErrorCandidate* c) {
    size_t sp = intended.find(' ');
    c->word = word_id(intended.substr(0, sp));
    c->word2 = sp == std::string::npos ? ErrorCandidate::kNoWord : word_id(intended.substr(sp + 1));
    return c->word != ErrorCandidate::kNoWord && (sp == std::string::npos || c->word2 != ErrorCandidate::kNoWord);
  };
  for (const auto& [observed, intendeds] : channels_) {
    for (const auto& [intended, flags] : intendeds) {
      ErrorCandidate c{0, 0, flags, 0, -99.0f};
      if (ids(intended, &c)) table[observed][intended] = c;
    }
  }
  for (const auto& [key, count] : pairs_) {
    const auto& [observed, intended] = key;
    if (count < min_count) continue;
    double p = static_cast<double>(count) / static_cast<double>(intended_counts_.at(intended));
    auto& row = table[observed];
    auto it = row.find(intended);
    if (it == row.end()) {
      ErrorCandidate c{0, 0, 0, 0, -99.0f};
      if (!ids(intended, &c)) continue;
      it = row.emplace(intended, c).first;
    }
    it->second.flags |= ErrorCandidate::kOcr;
    it->second.ocr_log10 = static_cast<float>(std::log10(p));
  }
  // Rewrite rules: the differing middle of GuessKey(observed) and
  // Fold(intended), for single-syllable pairs.
  std::map<std::pair<std::string, std::string>, uint64_t> rules;
  std::map<std::string, uint64_t> keyed;  // GuessKey(observed) -> count
  for (const auto& [key, count] : pairs_) {
    const auto& [observed, intended] = key;
    if (observed.find(' ') != std::string::npos || intended.find(' ') != std::string::npos) continue;
    std::string a = GuessKey(observed), b = Fold(intended);
    keyed[a] += count;
    if (a == b) continue;
    size_t p = 0;
    while (p < a.size() && p < b.size() && a[p] == b[p]) ++p;
    size_t q = 0;
    while (q < a.size() - p && q < b.size() - p && a[a.size() - 1 - q] == b[b.size() - 1 - q]) ++q;
    std::string from = a.substr(p, a.size() - p - q), to = b.substr(p, b.size() - p - q);
    if (from.empty() || from.size() > 3 || to.size() > 3) continue;
    rules[{from, to}] += count;
  }
  StringTableBuilder rule_names;
  std::vector<float> rule_probs;
  for (const auto& [rule, count] : rules) {
    if (count < std::max<uint64_t>(min_count, 3)) continue;
    uint64_t occurrences = 0;
    for (const auto& [k, c] : keyed) occurrences += k.find(rule.first) != std::string::npos ? c : 0;
    rule_names.Add(rule.first + "\t" + rule.second);
    rule_probs.push_back(static_cast<float>(std::log10(static_cast<double>(count) / std::max(occurrences, count))));
  }
  out->Add("EMRULES", rule_names.Serialize());
  std::string rp;
  AppendArray(&rp, rule_probs);
  out->Add("EMRULEP", rp);

  StringTableBuilder keys;
  std::vector<uint32_t> spans;
  std::vector<ErrorCandidate> cands;
  for (const auto& [observed, row] : table) {
    if (row.empty()) continue;
    keys.Add(observed);
    spans.push_back(static_cast<uint32_t>(cands.size()));
    for (const auto& [intended, c] : row) cands.push_back(c);
  }
  spans.push_back(static_cast<uint32_t>(cands.size()));
  out->Add("EMKEYS", keys.Serialize());
  std::string s, c;
  AppendArray(&s, spans);
  AppendArray(&c, cands);
  out->Add("EMSPAN", s);
  out->Add("EMCAND", c);
  return Status::OK();
}

}  // namespace kehoach::nlp::restore
