#include "nlp/legacy_encoding.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

namespace kehoach::nlp {
namespace {

// Encodes UTF-8 text with a table file, the reverse of the decoder, so tests
// can make legacy files from real corpus lines.
std::string Encode(const std::string& utf8, const std::string& table_file) {
  std::ifstream in(table_file);
  std::map<std::string, std::string> reverse;  // letter -> bytes
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    std::string bytes;
    for (size_t i = 0; i < tab; i += 2) bytes.push_back(static_cast<char>(std::stoi(line.substr(i, 2), nullptr, 16)));
    reverse.emplace(line.substr(tab + 1), bytes);
  }
  std::string out;
  for (size_t i = 0; i < utf8.size();) {
    size_t len = 1;
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    if (c >= 0xF0) len = 4; else if (c >= 0xE0) len = 3; else if (c >= 0xC0) len = 2;
    std::string ch = utf8.substr(i, len);
    auto it = reverse.find(ch);
    out += it != reverse.end() ? it->second : ch;
    i += len;
  }
  return out;
}

const char* kLine =
    "Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh "
    "hướng dẫn, đôn đốc, kiểm tra việc thực hiện Chương trình";

TEST(LegacyEncodingTest, DecodesVniAndDetectsIt) {
  std::string vni = Encode(kLine, "nlp/data/legacy_vni.tsv");
  ASSERT_NE(vni, kLine);
  Result<DecodedText> r = DecodeLegacyVietnamese(vni);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->encoding, "VNI");
  EXPECT_EQ(r->text, kLine);
  EXPECT_GT(r->valid_share, 0.95);
}

TEST(LegacyEncodingTest, DecodesTcvn3AndDetectsIt) {
  std::string tcvn3 = Encode("ủy ban nhân dân tỉnh hưng yên triển khai thực hiện kế hoạch", "nlp/data/legacy_tcvn3.tsv");
  Result<DecodedText> r = DecodeLegacyVietnamese(tcvn3);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->encoding, "TCVN3");
  EXPECT_EQ(r->text, "ủy ban nhân dân tỉnh hưng yên triển khai thực hiện kế hoạch");
}

TEST(LegacyEncodingTest, RefusesBinaryGarbage) {
  std::string junk;
  for (int i = 0; i < 400; ++i) junk.push_back(static_cast<char>((i * 7919) % 256));
  Result<DecodedText> r = DecodeLegacyVietnamese(junk);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("không nhận ra là văn bản bảng mã VNI hay TCVN3"), std::string::npos);
}

// Bug: the one byte FE is "ỵ" in TCVN3, a valid syllable, so a stray byte
// was "100 % valid syllables" and a 3-byte binary file was stored as a plan.
TEST(LegacyEncodingTest, TooFewWordsToTellTheEncodingFail) {
  for (const std::string bytes : {"\xFE", "\xB8 \xB9 \xFE\n\xB8"}) {
    Result<DecodedText> r = DecodeLegacyVietnamese(bytes);
    ASSERT_FALSE(r.ok()) << r->encoding << ": " << r->text;
    EXPECT_EQ(r.status().code(), Status::Code::kCorruption);
    EXPECT_NE(r.status().message().find("quá ít chữ"), std::string::npos) << r.status().message();
  }
  // Five words are enough.
  Result<DecodedText> five = DecodeLegacyVietnamese(Encode("kế hoạch thực hiện năm", "nlp/data/legacy_tcvn3.tsv"));
  ASSERT_TRUE(five.ok()) << five.status().ToString();
  EXPECT_EQ(five->text, "kế hoạch thực hiện năm");
}

}  // namespace
}  // namespace kehoach::nlp
