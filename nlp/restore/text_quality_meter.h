// TextQualityMeter: how Vietnamese a text looks, to decide whether it needs
// diacritic restoration.
//
// Counts word tokens without digits. valid_syllable_share: the share of them
// that are valid Vietnamese syllables by the orthography (IsValidSyllable);
// marked_share: the share of those valid syllables that carry a mark. Clean
// Vietnamese has marked_share near 0.8; text typed without marks near 0;
// English-model OCR garble mixes invalid tokens ("hién", "ctia") with a low
// marked share. garbled_share: tokens with digits mixed into letters or with
// non-Vietnamese letters ("s6", "B§") over all word tokens.
#ifndef KEHOACH_NLP_RESTORE_TEXT_QUALITY_METER_H_
#define KEHOACH_NLP_RESTORE_TEXT_QUALITY_METER_H_

#include <string_view>

namespace kehoach::nlp::restore {

struct TextQualityFigures {
  int words = 0;
  double valid_syllable_share = 0;
  double marked_share = 0;
  double garbled_share = 0;
  // True when restoration should run: enough words (20) and either marks
  // mostly missing (marked_share < 0.5) or many invalid tokens (valid share
  // under 0.8).
  bool NeedsRestoration() const;
};

TextQualityFigures MeasureTextQuality(std::string_view text);

}  // namespace kehoach::nlp::restore

#endif  // KEHOACH_NLP_RESTORE_TEXT_QUALITY_METER_H_
