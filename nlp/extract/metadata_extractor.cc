#include "nlp/extract/metadata_extractor.h"

#include <algorithm>

#include "base/paths.h"
#include "nlp/extract/deadline_parser.h"
#include "nlp/extract/folded_text.h"
#include "nlp/extract/text_lines.h"
#include "nlp/vietnamese_text.h"
#include "re2/re2.h"

namespace kehoach::nlp {

namespace {

std::vector<std::pair<std::string, std::string>> DocTypes() {
  static const auto* types = [] {
    auto* t = new std::vector<std::pair<std::string, std::string>>();
    for (const std::string& line : ReadDataLines(ResourcePath("nlp/data/document_types.tsv"))) {
      size_t tab = line.find('\t');
      if (tab == std::string::npos) continue;
      t->emplace_back(FoldKey(Trim(std::string_view(line).substr(0, tab))),
                      std::string(Trim(std::string_view(line).substr(tab + 1))));
    }
    return t;
  }();
  return *types;
}

bool IsAllCaps(std::string_view s) {
  bool letter = false;
  for (size_t i = 0; i < s.size();) {
    std::string_view rest = s.substr(i);
    size_t len = 1;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0xC0) len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    std::string_view ch = rest.substr(0, len);
    if (StartsUpper(ch)) letter = true;
    else if (ToUpper(ch) != std::string(ch)) return false;  // a lowercase letter
    i += len;
  }
  return letter;
}

std::string NumberToken(std::string_view original) {
  // The first token containing '/', spaces removed: "      /QĐ-UBND" -> "/QĐ-UBND".
  static const RE2 kNum(R"(((?:\d[\w.\-]*\s*)?/\s*[\pL\d][\pL\d\-/]*[\pL\d](?:\s*-\s*[\pL\d]+)*))");
  std::string num;
  if (RE2::PartialMatch(original, kNum, &num)) {
    std::string out;
    for (char c : num)
      if (c != ' ') out.push_back(c);
    return out;
  }
  static const RE2 kDash(R"((\d+-[\pL]+/[\pL\d\-]+))");
  if (RE2::PartialMatch(original, kDash, &num)) return num;
  return "";
}

// Lines of a data file without comments and blanks.
std::vector<std::string> DataLines(const std::string& relative) { return ReadDataLines(ResourcePath(relative)); }

// "" if `place` is not a province, else its canonical name.
std::string ProvinceOf(std::string_view place) {
  static const auto* provinces = [] {
    auto* v = new std::vector<std::pair<std::string, std::string>>();
    for (const std::string& name : DataLines("nlp/data/provinces.txt")) v->emplace_back(FoldKey(name), name);
    return v;
  }();
  std::string key = JoinWrapped({FoldKey(place)});
  const std::string* best = nullptr;
  bool tie = false;
  for (const auto& [k, name] : *provinces) {
    if (k == key) return name;
    if (key.size() < 6 || BoundedEditDistance(key, k, 1) > 1) continue;
    tie = best != nullptr;
    best = &name;
  }
  return best && !tie ? *best : std::string();
}

// The issuer named by the code ending the number ("/KH-UBND") in `province`.
std::string IssuerFromNumber(const std::string& number, const std::string& province) {
  static const auto* codes = [] {
    auto* v = new std::vector<std::pair<std::string, std::string>>();
    for (const std::string& line : DataLines("nlp/data/issuer_codes.tsv")) {
      size_t tab = line.find('\t');
      if (tab != std::string::npos) v->emplace_back(FoldKey(line.substr(0, tab)), std::string(Trim(line.substr(tab + 1))));
    }
    return v;
  }();
  size_t cut = number.find_last_of("-/");
  if (cut == std::string::npos || province.empty()) return "";
  std::string code = FoldKey(number.substr(cut + 1));
  for (const auto& [k, body] : *codes)
    if (k == code) return body + " " + province;
  return "";
}

}  // namespace

std::string CanonicalPlace(std::string_view place) {
  std::string province = ProvinceOf(place);
  return province.empty() ? std::string(place) : province;
}

