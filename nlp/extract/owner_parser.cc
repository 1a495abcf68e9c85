#include "nlp/extract/owner_parser.h"

#include <algorithm>

#include "nlp/extract/folded_text.h"
#include "nlp/extract/text_lines.h"

namespace kehoach::nlp {

namespace {

struct Scanner {
  const AgencyGazetteer& g;
  FoldedText folded;
  std::vector<KeyWord> w;

  Scanner(const AgencyGazetteer& gz, std::string_view text) : g(gz), folded(text), w(KeyWords(folded.key())) {}

  bool Is(size_t i, std::initializer_list<const char*> words) const {
    size_t k = i;
    for (const char* x : words) {
      if (k >= w.size() || w[k].word != x) return false;
      ++k;
    }
    return true;
  }
  // The longest known body at i: exact, or (at a capitalized word, where a
  // name can start) within a small edit distance for residual OCR garble.
  size_t MatchAt(size_t i, const std::string** canonical) const {
    size_t n = g.MatchAt(w, i, canonical);
    if (i < w.size() && StartsUpper(folded.Original(w[i].begin, w[i].end))) {
      const std::string* fuzzy = nullptr;
      size_t f = g.FuzzyMatchAt(w, i, &fuzzy);
      if (f > n) {
        n = f;
        if (canonical) *canonical = fuzzy;
      }
    }
    return n;
  }
  // A list of known bodies starting at i ("X, Y và Z"); returns its end (== i
  // if none) and appends their canonical names to *names.
  size_t ListEnd(size_t i, std::vector<std::string>* names = nullptr) const {
    size_t j = i, end = i;
    while (j < w.size()) {
      const std::string* canonical = nullptr;
      size_t n = MatchAt(j, &canonical);
      if (n > 0) {
        if (names && canonical && std::find(names->begin(), names->end(), *canonical) == names->end())
          names->push_back(*canonical);
        j += n;
        end = j;
        continue;
      }
      if (end > i && (w[j].word == "," || w[j].word == "va" || w[j].word == ";") && MatchAt(j + 1, nullptr) > 0) {
        ++j;
        continue;
      }
      break;
    }
    return end;
  }
  // The support list after "phối hợp (với)" at i; *after set past it.
  // "chủ trì, phù hợp với" is OCR garble of "chủ trì, phối hợp với" (the
  // ordinary phrase "phù hợp với" never follows "chủ trì,").
  bool IsGarbledSupportTrigger(size_t i) const {
    return i >= 3 && Is(i - 3, {"chu", "tri", ",", "phu", "hop", "voi"});
  }
  std::vector<std::string> SupportAt(size_t i, size_t* after) const {
    size_t j = i;
    if (Is(j, {"phoi", "hop", "voi"}) || IsGarbledSupportTrigger(j)) j += 3;
    else if (Is(j, {"phoi", "hop"})) j += 2;
    else return {};
    std::vector<std::string> names;
    size_t e = ListEnd(j, &names);
    if (after) *after = e;
    return names;
  }
  size_t SentenceEnd(size_t i) const {
    // KeyWords drops '.', so use the key: the first '.' after w[i].
    if (i >= w.size()) return w.size();
    size_t dot = folded.key().find_first_of(".", w[i].begin);
    size_t j = i;
    while (j < w.size() && (dot == std::string::npos || w[j].begin < dot)) ++j;
    return j;
  }
};

void Append(std::vector<std::string>* to, const std::vector<std::string>& names) {
  for (const std::string& n : names)
    if (std::find(to->begin(), to->end(), n) == to->end()) to->push_back(n);
}

// X at [b, e) is the actor; reads what follows it. `assigned` is true after
// "Giao": "Giao X phối hợp với Y" makes Y the lead and X its support, while a
// subject "X phối hợp với Y ..." leads and Y supports.
void Assign(const Scanner& s, size_t e, const std::vector<std::string>& x, bool assigned, Owners* out) {
  size_t j = e;
  if (j < s.w.size() && s.w[j].word == ",") ++j;
  if (assigned && s.Is(j, {"phoi", "hop", "voi"})) {
    size_t after = j;
    std::vector<std::string> y = s.SupportAt(j, &after);
    if (!y.empty()) {
      Append(&out->lead, y);
      Append(&out->support, x);
      return;
    }
  }
  Append(&out->lead, x);
  size_t end = s.SentenceEnd(e);
  for (size_t k = e; k + 2 < end; ++k) {
    if (s.Is(k, {"phoi", "hop", "voi"}) || s.IsGarbledSupportTrigger(k)) {
      Append(&out->support, s.SupportAt(k, nullptr));
      break;
    }
  }
}

}  // namespace

Owners ParseInlineOwners(std::string_view text, const AgencyGazetteer& gazetteer, bool allow_subject) {
  Scanner s(gazetteer, text);
  Owners out;
  const size_t n = s.w.size();
  for (size_t i = 0; i < n; ++i) {
    size_t t = 0;
    bool assigned = s.Is(i, {"giao"});
    if (assigned) t = i + 1;
    else if (s.Is(i, {"de", "nghi"}) || s.Is(i, {"yeu", "cau"})) t = i + 2;
    else continue;
    for (const char* title : {"thu", "giam", "chu"}) {
      if (s.Is(t, {title, "truong"}) || s.Is(t, {title, "doc"}) || s.Is(t, {title, "tich"})) t += 2;
    }
    std::vector<std::string> names;
    size_t e = s.ListEnd(t, &names);
    if (e > t) {
      Assign(s, e, names, assigned, &out);
      i = e;
    }
  }
  if (!out.lead.empty() || !allow_subject) return out;
  // No trigger: the first body named as a subject in the first sentence.
  size_t end = s.SentenceEnd(0);
  for (size_t i = 0; i < end; ++i) {
    std::vector<std::string> names;
    size_t e = s.ListEnd(i, &names);
    if (e == i) continue;
    bool object = i > 0 && (s.Is(i - 1, {"ve"}) || s.Is(i - 1, {"qua"}) || s.Is(i - 1, {"gui"}) ||
                            s.Is(i - 1, {"cua"}) || s.Is(i - 1, {"voi"}) || (i > 1 && s.Is(i - 2, {"bao", "cao"})));
    if (object) {
      i = e - 1;
      continue;
    }
    Assign(s, e, names, /*assigned=*/false, &out);
    break;
  }
  return out;
}

Owners OwnersUnderHeading(std::string_view text, const std::vector<std::string>& heading_agencies,
                          const AgencyGazetteer& gazetteer) {
  Scanner s(gazetteer, text);
  Owners out;
  size_t i = 0;
  if (s.Is(i, {"phoi", "hop"})) {
    size_t j = s.Is(i, {"phoi", "hop", "voi"}) ? 3 : 2;
    std::vector<std::string> names;
    s.ListEnd(j, &names);
    Append(&out.lead, names);
    Append(&out.support, heading_agencies);
    return out;
  }
  Append(&out.lead, heading_agencies);
  for (size_t k = 0; k + 1 < s.w.size(); ++k) {
    if (s.Is(k, {"chu", "tri"})) {
      size_t m = k + 2;
      if (m < s.w.size() && s.w[m].word == ",") ++m;
      Append(&out.support, s.SupportAt(m, nullptr));
      break;
    }
  }
  return out;
}

}  // namespace kehoach::nlp
