#include "nlp/vietnamese_text.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <string>

namespace kehoach::nlp {

namespace {

const icu::Normalizer2& NfcNormalizer() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  return *n;  // ICU's built-in data; cannot fail at run time
}

const icu::Normalizer2& NfdNormalizer() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
  return *n;
}

std::string ToUtf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

void AppendUtf8(UChar32 c, std::string* out) {
  char buf[U8_MAX_LENGTH];
  int32_t len = 0;
  U8_APPEND_UNSAFE(buf, len, c);
  out->append(buf, len);
}

// Fold table for U+0000..U+1FFF (all Latin letters Vietnamese uses, with
// room to spare): each entry is the folded UTF-8 of that code point.
class FoldTable {
 public:
  FoldTable() {
    const icu::Normalizer2& nfd = NfdNormalizer();
    for (UChar32 c = 0; c < kSize; ++c) {
      std::string& out = table_[c];
      if (c == 0x0110 || c == 0x0111) {  // Đ đ
        out = "d";
        continue;
      }
      if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;  // dropped
      icu::UnicodeString decomposed;
      UErrorCode status = U_ZERO_ERROR;
      decomposed = nfd.normalize(icu::UnicodeString(c), status);
      decomposed.toLower();
      for (int32_t i = 0; i < decomposed.length();) {
        UChar32 d = decomposed.char32At(i);
        i += U16_LENGTH(d);
        if (u_charType(d) == U_NON_SPACING_MARK) continue;
        if (d == 0x0111 || d == 0x0110) d = 'd';
        AppendUtf8(d, &out);
      }
    }
  }
  static constexpr UChar32 kSize = 0x2000;
  const std::string& operator[](UChar32 c) const { return table_[c]; }

 private:
  std::array<std::string, kSize> table_;
};

const FoldTable& GetFoldTable() {
  static const FoldTable* table = new FoldTable();
  return *table;
}

}  // namespace

bool IsValidUtf8(std::string_view bytes, size_t* bad_offset) {
  const uint8_t* s = reinterpret_cast<const uint8_t*>(bytes.data());
  int32_t length = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      if (bad_offset) *bad_offset = static_cast<size_t>(start);
      return false;
    }
  }
  return true;
}

Result<std::string> ToNfc(std::string_view utf8) {
  size_t bad = 0;
  if (!IsValidUtf8(utf8, &bad)) {
    int line = 1;
    for (size_t i = 0; i < bad; ++i) line += (utf8[i] == '\n');
    return Status::Corruption("dòng " + std::to_string(line) + ": không phải UTF-8 ở byte " + std::to_string(bad) +
                              " (tệp có thể dùng bảng mã cũ TCVN3/VNI hoặc là tệp nhị phân)");
  }
  if (utf8.size() >= 3 && utf8.substr(0, 3) == "\xEF\xBB\xBF") utf8.remove_prefix(3);
  std::string unified;
  unified.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size(); ++i) {
    if (utf8[i] == '\r') {
      unified.push_back('\n');
      if (i + 1 < utf8.size() && utf8[i + 1] == '\n') ++i;
    } else {
      unified.push_back(utf8[i]);
    }
  }
  return Nfc(unified);
}

std::string Nfc(std::string_view utf8) {
  const icu::Normalizer2& nfc = NfcNormalizer();
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  UErrorCode status = U_ZERO_ERROR;
  if (nfc.isNormalized(s, status) && U_SUCCESS(status)) return ToUtf8(s);
  status = U_ZERO_ERROR;
  return ToUtf8(nfc.normalize(s, status));
}

std::string ToLower(std::string_view utf8) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  s.toLower(icu::Locale("vi"));
  return Nfc(ToUtf8(s));
}

std::string ToUpper(std::string_view utf8) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  s.toUpper(icu::Locale("vi"));
  return Nfc(ToUtf8(s));
}

std::string Fold(std::string_view utf8) {
  const FoldTable& table = GetFoldTable();
  std::string out;
  out.reserve(utf8.size());
  const uint8_t* s = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t length = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < length) {
    uint8_t b = s[i];
    if (b < 0x80) {  // ASCII fast path
      out.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      out.append("\xEF\xBF\xBD");
    } else if (c < FoldTable::kSize) {
      out += table[c];
    } else if (u_charType(c) != U_NON_SPACING_MARK) {
      out.append(utf8.substr(start, i - start));
    }
  }
  return out;
}

int DisplayWidth(std::string_view utf8) {
  const uint8_t* s = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t length = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  int width = 0;
  while (i < length) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      width += 1;
      continue;
    }
    int8_t type = u_charType(c);
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR ||
        type == U_CONTROL_CHAR)
      continue;
    int eaw = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    width += (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return width;
}

}  // namespace kehoach::nlp
