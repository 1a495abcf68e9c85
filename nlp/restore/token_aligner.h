// AlignTokens: lines up the word tokens of a reference text with those of an
// OCR'd or restored version of it, allowing a reference syllable to appear as
// two tokens ("nghi p" for "nghiệp") and two syllables as one ("khoahoc").
//
// Dynamic programming over the two word sequences in a band around the
// diagonal; a 1:1 link costs the edit distance of the folded forms (with
// look-alike digits mapped, see GuessKey) over the reference length, a 2:1 or
// 1:2 link the same plus 0.1, a missing or extra token 1. Used to make
// training pairs (tools/restore) and to score restoration (bench).
#ifndef KEHOACH_NLP_RESTORE_TOKEN_ALIGNER_H_
#define KEHOACH_NLP_RESTORE_TOKEN_ALIGNER_H_

#include <string>
#include <string_view>
#include <vector>

namespace kehoach::nlp::restore {

struct AlignedSpan {
  std::vector<std::string> ref;  // 0, 1 or 2 reference words
  std::vector<std::string> hyp;  // 0, 1 or 2 hypothesis words
  double cost = 0;
};

// Word tokens (letters/digits runs, see nlp::Tokenize) of both texts, aligned.
std::vector<AlignedSpan> AlignTokens(std::string_view reference, std::string_view hypothesis);

struct AccuracyCount {
  long reference_words = 0;  // word tokens of the reference
  long correct = 0;          // reproduced exactly (NFC, either tone placement)
  double accuracy() const { return reference_words ? static_cast<double>(correct) / reference_words : 0; }
};

// Share of the reference's word tokens the hypothesis reproduces exactly.
AccuracyCount WordAccuracy(std::string_view reference, std::string_view hypothesis);

}  // namespace kehoach::nlp::restore

#endif  // KEHOACH_NLP_RESTORE_TOKEN_ALIGNER_H_
