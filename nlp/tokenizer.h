// Splits UTF-8 text into tokens that remember where they came from.
//
// Whitespace separates tokens and is not returned. A word is a run of letters
// (with combining marks) and digits containing at least one letter ("số",
// "s6", "5G"); a number is a run of digits with inner '.' or ',' between digits
// ("1.000", "0,7"); every other character is a one-character punctuation token.
// Offsets are byte offsets into the input; lines and columns are 1-based
// (columns count code points).
#ifndef KEHOACH_NLP_TOKENIZER_H_
#define KEHOACH_NLP_TOKENIZER_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace kehoach::nlp {

enum class TokenType { kWord, kNumber, kPunct };

struct Token {
  std::string_view text;  // view into the tokenized input
  TokenType type;
  size_t offset;          // byte offset of text.data() in the input
  int line;
  int column;
};

// The input must outlive the tokens. Invalid UTF-8 bytes become one-byte
// punctuation tokens.
std::vector<Token> Tokenize(std::string_view text);

}  // namespace kehoach::nlp

#endif  // KEHOACH_NLP_TOKENIZER_H_
