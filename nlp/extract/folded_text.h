// FoldedText: a search key of a UTF-8 string (nlp::Fold: marks removed,
// đ -> d, lowercase) that remembers, for every byte of the key, the byte of
// the original it came from. Patterns are matched on the key (so "thang
// 12/2025", "THÁNG 12/2025" and the OCR'd "thang 12/2025" look the same) and
// the match is reported back as the original text, as written.
//
// Contract: key() is Fold(original) code point by code point; Original(b, e)
// maps a key byte range [b, e) to the smallest original substring covering it.
#ifndef KEHOACH_NLP_EXTRACT_FOLDED_TEXT_H_
#define KEHOACH_NLP_EXTRACT_FOLDED_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kehoach::nlp {

class FoldedText {
 public:
  explicit FoldedText(std::string_view original);

  const std::string& key() const { return key_; }
  std::string_view original() const { return original_; }

  // Byte offset in original() of key byte `k` (k == key().size() maps to the end).
  size_t OriginalOffset(size_t k) const;
  // The original text behind key bytes [begin, end).
  std::string_view Original(size_t begin, size_t end) const;

 private:
  std::string original_;
  std::string key_;
  std::vector<uint32_t> map_;  // key byte -> original byte of its code point
};

// Fold of one string, cheaper than FoldedText when no mapping is needed.
std::string FoldKey(std::string_view text);

// The words of a folded key: runs of a-z, 0-9 and non-ASCII bytes; every
// other character separates words and is dropped.
std::vector<std::string> FoldedWords(std::string_view key);

}  // namespace kehoach::nlp

#endif  // KEHOACH_NLP_EXTRACT_FOLDED_TEXT_H_
