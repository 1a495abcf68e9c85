#include "nlp/restore/text_quality_meter.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "nlp/syllable.h"
#include "nlp/tokenizer.h"

namespace kehoach::nlp::restore {
namespace {

// Digits among letters, or letters outside Latin (with Vietnamese marks).
bool LooksGarbled(std::string_view w) {
  bool digit = false, letter = false, foreign = false;
  const char* s = w.data();
  int32_t i = 0, n = static_cast<int32_t>(w.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (u_isalpha(c)) {
      letter = true;
      UBlockCode b = ublock_getCode(c);
      foreign = foreign || !(b == UBLOCK_BASIC_LATIN || b == UBLOCK_LATIN_1_SUPPLEMENT || b == UBLOCK_LATIN_EXTENDED_A ||
                             b == UBLOCK_LATIN_EXTENDED_B || b == UBLOCK_LATIN_EXTENDED_ADDITIONAL);
    } else if (c >= 0x80) {
      foreign = true;
    }
  }
  return (digit && letter) || foreign;
}

}  // namespace

bool TextQualityFigures::NeedsRestoration() const {
  return words >= 20 && (marked_share < 0.5 || valid_syllable_share < 0.8);
}

TextQualityFigures MeasureTextQuality(std::string_view text) {
  TextQualityFigures q;
  int valid = 0, marked = 0, garbled = 0, all = 0;
  for (const Token& t : Tokenize(text)) {
    if (t.type != TokenType::kWord) continue;
    ++all;
    if (LooksGarbled(t.text)) ++garbled;
    bool has_digit = false;
    for (char c : t.text) has_digit = has_digit || (c >= '0' && c <= '9');
    if (has_digit) continue;
    ++q.words;
    if (IsValidSyllable(t.text)) {
      ++valid;
      marked += HasVietnameseMarks(t.text) ? 1 : 0;
    }
  }
  if (q.words > 0) q.valid_syllable_share = static_cast<double>(valid) / q.words;
  if (valid > 0) q.marked_share = static_cast<double>(marked) / valid;
  if (all > 0) q.garbled_share = static_cast<double>(garbled) / all;
  return q;
}

}  // namespace kehoach::nlp::restore
