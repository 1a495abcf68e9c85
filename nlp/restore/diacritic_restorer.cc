#include "nlp/restore/diacritic_restorer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <unordered_map>

#include <re2/re2.h>

#include "nlp/restore/lm_tokens.h"
#include "nlp/syllable.h"
#include "nlp/tokenizer.h"
#include "nlp/vietnamese_text.h"

namespace kehoach::nlp::restore {
namespace {

constexpr uint16_t kNone = ErrorCandidate::kNoWord;
constexpr float kGuessPenalty = -1.0f;  // log10 of P(unseen garble | guessed syllable)
constexpr float kPruneMargin = 4.0f;  // log10
constexpr float kStateMargin = 3.0f;  // log10: states this far behind the best are dropped
constexpr float kConfidenceFloor = 7.0f;  // log10: alternatives this far behind do not count
constexpr float kNameWeight = 2.0f;       // weight of the name statistic (chosen on the dev split)
constexpr double kGarbledBeta = 0.05;     // β above this: the document is garbled (OCR), not only stripped

constexpr std::string_view kCapitalized = "Aa";  // a word written Capitalized, for ApplyCase

struct Cand {
  uint16_t w1, w2;
  float channel;   // weighted log10 P(obs | cand)
  bool keep;       // the original text, unchanged
  float bound = 0;  // channel + the LM's MaxScore(w1), plus a little slack for float rounding
};

struct Arc {
  int start, end;          // token range [start, end)
  uint32_t begin, count;   // into cands
};

struct State {
  uint16_t h[3];  // h[0] the last word
  float score;
  int parent;     // index into states, -1 for the root
  int arc;        // arc taken into this state (-1: sentence reset / root)
  int cand;       // candidate of that arc
  uint32_t lps;   // where the LM scores of every candidate of that arc after `parent` are kept
};

bool IsSlashLike(std::string_view t) { return t == "/" || t == "&"; }

// The number of letters of word token t if they are all capitals, else 0.
int UpperLetters(const Token& t) {
  if (t.type != TokenType::kWord) return 0;
  int letters = 0, upper = 0;
  const char* s = t.text.data();
  int32_t i = 0, n = static_cast<int32_t>(t.text.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (u_isalpha(c)) {
      ++letters;
      upper += u_isupper(c) ? 1 : 0;
    }
  }
  return upper == letters ? letters : 0;
}

bool IsUpperWord(const Token& t) { return UpperLetters(t) > 0; }

// True if word token i is part of a document code such as 57-NQ/TW.
bool IsCodeWord(const std::vector<Token>& toks, size_t i) {
  auto joined = [&](size_t a, size_t b) { return toks[a].offset + toks[a].text.size() == toks[b].offset; };
  auto codeish = [&](size_t k) { return toks[k].type == TokenType::kNumber || IsUpperWord(toks[k]); };
  if (i > 0 && joined(i - 1, i)) {
    std::string_view p = toks[i - 1].text;
    if (IsSlashLike(p)) return true;
    if (p == "-" && i > 1 && joined(i - 2, i - 1) && codeish(i - 2) && IsUpperWord(toks[i])) return true;
  }
  if (i + 1 < toks.size() && joined(i, i + 1)) {
    std::string_view n = toks[i + 1].text;
    if (IsSlashLike(n)) return true;
    if (n == "-" && i + 2 < toks.size() && joined(i + 1, i + 2) && codeish(i + 2) && IsUpperWord(toks[i])) return true;
  }
  return false;
}

// True if word token i is a Roman numeral in capitals (I to XXXIX) standing
// as a section number, which the structure parser reads: right after a
// heading word (Phần, Mục, Chương, Điều, Phụ lục), first on its line before
// "." or ")", or alone on its line. ("VI", "XI", "I" spell syllables.)
bool IsSectionNumeral(const std::vector<Token>& toks, size_t i) {
  static const RE2 kRoman("X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3}");
  const char c = toks[i].text[0];  // (RE2 only where it can match: this runs for every word)
  if ((c != 'I' && c != 'V' && c != 'X') || !RE2::FullMatch(toks[i].text, kRoman)) return false;
  auto on_line = [&](size_t k) { return k < toks.size() && toks[k].line == toks[i].line; };
  if (i == 0 || !on_line(i - 1)) {
    return !on_line(i + 1) || toks[i + 1].text == "." || toks[i + 1].text == ")";
  }
  const std::string before = Fold(toks[i - 1].text);
  if (before == "phan" || before == "muc" || before == "chuong" || before == "dieu") return true;
  return before == "luc" && i > 1 && on_line(i - 2) && Fold(toks[i - 2].text) == "phu";
}

// Symbols tesseract -l eng puts for marks, joined to their word as one word
// token (the returned flags mark such tokens):
//  - an apostrophe after an o or u is the horn of ơ / ư ("Co’" for "Cơ",
//    "truo’ng" for "trường": the letters right after it join too); a word
//    ending in another letter keeps its quote ("trường’"), and so does one
//    whose apostrophe closes a quote opened on its line ("'dau tu vao'");
//  - '@', '¢' and '&' are a marked o ("S@", "S¢@", "S&", "Sé&" for "Sở",
//    "hu@ng" for "hướng", "c¢ng" for "công"), with the letters right after
//    them; but an '&' between two words is a code's (R&D, KH&CN).
enum JoinedSymbol : uint8_t { kNoSymbol = 0, kHornApostrophe = 1, kMarkSymbol = 2 };
std::vector<uint8_t> JoinMarkSymbols(std::string_view text, std::vector<Token>* toks) {
  auto apostrophe = [](std::string_view t) { return t == "\u2019" || t == "'" || t == "`" || t == "\u2018"; };
  auto mark = [](std::string_view t) { return t == "@" || t == "\u00A2" || t == "&"; };
  auto joined = [](const Token& a, const Token& b) { return a.offset + a.text.size() == b.offset; };
  std::vector<Token>& t = *toks;
  std::vector<uint8_t> symbol;
  int open_quote_line = -1;  // the line of an apostrophe opening a quote, not closed yet
  size_t out = 0;
  for (size_t i = 0; i < t.size(); ++i, ++out) {
    t[out] = t[i];
    symbol.push_back(kNoSymbol);
    if (apostrophe(t[i].text) && (i == 0 || !joined(t[i - 1], t[i])) && i + 1 < t.size() &&
        t[i + 1].type == TokenType::kWord && joined(t[i], t[i + 1])) {
      open_quote_line = t[i].line;
    }
    if (t[i].type != TokenType::kWord || i + 1 >= t.size() || !joined(t[i], t[i + 1])) continue;
    size_t end = i + 1;
    auto word_after = [&] { return end + 1 < t.size() && t[end + 1].type == TokenType::kWord && joined(t[end], t[end + 1]); };
    if (apostrophe(t[i + 1].text)) {
      const char last = static_cast<char>(t[i].text.back() | 0x20);
      if (last != 'o' && last != 'u') continue;
      if (open_quote_line == t[i].line && !word_after()) {  // closes the quote
        open_quote_line = -1;
        continue;
      }
      symbol.back() = kHornApostrophe;
    } else if (mark(t[i + 1].text)) {
      while (end + 1 < t.size() && mark(t[end + 1].text) && joined(t[end], t[end + 1])) ++end;
      if (t[end].text == "&" && end == i + 1 && word_after()) continue;  // R&D
      symbol.back() = kMarkSymbol;
    } else {
      continue;
    }
    if (word_after()) ++end;
    t[out].text = text.substr(t[i].offset, t[end].offset + t[end].text.size() - t[i].offset);
    i = end;
  }
  t.resize(out);
  return symbol;
}

// The word without the apostrophes and '&' JoinMarkSymbols joined into it,
// and a run of '@' and '¢' as one '@' (GuessKey reads it as o).
std::string WithoutMarkSymbols(std::string_view word) {
  std::string out;
  for (size_t i = 0; i < word.size(); ++i) {
    if (word[i] == '\'' || word[i] == '`' || word[i] == '&') continue;
    if (word.substr(i, 3) == "\u2019" || word.substr(i, 3) == "\u2018") {
      i += 2;
      continue;
    }
    const bool o_mark = word[i] == '@' || word.substr(i, 2) == "\u00A2";
    if (o_mark) i += word[i] == '@' ? 0 : 1;
    if (o_mark && !out.empty() && out.back() == '@') continue;
    out += o_mark ? '@' : word[i];
  }
  return out;
}

// True if the syllable (UTF-8, NFC) has ơ or ư, with any tone mark, in
// either case: U+01A0, U+01A1, U+01AF, U+01B0, U+1EDA..U+1EE3, U+1EE8..U+1EF1.
bool HasHorn(std::string_view syllable) {
  const auto* s = reinterpret_cast<const unsigned char*>(syllable.data());
  for (size_t i = 0; i + 1 < syllable.size(); ++i) {
    if (s[i] == 0xC6 && (s[i + 1] == 0xA0 || s[i + 1] == 0xA1 || s[i + 1] == 0xAF || s[i + 1] == 0xB0)) return true;
    if (s[i] == 0xE1 && i + 2 < syllable.size() && s[i + 1] == 0xBB &&
        ((s[i + 2] >= 0x9A && s[i + 2] <= 0xA3) || (s[i + 2] >= 0xA8 && s[i + 2] <= 0xB1))) {
      return true;
    }
  }
  return false;
}

// tesseract -l eng reads l as I ("Igi" for "lợi", "Iuc" for "lực"): a
// Capitalized word starting with I restored to a syllable starting with l
// is that syllable in lower case.
bool IsReadWithIForL(std::string_view lower_syllable) { return !lower_syllable.empty() && lower_syllable[0] == 'l'; }

bool HasDigitOrSymbol(std::string_view s) {
  for (unsigned char c : s) {
    if ((c >= '0' && c <= '9') || c >= 0x80) return true;
  }
  return false;
}

// Candidates for a garbled token no pair taught: the strip-channel
// syllables of its GuessKey and of the key rewritten by the learned rules.
void AddGuesses(const ErrorModel& errors, const std::string& guess, double beta, float cw, std::vector<Cand>* out) {
  auto add = [&](std::string_view key, float log10_prob) {
    for (const ErrorCandidate& e : errors.Lookup(key)) {
      if (!(e.flags & ErrorCandidate::kStrip)) continue;
      float ch = cw * static_cast<float>(std::log10(beta) + kGuessPenalty + log10_prob);
      bool dup = false;
      for (Cand& c : *out) {
        if (c.w1 == e.word && c.w2 == e.word2) {
          c.channel = std::max(c.channel, ch);
          dup = true;
        }
      }
      if (!dup) out->push_back({e.word, e.word2, ch, false});
    }
  };
  add(guess, 0.0f);
  for (const ErrorModel::Rewrite& r : errors.Rewrites(guess)) add(r.key, r.log10_prob);
}

// ToUpper of one code point (its UTF-8 `utf8`): ICU's case mapping costs
// microseconds a call, so the Latin letters (Latin-1, Extended-A and -B,
// Extended Additional: every Vietnamese letter) are mapped once.
std::string UpperCodePoint(UChar32 c, std::string_view utf8) {
  constexpr UChar32 kLatinEnd = 0x250, kAdditional = 0x1E00, kAdditionalEnd = 0x1F00;
  static const std::vector<std::string> table = [] {
    std::vector<std::string> t;
    auto add = [&](UChar32 x) {
      char buf[U8_MAX_LENGTH];
      int32_t len = 0;
      U8_APPEND_UNSAFE(buf, len, x);
      t.push_back(ToUpper(std::string_view(buf, static_cast<size_t>(len))));
    };
    for (UChar32 x = 0; x < kLatinEnd; ++x) add(x);
    for (UChar32 x = kAdditional; x < kAdditionalEnd; ++x) add(x);
    return t;
  }();
  if (c >= 0 && c < kLatinEnd) return table[c];
  if (c >= kAdditional && c < kAdditionalEnd) return table[kLatinEnd + (c - kAdditional)];
  return ToUpper(utf8);
}

}  // namespace

std::string ApplyCase(std::string_view original, std::string_view lower) {
  // Most words start with a lower-case ASCII letter: nothing to do.
  if (!original.empty() && original[0] >= 'a' && original[0] <= 'z') return std::string(lower);
  int letters = 0, upper = 0;
  bool first_upper = false;
  const char* s = original.data();
  int32_t i = 0, n = static_cast<int32_t>(original.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (u_isalpha(c)) {
      if (letters == 0) first_upper = u_isupper(c);
      ++letters;
      upper += u_isupper(c) ? 1 : 0;
    }
  }
  if (letters >= 2 && upper == letters) return ToUpper(lower);
  if (!first_upper) return std::string(lower);
  int32_t j = 0, m = static_cast<int32_t>(lower.size());
  UChar32 c;
  U8_NEXT(lower.data(), j, m, c);
  return UpperCodePoint(c, lower.substr(0, j)) + std::string(lower.substr(j));
}

Result<std::unique_ptr<DiacriticRestorer>> DiacriticRestorer::Open(const std::string& model_path) {
  auto file = ModelFile::Open(model_path);
  if (!file.ok()) return file.status();
  return FromFile(*file);
}

Result<std::unique_ptr<DiacriticRestorer>> DiacriticRestorer::FromFile(std::shared_ptr<const ModelFile> file) {
  std::unique_ptr<DiacriticRestorer> r(new DiacriticRestorer());
  r->file_ = std::move(file);
  Status s = r->lm_.Attach(*r->file_);
  if (!s.ok()) return s;
  s = r->errors_.Attach(*r->file_);
  if (!s.ok()) return s;
  return r;
}

RestoreResult DiacriticRestorer::Restore(std::string_view text, const RestoreOptions& opt) const {
  RestoreResult result;
  std::vector<Token> toks = Tokenize(text);
  const std::vector<uint8_t> symbol = JoinMarkSymbols(text, &toks);
  const size_t T = toks.size();
  std::vector<bool> restorable(T, false);
  // What depends only on a word's text is worked out once per distinct
  // spelling (a document repeats its words): info[word[i]].
  struct WordInfo {
    std::string key;           // NormalizeWord
    uint8_t wcase = 3;         // WordCase
    bool marked = false, odd = false;
    bool horn = false;         // written with an apostrophe for the horn: only ơ / ư syllables are read
    int8_t valid = -1;         // IsValidSyllable(key); -1: not checked yet
    uint16_t key_id = kUnk;    // LM id of the key
    uint16_t id = kUnk;        // LM id of its LmToken (<num> if it has digits)
    int lookup = -1;           // candidates from the error model: [pool_begin, pool_end) in `pool`
    uint32_t lookup_end = 0;
    bool has_keep = false;
    int guesses = -1;          // AddGuesses of its GuessKey, made when first needed
    uint32_t guesses_end = 0;
    // Its single-token arc's candidates in `cands` by (case scored or not,
    // next word lower / capitalized / neither); -1: not made yet.
    int arc_begin[2][3] = {{-1, -1, -1}, {-1, -1, -1}};
    uint32_t arc_count[2][3] = {};
    bool Valid() {
      if (valid < 0) valid = IsValidSyllable(key) ? 1 : 0;
      return valid != 0;
    }
  };
  std::vector<WordInfo> info;
  const uint16_t num_id = static_cast<uint16_t>(lm_.Id(kSpecialTokens[kNum]));
  std::vector<int> word(T, -1);
  std::unordered_map<std::string_view, int> info_of;
  info_of.reserve(T / 2 + 1);
  // Sentence breaks before each token, and how each word is written.
  std::vector<uint8_t> brk(T, 0), wcase_of(T, 3);

  // Document statistics for α and β.
  int words = 0, marked_words = 0, garbled = 0;
  for (size_t i = 0; i < T; ++i) {
    if (i > 0) brk[i] = SentenceBreakBetween(toks[i - 1], toks[i]) ? 1 : 0;
    if (toks[i].type != TokenType::kWord) continue;
    const bool numeral = IsSectionNumeral(toks, i);
    restorable[i] = !numeral && !IsCodeWord(toks, i);
    ++words;
    auto [it, inserted] = info_of.try_emplace(toks[i].text, static_cast<int>(info.size()));
    if (inserted) {
      WordInfo w;
      w.horn = symbol[i] == kHornApostrophe;
      w.key = symbol[i] ? NormalizeWord(WithoutMarkSymbols(toks[i].text)) : NormalizeWord(toks[i].text);
      w.wcase = static_cast<uint8_t>(WordCase(toks[i].text));
      w.odd = symbol[i] != kNoSymbol || HasDigitOrSymbol(w.key);  // a joined symbol is garble
      // An ASCII key (no digit: not odd) has no marks; đ is not ASCII.
      w.marked = w.odd && HasVietnameseMarks(w.key);
      w.key_id = static_cast<uint16_t>(lm_.Id(w.key));
      // LmToken: <num> with a digit, else the key itself.
      w.id = HasAsciiDigit(toks[i].text) ? num_id : w.key_id;
      info.push_back(std::move(w));
    }
    word[i] = it->second;
    WordInfo& w = info[word[i]];
    // A section number is not a Capitalized word: "Muc" before "I" is
    // not the head of a name.
    wcase_of[i] = numeral ? 3 : w.wcase;
    // (IsValidSyllable is the costly check: only where it decides.)
    if (w.marked && w.Valid()) ++marked_words;
    if (w.odd && !w.Valid()) ++garbled;
  }
  result.word_tokens = words;
  const double share_marked = words ? static_cast<double>(marked_words) / words : 0.8;
  const double share_garbled = words ? static_cast<double>(garbled) / words : 0;
  const double alpha = opt.strip_prob >= 0 ? opt.strip_prob : std::clamp(1.0 - share_marked / 0.75, 0.02, 0.98);
  const double beta = opt.garble_prob >= 0 ? opt.garble_prob : std::clamp(4.0 * share_garbled, 0.01, 0.6);
  // tesseract -l eng reads a lower-case letter under a tall mark as a
  // capital ("SO" for "Sở", "TO" for "Tổ", "BO" for "Bộ"): a two-letter word
  // in capitals whose neighbouring words on its line are not in capitals is
  // a capitalized word, scored and written so, if it is a syllable (not
  // "II" in "Phan II."). (In the rendered and OCR'd
  // training pages, every such word that needed a change was Capitalized.)
  std::vector<uint8_t> read_capitalized(T, 0);
  auto neighbour_case = [&](size_t i, int step) {
    for (size_t k = i + step; k < T && toks[k].line == toks[i].line; k += step) {
      if (toks[k].type == TokenType::kWord) return static_cast<int>(wcase_of[k]);
    }
    return -1;  // none
  };
  // An acronym ("AI", "tiếng Anh (TA)", "TW"): 2-5 capitals after a word of
  // its line not in capitals, before a lower-case word or the end of the
  // line (not "SO Khoa hoc", the OCR pattern below), is left alone in
  // a document that is not garbled (there, capitals are written, not read).
  for (size_t i = 0; i < T && beta <= kGarbledBeta; ++i) {
    if (wcase_of[i] != 2 || !restorable[i]) continue;
    const int before = neighbour_case(i, -1), after = neighbour_case(i, 1);
    if ((before == 0 || before == 1) && after <= 0 && UpperLetters(toks[i]) <= 5) restorable[i] = false;
  }
  for (size_t i = 0; i < T; ++i) {
    if (wcase_of[i] != 2 || toks[i].text.size() != 2 || !restorable[i] || !info[word[i]].Valid()) continue;
    const int before = neighbour_case(i, -1), after = neighbour_case(i, 1);
    if ((before < 0 && after < 0) || before == 2 || after == 2) continue;
    wcase_of[i] = 1;
    read_capitalized[i] = 1;
  }
  // tesseract -l eng reads l as I: a Capitalized word starting with I, not
  // first in its sentence (where case says nothing), may be a lower-case
  // word starting with l ("dong Iuc" for "động lực"); scored and written so.
  auto read_with_i_for_l = [&](size_t i) { return i > 0 && !brk[i] && wcase_of[i] == 1 && toks[i].text[0] == 'I'; };
  // The key of word token i (info no longer grows).
  auto key_of = [&](size_t i) -> const std::string& { return info[word[i]].key; };
  result.strip_prob = alpha;
  result.garble_prob = beta;
  const float cw = static_cast<float>(opt.channel_weight);

  // Arcs and candidates.
  std::vector<Cand> cands;
  std::vector<Arc> arcs;
  std::vector<uint32_t> first_arc(T + 2, 0);  // arcs from boundary j: [first_arc[j], first_arc[j + 1])
  std::vector<Cand> tmp, split;  // candidates of one token, of it joined with the next
  std::vector<Cand> pool;  // the per-key candidate lists of `info`, before case scores
  auto add_arc = [&](std::vector<Cand>& tmp, int start, int end) {
    std::sort(tmp.begin(), tmp.end(), [&](const Cand& a, const Cand& b) {
      float sa = a.channel + lm_.Frequency(a.w1), sb = b.channel + lm_.Frequency(b.w1);
      return sa != sb ? sa > sb : (a.w1 != b.w1 ? a.w1 < b.w1 : a.keep < b.keep);
    });
    if (tmp.size() > static_cast<size_t>(std::max(opt.candidates, 1))) tmp.resize(std::max(opt.candidates, 1));
    // Candidates far behind the best before context is seen rarely win.
    if (!tmp.empty()) {
      float floor = tmp[0].channel + lm_.Frequency(tmp[0].w1) - kPruneMargin;
      size_t keep = 1;
      while (keep < tmp.size() && tmp[keep].channel + lm_.Frequency(tmp[keep].w1) >= floor) ++keep;
      tmp.resize(keep);
    }
    for (Cand& c : tmp) c.bound = c.channel + lm_.MaxScore(c.w1) + 1e-3f;
    arcs.push_back({start, end, static_cast<uint32_t>(cands.size()), static_cast<uint32_t>(tmp.size())});
    cands.insert(cands.end(), tmp.begin(), tmp.end());
  };
  // P of the keep + strip channels for candidate flags and an observation
  // with or without marks.
  auto keep_strip = [&](int flags, bool obs_marked) {
    double p = 0;
    if (flags & ErrorCandidate::kKeep) p += (1 - beta) * (obs_marked ? 1.0 : 1 - alpha);
    if ((flags & ErrorCandidate::kStrip) && !obs_marked) p += (1 - beta) * alpha;
    return p;
  };
  auto to_log10 = [](double p) { return p > 0 ? static_cast<float>(std::log10(p)) : -99.0f; };
  // Its log10 by (flags & 3, observation marked), for the candidates without OCR.
  float plain_channel[4][2];
  for (int f = 0; f < 4; ++f) {
    for (int m = 0; m < 2; ++m) plain_channel[f][m] = to_log10(keep_strip(f, m != 0));
  }
  auto channel_of = [&](const ErrorCandidate& e, bool obs_marked) -> float {
    if (!(e.flags & ErrorCandidate::kOcr)) return plain_channel[e.flags & 3][obs_marked ? 1 : 0];
    return to_log10(keep_strip(e.flags, obs_marked) + beta * std::pow(10.0, e.ocr_log10));
  };
  std::string pair_key;
  for (size_t i = 0; i < T; ++i) {
    first_arc[i] = static_cast<uint32_t>(arcs.size());
    tmp.clear();
    // How the token is written inside a sentence: capitalized words favour
    // syllables often capitalized ("Sở", "Ban"), and vice versa.
    const int wcase = (toks[i].type == TokenType::kWord && i > 0 && !brk[i]) ? wcase_of[i] : 3;
    // A capitalized word followed by a word of the same sentence: is it the
    // head of a name ("Sở Y tế") or not ("Số ngày")?
    int next_case = 3;
    if (toks[i].type == TokenType::kWord && i + 1 < T && toks[i + 1].type == TokenType::kWord && wcase_of[i] == 1 &&
        !brk[i + 1]) {
      next_case = wcase_of[i + 1];
    }
    const bool i_for_l = read_with_i_for_l(i);
    auto case_score = [&](uint16_t w) {
      if (i_for_l && IsReadWithIForL(lm_.Word(w))) return cw * lm_.CaseScore(w, false);
      float s = wcase <= 1 ? cw * lm_.CaseScore(w, wcase == 1) : 0.0f;
      if (next_case <= 1) s += kNameWeight * cw * lm_.NameScore(w, next_case == 1);
      return s;
    };
    // The LM id of its LmToken: <num> for a number, punctuation as is.
    const uint16_t fixed_id = toks[i].type == TokenType::kWord     ? info[word[i]].id
                              : toks[i].type == TokenType::kNumber ? num_id
                                                                   : static_cast<uint16_t>(lm_.Id(toks[i].text));
    if (toks[i].type == TokenType::kWord && restorable[i]) {
      WordInfo& w = info[word[i]];
      // The single-token arc of a spelling already seen with the same case
      // context is the same: share its candidates.
      const int ca = wcase <= 1 ? 0 : 1, cb = next_case <= 1 ? next_case : 2;
      const bool memo_hit = w.arc_begin[ca][cb] >= 0;
      if (!memo_hit) {
        if (w.lookup < 0) {
          w.lookup = static_cast<int>(pool.size());
          for (const ErrorCandidate& e : errors_.Lookup(key_of(i))) {
            float ch = channel_of(e, w.marked);
            if (ch <= -98) continue;
            if (w.horn && !(e.flags & ErrorCandidate::kKeep) && !HasHorn(lm_.Word(e.word))) continue;
            w.has_keep = w.has_keep || (e.flags & ErrorCandidate::kKeep);
            pool.push_back({e.word, e.word2, cw * ch, false});
          }
          w.lookup_end = static_cast<uint32_t>(pool.size());
        }
        for (uint32_t c = w.lookup; c < w.lookup_end; ++c) {
          tmp.push_back(pool[c]);
          tmp.back().channel += case_score(pool[c].w1);
        }
        // Unseen garble: digits or marks in a non-syllable, or (in a garbled
        // document) a short unknown lower-case word such as "dif" or "thy".
        const bool unknown_short = beta > kGarbledBeta && key_of(i).size() <= 5 && w.key_id == kUnk && !IsUpperWord(toks[i]);
        if (tmp.empty() && (w.odd || w.marked || unknown_short)) {
          if (w.guesses < 0) {
            std::vector<Cand> guesses;
            AddGuesses(errors_, GuessKey(key_of(i)), beta, cw, &guesses);
            w.guesses = static_cast<int>(pool.size());
            pool.insert(pool.end(), guesses.begin(), guesses.end());
            w.guesses_end = static_cast<uint32_t>(pool.size());
          }
          for (uint32_t c = w.guesses; c < w.guesses_end; ++c) {
            if (w.horn && !HasHorn(lm_.Word(pool[c].w1))) continue;
            tmp.push_back(pool[c]);
            tmp.back().channel += case_score(pool[c].w1);
          }
        }
        // Keeping a token the lexicon does not know: the LM sees <unk>.
        if (!tmp.empty() && !w.has_keep) {
          tmp.push_back({w.key_id, kNone, cw * static_cast<float>(std::log10(1 - beta)) + case_score(w.key_id), true});
        }
      }
      // A syllable split by OCR: "nghi p" -> "nghiệp", learned, or guessed
      // when the second piece is a stray letter or two.
      if (i + 1 < T && toks[i + 1].type == TokenType::kWord && toks[i + 1].line == toks[i].line && restorable[i + 1] &&
          beta > 0.02) {
        split.clear();
        const std::string& next = key_of(i + 1);
        pair_key.assign(key_of(i)).append(" ").append(next);
        for (const ErrorCandidate& e : errors_.Lookup(pair_key)) {
          if (!(e.flags & ErrorCandidate::kOcr)) continue;
          split.push_back({e.word, e.word2, cw * static_cast<float>(std::log10(beta) + e.ocr_log10), false});
        }
        if (split.empty() && next.size() <= 2 && !info[word[i + 1]].Valid()) {
          for (const ErrorCandidate& e : errors_.Lookup(GuessKey(pair_key.assign(key_of(i)).append(next)))) {
            if (!(e.flags & ErrorCandidate::kStrip)) continue;
            split.push_back({e.word, e.word2, cw * static_cast<float>(std::log10(beta) + kGuessPenalty), false});
          }
        }
        if (!split.empty()) add_arc(split, static_cast<int>(i), static_cast<int>(i + 2));
      }
      if (memo_hit) {
        arcs.push_back({static_cast<int>(i), static_cast<int>(i + 1), static_cast<uint32_t>(w.arc_begin[ca][cb]),
                        w.arc_count[ca][cb]});
        continue;
      }
    }
    if (toks[i].type == TokenType::kWord && !restorable[i] && !info[word[i]].marked && key_of(i).find('d') != std::string::npos) {
      // A code written without marks: "QD" may be "QĐ", "HDND" "HĐND".
      std::string variant(key_of(i));
      size_t d = variant.find('d');
      variant.replace(d, 1, "\xC4\x91");
      uint32_t id = lm_.Id(variant);
      if (id != kUnk) {
        tmp.push_back({fixed_id, kNone, cw * static_cast<float>(std::log10((1 - beta) * (1 - alpha) + 1e-9)), true});
        tmp.push_back({static_cast<uint16_t>(id), kNone, cw * static_cast<float>(std::log10((1 - beta) * alpha + 1e-9)), false});
      }
    }
    if (tmp.empty()) tmp.push_back({fixed_id, kNone, 0.0f, true});
    add_arc(tmp, static_cast<int>(i), static_cast<int>(i + 1));
    if (toks[i].type == TokenType::kWord && restorable[i]) {
      WordInfo& w = info[word[i]];
      const int ca = wcase <= 1 ? 0 : 1, cb = next_case <= 1 ? next_case : 2;
      w.arc_begin[ca][cb] = static_cast<int>(arcs.back().begin);
      w.arc_count[ca][cb] = arcs.back().count;
    }
  }
  first_arc[T] = first_arc[T + 1] = static_cast<uint32_t>(arcs.size());

  // Viterbi over boundaries 0..T. `states` keeps the states that survive
  // pruning (the backtrace needs them); expansions ending at boundary j wait
  // in pending[j % 3] (arcs span one or two tokens).
  std::vector<State> states;
  states.reserve(T * 4 + 16);
  std::vector<State> pending[3];
  float best_pending[3] = {-1e30f, -1e30f, -1e30f};  // the best score waiting in each
  pending[0].push_back({{kBos, kBos, kBos}, 0.0f, -1, -1, -1, 0});
  const int max_order = opt.unigram_only ? 1 : opt.max_order;
  const size_t beam = static_cast<size_t>(std::max(opt.beam, 1));
  NgramCache cache(T * 16);
  auto lm = [&](const uint16_t* h, uint16_t w) {
    if (max_order == 1) return lm_.Frequency(w);
    const uint32_t ctx[3] = {h[0], h[1], h[2]};
    return lm_.ScoreAfter(ctx, 3, w, max_order, cache);
  };
  std::vector<float> arc_lps;
  // About a dozen scores a token (states x candidates); growing is a copy.
  arc_lps.reserve(T * 16 + 64);
  const float kNotScored = std::numeric_limits<float>::quiet_NaN();
  std::vector<State> kept;
  std::vector<int> here;
  std::vector<LanguageModel::Context> contexts;
  int final_state = -1;
  for (size_t j = 0; j <= T; ++j) {
    std::vector<State>& pend = pending[j % 3];
    if (pend.empty()) continue;
    // Recombine by the last two words; keep the best `beam` within the margin.
    float best_here = -1e30f;
    for (const State& p : pend) best_here = std::max(best_here, p.score);
    kept.clear();
    for (const State& p : pend) {
      if (p.score < best_here - kStateMargin) continue;
      State* same = nullptr;
      State* worst = nullptr;
      for (State& k : kept) {
        if (k.h[0] == p.h[0] && k.h[1] == p.h[1]) same = &k;
        if (!worst || k.score < worst->score) worst = &k;
      }
      if (same) {
        if (p.score > same->score) *same = p;
      } else if (kept.size() < beam) {
        kept.push_back(p);
      } else if (p.score > worst->score) {
        *worst = p;
      }
    }
    pend.clear();
    best_pending[j % 3] = -1e30f;
    here.clear();
    for (const State& k : kept) {
      here.push_back(static_cast<int>(states.size()));
      states.push_back(k);
    }
    bool reset = j == T || (j > 0 && brk[j]);
    if (reset) {
      int best = -1;
      float best_score = -1e30f;
      for (int s : here) {
        float sc = states[s].score + lm(states[s].h, kEos);
        if (sc > best_score) best_score = sc, best = s;
      }
      states.push_back({{kBos, kBos, kBos}, best_score, best, -1, -1, 0});
      here.assign(1, static_cast<int>(states.size() - 1));
    }
    if (j == T) {
      final_state = here[0];
      break;
    }
    // Each state's context is looked up once for all its expansions.
    contexts.clear();
    for (int s : here) {
      const State& st = states[s];
      const uint32_t hctx[3] = {st.h[0], st.h[1], st.h[2]};
      contexts.push_back(lm_.MakeContext(hctx, 3, max_order, &cache));
    }
    for (uint32_t a = first_arc[j]; a < first_arc[j + 1]; ++a) {
      const Arc& arc = arcs[a];
      std::vector<State>& there = pending[arc.end % 3];
      float& there_best = best_pending[arc.end % 3];
      for (size_t k = 0; k < here.size(); ++k) {
        const int s = here[k];
        const State st = states[s];
        const LanguageModel::Context& context = contexts[k];
        // The LM scores of the arc's candidates after this state, kept for
        // the confidences (NaN: not scored).
        const uint32_t lps = static_cast<uint32_t>(arc_lps.size());
        arc_lps.resize(lps + arc.count, kNotScored);
        // cd.bound's slack covers the rounding of the LM's own sums; adding
        // onto st.score rounds by up to an ulp of the score, which grows with
        // the document (0.002 past 16,384, more than that slack): a few of
        // those ulps more.
        const float slack = std::fabs(st.score) * 0x1p-20f;
        for (uint32_t c = 0; c < arc.count; ++c) {
          const Cand& cd = cands[arc.begin + c];
          // An expansion whose best possible score is already kStateMargin
          // behind one waiting at its boundary would be dropped there:
          // skip it before scoring (the output cannot change).
          if (max_order > 1 && st.score + cd.bound + slack < there_best - kStateMargin) continue;
          float lp = max_order == 1 ? lm_.Frequency(cd.w1) : lm_.Score(context, cd.w1, &cache);
          arc_lps[lps + c] = lp;
          State n{{cd.w1, st.h[0], st.h[1]}, st.score + cd.channel + lp, s, static_cast<int>(a), static_cast<int>(c), lps};
          if (cd.w2 != kNone) {
            n.score += lm(n.h, cd.w2);
            n.h[2] = n.h[1], n.h[1] = n.h[0], n.h[0] = cd.w2;
          }
          // Already kStateMargin behind the best waiting there: recombination
          // would drop it (its best only grows).
          if (n.score < there_best - kStateMargin) continue;
          there.push_back(n);
          there_best = std::max(there_best, n.score);
        }
      }
    }
  }

  // Backtrace: the arcs taken, in order, with the state before each.
  std::vector<std::pair<int, int>> path;  // (state after arc, state before)
  path.reserve(T + 1);
  for (int s = final_state; s >= 0; s = states[s].parent) {
    if (states[s].arc >= 0) path.push_back({s, states[s].parent});
  }
  std::reverse(path.begin(), path.end());

  // Output: original bytes between arcs, replacements for changed arcs.
  std::string& out = result.text;
  out.reserve(text.size() + text.size() / 4);
  size_t copied = 0;
  for (size_t p = 0; p < path.size(); ++p) {
    const State& st = states[path[p].first];
    const Arc& arc = arcs[st.arc];
    const Cand& cd = cands[arc.begin + st.cand];
    if (cd.keep) continue;
    std::string repl(lm_.Word(cd.w1));
    if (cd.w2 != kNone) repl += " " + std::string(lm_.Word(cd.w2));
    const Token& first = toks[arc.start];
    const Token& last = toks[arc.end - 1];
    size_t begin = first.offset, end = last.offset + last.text.size();
    std::string_view original = text.substr(begin, end - begin);
    // A word read as its own key is written as it was: a quote joined to
    // it stays, two capitals read as a Capitalized word were an acronym,
    // and a marked word keeps its tone placement ("hoà": its key is "hòa").
    if (arc.end - arc.start == 1 && repl == key_of(arc.start)) continue;
    const bool lower = read_with_i_for_l(arc.start) && IsReadWithIForL(repl);
    std::string cased = lower ? repl : ApplyCase(read_capitalized[arc.start] ? kCapitalized : first.text, repl);
    if (arc.end - arc.start == 1 && cased == original) continue;
    // Confidence: the chosen candidate against the others of this arc, in
    // the context of the previous state and the next chosen word.
    const State& before = states[path[p].second];
    uint16_t next = kNone;
    if (p + 1 < path.size()) next = cands[arcs[states[path[p + 1].first].arc].begin + states[path[p + 1].first].cand].w1;
    // Scores relative to the chosen one; an alternative whose left part
    // alone is kConfidenceFloor behind the chosen total cannot move the
    // posterior by more than 10^-kConfidenceFloor and skips the right part.
    // The left scores were mostly computed by the search (arc_lps).
    const uint32_t bctx[3] = {before.h[0], before.h[1], before.h[2]};
    LanguageModel::Context before_context;
    bool have_context = false;
    auto left = [&](uint32_t c) {
      const Cand& alt = cands[arc.begin + c];
      float lp = arc_lps[st.lps + c];
      if (std::isnan(lp)) {
        if (!have_context) before_context = lm_.MakeContext(bctx, 3, max_order, &cache), have_context = true;
        lp = max_order == 1 ? lm_.Frequency(alt.w1) : lm_.Score(before_context, alt.w1, &cache);
      }
      return alt.channel + lp;
    };
    auto right = [&](const Cand& alt) {
      if (next == kNone) return 0.0f;
      // The history after the alternative: (w2, w1, h0) for two words,
      // (w1, h0, h1) for one.
      const uint16_t h[3] = {alt.w2 != kNone ? alt.w2 : alt.w1, alt.w2 != kNone ? alt.w1 : before.h[0],
                             alt.w2 != kNone ? before.h[0] : before.h[1]};
      return lm(h, next);
    };
    // The chosen word's right part is the search's score of the next word
    // after this state, when the next arc follows it directly.
    float mine_right;
    if (p + 1 < path.size() && path[p + 1].second == path[p].first) {
      const State& after = states[path[p + 1].first];
      mine_right = arc_lps[after.lps + after.cand];
    } else {
      mine_right = right(cd);
    }
    const float mine = left(st.cand) + mine_right;
    double total = 1;
    for (uint32_t c = 0; c < arc.count; ++c) {
      if (static_cast<int>(c) == st.cand) continue;
      const Cand& alt = cands[arc.begin + c];
      const float l = left(c);
      if (l < mine - kConfidenceFloor) continue;
      total += std::pow(10.0, l + right(alt) - mine);
    }
    out.append(text.substr(copied, begin - copied));
    out += cased;
    if (result.changes.empty()) result.changes.reserve(static_cast<size_t>(words));
    copied = end;
    result.changes.push_back({begin, end - begin, first.line, std::string(original), std::move(cased), 1.0 / total});
  }
  out.append(text.substr(copied));
  return result;
}

}  // namespace kehoach::nlp::restore
