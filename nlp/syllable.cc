#include "nlp/syllable.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <string>
#include <unordered_set>
#include <vector>

#include "nlp/tokenizer.h"

namespace kehoach::nlp {

namespace {

// Combining marks, as they appear after NFD.
constexpr char32_t kGrave = 0x0300, kAcute = 0x0301, kTilde = 0x0303, kHook = 0x0309,
                   kDotBelow = 0x0323, kCircumflex = 0x0302, kBreve = 0x0306, kHorn = 0x031B;

constexpr std::array<char32_t, 6> kToneMarks = {0, kGrave, kAcute, kHook, kTilde, kDotBelow};

bool IsVowel(char32_t c) {
  switch (c) {
    case U'a': case U'ă': case U'â': case U'e': case U'ê': case U'i': case U'y':
    case U'o': case U'ô': case U'ơ': case U'u': case U'ư':
      return true;
    default:
      return false;
  }
}

bool IsMarkedVowel(char32_t c) {
  return c == U'ă' || c == U'â' || c == U'ê' || c == U'ô' || c == U'ơ' || c == U'ư';
}

// Base letter + vowel mark -> Vietnamese vowel letter; 0 if not a valid pair.
char32_t Combine(char32_t base, char32_t mark) {
  if (mark == 0) return base;
  if (mark == kCircumflex) return base == 'a' ? U'â' : base == 'e' ? U'ê' : base == 'o' ? U'ô' : 0;
  if (mark == kBreve) return base == 'a' ? U'ă' : 0;
  if (mark == kHorn) return base == 'o' ? U'ơ' : base == 'u' ? U'ư' : 0;
  return 0;
}

std::string ToUtf8(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) {
    char buf[U8_MAX_LENGTH];
    int32_t len = 0;
    U8_APPEND_UNSAFE(buf, len, static_cast<UChar32>(c));
    out.append(buf, len);
  }
  return out;
}

std::u32string FromUtf8(std::string_view s) {
  std::u32string out;
  const uint8_t* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t n = static_cast<int32_t>(s.size()), i = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    out.push_back(c < 0 ? 0xFFFD : static_cast<char32_t>(c));
  }
  return out;
}

// Rimes (vần) written without tone, with their medial glide where they have
// one. Spelling variants in use (i/y) are both listed.
const std::unordered_set<std::u32string>& Rimes() {
  static const auto* rimes = new std::unordered_set<std::u32string>{
      U"a", U"ac", U"ach", U"ai", U"am", U"an", U"ang", U"anh", U"ao", U"ap", U"at", U"au", U"ay",
      U"ăc", U"ăm", U"ăn", U"ăng", U"ăp", U"ăt",
      U"âc", U"âm", U"ân", U"âng", U"âp", U"ât", U"âu", U"ây",
      U"e", U"ec", U"em", U"en", U"eng", U"eo", U"ep", U"et",
      U"ê", U"êch", U"êm", U"ên", U"ênh", U"êp", U"êt", U"êu",
      U"i", U"ia", U"ich", U"im", U"in", U"inh", U"ip", U"it", U"iu",
      U"iêc", U"iêm", U"iên", U"iêng", U"iêp", U"iêt", U"iêu",
      U"o", U"oc", U"oi", U"om", U"on", U"ong", U"op", U"ot", U"ooc", U"oong",
      U"ô", U"ôc", U"ôi", U"ôm", U"ôn", U"ông", U"ôp", U"ôt",
      U"ơ", U"ơi", U"ơm", U"ơn", U"ơp", U"ơt",
      U"u", U"ua", U"uc", U"ui", U"um", U"un", U"ung", U"up", U"ut",
      U"uôc", U"uôi", U"uôm", U"uôn", U"uông", U"uôt",
      U"ư", U"ưa", U"ưc", U"ưi", U"ưm", U"ưn", U"ưng", U"ưt", U"ưu",
      U"ươc", U"ươi", U"ươm", U"ươn", U"ương", U"ươp", U"ươt", U"ươu",
      U"y", U"ych", U"ynh", U"yêm", U"yên", U"yêng", U"yêt", U"yêu",
      // medial o
      U"oa", U"oac", U"oach", U"oai", U"oam", U"oan", U"oang", U"oanh", U"oao", U"oap", U"oat", U"oay",
      U"oăc", U"oăm", U"oăn", U"oăng", U"oăt", U"oe", U"oen", U"oeo", U"oet",
      // medial u
      U"uân", U"uâng", U"uât", U"uây", U"uê", U"uêch", U"uênh", U"uy", U"uych", U"uyên", U"uyêt",
      U"uynh", U"uyp", U"uyt", U"uyu", U"uya", U"uơ",
  };
  return *rimes;
}

