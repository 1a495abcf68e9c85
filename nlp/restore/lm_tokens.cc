#include "nlp/restore/lm_tokens.h"

#include "nlp/syllable.h"
#include "nlp/vietnamese_text.h"

namespace kehoach::nlp::restore {

std::string NormalizeWord(std::string_view word) {
  bool ascii = true;
  for (char c : word) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    std::string out(word);
    for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    return out;
  }
  return NormalizeTonePlacement(ToLower(word), TonePlacement::kTraditional);
}

std::string LmToken(const Token& token) {
  switch (token.type) {
    case TokenType::kNumber: return "<num>";
    case TokenType::kPunct: return std::string(token.text);
    case TokenType::kWord: break;
  }
  bool digits = false;
  for (char c : token.text) digits = digits || (c >= '0' && c <= '9');
  if (digits) return "<num>";
  return NormalizeWord(token.text);
}

bool SentenceBreakBetween(std::string_view text, const Token& a, const Token& b) {
  if (b.line == a.line) return false;
  if (b.line > a.line + 1) return true;
  std::string_view t = a.text;
  if (t == "." || t == ";" || t == ":" || t == "!" || t == "?") return true;
  // An empty (whitespace-only) line between them.
  size_t end = a.offset + a.text.size();
  int newlines = 0;
  for (size_t i = end; i < b.offset && i < text.size(); ++i) newlines += text[i] == '\n';
  return newlines > 1;
}

std::vector<std::vector<std::string>> LmSentences(std::string_view text) {
  std::vector<Token> tokens = Tokenize(text);
  std::vector<std::vector<std::string>> out;
  std::vector<std::string> cur;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0 && SentenceBreakBetween(text, tokens[i - 1], tokens[i]) && !cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
    cur.push_back(LmToken(tokens[i]));
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

}  // namespace kehoach::nlp::restore
