#include "nlp/restore/mark_stripper.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "nlp/vietnamese_text.h"

namespace kehoach::nlp::restore {

std::string StripMarks(std::string_view text) {
  std::string nfc = Nfc(text);
  std::string out;
  out.reserve(nfc.size());
  const char* s = nfc.data();
  int32_t i = 0, n = static_cast<int32_t>(nfc.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      continue;
    }
    std::string_view one(s + start, i - start);
    std::string folded = Fold(one);
    if (c >= 0 && u_isupper(c)) {
      for (char& ch : folded) ch = (ch >= 'a' && ch <= 'z') ? static_cast<char>(ch - 32) : ch;
    }
    out += folded;
  }
  return out;
}

}  // namespace kehoach::nlp::restore
