#include "nlp/extract/agency_gazetteer.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "base/paths.h"
#include "nlp/extract/folded_text.h"
#include "nlp/extract/text_lines.h"

namespace kehoach::nlp {

std::vector<KeyWord> KeyWords(std::string_view key) {
  std::vector<KeyWord> out;
  size_t i = 0;
  auto is_word = [](unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '&' || c >= 0x80 || (c >= 'A' && c <= 'Z');
  };
  while (i < key.size()) {
    unsigned char c = static_cast<unsigned char>(key[i]);
    if (c == ',' || c == ';' || c == '-') {
      out.push_back({key.substr(i, 1), i, i + 1});
      ++i;
    } else if (is_word(c)) {
      // Typographic dashes and quotes (non-ASCII punctuation) end a word.
      size_t j = i;
      while (j < key.size() && is_word(static_cast<unsigned char>(key[j]))) {
        if (static_cast<unsigned char>(key[j]) == 0xE2) break;  // U+2000.. punctuation
        ++j;
      }
      if (j == i) {  // a lone punctuation code point
        j = i + 3 <= key.size() ? i + 3 : key.size();
        if (key.substr(i, 3) == "\xE2\x80\x93" || key.substr(i, 3) == "\xE2\x80\x94")
          out.push_back({"-", i, j});
        i = j;
        continue;
      }
      out.push_back({key.substr(i, j - i), i, j});
      i = j;
    } else {
      ++i;
    }
  }
  return out;
}

namespace {

std::vector<std::string> AliasWords(const std::string& text, std::string* storage_key) {
  *storage_key = FoldKey(text);
  std::vector<std::string> words;
  for (const KeyWord& w : KeyWords(*storage_key)) words.emplace_back(w.word);
  return words;
}

bool IsJoiner(std::string_view w) { return w == "," || w == ";" || w == "va" || w == "-"; }

}  // namespace

void AgencyGazetteer::Add(const std::string& canonical, const std::vector<std::string>& aliases) {
  std::vector<std::string> all = aliases;
  all.push_back(canonical);
  for (const std::string& a : all) {
    std::string key;
    std::vector<std::string> words = AliasWords(a, &key);
    if (words.empty()) continue;
    std::string joined;
    for (const std::string& w : words) joined += (joined.empty() ? "" : " ") + w;
    if (words.size() >= 3 && joined.size() >= 15) {
      for (size_t k = 0; k < kFuzzyAnchors && k < words.size(); ++k) fuzzy_by_word_[k][words[k]].push_back(fuzzy_.size());
      fuzzy_.push_back({joined, words.size(), canonical});
    }
    auto& list = by_first_[words[0]];
    list.push_back({std::move(words), canonical});
    std::stable_sort(list.begin(), list.end(),
                     [](const Alias& x, const Alias& y) { return x.words.size() > y.words.size(); });
  }
  ++entries_;
}

void AgencyGazetteer::AddHead(const std::string& head) {
  std::string key;
  std::vector<std::string> words = AliasWords(head, &key);
  if (!words.empty()) heads_[words[0]].push_back(words);
}

Status AgencyGazetteer::LoadFiles(const std::string& agencies_tsv, const std::string& heads_txt) {
  std::ifstream in(agencies_tsv);
  if (!in) return Status::NotFound(agencies_tsv + ": cannot open the agency gazetteer");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    std::string canonical(Trim(line.substr(0, tab)));
    std::vector<std::string> aliases;
    if (tab != std::string::npos) {
      std::string rest = line.substr(tab + 1);
      size_t start = 0;
      while (start <= rest.size()) {
        size_t bar = rest.find('|', start);
        if (bar == std::string::npos) bar = rest.size();
        std::string alias(Trim(std::string_view(rest).substr(start, bar - start)));
        if (!alias.empty()) aliases.push_back(alias);
        start = bar + 1;
      }
    }
    if (!canonical.empty()) Add(canonical, aliases);
  }
  std::ifstream heads(heads_txt);
  if (!heads) return Status::NotFound(heads_txt + ": cannot open the agency head words");
  while (std::getline(heads, line)) {
    std::string_view t = Trim(line);
    if (t.empty() || t[0] == '#') continue;
    AddHead(std::string(t));
  }
  return Status::OK();
}

namespace {
struct Loaded {
  AgencyGazetteer gazetteer;
  Status status;
};
const Loaded& DefaultLoaded() {
  static const Loaded* loaded = [] {
    auto* l = new Loaded();
    l->status = l->gazetteer.LoadFiles(ResourcePath("nlp/data/agencies.tsv"),
                                       ResourcePath("nlp/data/agency_heads.txt"));
    return l;
  }();
  return *loaded;
}
}  // namespace

const AgencyGazetteer& AgencyGazetteer::Default() { return DefaultLoaded().gazetteer; }
const Status& AgencyGazetteer::LoadStatus() { return DefaultLoaded().status; }

