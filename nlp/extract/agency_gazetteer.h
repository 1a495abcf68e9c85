// AgencyGazetteer: canonical names of provincial and national bodies with
// their aliases and abbreviations, loaded from nlp/data/agencies.tsv (and the
// list of words that begin a body's name, nlp/data/agency_heads.txt).
//
// Contract:
//  - Matching is on folded words (FoldKey), so "Sở KH&CN", "SỞ KH&CN" and
//    "So KH&CN" are the same; the longest alias wins.
//  - Split() turns a cell or clause naming several bodies into canonical names
//    in order, without duplicates: known bodies become their canonical name;
//    unknown stretches stay as written (first letter capitalized), split at
//    ';' and at ',' / "và" before a known body.
//  - Nothing here fails on odd input: unknown text yields unknown names.
#ifndef KEHOACH_NLP_EXTRACT_AGENCY_GAZETTEER_H_
#define KEHOACH_NLP_EXTRACT_AGENCY_GAZETTEER_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"

namespace kehoach::nlp {

// A word of folded text with its byte range in the folded key.
struct KeyWord {
  std::string_view word;  // folded; "," ";" "-" are words of their own
  size_t begin = 0, end = 0;
};
// Splits a folded key into words: runs of letters/digits/&, and , ; - alone.
std::vector<KeyWord> KeyWords(std::string_view key);

class AgencyGazetteer {
 public:
  // The gazetteer from ResourcePath("nlp/data/..."), loaded once. If the files
  // cannot be read, it is empty and LoadStatus() says why.
  static const AgencyGazetteer& Default();
  static const Status& LoadStatus();

  Status LoadFiles(const std::string& agencies_tsv, const std::string& heads_txt);
  void Add(const std::string& canonical, const std::vector<std::string>& aliases);
  void AddHead(const std::string& head);

  // Longest alias starting at words[i]: its length in words (0 if none) and
  // its canonical name.
  size_t MatchAt(const std::vector<KeyWord>& words, size_t i, const std::string** canonical) const;
  // Tolerant match for residual OCR garble: an alias of at least 3 words and
  // 15 folded characters whose words [i, i+n) are within edit distance
  // length/7 of it (and share one of its first three words exactly). Returns
  // n (0 if none) and the canonical name. Two different bodies equally close
  // is no match: never guess between them.
  size_t FuzzyMatchAt(const std::vector<KeyWord>& words, size_t i, const std::string** canonical) const;
  // True if words[i..] begins with an agency head word ("Sở", "Ban", ...).
  bool HeadAt(const std::vector<KeyWord>& words, size_t i) const;

  // True if the text begins with a known body or a head word.
  bool StartsWithAgency(std::string_view text) const;
  // The canonical name if the whole text is one known body, else "".
  std::string Canonical(std::string_view text) const;
  std::vector<std::string> Split(std::string_view text) const;
  // Like Split, but for a heading that is only a list of bodies: also splits
  // unknown stretches at every top-level ','.
  std::vector<std::string> SplitList(std::string_view text) const;

  size_t size() const { return entries_; }

 private:
  std::vector<std::string> SplitImpl(std::string_view text, bool split_unknown_at_commas) const;
  struct Alias {
    std::vector<std::string> words;
    std::string canonical;
  };
  std::unordered_map<std::string, std::vector<Alias>> by_first_;  // sorted longest first
  struct FuzzyAlias {
    std::string key;  // folded words joined by single spaces
    size_t words = 0;
    std::string canonical;
  };
  static constexpr size_t kFuzzyAnchors = 3;  // aliases are indexed by their first words
  std::vector<FuzzyAlias> fuzzy_;
  std::unordered_map<std::string, std::vector<size_t>> fuzzy_by_word_[kFuzzyAnchors];
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> heads_;
  size_t entries_ = 0;
};

}  // namespace kehoach::nlp

#endif  // KEHOACH_NLP_EXTRACT_AGENCY_GAZETTEER_H_
