#include "nlp/legacy_encoding.h"

#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "base/paths.h"
#include "nlp/syllable.h"
#include "nlp/vietnamese_text.h"

namespace kehoach::nlp {

namespace {

// Byte sequence -> UTF-8 letter; sequences are one or two bytes long.
using ByteTable = std::map<std::string, std::string>;

Result<ByteTable> LoadTable(const std::string& encoding) {
  std::string name = encoding == "VNI" ? "vni" : encoding == "TCVN3" ? "tcvn3" : "";
  if (name.empty()) return Status::InvalidArgument("unknown legacy encoding '" + encoding + "'");
  const std::string path = ResourcePath("nlp/data/legacy_" + name + ".tsv");
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open legacy encoding table");
  ByteTable table;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos || tab % 2 != 0 || tab == 0)
      return Status::Corruption(path + ": line " + std::to_string(line_no) + ": expected HEX<TAB>letter");
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
    return Status::Corruption(std::string("not UTF-8, and not recognizable as VNI or TCVN3 text (best: ") +
                              buf + " valid syllables)");
  }
  return best;
}

}  // namespace kehoach::nlp
