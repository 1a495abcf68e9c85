// TargetExtractor: quantified goals in a clause of a plan.
//
// A number is a target when it is a percentage ("30%", "35% - 37%",
// "16-18%/năm"), or it follows a comparator word (tối thiểu / ít nhất /
// không dưới -> ">=", trên / hơn -> ">", không quá / tối đa -> "<=", dưới ->
// "<", đạt / bare -> "="; the words are nlp/data/target_comparators.tsv)
// and is followed by a unit from nlp/data/target_units.tsv, or it is a range "4 đến 5 sao" with a unit.
// Dates, years, document numbers ("57-NQ/TW"), versions ("4.0", "5G") and
// ordinals are not targets. Vietnamese numbers: "0,7" = 0.7, "1.000" = 1000,
// "01" = 1. One clause can hold several targets; each becomes one Target.
// Target::year is a year stated in the clause ("đến năm 2030"), else
// `default_year`. Target::source.line is the line of the number within
// `lines` (1-based numbers of the text, given for the clause's span).
#ifndef KEHOACH_NLP_EXTRACT_TARGET_EXTRACTOR_H_
#define KEHOACH_NLP_EXTRACT_TARGET_EXTRACTOR_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/records.h"
#include "nlp/extract/text_lines.h"
#include "nlp/extract/trailing_phrases.h"

namespace kehoach::nlp {

// A comparator word before a target's number (nlp/data/target_comparators.tsv).
struct ComparatorWord {
  enum class Role { kStrict, kWeak, kPlain, kFrom };
  std::string phrase;      // folded ("toi thieu")
  std::string comparator;  // ">=", ">", "<=", "<", "="
  Role role = Role::kStrict;
  std::string closing;     // folded; role kFrom: the phrase after the unit ("tro len")
};

// The comparator words, in file order.
class TargetComparators {
 public:
  // Reads a comparators file (phrase <TAB> comparator <TAB> role [<TAB>
  // closing]); lines with an unknown comparator or role, and kFrom lines
  // without a closing phrase, are skipped. Empty if the file is missing.
  static TargetComparators Load(const std::string& path);
  // From ResourcePath("nlp/data/target_comparators.tsv"), loaded once.
  static const TargetComparators& Default();

  const std::vector<ComparatorWord>& words() const { return words_; }
  // The entry for a folded phrase, or nullptr.
  const ComparatorWord* Find(std::string_view phrase) const;
  // The phrases as an RE2 alternation ("toi thieu|it nhat|..."), file order.
  std::string Alternation() const;

 private:
  std::vector<ComparatorWord> words_;
};

// Words before a number that make it no target (nlp/data/target_skip_words.txt:
// "năm", "số", "lần", "Điều", ...), loaded once.
const TrailingPhrases& TargetSkipWords();

// Parses a Vietnamese number ("0,7", "1.000", "01", "2.5"); false if not a number.
bool ParseVietnameseNumber(std::string_view s, double* value);

// Targets in `text` (a task or a sentence of a MỤC TIÊU section) whose
// lines are lines[first..last] (1-based numbers, used for source lines).
std::vector<Target> ExtractTargets(std::string_view text, int default_year, const std::vector<TextLine>& lines,
                                   int first_line, int last_line);

}  // namespace kehoach::nlp

#endif  // KEHOACH_NLP_EXTRACT_TARGET_EXTRACTOR_H_
