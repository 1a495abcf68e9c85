// TrailingPhrases: whether a folded text ends with one of the phrases of a
// data file (whole words). Used for the words that keep a table cell's line
// open (nlp/data/cell_joiners.tsv) and the words that make the number after
// them no target (nlp/data/target_skip_words.txt).
#ifndef KEHOACH_NLP_EXTRACT_TRAILING_PHRASES_H_
#define KEHOACH_NLP_EXTRACT_TRAILING_PHRASES_H_

#include <memory>
#include <string>
#include <string_view>

namespace re2 {
class RE2;
}

namespace kehoach::nlp {

class TrailingPhrases {
 public:
  // Reads the first column (before a TAB, if any) of each data line
  // (ReadDataLines), folded. Empty if the file is missing.
  static TrailingPhrases Load(const std::string& path);

  // True if the folded text ends with one of the phrases as whole words,
  // trailing whitespace allowed ("cac so, nganh va " ends with "va").
  bool EndsText(std::string_view folded) const;
  size_t size() const { return size_; }

 private:
  std::shared_ptr<const re2::RE2> pattern_;
  size_t size_ = 0;
};

}  // namespace kehoach::nlp

#endif  // KEHOACH_NLP_EXTRACT_TRAILING_PHRASES_H_