size_t AgencyGazetteer::MatchAt(const std::vector<KeyWord>& words, size_t i,
                                const std::string** canonical) const {
  if (i >= words.size()) return 0;
  auto it = by_first_.find(std::string(words[i].word));
  if (it == by_first_.end()) return 0;
  for (const Alias& a : it->second) {
    if (i + a.words.size() > words.size()) continue;
    bool ok = true;
    for (size_t k = 1; k < a.words.size() && ok; ++k) ok = words[i + k].word == a.words[k];
    if (ok) {
      if (canonical) *canonical = &a.canonical;
      return a.words.size();
    }
  }
  return 0;
}

size_t AgencyGazetteer::FuzzyMatchAt(const std::vector<KeyWord>& words, size_t i,
                                     const std::string** canonical) const {
  std::vector<size_t> candidates;
  for (size_t k = 0; k < kFuzzyAnchors && i + k < words.size(); ++k) {
    auto it = fuzzy_by_word_[k].find(std::string(words[i + k].word));
    if (it != fuzzy_by_word_[k].end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
  }
  if (candidates.empty()) return 0;
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  const FuzzyAlias* best = nullptr;
  size_t best_distance = 0;
  bool tie = false;
  std::string text;
  for (size_t c : candidates) {
    const FuzzyAlias& a = fuzzy_[c];
    if (i + a.words > words.size()) continue;
    text.clear();
    for (size_t k = i; k < i + a.words; ++k) text += (k == i ? "" : " ") + std::string(words[k].word);
    size_t limit = a.key.size() / 7;
    size_t d = BoundedEditDistance(text, a.key, limit);
    if (d > limit) continue;
    if (best == nullptr || d < best_distance) {
      best = &a;
      best_distance = d;
      tie = false;
    } else if (d == best_distance && a.canonical != best->canonical) {
      tie = true;
    }
  }
  if (best == nullptr || tie) return 0;
  if (canonical) *canonical = &best->canonical;
  return best->words;
}

bool AgencyGazetteer::HeadAt(const std::vector<KeyWord>& words, size_t i) const {
  if (i >= words.size()) return false;
  auto it = heads_.find(std::string(words[i].word));
  if (it == heads_.end()) return false;
  for (const auto& h : it->second) {
    if (i + h.size() > words.size()) continue;
    bool ok = true;
    for (size_t k = 1; k < h.size() && ok; ++k) ok = words[i + k].word == h[k];
    if (ok) return true;
  }
  return false;
}

bool AgencyGazetteer::StartsWithAgency(std::string_view text) const {
  std::string key = FoldKey(text);
  std::vector<KeyWord> words = KeyWords(key);
  return MatchAt(words, 0, nullptr) > 0 || HeadAt(words, 0);
}

std::string AgencyGazetteer::Canonical(std::string_view text) const {
  std::string key = FoldKey(text);
  std::vector<KeyWord> words = KeyWords(key);
  const std::string* canonical = nullptr;
  size_t n = MatchAt(words, 0, &canonical);
  return n > 0 && n == words.size() ? *canonical : std::string();
}

std::vector<std::string> AgencyGazetteer::Split(std::string_view text) const { return SplitImpl(text, false); }
std::vector<std::string> AgencyGazetteer::SplitList(std::string_view text) const { return SplitImpl(text, true); }

std::vector<std::string> AgencyGazetteer::SplitImpl(std::string_view text, bool split_unknown_at_commas) const {
  FoldedText folded(text);
  std::vector<KeyWord> words = KeyWords(folded.key());
  std::vector<std::string> out;
  auto emit = [&out](std::string name) {
    if (name.empty()) return;
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
  };
  size_t chunk_begin = 0, chunk_end = 0;  // word indices of the pending unknown stretch
  auto flush = [&]() {
    size_t b = chunk_begin, e = chunk_end;
    while (b < e && IsJoiner(words[b].word)) ++b;
    while (e > b && IsJoiner(words[e - 1].word)) --e;
    if (b < e) {
      std::string_view orig = folded.Original(words[b].begin, words[e - 1].end);
      std::string name(Trim(orig));
      while (!name.empty() && (name.back() == '.' || name.back() == ',' || name.back() == ';')) name.pop_back();
      if (!name.empty()) emit(CapitalizeFirst(Trim(name)));
    }
    chunk_begin = chunk_end = 0;
  };
  bool in_chunk = false;
  for (size_t i = 0; i < words.size();) {
    std::string_view w = words[i].word;
    if (w == ";" || (split_unknown_at_commas && w == ",")) {
      if (in_chunk) flush();
      in_chunk = false;
      ++i;
      continue;
    }
    bool at_boundary = !in_chunk || IsJoiner(words[i - 1].word);
    const std::string* canonical = nullptr;
    size_t n = at_boundary ? MatchAt(words, i, &canonical) : 0;
    if (n > 0) {
      if (in_chunk) {
        chunk_end = i;
        flush();
      }
      in_chunk = false;
      emit(*canonical);
      i += n;
      continue;
    }
    if (!in_chunk) {
      if (IsJoiner(w)) {
        ++i;
        continue;
      }
      in_chunk = true;
      chunk_begin = i;
    }
    chunk_end = ++i;
  }
  if (in_chunk) flush();
  return out;
}

}  // namespace kehoach::nlp
