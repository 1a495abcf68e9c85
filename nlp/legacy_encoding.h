// LegacyDecoder: reads text saved in the pre-Unicode Vietnamese encodings that
// old plan files use, VNI-Windows and TCVN3 (ABC).
//
// The byte tables are data (nlp/data/legacy_vni.tsv, legacy_tcvn3.tsv). Which
// encoding a file uses is not written anywhere, so DecodeLegacyVietnamese
// decodes with each table and keeps the result whose words are most often
// valid Vietnamese syllables; below `min_valid_share` it fails, naming the
// share it reached, rather than guess.
#ifndef KEHOACH_NLP_LEGACY_ENCODING_H_
#define KEHOACH_NLP_LEGACY_ENCODING_H_

#include <string>
#include <string_view>

#include "base/status.h"

namespace kehoach::nlp {

struct DecodedText {
  std::string text;        // NFC UTF-8
  std::string encoding;    // "VNI" or "TCVN3"
  double valid_share = 0;  // share of word tokens that are valid syllables
};

// Decodes `bytes` with one table ("VNI" or "TCVN3"); bytes below 0x80 are
// ASCII, unmapped high bytes become U+FFFD.
Result<std::string> DecodeWith(std::string_view bytes, const std::string& encoding);

Result<DecodedText> DecodeLegacyVietnamese(std::string_view bytes, double min_valid_share = 0.8);

}  // namespace kehoach::nlp

#endif  // KEHOACH_NLP_LEGACY_ENCODING_H_
