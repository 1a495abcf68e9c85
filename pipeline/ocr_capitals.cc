#include "pipeline/ocr_capitals.h"

#include <re2/re2.h>

#include <algorithm>

#include "nlp/vietnamese_text.h"

namespace kehoach::pipeline {

namespace {

// Pieces of `s` between single spaces (empty pieces kept, so that a piece's
// index is the number of spaces before it).
std::vector<std::string> SplitSpaces(const std::string& s) {
  std::vector<std::string> out(1);
  for (char c : s) {
    if (c == ' ') out.emplace_back();
    else out.back() += c;
  }
  return out;
}

// No lowercase letter, and at least one capital.
bool IsCapitalLine(std::string_view line) {
  return nlp::ToUpper(line) == line && nlp::ToLower(line) != line;
}

}  // namespace

std::string FixCapitalLine(std::string_view line, const nlp::restore::DiacriticRestorer& restorer,
                           double min_confidence) {
  if (!IsCapitalLine(line)) return std::string(line);
  const std::string folded_upper = nlp::ToUpper(nlp::Fold(line));
  nlp::restore::RestoreResult r = restorer.Restore(folded_upper);
  std::vector<std::string> words = SplitSpaces(std::string(line));
  const std::vector<std::string> restored = SplitSpaces(r.text);
  if (restored.size() == words.size()) {
    // Confidence of each piece: the lowest of the changes inside it (0 for
    // a piece the restorer did not change: it had no better reading).
    std::vector<double> confidence(words.size(), 0.0);
    std::vector<bool> seen(words.size(), false);
    for (const nlp::restore::TokenChange& c : r.changes) {
      size_t piece = std::count(folded_upper.begin(), folded_upper.begin() + c.offset, ' ');
      if (piece >= confidence.size()) continue;
      confidence[piece] = seen[piece] ? std::min(confidence[piece], c.confidence) : c.confidence;
      seen[piece] = true;
    }
    for (size_t i = 0; i < words.size(); ++i) {
      if (restored[i] != words[i] && confidence[i] >= min_confidence &&
          nlp::Fold(restored[i]) == nlp::Fold(words[i])) {
        words[i] = restored[i];
      }
    }
  }
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += ' ';
    out += words[i];
  }
  // No Vietnamese word is made of I, V and X alone.
  static const RE2 kRomanWithoutDot(R"(^([IVX]{1,5}) (\p{Lu}))");
  RE2::Replace(&out, kRomanWithoutDot, R"(\1. \2)");
  return out;
}

int FixCapitalLines(std::vector<ocr::PageText>* pages,
                    const nlp::restore::DiacriticRestorer& restorer, double min_confidence) {
  int changed = 0;
  for (ocr::PageText& page : *pages) {
    if (page.source != ocr::PageSource::kOcr) continue;
    for (ocr::TextLine& line : page.lines) {
      if (line.table >= 0) continue;
      std::string fixed = FixCapitalLine(line.text, restorer, min_confidence);
      if (fixed != line.text) {
        line.text = std::move(fixed);
        ++changed;
      }
    }
  }
  return changed;
}

}  // namespace kehoach::pipeline
