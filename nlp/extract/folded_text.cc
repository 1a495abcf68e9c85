#include "nlp/extract/folded_text.h"

#include <array>
#include <memory>

#include "nlp/vietnamese_text.h"

namespace kehoach::nlp {

namespace {

constexpr uint32_t kTableSize = 0x2000;

// Folded UTF-8 of every code point below kTableSize, computed once with Fold().
const std::array<std::string, kTableSize>& Table() {
  static const std::array<std::string, kTableSize>* table = [] {
    auto* t = new std::array<std::string, kTableSize>();
    for (uint32_t c = 0; c < kTableSize; ++c) {
      char buf[4];
      int n = 0;
      if (c < 0x80) {
        buf[n++] = static_cast<char>(c);
      } else if (c < 0x800) {
        buf[n++] = static_cast<char>(0xC0 | (c >> 6));
        buf[n++] = static_cast<char>(0x80 | (c & 0x3F));
      } else {
        buf[n++] = static_cast<char>(0xE0 | (c >> 12));
        buf[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        buf[n++] = static_cast<char>(0x80 | (c & 0x3F));
      }
      (*t)[c] = c < 0x80 ? std::string(1, static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c))
                         : Fold(std::string_view(buf, n));
    }
    return t;
  }();
  return *table;
}

// Decodes one code point at s[i]; returns its length (1 for invalid bytes).
size_t Decode(std::string_view s, size_t i, uint32_t* cp) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
  if (i + len > s.size()) len = 1;
  if (len == 1) {
    *cp = c < 0x80 ? c : 0xFFFD;
    return 1;
  }
  uint32_t v = c & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) v = (v << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *cp = v;
  return len;
}

template <typename Sink>
void FoldInto(std::string_view s, Sink&& sink) {
  const auto& table = Table();
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      sink(i, std::string_view(table[c]));
      ++i;
      continue;
    }
    uint32_t cp;
    size_t len = Decode(s, i, &cp);
    if (cp < kTableSize) {
      sink(i, std::string_view(table[cp]));
    } else {
      sink(i, s.substr(i, len));
    }
    i += len;
  }
}

}  // namespace

FoldedText::FoldedText(std::string_view original) : original_(original) {
  key_.reserve(original_.size());
  map_.reserve(original_.size() + 1);
  FoldInto(original_, [this](size_t at, std::string_view piece) {
    if (piece.size() == 1) {  // the common case
      key_.push_back(piece[0]);
      map_.push_back(static_cast<uint32_t>(at));
      return;
    }
    key_.append(piece);
    map_.insert(map_.end(), piece.size(), static_cast<uint32_t>(at));
  });
  map_.push_back(static_cast<uint32_t>(original_.size()));
}

size_t FoldedText::OriginalOffset(size_t k) const {
  return k < map_.size() ? map_[k] : original_.size();
}

std::string_view FoldedText::Original(size_t begin, size_t end) const {
  if (end <= begin) return {};
  size_t b = OriginalOffset(begin);
  // The end maps to the start of the code point after the last key byte.
  size_t e = end < map_.size() ? map_[end] : original_.size();
  if (e <= b) {
    // Several key bytes from one original code point: cover that code point.
    e = b + 1;
    while (e < original_.size() && (static_cast<unsigned char>(original_[e]) & 0xC0) == 0x80) ++e;
  }
  return std::string_view(original_).substr(b, e - b);
}

std::string FoldKey(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  FoldInto(text, [&out](size_t, std::string_view piece) { out.append(piece); });
  return out;
}

std::vector<std::string> FoldedWords(std::string_view key) {
  std::vector<std::string> out;
  std::string w;
  for (size_t i = 0; i < key.size(); ++i) {
    char c = key[i];
    unsigned char u = static_cast<unsigned char>(c);
    // General punctuation (U+2000..U+206F: dashes, quotes, ellipsis) separates words.
    if (u == 0xE2 && i + 2 < key.size() && (static_cast<unsigned char>(key[i + 1]) & 0xFE) == 0x80) {
      if (!w.empty()) out.push_back(std::move(w));
      w.clear();
      i += 2;
      continue;
    }
    if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u >= 0x80) {
      w.push_back(c);
    } else if (!w.empty()) {
      out.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

}  // namespace kehoach::nlp