// What may follow "qu" (the u is the medial): every rime opening with a, ă,
// â, e or ê, and these.
const std::unordered_set<std::u32string>& QuRimes() {
  static const auto* rimes = [] {
    auto* out = new std::unordered_set<std::u32string>{
        U"i", U"y", U"ych", U"ynh", U"yt", U"yu", U"ya", U"yên", U"yêt", U"it", U"in", U"inh",
        U"ơ", U"ơi", U"ơm", U"ơn", U"ơt", U"ô", U"ôc", U"ôn", U"ông", U"ôi",
    };
    for (const std::u32string& r : Rimes()) {
      char32_t c = r[0];
      if (c == U'a' || c == U'ă' || c == U'â' || c == U'e' || c == U'ê') out->insert(r);
    }
    return out;
  }();
  return *rimes;
}

const std::vector<std::u32string>& Onsets() {  // longest first
  // "p" alone is not a native onset ("pin" and other loans come from the lexicon).
  static const auto* onsets = new std::vector<std::u32string>{
      U"ngh", U"ng", U"nh", U"ch", U"gh", U"gi", U"kh", U"ph", U"th", U"tr", U"qu",
      U"b", U"c", U"d", U"đ", U"g", U"h", U"k", U"l", U"m", U"n", U"r", U"s", U"t", U"v", U"x"};
  return *onsets;
}

bool IsFrontStart(const std::u32string& rime) {
  if (rime.empty()) return false;
  char32_t c = rime[0];
  return c == U'i' || c == U'e' || c == U'ê' || c == U'y';
}

// A parsed word: lower-case toneless letters, which letter carries the tone.
struct Letters {
  std::u32string base;  // toneless, lower case, vowel marks composed
  std::vector<bool> upper;
  Tone tone = Tone::kNgang;
  int tone_index = -1;  // index into base of the letter carrying the tone
};

bool Decompose(std::string_view word, Letters* out) {
  if (word.empty()) return false;
  static const icu::Normalizer2* nfd = [] {
    UErrorCode status = U_ZERO_ERROR;
    return icu::Normalizer2::getNFDInstance(status);
  }();
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString d = nfd->normalize(u, status);
  if (U_FAILURE(status)) return false;
  char32_t pending_base = 0, pending_mark = 0;
  bool pending_upper = false;
  auto flush = [&]() -> bool {
    if (pending_base == 0) return true;
    char32_t letter = Combine(pending_base, pending_mark);
    if (letter == 0) return false;
    out->base.push_back(letter);
    out->upper.push_back(pending_upper);
    pending_base = 0;
    pending_mark = 0;
    return true;
  };
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    if (c == kCircumflex || c == kBreve || c == kHorn) {
      if (pending_base == 0 || pending_mark != 0) return false;
      pending_mark = static_cast<char32_t>(c);
      continue;
    }
    int tone = -1;
    for (int t = 1; t < 6; ++t)
      if (static_cast<char32_t>(c) == kToneMarks[t]) tone = t;
    if (tone > 0) {
      if (pending_base == 0 || out->tone_index >= 0) return false;
      out->tone = static_cast<Tone>(tone);
      out->tone_index = static_cast<int>(out->base.size());  // the pending letter's index
      continue;
    }
    if (!flush()) return false;
    bool upper = false;
    char32_t lower;
    if (c == 0x0110 || c == 0x0111) {
      upper = (c == 0x0110);
      lower = U'đ';
    } else if (c >= 'A' && c <= 'Z') {
      upper = true;
      lower = static_cast<char32_t>(c + 32);
    } else if (c >= 'a' && c <= 'z') {
      lower = static_cast<char32_t>(c);
    } else {
      return false;
    }
    pending_base = lower;
    pending_upper = upper;
  }
  if (!flush()) return false;
  if (out->tone_index >= 0 && !IsVowel(out->base[out->tone_index])) return false;
  return !out->base.empty();
}

