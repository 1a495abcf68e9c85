// Robustness: extraction must neither crash nor hang on random or mutated
// input (truncated lines, shuffled lines, random bytes, deep numbering).
// Run under the sanitizer build (KEHOACH_SANITIZE=ON) to catch memory errors.
#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>

#include "nlp/extract/deadline_parser.h"
#include "nlp/extract/target_extractor.h"
#include "nlp/plan_extractor.h"
#include "nlp/vietnamese_text.h"

namespace kehoach::nlp {
namespace {

std::string Corpus() {
  std::ifstream in("corpus/plans/dn-kh-433-tu-nq57-ocr-eng.txt");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void CheckPlan(const std::string& text) {
  std::string nfc = Nfc(text);
  Result<ExtractedPlan> r = ExtractPlan(nfc, {"fuzz.txt", "f"});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  int lines = 1;
  for (char c : nfc) lines += c == '\n';
  for (const Task& t : r->tasks) {
    EXPECT_GE(t.source.line, 1);
    EXPECT_LE(t.source.line, lines);
    EXPECT_FALSE(t.id.empty());
  }
}

TEST(ExtractionFuzzTest, MutatedCorpus) {
  std::string base = Corpus();
  ASSERT_FALSE(base.empty());
  std::mt19937 rng(12345);
  const std::string alphabet = "\n .,;:-+()/%0123456789aăâđIVXđ)–";
  for (int round = 0; round < 60; ++round) {
    std::string s = base;
    int edits = 1 + static_cast<int>(rng() % 40);
    for (int e = 0; e < edits && !s.empty(); ++e) {
      size_t at = rng() % s.size();
      switch (rng() % 4) {
        case 0: s.erase(at, 1 + rng() % 20); break;
        case 1: s.insert(at, 1, alphabet[rng() % alphabet.size()]); break;
        case 2: s[at] = static_cast<char>(rng() % 256); break;
        default: s.insert(at, s.substr(rng() % s.size(), rng() % 200)); break;
      }
    }
    CheckPlan(s);
  }
}

TEST(ExtractionFuzzTest, RandomBytesAndPathologicalShapes) {
  std::mt19937 rng(7);
  for (int round = 0; round < 40; ++round) {
    std::string s(static_cast<size_t>(rng() % 3000), ' ');
    for (char& c : s) c = static_cast<char>(rng() % 128);
    CheckPlan(s);
  }
  std::string deep;
  for (int i = 1; i <= 300; ++i) deep += std::to_string(i % 9 + 1) + "." + std::to_string(i) + ". Mục\n- ý\na) x\n";
  CheckPlan(deep);
  CheckPlan("PHỤ LỤC I\nTT Tên nhiệm vụ Cơ quan chủ trì Kết quả\n" + std::string(5000, '\n') + "1.\n");
  CheckPlan(std::string(100000, '-'));
}

TEST(ExtractionFuzzTest, ParsersOnRandomStrings) {
  std::mt19937 rng(99);
  const std::string pieces[] = {"tháng ", "quý ", "năm ", "12", "/", "2025", "-", "đến ", "%", "tối thiểu ", "0,7",
                                "1.000", "định kỳ ", "trước ngày ", "hằng năm", " ", ",", "II"};
  std::vector<TextLine> none;
  for (int round = 0; round < 500; ++round) {
    std::string s;
    for (int k = 0; k < 12; ++k) s += pieces[rng() % (sizeof pieces / sizeof pieces[0])];
    Deadline d = DeadlineParser::Default().ParseCell(s);
    if (d.kind == DeadlineKind::kDate) {
      EXPECT_EQ(d.end.size(), 10u) << s;
    }
    (void)DeadlineParser::Default().FindInText(s);
    for (const Target& t : ExtractTargets(s, 2030, none, 1, 1)) EXPECT_FALSE(t.comparator.empty()) << s;
  }
}

}  // namespace
}  // namespace kehoach::nlp
