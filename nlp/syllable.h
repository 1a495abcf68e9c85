// The Vietnamese syllable by its orthography.
//
// A written syllable is onset + (glide) + nucleus + coda, with one of six
// tones: "nghiệp" = ngh + iê + p, tone nặng; "hoà"/"hòa" = h + o + a, tone
// huyền (both tone placements are accepted). A string is a valid syllable if
// it parses, its spelling rules hold (k/gh/ngh before i e ê, c/g/ng elsewhere;
// stop codas c ch p t only with sắc or nặng) and it is written in lower case,
// Capitalized or UPPER case. OCR garble such as "hién", "ctia", "s6",
// "nghiép" is invalid; "hiến", "của", "số", "nghiệp" are valid.
#ifndef KEHOACH_NLP_SYLLABLE_H_
#define KEHOACH_NLP_SYLLABLE_H_

#include <string>
#include <string_view>

namespace kehoach::nlp {

enum class Tone { kNgang = 0, kHuyen, kSac, kHoi, kNga, kNang };
enum class LetterCase { kLower, kCapitalized, kUpper };

// Where the tone mark goes in "oa", "oe", "uy" without a coda: kModern puts it
// on the second vowel ("hoà", "thuỷ"), kTraditional on the first ("hòa", "thủy").
enum class TonePlacement { kTraditional, kModern };

struct Syllable {
  std::string onset;    // "", "b", "ch", "gh", "gi", "ngh", "qu" ... (lower case)
  std::string glide;    // "", "o", "u" (the medial; "u" of "qu" is in onset)
  std::string nucleus;  // vowel letters with vowel marks, no tone: "a", "iê", "ươ", "yê"
  std::string coda;     // "", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "y", "o", "u"
  Tone tone = Tone::kNgang;
  LetterCase letter_case = LetterCase::kLower;

  // The toneless, lower-case spelling: onset + glide + nucleus + coda, with
  // the i of onset "gi" written once where it is also the nucleus' first
  // letter ("gì", "gìn", "giếng": gi + i, gi + i + n, gi + iê + ng).
  std::string Base() const {
    const bool shared_i = onset == "gi" && glide.empty() && nucleus.compare(0, 1, "i") == 0;
    return (shared_i ? std::string("g") : onset) + glide + nucleus + coda;
  }
};

// Parses `word` (one syllable, NFC or NFD). Returns false if it is not a
// valid Vietnamese syllable; then *out is unspecified.
bool ParseSyllable(std::string_view word, Syllable* out);
bool IsValidSyllable(std::string_view word);

// Writes the syllable back (NFC), with its case and the given tone placement.
std::string ComposeSyllable(const Syllable& s, TonePlacement placement = TonePlacement::kTraditional);

// True if the word carries any Vietnamese mark (tone or vowel mark, or đ).
bool HasVietnameseMarks(std::string_view word);

// Share of the word tokens of `text` (nlp/tokenizer.h) that are valid
// syllables; 0 if it has no words.
double ValidSyllableShare(std::string_view text);

// Rewrites every valid syllable in `text` to one tone placement, leaving
// everything else byte-for-byte. "hoà bình" and "hòa bình" give the same result.
std::string NormalizeTonePlacement(std::string_view text, TonePlacement placement = TonePlacement::kTraditional);

}  // namespace kehoach::nlp

#endif  // KEHOACH_NLP_SYLLABLE_H_