bool CaseOf(const std::vector<bool>& upper, LetterCase* out) {
  size_t n_upper = 0;
  for (bool u : upper) n_upper += u;
  if (n_upper == 0) {
    *out = LetterCase::kLower;
  } else if (n_upper == upper.size() && upper.size() > 1) {
    *out = LetterCase::kUpper;
  } else if (n_upper == 1 && upper[0]) {
    *out = LetterCase::kCapitalized;
  } else {
    return false;
  }
  return true;
}

const std::vector<std::u32string>& Nuclei() {  // longest first
  static const auto* nuclei = new std::vector<std::u32string>{
      U"iê", U"yê", U"uô", U"ươ", U"ia", U"ya", U"ua", U"ưa", U"oo",
      U"a", U"ă", U"â", U"e", U"ê", U"i", U"y", U"o", U"ô", U"ơ", U"u", U"ư"};
  return *nuclei;
}

// Splits a valid rime (from Rimes()/QuRimes()) into glide, nucleus, coda.
void SplitRime(const std::u32string& rime, bool after_qu, std::u32string* glide,
               std::u32string* nucleus, std::u32string* coda) {
  size_t pos = 0;
  glide->clear();
  if (!after_qu && rime.size() >= 2) {
    char32_t a = rime[0], b = rime[1];
    if ((a == U'o' && (b == U'a' || b == U'ă' || b == U'e')) ||
        (a == U'u' && (b == U'â' || b == U'ê' || b == U'y' || b == U'ơ'))) {
      *glide = rime.substr(0, 1);
      pos = 1;
    }
  }
  std::u32string rest = rime.substr(pos);
  for (const std::u32string& n : Nuclei()) {
    if (rest.compare(0, n.size(), n) == 0) {
      std::u32string tail = rest.substr(n.size());
      // "ia", "ua", "ưa", "ya" are nuclei only when nothing follows.
      if (n.size() == 2 && n[1] == U'a' && !tail.empty()) continue;
      *nucleus = n;
      *coda = tail;
      return;
    }
  }
  *nucleus = rest;
  coda->clear();
}

struct Parsed {
  Syllable syl;
  std::u32string written;  // toneless lower-case letters as written
  size_t nucleus_pos = 0;  // index of the nucleus' first letter in `written`
  size_t glide_pos = std::u32string::npos;
};

bool ParseLetters(const std::u32string& w, Parsed* p) {
  std::u32string onset;
  for (const std::u32string& o : Onsets()) {
    if (w.compare(0, o.size(), o) == 0 && w.size() > o.size() - (o == U"gi" ? 1 : 0)) {
      onset = o;
      break;
    }
  }
  std::u32string rime = w.substr(onset.size());
  bool gi_shared_i = false;
  if (onset == U"gi") {
    // "gì", "gìn", "giếng": the i of gi is also the rime's vowel; it is
    // never written twice ("giin" is no spelling).
    if (!rime.empty() && rime[0] == U'i') return false;
    if (rime.empty() || !IsVowel(rime[0]) || rime[0] == U'ê') {
      rime = U"i" + rime;
      gi_shared_i = true;
    }
  }
  if (onset == U"qu") {
    if (!QuRimes().count(rime)) return false;
  } else {
    if (rime.empty() || !Rimes().count(rime)) return false;
  }
  // Spelling rules: k/gh/ngh before front vowels, c/g/ng elsewhere.
  bool front = IsFrontStart(rime) && !(onset == U"gi");
  if ((onset == U"c" || onset == U"g" || onset == U"ng") && front) return false;
  if ((onset == U"k" || onset == U"gh" || onset == U"ngh") && !IsFrontStart(rime)) return false;
  std::u32string glide, nucleus, coda;
  SplitRime(rime, onset == U"qu", &glide, &nucleus, &coda);
  p->syl.onset = ToUtf8(onset);
  p->syl.glide = ToUtf8(glide);
  p->syl.nucleus = ToUtf8(nucleus);
  p->syl.coda = ToUtf8(coda);
  p->written = w;
  size_t rime_pos = gi_shared_i ? onset.size() - 1 : onset.size();
  if (!glide.empty()) p->glide_pos = rime_pos;
  p->nucleus_pos = rime_pos + glide.size();
  return true;
}

