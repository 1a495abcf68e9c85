#include "ocr/page_image.h"

#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include <fstream>

#include "ocr/test_pages.h"

namespace kehoach::ocr {
namespace {

using testing::TempDir;

TEST(SniffFileKind, RecognizesMagicNumbers) {
  EXPECT_EQ(SniffFileKind("%PDF-1.7\n"), FileKind::kPdf);
  EXPECT_EQ(SniffFileKind(std::string("\x89PNG\r\n\x1a\n", 8)), FileKind::kPng);
  EXPECT_EQ(SniffFileKind(std::string("\xff\xd8\xff\xe0", 4)), FileKind::kJpeg);
  EXPECT_EQ(SniffFileKind(std::string("II*\0", 4)), FileKind::kTiff);
  EXPECT_EQ(SniffFileKind(std::string("MM\0*", 4)), FileKind::kTiff);
  EXPECT_EQ(SniffFileKind("Kế hoạch số 1"), FileKind::kOther);
  EXPECT_EQ(SniffFileKind(""), FileKind::kOther);
}

TEST(ReadImagePage, RejectsHugeImageBeforeDecoding) {
  TempDir dir;
  PixPtr big(pixCreate(12000, 10000, 1));  // 120 megapixels, a few KB as PNG
  ASSERT_EQ(pixWrite(dir.File("big.png").c_str(), big.get(), IFF_PNG), 0);
  Result<DecodedPage> page = ReadImagePage(dir.File("big.png"), FileKind::kPng, 0);
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(page.status().message(),
            "trang 1: ảnh 12000x10000 điểm ảnh, vượt giới hạn 100 megapixel");
}

TEST(ReadImagePage, TruncatedPngIsCorruption) {
  TempDir dir;
  PixPtr pix(pixCreate(400, 300, 8));
  pixSetAll(pix.get());
  ASSERT_EQ(pixWrite(dir.File("ok.png").c_str(), pix.get(), IFF_PNG), 0);
  std::ifstream in(dir.File("ok.png"), std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::ofstream(dir.File("cut.png"), std::ios::binary).write(bytes.data(), 40);
  Result<DecodedPage> page = ReadImagePage(dir.File("cut.png"), FileKind::kPng, 0);
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().code(), Status::Code::kCorruption);
  EXPECT_NE(page.status().message().find("trang 1: "), std::string::npos);
}

TEST(ReadImagePage, ReadsEveryFrameOfMultipageTiff) {
  TempDir dir;
  const std::string path = dir.File("scan.tif");
  for (int i = 0; i < 3; ++i) {
    PixPtr pix(pixCreate(100 + i, 50, 8));
    pixSetResolution(pix.get(), 200, 200);
    ASSERT_EQ(pixWriteTiff(path.c_str(), pix.get(), IFF_TIFF_ZIP, i == 0 ? "w" : "a"), 0);
  }
  ASSERT_EQ(SniffFile(path), FileKind::kTiff);
  Result<int> n = CountImagePages(path, FileKind::kTiff);
  ASSERT_TRUE(n.ok()) << n.status().ToString();
  EXPECT_EQ(*n, 3);
  Result<DecodedPage> third = ReadImagePage(path, FileKind::kTiff, 2);
  ASSERT_TRUE(third.ok()) << third.status().ToString();
  EXPECT_EQ(pixGetWidth(third->pix.get()), 102);
  EXPECT_EQ(third->dpi, 200);
}

}  // namespace
}  // namespace kehoach::ocr
