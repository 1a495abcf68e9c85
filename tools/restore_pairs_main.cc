// restore_pairs: aligns OCR output with the clean text it was made from and
// prints the error model's training pairs, "observed<TAB>intended<TAB>count"
// (sorted), for TrainRestoreModel / restore_model --pairs.
//   restore_pairs SOURCE.txt OCR.txt [SOURCE.txt OCR.txt]... > pairs.tsv
// Observed and intended are lower case; a syllable OCR split in two is
// observed "nghi p"; two syllables OCR merged are intended "khoa học".
// Links that are too different (cost over 0.75, usually lines OCR lost or
// reordered) are skipped.
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

#include "nlp/restore/lm_tokens.h"
#include "nlp/restore/token_aligner.h"
#include "nlp/syllable.h"
#include "nlp/vietnamese_text.h"

namespace {
std::string Read(const std::string& path, bool* ok) {
  std::ifstream in(path, std::ios::binary);
  *ok = static_cast<bool>(in);
  std::stringstream ss;
  ss << in.rdbuf();
  return kehoach::nlp::Nfc(ss.str());
}
std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + kehoach::nlp::restore::NormalizeWord(w);
  return out;
}
}  // namespace

int main(int argc, char** argv) {
  using namespace kehoach::nlp;
  if (argc < 3 || argc % 2 == 0) {
    std::cerr << "usage: restore_pairs SOURCE.txt OCR.txt [SOURCE.txt OCR.txt]...\n";
    return 2;
  }
  std::map<std::pair<std::string, std::string>, long> counts;
  int status = 0;
  for (int i = 1; i + 1 < argc; i += 2) {
    bool ok1, ok2;
    std::string src = Read(argv[i], &ok1), ocr = Read(argv[i + 1], &ok2);
    if (!ok1 || !ok2) {
      std::cerr << "restore_pairs: " << (ok1 ? argv[i + 1] : argv[i]) << ": cannot read\n";
      status = 1;
      continue;
    }
    for (const auto& span : restore::AlignTokens(src, ocr)) {
      if (span.ref.empty() || span.hyp.empty() || span.cost > 0.75) continue;
      bool syllables = true;
      for (const std::string& w : span.ref) syllables = syllables && IsValidSyllable(w);
      if (!syllables) continue;
      ++counts[{Join(span.hyp), Join(span.ref)}];
    }
  }
  for (const auto& [key, n] : counts) std::cout << key.first << '\t' << key.second << '\t' << n << '\n';
  return status;
}