// Index in `written` of the letter carrying the tone, for a placement style.
size_t ToneIndex(const Parsed& p, TonePlacement placement) {
  const std::u32string nucleus = FromUtf8(p.syl.nucleus);
  const bool no_coda = p.syl.coda.empty();
  if (nucleus.size() == 2) {
    if (nucleus[1] == U'a' && no_coda) return p.nucleus_pos;  // mía, múa, mưa
    return p.nucleus_pos + 1;                                 // tiến, muốn, người
  }
  if (placement == TonePlacement::kTraditional && p.glide_pos != std::u32string::npos && no_coda &&
      !IsMarkedVowel(nucleus[0]))
    return p.glide_pos;  // hòa, hòe, thủy
  return p.nucleus_pos;
}

bool StopCoda(const std::string& coda) {
  return coda == "c" || coda == "ch" || coda == "p" || coda == "t";
}

bool ParseInternal(std::string_view word, Parsed* p) {
  Letters letters;
  if (!Decompose(word, &letters)) return false;
  if (!CaseOf(letters.upper, &p->syl.letter_case)) return false;
  if (!ParseLetters(letters.base, p)) return false;
  p->syl.tone = letters.tone;
  if (StopCoda(p->syl.coda) && letters.tone != Tone::kNgang && letters.tone != Tone::kSac &&
      letters.tone != Tone::kNang)
    return false;
  if (letters.tone_index >= 0) {
    size_t i = static_cast<size_t>(letters.tone_index);
    if (i != ToneIndex(*p, TonePlacement::kTraditional) && i != ToneIndex(*p, TonePlacement::kModern))
      return false;
  }
  return true;
}

}  // namespace

bool ParseSyllable(std::string_view word, Syllable* out) {
  Parsed p;
  if (!ParseInternal(word, &p)) return false;
  *out = p.syl;
  return true;
}

bool IsValidSyllable(std::string_view word) {
  Parsed p;
  return ParseInternal(word, &p);
}

std::string ComposeSyllable(const Syllable& s, TonePlacement placement) {
  Parsed p;
  std::u32string w = FromUtf8(s.Base());
  if (!ParseLetters(w, &p)) return s.Base();
  size_t tone_at = ToneIndex(p, placement);
  std::u32string out;
  for (size_t i = 0; i < w.size(); ++i) {
    char32_t c = w[i];
    bool upper = s.letter_case == LetterCase::kUpper || (s.letter_case == LetterCase::kCapitalized && i == 0);
    if (upper) c = static_cast<char32_t>(u_toupper(static_cast<UChar32>(c)));
    out.push_back(c);
    if (i == tone_at && s.tone != Tone::kNgang) out.push_back(kToneMarks[static_cast<int>(s.tone)]);
  }
  static const icu::Normalizer2* nfc = [] {
    UErrorCode status = U_ZERO_ERROR;
    return icu::Normalizer2::getNFCInstance(status);
  }();
  std::string utf8 = ToUtf8(out);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  UErrorCode status = U_ZERO_ERROR;
  std::string result;
  nfc->normalize(u, status).toUTF8String(result);
  return result;
}

bool HasVietnameseMarks(std::string_view word) {
  Letters letters;
  if (!Decompose(word, &letters)) {
    // Not a clean syllable: look for any Vietnamese letter outside ASCII.
    for (char32_t c : FromUtf8(word)) {
      if (c > 0x7F && c != 0xFFFD) return true;
    }
    return false;
  }
  if (letters.tone != Tone::kNgang) return true;
  for (char32_t c : letters.base)
    if (IsMarkedVowel(c) || c == U'đ') return true;
  return false;
}

double ValidSyllableShare(std::string_view text) {
  int words = 0, valid = 0;
  for (const Token& t : Tokenize(text)) {
    if (t.type != TokenType::kWord) continue;
    ++words;
    valid += IsValidSyllable(t.text);
  }
  return words ? static_cast<double>(valid) / words : 0;
}

std::string NormalizeTonePlacement(std::string_view text, TonePlacement placement) {
  std::string out;
  out.reserve(text.size());
  size_t copied = 0;
  for (const Token& t : Tokenize(text)) {
    if (t.type != TokenType::kWord) continue;
    Syllable s;
    if (!ParseSyllable(t.text, &s)) continue;
    std::string composed = ComposeSyllable(s, placement);
    if (composed == t.text) continue;
    out.append(text.substr(copied, t.offset - copied));
    out.append(composed);
    copied = t.offset + t.text.size();
  }
  out.append(text.substr(copied));
  return out;
}

}  // namespace kehoach::nlp
