#include "pipeline/document_loader.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "tests/temp_dir.h"

namespace kehoach::pipeline {
namespace {

// Each test writes its files in a folder of its own, removed after it.
class DocumentLoaderTest : public ::testing::Test {
 protected:
  std::string WriteTemp(const std::string& name, const std::string& bytes) {
    std::string path = dir_.File(name);
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  kehoach_test::TempDir dir_{"kehoach_loader_test_"};
};

TEST_F(DocumentLoaderTest, ReadsUtf8TextWithOneOriginPerLine) {
  std::string path = WriteTemp("plain.txt", "\xEF\xBB\xBFKẾ HOẠCH\r\nThực hiện\r\n");
  Result<LoadedDocument> doc = LoadDocument(path);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text, "KẾ HOẠCH\nThực hiện\n");
  EXPECT_EQ(doc->lines.size(), 3u);
  EXPECT_EQ(doc->quality.source_kind, "text");
  EXPECT_EQ(doc->content_hash.size(), 16u);
}

TEST_F(DocumentLoaderTest, DecodesLegacyVniFile) {
  // "Kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, đẩy mạnh chuyển đổi số" in VNI-Windows.
  std::string vni =
      "Ke\xE1 hoa\xEF" "ch th\xF6\xEF" "c hie\xE4n Ngh\xF2 quye\xE1t so\xE1 57-NQ/TW cu\xFB" "a Bo\xE4 Ch\xEDnh tr\xF2, "
      "\xF1" "a\xE5y ma\xEF" "nh chuye\xE5n \xF1o\xE5i so\xE1";
  std::string path = WriteTemp("old-vni.txt", vni);
  Result<LoadedDocument> doc = LoadDocument(path);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->quality.source_kind, "text (VNI)");
  EXPECT_EQ(doc->text, "Kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, đẩy mạnh chuyển đổi số");
}

TEST_F(DocumentLoaderTest, BinaryJunkFailsNamingFileAndReason) {
  std::string junk;
  for (int i = 0; i < 300; ++i) junk.push_back(static_cast<char>(0x80 + (i * 37) % 120));
  std::string path = WriteTemp("junk.txt", junk);
  Result<LoadedDocument> doc = LoadDocument(path);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), Status::Code::kCorruption);
  EXPECT_NE(doc.status().message().find(path), std::string::npos);
  EXPECT_NE(doc.status().message().find("invalid UTF-8"), std::string::npos);
  EXPECT_NE(doc.status().message().find("VNI or TCVN3"), std::string::npos);
}

TEST_F(DocumentLoaderTest, EmptyAndMissingFiles) {
  Result<LoadedDocument> empty = LoadDocument(WriteTemp("empty.txt", ""));
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.status().message().find("empty"), std::string::npos);
  Result<LoadedDocument> missing = LoadDocument("/nonexistent/plan.txt");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
}

// A PDF with a text layer (pango-view, installed by tools/setup.sh): every
// line of the loaded text has its page and box; a page over the pixel limit
// is reported by page while the rest still loads.
TEST_F(DocumentLoaderTest, PdfLinesCarryPageAndBox) {
  std::string txt = dir_.File("loader-plan.txt");
  std::ofstream(txt) << "KẾ HOẠCH\nSở Khoa học và Công nghệ chủ trì thực hiện\n";
  std::string pdf = dir_.File("loader-plan.pdf");
  std::string cmd = "pango-view --no-display --font='DejaVu Serif 12' --dpi=300 -o '" + pdf +
                    "' '" + txt + "' 2>/dev/null";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  Result<LoadedDocument> doc = LoadDocument(pdf);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->quality.source_kind, "pdf-text");
  EXPECT_EQ(doc->quality.pages, 1);
  EXPECT_TRUE(doc->page_errors.empty());
  EXPECT_NE(doc->text.find("KẾ HOẠCH\nSở Khoa học và Công nghệ chủ trì thực hiện"), std::string::npos)
      << doc->text;
  size_t n_lines = 1;
  for (char c : doc->text) n_lines += c == '\n';
  ASSERT_EQ(doc->lines.size(), n_lines);
  int boxed = 0;
  for (const LineOrigin& o : doc->lines) {
    EXPECT_EQ(o.page, 1);
    if (o.bbox) {
      ++boxed;
      EXPECT_LT(o.bbox->x0, o.bbox->x1);
      EXPECT_LT(o.bbox->y0, o.bbox->y1);
    }
  }
  EXPECT_EQ(boxed, 2);
}

TEST_F(DocumentLoaderTest, CorruptPdfNamesFileAndReason) {
  std::string path = dir_.File("broken.pdf");
  std::ofstream(path) << "%PDF-1.7\n1 0 obj garbage";
  Result<LoadedDocument> doc = LoadDocument(path);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), Status::Code::kCorruption);
  EXPECT_EQ(doc.status().message().rfind(path + ": ", 0), 0u) << doc.status().message();
  EXPECT_NE(doc.status().message().find("not a readable PDF"), std::string::npos);
}

}  // namespace
}  // namespace kehoach::pipeline
