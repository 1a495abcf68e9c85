// Unicode basics for Vietnamese text, on ICU.
//
// Every string kehoach stores or compares is UTF-8 in NFC. Fold() makes the
// search key: marks removed, đ/Đ -> d, lowercase; it is how "xuc tien dau tu"
// finds "xúc tiến đầu tư". Note that folding is lossy on purpose: đ is a
// letter of its own everywhere else (sorting, display, restoration).
#ifndef KEHOACH_NLP_VIETNAMESE_TEXT_H_
#define KEHOACH_NLP_VIETNAMESE_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "base/status.h"

namespace kehoach::nlp {

// True if `bytes` is well-formed UTF-8. On failure, *bad_offset (if given)
// is the byte offset of the first invalid sequence.
bool IsValidUtf8(std::string_view bytes, size_t* bad_offset = nullptr);

// NFC normalization. Fails (Corruption, naming the byte offset and line) on
// invalid UTF-8. A leading UTF-8 BOM is dropped; CRLF and CR become LF.
Result<std::string> ToNfc(std::string_view utf8);

// NFC of text known to be valid UTF-8 (invalid sequences become U+FFFD).
std::string Nfc(std::string_view utf8);

// Case mapping (Vietnamese rules; result is NFC).
std::string ToLower(std::string_view utf8);
std::string ToUpper(std::string_view utf8);

// Search key: NFC-insensitive, marks removed, đ/Đ -> d, lowercase, other
// characters kept. Fold("Sở Khoa học và Công nghệ") == "so khoa hoc va cong nghe".
std::string Fold(std::string_view utf8);

// Number of columns the text takes in a terminal: combining marks take 0,
// East Asian wide/fullwidth characters 2, others 1.
int DisplayWidth(std::string_view utf8);

}  // namespace kehoach::nlp

#endif  // KEHOACH_NLP_VIETNAMESE_TEXT_H_
