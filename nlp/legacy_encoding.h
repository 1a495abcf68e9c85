// LegacyDecoder: reads text files that are not UTF-8: the pre-Unicode
// Vietnamese encodings that old plan files use, VNI-Windows and TCVN3 (ABC),
// and UTF-16 with a byte order mark (what Windows Notepad and Word save as
// "Unicode text").
//
// The byte tables are data (nlp/data/legacy_vni.tsv, legacy_tcvn3.tsv). Which
// encoding a file uses is not written anywhere, so DecodeLegacyVietnamese
// decodes with each table and keeps the result whose words are most often
// valid Vietnamese syllables; below `min_valid_share` it fails, naming the
// share it reached, rather than guess. It also fails on fewer than 5 words:
// a stray byte or two that decode to syllables are no evidence. Messages are
// Vietnamese, for the clerk.
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

// True when `bytes` starts with a UTF-16 byte order mark (FF FE or FE FF).
bool HasUtf16ByteOrderMark(std::string_view bytes);

// UTF-16 text starting with a byte order mark (either byte order; ICU's
// converter) -> NFC UTF-8 without the mark, CRLF and CR as LF. Fails
// (Corruption, in Vietnamese, naming the byte offset) on a missing mark, an
// odd byte count, an unpaired surrogate or a NUL character (a binary file,
// or UTF-32, whose mark starts like UTF-16's).
Result<std::string> DecodeUtf16(std::string_view bytes);

}  // namespace kehoach::nlp

#endif  // KEHOACH_NLP_LEGACY_ENCODING_H_
