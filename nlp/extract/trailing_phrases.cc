#include "nlp/extract/trailing_phrases.h"

#include "nlp/extract/folded_text.h"
#include "nlp/extract/text_lines.h"
#include "re2/re2.h"

namespace kehoach::nlp {

TrailingPhrases TrailingPhrases::Load(const std::string& path) {
  TrailingPhrases out;
  std::string alternation;
  for (const std::string& line : ReadDataLines(path)) {
    std::string phrase = FoldKey(Trim(std::string_view(line).substr(0, line.find('\t'))));
    if (phrase.empty()) continue;
    alternation += (alternation.empty() ? "" : "|") + RE2::QuoteMeta(phrase);
    ++out.size_;
  }
  if (!alternation.empty()) out.pattern_ = std::make_shared<RE2>("(?:^|\\s)(?:" + alternation + ")\\s*$");
  return out;
}

bool TrailingPhrases::EndsText(std::string_view folded) const {
  return pattern_ && RE2::PartialMatch(folded, *pattern_);
}

}  // namespace kehoach::nlp