std::string SentenceCaseName(std::string_view upper) {
  std::string lower = ToLower(upper);
  std::string key = FoldKey(lower);
  std::string out = CapitalizeFirst(lower);
  // Capitalize every word of the place name after "tỉnh " / "thành phố ".
  for (const char* marker : {"tinh uy ", "tinh ", "thanh pho "}) {
    FoldedText f(out);
    size_t at = f.key().find(marker, std::string(marker) == "tinh uy " ? 0 : 1);
    if (at == std::string::npos) continue;
    size_t place = f.OriginalOffset(at + std::string(marker).size());
    std::string result = out.substr(0, place);
    std::string_view rest = std::string_view(out).substr(place);
    bool start = true;
    size_t i = 0;
    while (i < rest.size()) {
      if (rest[i] == ' ') {
        result.push_back(' ');
        start = true;
        ++i;
        continue;
      }
      size_t j = rest.find(' ', i);
      if (j == std::string_view::npos) j = rest.size();
      result += start ? CapitalizeFirst(rest.substr(i, j - i)) : std::string(rest.substr(i, j - i));
      start = false;
      i = j;
    }
    // The place part is a province: its canonical spelling.
    out = result.substr(0, place) + CanonicalPlace(std::string_view(result).substr(place));
    break;
  }
  // Tone placement of the canonical spelling: "Uỷ" -> "Ủy".
  static const RE2 kUy("Uỷ");
  RE2::GlobalReplace(&out, kUy, "Ủy");
  return out;
}

