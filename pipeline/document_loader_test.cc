#include "pipeline/document_loader.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
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
  EXPECT_NE(doc.status().message().find("không phải UTF-8"), std::string::npos);
  EXPECT_NE(doc.status().message().find("VNI hay TCVN3"), std::string::npos);
}

// Windows Notepad's "Unicode" is UTF-16 with a byte order mark, either order.
TEST_F(DocumentLoaderTest, DecodesUtf16WithByteOrderMark) {
  // "Kế hoạch\r\nỦy ban" in UTF-16LE and UTF-16BE (ế U+1EBF, ạ U+1EA1, Ủ U+1EE6).
  const std::string le("\xFF\xFE" "K\0\xBF\x1E \0h\0o\0\xA1\x1E" "c\0h\0\r\0\n\0\xE6\x1Ey\0 \0b\0a\0n\0", 34);
  std::string be = le;
  for (size_t i = 0; i + 1 < be.size(); i += 2) std::swap(be[i], be[i + 1]);
  for (const std::string& bytes : {le, be}) {
    Result<LoadedDocument> doc = LoadDocument(WriteTemp("unicode.txt", bytes));
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    EXPECT_EQ(doc->text, "Kế hoạch\nỦy ban");
    EXPECT_EQ(doc->quality.source_kind, "text (UTF-16)");
    EXPECT_EQ(doc->lines.size(), 2u);
  }
  // A BOM and an odd byte, or a lone surrogate: named as broken UTF-16.
  for (const std::string& bytes : {std::string("\xFF\xFE\x00", 3), std::string("\xFF\xFEK\0\x00\xD8", 6)}) {
    Result<LoadedDocument> doc = LoadDocument(WriteTemp("broken16.txt", bytes));
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.status().code(), Status::Code::kCorruption);
    EXPECT_EQ(doc.status().message().rfind(dir_.File("broken16.txt") + ": ", 0), 0u) << doc.status().message();
    EXPECT_NE(doc.status().message().find("UTF-16"), std::string::npos) << doc.status().message();
  }
}

TEST_F(DocumentLoaderTest, NulBytesMakeABinaryFileNotText) {
  Result<LoadedDocument> doc = LoadDocument(WriteTemp("nul.txt", std::string("abc\n\0def", 8)));
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), Status::Code::kCorruption);
  EXPECT_NE(doc.status().message().find("byte 0 ở vị trí 4"), std::string::npos) << doc.status().message();
  EXPECT_NE(doc.status().message().find("tệp nhị phân"), std::string::npos) << doc.status().message();
}

// A NUL character is binary in UTF-16 too. UTF-32 starts with FF FE 00 00,
// which reads as a UTF-16 BOM followed by NULs: it was stored as junk.
TEST_F(DocumentLoaderTest, NulCharactersInUtf16MakeABinaryFileNotText) {
  // "K\0 a" in UTF-16LE: U+0000 at byte 4.
  const std::string utf16("\xFF\xFE" "K\0\0\0 \0a\0", 10);
  // "Kế" in UTF-32LE with its BOM.
  const std::string utf32("\xFF\xFE\0\0" "K\0\0\0\xBF\x1E\0\0", 12);
  for (const auto& [bytes, at] : {std::pair{utf16, "byte 4"}, std::pair{utf32, "byte 2"}}) {
    Result<LoadedDocument> doc = LoadDocument(WriteTemp("nul16.txt", bytes));
    ASSERT_FALSE(doc.ok()) << doc->text;
    EXPECT_EQ(doc.status().code(), Status::Code::kCorruption);
    EXPECT_EQ(doc.status().message().rfind(dir_.File("nul16.txt") + ": ", 0), 0u) << doc.status().message();
    EXPECT_NE(doc.status().message().find(at), std::string::npos) << doc.status().message();
    EXPECT_NE(doc.status().message().find("tệp nhị phân"), std::string::npos) << doc.status().message();
  }
}

// The content decides the kind, but a file named as a PDF or an image whose
// bytes are not one is not read as text.
TEST_F(DocumentLoaderTest, PdfOrImageExtensionOnOtherBytesFails) {
  for (const char* name : {"x.pdf", "x.PDF"}) {
    Result<LoadedDocument> doc = LoadDocument(WriteTemp(name, "x"));
    ASSERT_FALSE(doc.ok()) << name;
    EXPECT_EQ(doc.status().code(), Status::Code::kCorruption);
    EXPECT_EQ(doc.status().message(),
              dir_.File(name) + ": tệp có đuôi .pdf nhưng nội dung không phải tệp PDF (không bắt đầu bằng %PDF)");
  }
  for (const char* name : {"a.png", "a.jpg", "a.jpeg", "a.tif", "a.tiff", "a.bmp", "a.gif", "a.webp", "a.pnm"}) {
    Result<LoadedDocument> doc = LoadDocument(WriteTemp(name, "K\xe1\xba\xbf ho\xe1\xba\xa1" "ch"));
    ASSERT_FALSE(doc.ok()) << name;
    EXPECT_EQ(doc.status().code(), Status::Code::kCorruption);
    EXPECT_NE(doc.status().message().find("không phải ảnh đọc được"), std::string::npos) << doc.status().message();
  }
  // Other names, and a PNG named .pdf, go by their content.
  for (const char* name : {"plan.txt", "plan", "plan.pdf.txt", "dir.pdf/plan"}) {
    if (std::string(name).find('/') != std::string::npos) std::filesystem::create_directories(dir_.File("dir.pdf"));
    Result<LoadedDocument> doc = LoadDocument(WriteTemp(name, "K\xe1\xba\xbf ho\xe1\xba\xa1" "ch"));
    ASSERT_TRUE(doc.ok()) << name << ": " << doc.status().ToString();
  }
}

TEST_F(DocumentLoaderTest, EmptyAndMissingFiles) {
  Result<LoadedDocument> empty = LoadDocument(WriteTemp("empty.txt", ""));
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.status().message(), dir_.File("empty.txt") + ": tệp rỗng");
  Result<LoadedDocument> missing = LoadDocument("/nonexistent/plan.txt");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
  EXPECT_EQ(missing.status().message(), "/nonexistent/plan.txt: không mở được tệp");
}

// A folder among the files (`kehoach ingest corpus/plans`) is named as one;
// it was called an empty file (and the ingester's own read of it, for the
// hash, threw std::ios_base::failure: tests/bad_input_test.cc).
TEST_F(DocumentLoaderTest, AFolderIsNotAFile) {
  std::filesystem::create_directories(dir_.File("plans.txt"));
  Result<LoadedDocument> doc = LoadDocument(dir_.File("plans.txt"));
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(doc.status().message(), dir_.File("plans.txt") + ": là thư mục, không phải tệp");
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
  EXPECT_NE(doc.status().message().find("không phải PDF đọc được"), std::string::npos);
}

}  // namespace
}  // namespace kehoach::pipeline
