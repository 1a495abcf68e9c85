// SyllableLexicon: the Vietnamese syllables restoration may produce, with
// how often each was seen in clean text.
//
// A syllable enters the lexicon only if it is valid by the orthography
// (nlp::IsValidSyllable) and comes from a trusted source: Debian's
// hunspell-vi word list (/usr/share/hunspell/vi_VN.dic) or clean training
// text. Entries are lower case, NFC, traditional tone placement ("hòa").
// Fold() groups them: Fold("công") == "cong" gives the candidates
// {"công", "cộng", "cống", "cong", ...} a mark-stripped token may stand for.
#ifndef KEHOACH_NLP_RESTORE_SYLLABLE_LEXICON_H_
#define KEHOACH_NLP_RESTORE_SYLLABLE_LEXICON_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace kehoach::nlp::restore {

class SyllableLexicon {
 public:
  // Counts every valid syllable of clean `text` (weight times).
  void AddText(std::string_view text, int weight = 1);
  // Adds the single-syllable entries of a hunspell .dic file (count 0 if
  // not seen in text). Fails if the file cannot be read.
  Status AddHunspell(const std::string& dic_path);
  // Adds one syllable; false if it is not a valid syllable.
  bool Add(std::string_view syllable, uint64_t count = 0);

  bool Contains(std::string_view lower_syllable) const { return counts_.count(std::string(lower_syllable)) > 0; }
  uint64_t Count(std::string_view lower_syllable) const;
  size_t size() const { return counts_.size(); }
  // All entries, sorted (deterministic).
  const std::map<std::string, uint64_t>& entries() const { return counts_; }
  // The entries whose Fold() is `key`, most frequent first.
  std::vector<std::string> ForFold(std::string_view key) const;

 private:
  std::map<std::string, uint64_t> counts_;
  std::multimap<std::string, std::string> by_fold_;
};

}  // namespace kehoach::nlp::restore

#endif  // KEHOACH_NLP_RESTORE_SYLLABLE_LEXICON_H_
