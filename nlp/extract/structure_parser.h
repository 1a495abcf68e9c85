// StructureParser: the lines of a plan -> numbered blocks and the section tree.
//
// Markers recognized at the start of a line: Roman numerals "II." "IV-",
// capital letters "A." "B.", Arabic numbers "1." "5.1." "1-", letters "a)"
// "đ)", bullets "-" "+" "•". Rank is fixed (Roman > capital > 1 > 1.1 > a)),
// so a marker closes every open item of its rank or lower; bullets add no
// level. Numbers out of sequence by more than one (a typo, or a wrapped line
// that happens to begin with "57-") are not markers; a repeated number (two
// sections "III.") is kept as written. Page-number lines are skipped. A line
// without a marker continues the current block, unless the block is closed:
// a title without final punctuation followed by a capitalized line, or a
// clause-final short line (shorter than the typical line) followed by a
// capitalized line; then it starts a paragraph. "Nơi nhận", signature lines
// (TM., KT.) and "Trên đây là ..." close all sections.
//
// Section paths join markers with '.': "II.A.5.1.a". Each block records the
// role of its section (nlp/data/section_roles.tsv).
#ifndef KEHOACH_NLP_EXTRACT_STRUCTURE_PARSER_H_
#define KEHOACH_NLP_EXTRACT_STRUCTURE_PARSER_H_

#include <string>
#include <vector>

#include "base/records.h"
#include "nlp/extract/text_lines.h"

namespace kehoach::nlp {

enum class SectionRole { kNone, kTasks, kOrganization, kPurpose, kTargets, kFunding, kBasis, kOther };
const char* SectionRoleName(SectionRole r);
// The role named by a heading, from the roles file; kNone if no keyword matches.
SectionRole RoleOfHeading(const std::string& heading_key);

enum class MarkerType { kNone, kRoman, kCapital, kArabic, kLetter, kBullet };

struct Block {
  MarkerType type = MarkerType::kNone;
  std::string marker;      // "II", "A", "5.1", "a", "-", "" (paragraph)
  std::string text;        // joined lines without the marker, NFC as in input
  int first_line = 0;      // 1-based
  int last_line = 0;
  std::string path;        // own path for numbered blocks; enclosing path otherwise
  std::string parent_path; // path of the enclosing numbered block ("" at top)
  int parent = -1;         // index of the enclosing numbered block, -1 at top
  bool title = false;      // numbered block whose text has no final punctuation
  bool has_children = false;
  SectionRole role = SectionRole::kNone;
};

struct DocumentStructure {
  std::vector<Block> blocks;
  std::vector<Section> sections;  // numbered blocks that are titles or have children
};

// Parses lines[begin, end) (indices into `lines`).
DocumentStructure ParseStructure(const std::vector<TextLine>& lines, size_t begin, size_t end);

}  // namespace kehoach::nlp

#endif  // KEHOACH_NLP_EXTRACT_STRUCTURE_PARSER_H_
