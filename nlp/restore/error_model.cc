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
  return Status::OK();
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
      case '6': case '0': case '9': out += 'o'; break;
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
