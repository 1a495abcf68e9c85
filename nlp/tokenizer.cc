#include "nlp/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace kehoach::nlp {

namespace {

bool IsWordChar(UChar32 c) {
  return u_isalpha(c) || u_isdigit(c) || u_charType(c) == U_NON_SPACING_MARK ||
         u_charType(c) == U_COMBINING_SPACING_MARK;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  const uint8_t* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  int line = 1, column = 1;
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c == '\n') {
      ++line;
      column = 1;
      continue;
    }
    if (c >= 0 && (u_isUWhiteSpace(c) || c == '\t')) {
      ++column;
      continue;
    }
    const int start_column = column;
    ++column;
    if (c < 0 || !IsWordChar(c)) {
      tokens.push_back({text.substr(start, i - start), TokenType::kPunct, static_cast<size_t>(start), line,
                        start_column});
      continue;
    }
    bool has_letter = !u_isdigit(c);
    int32_t end = i;
    while (end < n) {
      int32_t next = end;
      UChar32 d;
      U8_NEXT(s, next, n, d);
      if (d < 0 || !IsWordChar(d)) break;
      has_letter = has_letter || !u_isdigit(d);
      end = next;
      ++column;
    }
    if (!has_letter) {
      // Numbers: inner '.' or ',' between digits ("1.000", "0,7").
      while (end + 1 < n && (s[end] == '.' || s[end] == ',') && s[end + 1] >= '0' && s[end + 1] <= '9') {
        end += 1;
        column += 1;
        while (end < n && s[end] >= '0' && s[end] <= '9') {
          ++end;
          ++column;
        }
      }
    }
    tokens.push_back({text.substr(start, end - start), has_letter ? TokenType::kWord : TokenType::kNumber,
                      static_cast<size_t>(start), line, start_column});
    i = end;
  }
  return tokens;
}

}  // namespace kehoach::nlp
