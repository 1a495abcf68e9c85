#include "nlp/restore/syllable_lexicon.h"

#include <algorithm>
#include <fstream>

#include "nlp/restore/lm_tokens.h"
#include "nlp/syllable.h"
#include "nlp/tokenizer.h"
#include "nlp/vietnamese_text.h"

namespace kehoach::nlp::restore {

bool SyllableLexicon::Add(std::string_view syllable, uint64_t count) {
  std::string s = NormalizeWord(syllable);
  if (!IsValidSyllable(s)) return false;
  auto [it, inserted] = counts_.emplace(s, 0);
  it->second += count;
  if (inserted) by_fold_.emplace(Fold(s), s);
  return true;
}

void SyllableLexicon::AddText(std::string_view text, int weight) {
  for (const Token& t : Tokenize(text)) {
    if (t.type == TokenType::kWord) Add(t.text, static_cast<uint64_t>(weight));
  }
}

Status SyllableLexicon::AddHunspell(const std::string& dic_path) {
  std::ifstream in(dic_path);
  if (!in) return Status::NotFound(dic_path + ": cannot open hunspell dictionary");
  std::string line;
  bool first = true;
  while (std::getline(in, line)) {
    if (first) {  // the first line is the entry count
      first = false;
      continue;
    }
    std::string word = line.substr(0, line.find('/'));
    if (!word.empty() && word.find(' ') == std::string::npos) Add(Nfc(word));
  }
  return Status::OK();
}

uint64_t SyllableLexicon::Count(std::string_view lower_syllable) const {
  auto it = counts_.find(std::string(lower_syllable));
  return it == counts_.end() ? 0 : it->second;
}

std::vector<std::string> SyllableLexicon::ForFold(std::string_view key) const {
  std::vector<std::string> out;
  auto [lo, hi] = by_fold_.equal_range(std::string(key));
  for (auto it = lo; it != hi; ++it) out.push_back(it->second);
  std::stable_sort(out.begin(), out.end(), [this](const std::string& a, const std::string& b) { return Count(a) > Count(b); });
  return out;
}

}  // namespace kehoach::nlp::restore
