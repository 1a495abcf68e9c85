#include "nlp/extract/structure_parser.h"

#include <utility>

#include "base/paths.h"
#include "nlp/extract/folded_text.h"
#include "nlp/extract/text_lines.h"
#include "re2/re2.h"

namespace kehoach::nlp {

const char* SectionRoleName(SectionRole r) {
  switch (r) {
    case SectionRole::kNone: return "none";
    case SectionRole::kTasks: return "tasks";
    case SectionRole::kOrganization: return "organization";
    case SectionRole::kPurpose: return "purpose";
    case SectionRole::kTargets: return "targets";
    case SectionRole::kFunding: return "funding";
    case SectionRole::kBasis: return "basis";
    case SectionRole::kOther: return "other";
  }
  return "none";
}

namespace {

std::vector<std::pair<std::string, SectionRole>> LoadRoles() {
  std::vector<std::pair<std::string, SectionRole>> roles;
  for (const std::string& line : ReadDataLines(ResourcePath("nlp/data/section_roles.tsv"))) {
    size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    std::string name(Trim(std::string_view(line).substr(tab + 1)));
    SectionRole role = name == "tasks" ? SectionRole::kTasks
                       : name == "organization" ? SectionRole::kOrganization
                       : name == "purpose" ? SectionRole::kPurpose
                       : name == "targets" ? SectionRole::kTargets
                       : name == "funding" ? SectionRole::kFunding
                       : name == "basis" ? SectionRole::kBasis
                       : name == "other" ? SectionRole::kOther
                                         : SectionRole::kNone;
    roles.emplace_back(FoldKey(Trim(std::string_view(line).substr(0, tab))), role);
  }
  return roles;
}

// Vietnamese item letters in order (f, j, w, z are not used).
int LetterIndex(const std::string& letter) {
  static const char* kOrder[] = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
                                 "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"};
  for (int i = 0; i < static_cast<int>(sizeof kOrder / sizeof kOrder[0]); ++i)
    if (letter == kOrder[i]) return i;
  return -1;
}

// Ranks: Roman 0, capital 1, Arabic 2 + (components - 1), letter 8, bullet 9.
constexpr int kLetterRank = 8;
constexpr int kBulletRank = 9;
constexpr int kRanks = 10;

struct Marker {
  MarkerType type = MarkerType::kNone;
  std::string label;
  std::string rest;  // text after the marker
  int rank = 0;
  int number = 0;    // value used for sequence checks
};

// `previous_roman`: the value of the last Roman heading (0 before the first);
// a Roman numeral without its dot is a marker only as the next one.
bool ParseMarker(std::string_view line, int previous_roman, Marker* m) {
  static const RE2 kRoman(R"(^([IVX]{1,5})\s*(?:\.|\)|\s[-\x{2013}]\s|[-\x{2013}]\s)\s*(.*)$)");
  static const RE2 kCapital(R"(^([A-ZĐ])\s*[.)]\s+(\S.*)$)");
  static const RE2 kArabic(R"(^(\d{1,2}(?:\.\d{1,2}){0,3})\s*(?:\.|\)|\s[-\x{2013}]\s|[-\x{2013}]\s)\s*(.*)$)");
  static const RE2 kLetter(R"(^([a-zđ]|¢)\s*\)\s*(.*)$)");
  static const RE2 kBullet(R"(^([-+•\x{2013}\x{2014}*])\s*(\S.*)$)");
  std::string a, b;
  if (RE2::FullMatch(line, kRoman, &a, &b) && RomanValue(a) > 0) {
    *m = {MarkerType::kRoman, a, b, 0, RomanValue(a)};
    return true;
  }
  if (ParseUndottedRoman(line, previous_roman, /*alone_ok=*/false, &a, &b)) {
    *m = {MarkerType::kRoman, a, b, 0, RomanValue(a)};
    return true;
  }
  if (RE2::FullMatch(line, kArabic, &a, &b) && (b.empty() || !(b[0] >= '0' && b[0] <= '9'))) {
    int components = 1;
    for (char c : a) components += c == '.';
    size_t dot = a.rfind('.');
    int last = std::atoi(a.c_str() + (dot == std::string::npos ? 0 : dot + 1));
    *m = {MarkerType::kArabic, a, b, 2 + components - 1, last};
    return true;
  }
  if (RE2::FullMatch(line, kCapital, &a, &b) && StartsUpper(b)) {
    int idx = a == "Đ" ? 4 : a[0] - 'A';
    *m = {MarkerType::kCapital, a, b, 1, idx};
    return true;
  }
  if (RE2::FullMatch(line, kLetter, &a, &b)) {
    if (a == "¢") a = "c";  // OCR of "c)"
    *m = {MarkerType::kLetter, a, b, kLetterRank, LetterIndex(a)};
    return m->number >= 0;
  }
  if (RE2::FullMatch(line, kBullet, &a, &b)) {
    *m = {MarkerType::kBullet, "-", b, kBulletRank, 0};
    return true;
  }
  return false;
}

// A line ending with a word that keeps its paragraph open
// (nlp/data/line_joiners.txt).
bool EndsWithJoinerWord(const std::string& key) {
  static const auto* joiners = [] {
    auto* v = new std::vector<std::string>();
    for (const std::string& line : ReadDataLines(ResourcePath("nlp/data/line_joiners.txt")))
      if (std::string k = FoldKey(line); !k.empty()) v->push_back(std::move(k));
    return v;
  }();
  size_t end = key.find_last_not_of(' ');
  if (end == std::string::npos) return false;
  std::string_view k(key.data(), end + 1);
  for (const std::string& j : *joiners) {
    std::string_view w(j);
    if (k.size() >= w.size() && k.substr(k.size() - w.size()) == w &&
        (k.size() == w.size() || k[k.size() - w.size() - 1] == ' '))
      return true;
  }
  return false;
}

// The closing paragraph of a section ("Trong quá trình triển khai ...",
// "Trên đây là Kế hoạch ..."), from nlp/data/closing_paragraphs.txt.
bool IsClosingParagraph(const std::string& key) {
  static const auto* prefixes = [] {
    auto* v = new std::vector<std::string>();
    for (const std::string& line : ReadDataLines(ResourcePath("nlp/data/closing_paragraphs.txt")))
      v->push_back(FoldKey(line));
    return v;
  }();
  for (const std::string& p : *prefixes)
    if (key.rfind(p, 0) == 0) return true;
  return false;
}

bool IsEndMarker(const std::string& key) {
  static const RE2 kEnd(R"(^(?:noi nh|t/?m\.?\s|tm\.|kt\.\s|k/t\s))");
  return RE2::PartialMatch(key, kEnd);
}

}  // namespace