PlanMeta ExtractMetadata(const std::vector<TextLine>& lines, const AgencyGazetteer& gazetteer) {
  PlanMeta meta;
  const size_t front = std::min<size_t>(lines.size(), 60);

  // Type and title.
  size_t type_line = lines.size();
  for (size_t i = 0; i < std::min<size_t>(front, 40) && type_line == lines.size(); ++i) {
    if (lines[i].blank()) continue;
    for (const auto& [key, name] : DocTypes()) {
      std::string_view k = Trim(lines[i].key);
      if (k == key || (k.size() <= key.size() + 2 && k.substr(0, key.size()) == key)) {
        meta.type = name;
        type_line = i;
        break;
      }
    }
  }
  if (type_line < lines.size()) {
    // A title line was wrapped at the page width (scans, PDF text) when it is
    // as wide as the widest front line and ends without punctuation: the next
    // line continues it even when it starts with a capital ("Chính phủ").
    int page_width = 0;
    for (size_t i = 0; i < front; ++i) page_width = std::max(page_width, DisplayWidth(lines[i].text));
    auto wrapped = [&](size_t i) {
      std::string_view t = Trim(lines[i].text);
      return !t.empty() && std::string_view(".;:!?").find(t.back()) == std::string_view::npos &&
             DisplayWidth(t) * 100 >= page_width * 85;
    };
    std::vector<std::string_view> title;
    size_t last = 0;
    for (size_t i = type_line + 1; i < lines.size() && title.size() < 5; ++i) {
      if (lines[i].blank()) continue;
      bool continues = (!StartsUpper(lines[i].text) && !lines[i].text.empty()) ||
                       (!title.empty() && last + 1 == i && wrapped(last));
      if (!title.empty() && (!continues || IsAllCaps(lines[i].text))) break;
      if (title.empty() && IsAllCaps(lines[i].text)) break;
      title.push_back(lines[i].text);
      last = i;
    }
    meta.title = JoinWrapped(title);
  }

  // Number.
  static const RE2 kSo(R"(^(?:so|s6|s0)\s*[:.]?\s)");
  for (size_t i = 0; i < std::min<size_t>(lines.size(), 150) && meta.number.empty(); ++i) {
    std::string_view k = lines[i].key;
    // "Số: 433-KH/TU" (a wrapped line may also begin with "số 57-NQ/TW": only
    // the heading lines or a "Số:" with its colon count).
    if (RE2::PartialMatch(k, kSo) && (i < 12 || k.find(':') != std::string_view::npos))
      meta.number = NumberToken(lines[i].text.substr(2));
    size_t at = k.find(" so ");
    if (meta.number.empty() && at != std::string::npos && k.find("kem theo") != std::string::npos) {
      FoldedText f(lines[i].text);
      meta.number = NumberToken(f.Original(f.key().find(" so ") + 4, f.key().size()));
    }
  }

  // Issuer: an all-capitals line naming a body.
  for (size_t i = 0; i < front && meta.issuer.empty(); ++i) {
    const TextLine& l = lines[i];
    if (l.blank() || !IsAllCaps(l.text) || l.width < 6) continue;
    std::vector<KeyWord> words = KeyWords(l.key);
    if (!gazetteer.HeadAt(words, 0) && gazetteer.MatchAt(words, 0, nullptr) == 0) continue;
    if (l.key.rfind("tm", 0) == 0 || l.key.rfind("kt", 0) == 0) continue;
    std::string text(l.text);
    if (i + 1 < front && !lines[i + 1].blank() && IsAllCaps(lines[i + 1].text) &&
        (lines[i + 1].key.rfind("tinh ", 0) == 0 || lines[i + 1].key.rfind("thanh pho ", 0) == 0))
      text += " " + std::string(lines[i + 1].text);
    // Two header columns run together: drop the national or Party motto.
    // (On folded text, so garbled marks "PANG CÔNG SẢN" still match.)
    static const RE2 kMotto(R"((\s+[dp]ang\s+cong\s+san\s+viet\s+nam|\s+cong\s+hoa\s+xa\s+hoi))");
    FoldedText folded(text);
    re2::StringPiece motto;
    if (RE2::PartialMatch(folded.key(), kMotto, &motto))
      text = std::string(folded.Original(0, motto.data() - folded.key().data()));
    meta.issuer = SentenceCaseName(text);
  }

  // Place and date.
  static const RE2 kPlaceDate(R"(^(.*?),?\s*ngay\s+(\S*)\s*thang\s+(\S*)\s*nam\s+(\d{4}))");
  for (size_t i = 0; i < front && meta.date_text.empty(); ++i) {
    std::string place, d, m;
    int y = 0;
    if (!RE2::PartialMatch(lines[i].key, kPlaceDate, &place, &d, &m, &y)) continue;
    if (lines[i].key.find("kem theo") != std::string::npos || lines[i].key.find("can cu") != std::string::npos) continue;
    FoldedText f(lines[i].text);
    size_t at = f.key().find("ngay");
    std::string_view orig_place = Trim(f.Original(0, at));
    while (!orig_place.empty() && (orig_place.back() == ',' || orig_place.back() == ' ')) orig_place.remove_suffix(1);
    // Drop leading non-letters (OCR noise such as "»").
    static const RE2 kNoise(R"(^[^\pL]+)");
    std::string cleaned(orig_place);
    RE2::Replace(&cleaned, kNoise, "");
    meta.place = CanonicalPlace(Trim(cleaned));
    meta.date_text = std::string(Trim(f.Original(at, f.key().size())));
    int day = std::atoi(d.c_str()), month = std::atoi(m.c_str());
    if (day >= 1 && month >= 1 && month <= 12 && day <= DaysInMonth(y, month)) meta.date = IsoDate(y, month, day);
  }

  // Without a header naming the issuer: the code ending the number.
  if (meta.issuer.empty()) meta.issuer = IssuerFromNumber(meta.number, ProvinceOf(meta.place));

  // Signature block.
  static const RE2 kCapacity(R"(^(?:t/?m\.?|kt\.?|k/t|q\.|tl\.|chu tich|pho chu tich|bi thu|pho bi thu|giam doc|pho giam doc|truong ban)\b)");
  // Markdown emphasis around the block ("**KT. CHỦ TỊCH") is not text.
  auto unmarked = [](std::string_view t) {
    while (!t.empty() && (t.front() == '*' || t.front() == '_')) t.remove_prefix(1);
    while (!t.empty() && (t.back() == '*' || t.back() == '_')) t.remove_suffix(1);
    return Trim(t);
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view first = unmarked(lines[i].text);
    if (first.empty() || !IsAllCaps(first) || !RE2::PartialMatch(FoldKey(first), kCapacity)) continue;
    std::vector<std::string> caps;
    size_t j = i;
    for (; j < lines.size() && j < i + 6; ++j) {
      if (lines[j].blank()) continue;
      if (!IsAllCaps(unmarked(lines[j].text))) break;
      caps.emplace_back(unmarked(lines[j].text));
    }
    std::string capacity;
    for (const std::string& c : caps) capacity += (capacity.empty() ? "" : " / ") + c;
    meta.signer_capacity = capacity;
    if (j < lines.size() && !IsAllCaps(lines[j].text) && lines[j].width < 40 && StartsUpper(lines[j].text))
      meta.signer = std::string(lines[j].text);
    break;
  }

  // References: "<type> số <number> ngày <date> của <issuer>".
  std::vector<std::string_view> all;
  for (const TextLine& l : lines)
    if (!l.blank()) all.push_back(l.text);
  std::string flat = JoinWrapped(all);
  FoldedText f(flat);
  const std::string& key = f.key();
  static const RE2 kRefDate(R"(^[^;]{0,12}?ngay\s+(\d{1,2})\s*(?:/|thang)\s*(\d{1,2})\s*(?:/|nam)\s*(\d{4}))");
  static const RE2 kNamedDate(R"(^[^;,]{0,70}?ngay\s+(\d{1,2})\s*(?:/|thang)\s*(\d{1,2})\s*(?:/|nam)\s*(\d{4}))");
  for (const auto& [type_key, type_name] : DocTypes()) {
    size_t pos = 0;
    while ((pos = key.find(type_key, pos)) != std::string::npos) {
      size_t after = pos + type_key.size();
      bool word_start = pos == 0 || key[pos - 1] == ' ' || key[pos - 1] == '(';
      pos = after;
      if (!word_start || after >= key.size() || key[after] != ' ') continue;
      std::string_view rest = std::string_view(key).substr(after);
      // A longer type name starting here was handled by its own pass.
      bool longer = false;
      for (const auto& [k2, n2] : DocTypes())
        if (k2.size() > type_key.size() && key.compare(pos - type_key.size(), k2.size(), k2) == 0) longer = true;
      if (longer) continue;
      DocumentRef ref;
      ref.type = type_name;
      size_t cursor = after;
      static const RE2 kNumber(R"(^\s*(?:(?:so|s6|s0)\s*)?(\d[\w.]*\s*(?:-\s*)?[\w\-]*/[\w\-/]*\w|\d+-\w+/\w+))");
      re2::StringPiece in(rest);
      std::string number;
      if (RE2::Consume(&in, kNumber, &number)) {
        size_t nb = after + (rest.find(number.substr(0, 2)));
        cursor = in.data() - key.data();
        ref.number = NumberToken(f.Original(nb, cursor));
        if (ref.number.empty()) ref.number = std::string(Trim(f.Original(nb, cursor)));
      }
      int d = 0, m = 0, y = 0;
      re2::StringPiece date_in(std::string_view(key).substr(cursor, 160));
      if (RE2::PartialMatch(date_in, ref.number.empty() ? kNamedDate : kRefDate, &d, &m, &y) && m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m)) {
        ref.date = IsoDate(y, m, d);
        size_t dpos = key.find("ngay", cursor);
        // Skip past the date to read "của <issuer>".
        size_t after_date = key.find(std::to_string(y), dpos);
        if (after_date != std::string::npos) cursor = after_date + 4;
      }
      if (ref.number.empty() && ref.date.empty()) continue;
      if (ref.number.empty() && type_name != "Luật") continue;
      std::string_view tail = std::string_view(key).substr(cursor);
      size_t ws = tail.find_first_not_of(' ');
      if (ws != std::string_view::npos && tail.substr(ws, 4) == "cua ") {
        std::vector<KeyWord> words = KeyWords(tail.substr(ws + 4, 120));
        const std::string* canonical = nullptr;
        if (gazetteer.MatchAt(words, 0, &canonical) > 0) ref.issuer = *canonical;
      }
      if (ref.issuer.empty() && !ref.number.empty()) {
        // The issuing body's abbreviation after the last '-' or '/' ("20/TTr-SKHCN").
        size_t cut = ref.number.find_last_of("-/");
        if (cut != std::string::npos) ref.issuer = gazetteer.Canonical(ref.number.substr(cut + 1));
      }
      bool dup = false;
      for (DocumentRef& r : meta.references) {
        if (!ref.number.empty() ? r.number == ref.number : (r.type == ref.type && r.date == ref.date)) {
          dup = true;
          if (r.date.empty()) r.date = ref.date;
          if (r.issuer.empty()) r.issuer = ref.issuer;
        }
      }
      std::string own = meta.number;
      if (!dup && (ref.number.empty() || ref.number != own) && !(ref.number.size() > 0 && ref.number[0] == '/'))
        meta.references.push_back(ref);
    }
  }
  // Order references by first mention.
  std::stable_sort(meta.references.begin(), meta.references.end(), [&](const DocumentRef& a, const DocumentRef& b) {
    auto first = [&](const DocumentRef& r) {
      size_t p = r.number.empty() ? std::string::npos : flat.find(r.number);
      return p == std::string::npos ? flat.size() : p;
    };
    return first(a) < first(b);
  });

  // Horizon: the title first, then the front lines.
  static const RE2 kRange(R"((?:giai doan|thoi ky)\s*(\d{4})\s*[-\x{2013}]\s*(\d{4}))");
  static const RE2 kVision(R"(tam nhin\s+(?:den\s+)?(?:nam\s+)?(\d{4}))");
  static const RE2 kUntil(R"((?:^|[^h]\s)den nam\s+(\d{4}))");
  auto scan = [&](const std::string& k) {
    int a = 0, b = 0;
    if (meta.horizon.end_year == 0 && RE2::PartialMatch(k, kRange, &a, &b)) {
      meta.horizon.start_year = a;
      meta.horizon.end_year = b;
    }
    if (meta.horizon.vision_year == 0 && RE2::PartialMatch(k, kVision, &a)) meta.horizon.vision_year = a;
    if (meta.horizon.end_year == 0 && RE2::PartialMatch(k, kUntil, &a) && a != meta.horizon.vision_year)
      meta.horizon.end_year = a;
  };
  scan(FoldKey(meta.title));
  return meta;
}

}  // namespace kehoach::nlp
