// Robustness: extraction must neither crash nor hang on random or mutated
// input (truncated lines, shuffled lines, random bytes, deep numbering).
// Run under the sanitizer build (KEHOACH_SANITIZE=ON) to catch memory errors.
#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>

#include "nlp/extract/agency_gazetteer.h"
#include "nlp/extract/deadline_parser.h"
#include "nlp/extract/folded_text.h"
#include "nlp/extract/metadata_extractor.h"
#include "nlp/extract/owner_parser.h"
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


// Tolerant agency matching: a long name with one letter changed (after its
// first word) is read as that body or as none, never as another body; and
// most such names are still recognized.
TEST(ExtractionFuzzTest, GarbledAgencyNamesNeverBecomeOtherBodies) {
  const std::vector<std::string> names = {
      "Hội đồng nhân dân tỉnh", "Ủy ban nhân dân tỉnh", "Văn phòng Ủy ban nhân dân tỉnh", "Sở Khoa học và Công nghệ",
      "Sở Giáo dục và Đào tạo", "Sở Nông nghiệp và Môi trường", "Ban Thường vụ Tỉnh ủy", "Văn phòng Tỉnh ủy",
      "Đảng ủy Ủy ban nhân dân tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
      "Sở Văn hóa, Thể thao và Du lịch", "Ban Quản lý các khu công nghiệp tỉnh"};
  std::mt19937 rng(2024);
  int recognized = 0, total = 0;
  for (int round = 0; round < 400; ++round) {
    const std::string& name = names[rng() % names.size()];
    std::string folded = FoldKey(name);
    size_t first_space = folded.find(' ');
    size_t at = first_space + 1 + rng() % (folded.size() - first_space - 1);
    if (folded[at] < 'a' || folded[at] > 'z') continue;
    folded[at] = static_cast<char>('a' + rng() % 26);
    std::string text = CapitalizeFirst(folded) + " phoi hop voi cac co quan lien quan trien khai ke hoach.";
    Owners o = ParseInlineOwners(text, AgencyGazetteer::Default());
    ++total;
    if (o.lead.empty()) continue;
    ++recognized;
    EXPECT_EQ(o.lead.front(), name) << text;
  }
  EXPECT_GT(recognized * 10, total * 9) << recognized << " of " << total;
}

// New structure rules (Roman numerals without their dot, closing paragraphs,
// one paragraph per line) on shuffled and re-wrapped corpus text.
TEST(ExtractionFuzzTest, BareRomanLinesAndUnwrappedText) {
  std::string base = Corpus();
  ASSERT_FALSE(base.empty());
  std::vector<std::string> lines;
  std::stringstream in(base);
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  std::mt19937 rng(77);
  const char* inserts[] = {"III", "IV Tổ chức thực hiện", "V", "II KINH PHÍ", "X Mười", "I",
                           "Trong quá trình triển khai thực hiện, nếu có vướng mắc báo cáo.", "Trên đây là Kế hoạch."};
  for (int round = 0; round < 30; ++round) {
    std::vector<std::string> copy = lines;
    for (int k = 0; k < 10; ++k)
      copy.insert(copy.begin() + static_cast<long>(rng() % (copy.size() + 1)), inserts[rng() % 8]);
    std::string text, unwrapped;
    for (const std::string& l : copy) {
      text += l + "\n";
      unwrapped += l + (!l.empty() && (l.back() == '.' || l.back() == ';') ? "\n\n" : " ");
    }
    CheckPlan(text);
    CheckPlan(unwrapped);
  }
}

TEST(ExtractionFuzzTest, CanonicalPlaceOnRandomStrings) {
  std::mt19937 rng(5);
  const std::string pieces[] = {"Hà ", "Nội", "Nam", "Đồng ", "Nai", "Pong", " ", "Yên", "Hưng", "-", "x", "Tây Ninh"};
  for (int round = 0; round < 300; ++round) {
    std::string s;
    for (int k = 0; k < 4; ++k) s += pieces[rng() % (sizeof pieces / sizeof pieces[0])];
    std::string c = CanonicalPlace(s);
    EXPECT_FALSE(c.empty() && !s.empty()) << s;
  }
}

}  // namespace
}  // namespace kehoach::nlp