SectionRole RoleOfHeading(const std::string& heading_key) {
  static const auto* roles = new std::vector<std::pair<std::string, SectionRole>>(LoadRoles());
  for (const auto& [key, role] : *roles)
    if (heading_key.find(key) != std::string::npos) return role;
  return SectionRole::kNone;
}

DocumentStructure ParseStructure(const std::vector<TextLine>& lines, size_t begin, size_t end) {
  DocumentStructure out;
  std::vector<Block>& blocks = out.blocks;
  const int width = TypicalWidth(lines);
  const bool paragraph_per_line = ParagraphPerLine(lines);

  std::vector<int> stack;            // open numbered blocks, outermost first
  int last[kRanks];                  // last number seen per rank under the current parents
  for (int& v : last) v = -1;
  int cur = -1;                      // block receiving continuation lines
  const TextLine* prev = nullptr;    // previous non-blank line of the current block
  std::vector<std::vector<std::string_view>> pieces;

  auto rank_of = [&](int b) {
    const Block& blk = blocks[b];
    if (blk.type == MarkerType::kRoman) return 0;
    if (blk.type == MarkerType::kCapital) return 1;
    if (blk.type == MarkerType::kLetter) return kLetterRank;
    int components = 1;
    for (char c : blk.marker) components += c == '.';
    return 2 + components - 1;
  };
  auto path_of_stack = [&]() { return stack.empty() ? std::string() : blocks[stack.back()].path; };
  auto role_of_stack = [&]() { return stack.empty() ? SectionRole::kNone : blocks[stack.back()].role; };
  auto open_block = [&](MarkerType type, const std::string& marker, std::string_view rest, int line) {
    Block b;
    b.type = type;
    b.marker = marker;
    b.first_line = b.last_line = line;
    b.parent = stack.empty() ? -1 : stack.back();
    b.parent_path = path_of_stack();
    b.role = role_of_stack();
    if (b.parent >= 0) blocks[b.parent].has_children = true;
    blocks.push_back(std::move(b));
    pieces.emplace_back();
    if (!rest.empty()) pieces.back().push_back(rest);
    cur = static_cast<int>(blocks.size()) - 1;
  };

  for (size_t i = begin; i < end && i < lines.size(); ++i) {
    const TextLine& line = lines[i];
    if (line.blank() || IsPageNumberLine(line.text)) continue;
    if (IsEndMarker(line.key)) {
      stack.clear();
      for (int& v : last) v = -1;
      cur = -1;
      prev = nullptr;
      continue;
    }
    Marker m;
    bool marked = ParseMarker(line.text, std::max(last[0], 0), &m);
    const bool looks_marked = marked;  // before the sequence check
    if (marked && m.type != MarkerType::kBullet) {
      int lastn = last[m.rank];
      bool in_sequence = m.type == MarkerType::kLetter || m.type == MarkerType::kCapital
                             ? m.number <= lastn + 2 && m.number >= lastn && (lastn >= 0 || m.number <= 1)
                             : m.number >= 1 && m.number <= std::max(lastn, 0) + 2 && m.number >= lastn;
      // A Roman or capital marker must read like a heading, not a wrapped line.
      if (m.type == MarkerType::kCapital && lastn < 0 && m.number != 0) in_sequence = false;
      if (!in_sequence) marked = false;
    }
    if (marked) {
      // The text after the marker is a suffix of the line: keep a view into it.
      std::string_view rest = line.text.substr(line.text.size() - std::min(m.rest.size(), line.text.size()));
      if (m.type == MarkerType::kBullet) {
        // Bullets add no level: close a preceding body item's paragraph only.
        open_block(MarkerType::kBullet, "-", rest, line.number);
        blocks[cur].path = path_of_stack();
      } else {
        while (!stack.empty() && rank_of(stack.back()) >= m.rank) stack.pop_back();
        for (int r = m.rank + 1; r < kRanks; ++r) last[r] = -1;
        last[m.rank] = m.number;
        std::string label = m.label;
        open_block(m.type, label, rest, line.number);
        std::string parent = blocks[cur].parent_path;
        int up = blocks[cur].parent;
        // "5.1" under "5" repeats its parent's number: II.A.5 + 5.1 -> II.A.5.1.
        if (up >= 0 && blocks[up].type == MarkerType::kArabic && label.rfind(blocks[up].marker + ".", 0) == 0)
          parent = blocks[up].parent_path;
        blocks[cur].path = parent.empty() ? label : parent + "." + label;
        stack.push_back(cur);
      }
      prev = &line;
      continue;
    }
    // A line without a marker: continuation or a new paragraph.
    bool new_paragraph = false;
    bool pop_item = false;
    if (cur < 0) {
      new_paragraph = true;
    } else if (prev != nullptr && (StartsUpper(line.text) || looks_marked)) {
      const Block& b = blocks[cur];
      bool numbered = b.type != MarkerType::kBullet && b.type != MarkerType::kNone;
      bool title_closed = numbered && !EndsClause(prev->text) && prev->text.back() != ',' &&
                          !EndsWithJoinerWord(prev->key) && prev->width < width * 9 / 10;
      bool body_closed = EndsClause(prev->text) && (paragraph_per_line || prev->width < width * 8 / 10);
      if (title_closed && pieces[cur].size() <= 3) {
        new_paragraph = true;
      } else if (body_closed) {
        new_paragraph = true;
        pop_item = numbered;
      }
    }
    if (!new_paragraph) {
      pieces[cur].push_back(line.text);
      blocks[cur].last_line = line.number;
      prev = &line;
      continue;
    }
    if (pop_item && !stack.empty() && stack.back() == cur) stack.pop_back();
    // A section's closing paragraph belongs to its top-level section.
    if (IsClosingParagraph(line.key))
      while (stack.size() > 1) stack.pop_back();
    open_block(MarkerType::kNone, "", line.text, line.number);
    blocks[cur].path = path_of_stack();
    prev = &line;
    // Roles are decided once a numbered block's text is known (below).
  }

  // Join texts, decide titles and roles in document order (parents first).
  for (size_t b = 0; b < blocks.size(); ++b) {
    Block& blk = blocks[b];
    blk.text = JoinWrapped(pieces[b]);
    bool numbered = blk.type != MarkerType::kBullet && blk.type != MarkerType::kNone;
    blk.title = numbered && !EndsClause(blk.text) && (blk.text.empty() || blk.text.back() != ',');
    SectionRole inherited = blk.parent >= 0 ? blocks[blk.parent].role : SectionRole::kNone;
    blk.role = inherited;
    if (blk.title) {
      SectionRole own = RoleOfHeading(FoldKey(blk.text));
      bool may_override = inherited == SectionRole::kNone || inherited == SectionRole::kPurpose ||
                          inherited == SectionRole::kTargets || inherited == SectionRole::kOther;
      if (own != SectionRole::kNone && (may_override || blk.type == MarkerType::kRoman)) blk.role = own;
    }
    if (blk.title || (numbered && blk.has_children)) {
      Section s;
      s.path = blk.path;
      s.heading = blk.text;
      int level = 1;
      for (int p = blk.parent; p >= 0; p = blocks[p].parent) ++level;
      s.level = level;
      s.line = blk.first_line;
      out.sections.push_back(std::move(s));
    }
  }
  return out;
}

}  // namespace kehoach::nlp
