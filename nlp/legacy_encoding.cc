#include "nlp/legacy_encoding.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "base/paths.h"
#include "nlp/syllable.h"
#include "nlp/tokenizer.h"
#include "nlp/vietnamese_text.h"

namespace kehoach::nlp {

namespace {

// Fewer words than this cannot tell a legacy encoding from chance.
constexpr int kMinLegacyWords = 5;

// Byte sequence -> UTF-8 letter; sequences are one or two bytes long.
using ByteTable = std::map<std::string, std::string>;

Result<ByteTable> LoadTable(const std::string& encoding) {
  std::string name = encoding == "VNI" ? "vni" : encoding == "TCVN3" ? "tcvn3" : "";
  if (name.empty()) return Status::InvalidArgument("không có bảng mã cũ «" + encoding + "»");
  const std::string path = ResourcePath("nlp/data/legacy_" + name + ".tsv");
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": không mở được bảng mã cũ");
  ByteTable table;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos || tab % 2 != 0 || tab == 0)
      return Status::Corruption(path + ": dòng " + std::to_string(line_no) + ": cần dạng HEX<TAB>chữ");
    std::string bytes;
    for (size_t i = 0; i < tab; i += 2) bytes.push_back(static_cast<char>(std::stoi(line.substr(i, 2), nullptr, 16)));
    table[bytes] = line.substr(tab + 1);
  }
  return table;
}

const Result<ByteTable>& CachedTable(const std::string& encoding) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<Result<ByteTable>>> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto& slot = cache[encoding];
  if (!slot) slot = std::make_unique<Result<ByteTable>>(LoadTable(encoding));
  return *slot;
}

}  // namespace

Result<std::string> DecodeWith(std::string_view bytes, const std::string& encoding) {
  const Result<ByteTable>& table = CachedTable(encoding);
  if (!table.ok()) return table.status();
  std::string out;
  out.reserve(bytes.size() * 2);
  for (size_t i = 0; i < bytes.size();) {
    bool matched = false;
    for (size_t len = 2; len >= 1 && !matched; --len) {
      if (i + len > bytes.size()) continue;
      auto it = table->find(std::string(bytes.substr(i, len)));
      if (it != table->end()) {
        out += it->second;
        i += len;
        matched = true;
      }
    }
    if (matched) continue;
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else {
      out += "\xEF\xBF\xBD";
    }
    ++i;
  }
  return Nfc(out);
}

Result<DecodedText> DecodeLegacyVietnamese(std::string_view bytes, double min_valid_share) {
  DecodedText best;
  for (const char* encoding : {"VNI", "TCVN3"}) {
    Result<std::string> text = DecodeWith(bytes, encoding);
    if (!text.ok()) return text.status();
    double share = ValidSyllableShare(*text);
    if (share > best.valid_share) best = DecodedText{std::move(text).value(), encoding, share};
  }
  if (best.valid_share < min_valid_share) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f%%", best.valid_share * 100);
    return Status::Corruption(std::string("không nhận ra là văn bản bảng mã VNI hay TCVN3 (tốt nhất: ") + buf +
                              " âm tiết hợp lệ)");
  }
  // A few high bytes that happen to decode to syllables ("\xFE" is "ỵ" in
  // TCVN3) are no evidence of an encoding.
  int words = 0;
  for (const Token& t : Tokenize(best.text)) words += t.type == TokenType::kWord;
  if (words < kMinLegacyWords) {
    return Status::Corruption("quá ít chữ (" + std::to_string(words) +
                              " từ) để nhận ra là văn bản bảng mã VNI hay TCVN3");
  }
  return best;
}

bool HasUtf16ByteOrderMark(std::string_view bytes) {
  return bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF");
}

Result<std::string> DecodeUtf16(std::string_view bytes) {
  if (!HasUtf16ByteOrderMark(bytes)) return Status::Corruption("tệp UTF-16 thiếu dấu thứ tự byte (BOM) ở đầu");
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open("UTF-16", &err), ucnv_close);
  if (U_FAILURE(err)) return Status::Internal(std::string("ICU không mở được bộ chuyển mã UTF-16: ") + u_errorName(err));
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  std::u16string units(bytes.size() / 2 + 1, u'\0');
  UChar* target = units.data();
  const char* source = bytes.data();
  ucnv_toUnicode(conv.get(), &target, target + units.size(), &source, bytes.data() + bytes.size(), nullptr,
                 /*flush=*/true, &err);
  if (U_FAILURE(err)) {
    char invalid[8];
    int8_t invalid_len = sizeof invalid;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(conv.get(), invalid, &invalid_len, &ignored);
    const size_t at = static_cast<size_t>(source - bytes.data()) - (U_SUCCESS(ignored) ? invalid_len : 0);
    return Status::Corruption("tệp UTF-16 hỏng ở byte " + std::to_string(at) +
                              (err == U_TRUNCATED_CHAR_FOUND ? " (thiếu byte ở cuối tệp)" : " (ký tự không hợp lệ)"));
  }
  const size_t count = static_cast<size_t>(target - units.data());
  // The mark is not among the units: unit k starts at byte 2 + 2k. UTF-32's
  // mark (FF FE 00 00) reads as UTF-16's and a NUL.
  if (const size_t nul = std::u16string_view(units.data(), count).find(u'\0'); nul != std::u16string_view::npos) {
    return Status::Corruption("tệp UTF-16 có ký tự 0 ở byte " + std::to_string(2 + 2 * nul) +
                              ": tệp nhị phân, không phải tệp chữ");
  }
  std::string utf8;
  icu::UnicodeString(units.data(), static_cast<int32_t>(count)).toUTF8String(utf8);
  return ToNfc(utf8);
}

}  // namespace kehoach::nlp
