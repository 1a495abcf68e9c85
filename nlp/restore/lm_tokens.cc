#include "nlp/restore/lm_tokens.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>

#include "nlp/syllable.h"
#include "nlp/vietnamese_text.h"

namespace kehoach::nlp::restore {

namespace {

// True if ToLower(word) is `word` itself, checked without ICU's locale-aware
// mapping (microseconds a call): every code point is a Latin letter or sign
// (below U+0250 or in Latin Extended Additional, where Vietnamese letters
// are) that is its own lower case (the only unconditional special lower-case
// mapping, U+0130, is not), a starter that never composes with what stands
// before it (NFC quick check yes), so ToLower's NFC changes nothing either.
bool IsOwnLowerCase(std::string_view word) {
  const char* s = word.data();
  int32_t i = 0, n = static_cast<int32_t>(word.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0 || !(c < 0x250 || (c >= 0x1E00 && c < 0x1F00))) return false;
    if (u_tolower(c) != c || u_getCombiningClass(c) != 0) return false;
    if (u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES) return false;
  }
  return true;
}

}  // namespace

std::string NormalizeWord(std::string_view word) {
  bool ascii = true;
  for (char c : word) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    std::string out(word);
    for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    return out;
  }
  if (IsOwnLowerCase(word)) return NormalizeTonePlacement(word, TonePlacement::kTraditional);
  return NormalizeTonePlacement(ToLower(word), TonePlacement::kTraditional);
}

std::string LmToken(const Token& token) {
  switch (token.type) {
    case TokenType::kNumber: return "<num>";
    case TokenType::kPunct: return std::string(token.text);
    case TokenType::kWord: break;
  }
  if (HasAsciiDigit(token.text)) return "<num>";
  return NormalizeWord(token.text);
}

bool HasAsciiDigit(std::string_view word) {
  for (char c : word) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

int WordCase(std::string_view word) {
  int letters = 0, upper = 0;
  bool first_upper = false;
  const char* s = word.data();
  int32_t i = 0, n = static_cast<int32_t>(word.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c >= 0 && u_isalpha(c)) {
      if (letters == 0) first_upper = u_isupper(c);
      ++letters;
      upper += u_isupper(c) ? 1 : 0;
    }
  }
  if (letters == 0) return 3;
  if (upper == 0) return 0;
  if (letters >= 2 && upper == letters) return 2;
  if (first_upper && upper == 1) return 1;
  return letters == 1 && first_upper ? 1 : 3;
}

bool SentenceBreakBetween(const Token& a, const Token& b) {
  if (b.line == a.line) return false;
  std::string_view t = a.text;
  if (t == "." || t == ";" || t == ":" || t == "!" || t == "?") return true;
  // A line that starts with a lower-case word goes on with the sentence, also
  // after an empty line: text taken from PDFs often double-spaces the lines
  // of a paragraph ("vật liệu xây", "", "dựng, giống cây trồng").
  if (b.type == TokenType::kWord && WordCase(b.text) == 0) return false;
  // An empty (whitespace-only) line between them: tokens never hold a line
  // break, so b is more than one line below a.
  return b.line > a.line + 1;
}

std::vector<std::vector<std::string>> LmSentences(std::string_view text) {
  std::vector<Token> tokens = Tokenize(text);
  std::vector<std::vector<std::string>> out;
  std::vector<std::string> cur;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0 && SentenceBreakBetween(tokens[i - 1], tokens[i]) && !cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
    cur.push_back(LmToken(tokens[i]));
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

}  // namespace kehoach::nlp::restore
