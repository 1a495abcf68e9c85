// How text becomes language-model tokens, the same way for training and for
// restoration.
//
// Tokens come from nlp::Tokenize. A word becomes its lower-case NFC form,
// with the tone mark in the traditional place ("hòa"); a number becomes
// "<num>"; punctuation stays itself. Sentences end at a line break after
// sentence-final punctuation (. ; : ! ?) or before an empty line, unless the
// next line starts with a lower-case word (PDF text often double-spaces the
// lines of a paragraph); other line breaks are wraps and do not cut the
// sentence.
#ifndef KEHOACH_NLP_RESTORE_LM_TOKENS_H_
#define KEHOACH_NLP_RESTORE_LM_TOKENS_H_

#include <string>
#include <string_view>
#include <vector>

#include "nlp/tokenizer.h"

namespace kehoach::nlp::restore {

// The LM token of one text token.
std::string LmToken(const Token& token);
// True if a word token holds an ASCII digit: its LM token is then <num>
// (otherwise NormalizeWord of it).
bool HasAsciiDigit(std::string_view word);
// Lower case + NFC + traditional tone placement of one word.
std::string NormalizeWord(std::string_view word);
// True if there is a sentence boundary between tokens a and b (a before b,
// from one Tokenize).
bool SentenceBreakBetween(const Token& a, const Token& b);
// 0 for a lower-case word, 1 for Capitalized, 2 for UPPER (two letters or
// more, all capitals), 3 for anything else (mixed, no letters).
int WordCase(std::string_view word);

// The sentences of `text` as LM tokens.
std::vector<std::vector<std::string>> LmSentences(std::string_view text);

}  // namespace kehoach::nlp::restore

#endif  // KEHOACH_NLP_RESTORE_LM_TOKENS_H_
