#include "ocr/document_reader.h"

#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include <fstream>

#include "ocr/test_pages.h"

namespace kehoach::ocr {
namespace {

using testing::kSampleText;
using testing::ReadPix;
using testing::RenderText;
using testing::RoughCer;
using testing::TempDir;

std::string PageString(const PageText& p) {
  std::string s;
  for (const TextLine& l : p.lines) s += l.text + "\n";
  return s;
}

class DocumentReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    png_ = dir_.File("page.png");
    ASSERT_TRUE(RenderText(kSampleText, png_)) << "pango-view failed";
  }
  TempDir dir_;
  std::string png_;
};

TEST_F(DocumentReaderTest, OcrsAPngWithBoxesConfidenceAndModel) {
  Result<DocumentPages> doc = ReadDocumentPages(png_);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->pages.size(), 1u);
  const PageText& p = doc->pages[0];
  ASSERT_TRUE(p.status.ok()) << p.status.ToString();
  EXPECT_EQ(doc->source_kind, "ocr");
  EXPECT_EQ(p.source, PageSource::kOcr);
  EXPECT_LT(RoughCer(kSampleText, PageString(p)), 0.02) << PageString(p);
  ASSERT_EQ(p.lines.size(), 8u) << PageString(p);
  for (size_t i = 0; i < p.lines.size(); ++i) {
    const Box& b = p.lines[i].box;
    EXPECT_GE(b.x0, 40);
    EXPECT_LT(b.x0, b.x1);
    EXPECT_LE(b.x1, p.width);
    EXPECT_LE(b.y1, p.height);
    if (i > 0) {
      EXPECT_GT(b.y0, p.lines[i - 1].box.y0);  // reading order
    }
    EXPECT_GT(p.lines[i].confidence, 50);
  }
  EXPECT_GT(doc->confidence, 80);
  EXPECT_NE(doc->model.find("vie"), std::string::npos);
}

TEST_F(DocumentReaderTest, TurnsUpsideDownAndSidewaysPagesUpright) {
  PixPtr pix = ReadPix(png_);
  ASSERT_TRUE(pix);
  for (int quads : {2, 1, 3}) {
    PixPtr turned(pixRotateOrth(pix.get(), quads));
    std::string path = dir_.File("turned" + std::to_string(quads) + ".png");
    ASSERT_EQ(pixWrite(path.c_str(), turned.get(), IFF_PNG), 0);
    Result<DocumentPages> doc = ReadDocumentPages(path);
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    const PageText& p = doc->pages[0];
    // Every turn is undone (clockwise degrees that make the page upright),
    // sideways pages included: they must not be read as vertical text.
    EXPECT_EQ(p.rotation_applied, (4 - quads) * 90) << "turned by " << quads * 90;
    EXPECT_GT(p.width, p.height) << "the sample page is wider than tall when upright";
    EXPECT_LT(RoughCer(kSampleText, PageString(p)), 0.02) << PageString(p);
  }
}

TEST_F(DocumentReaderTest, ReadsTextLayerWithoutOcrAndMixedPdfPageByPage) {
  const std::string text_pdf = dir_.File("text.pdf");
  ASSERT_TRUE(RenderText(kSampleText, text_pdf));
  Result<DocumentPages> doc = ReadDocumentPages(text_pdf);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->pages.size(), 1u);
  EXPECT_EQ(doc->source_kind, "pdf-text");
  EXPECT_TRUE(doc->model.empty());
  const PageText& p = doc->pages[0];
  EXPECT_EQ(p.source, PageSource::kTextLayer);
  EXPECT_EQ(PageString(p), kSampleText);  // exact: no OCR involved
  // pango-view's 60 px margin is 60 points in the PDF: 250 px at 300 dpi.
  EXPECT_NEAR(p.lines[0].box.x0, 250, 3);
  EXPECT_GT(p.lines[1].box.y0, p.lines[0].box.y0);

  // Image page + text page -> "mixed", each page read its own way.
  PixPtr pix = ReadPix(png_);
  const std::string image_pdf = dir_.File("image.pdf");
  ASSERT_TRUE(testing::WriteImagePdf({pix.get()}, 300, image_pdf));
  const std::string mixed = dir_.File("mixed.pdf");
  std::string cmd = "pdfunite '" + image_pdf + "' '" + text_pdf + "' '" + mixed + "'";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  ReadOptions two_jobs;
  two_jobs.jobs = 2;
  Result<DocumentPages> m = ReadDocumentPages(mixed, two_jobs);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  ASSERT_EQ(m->pages.size(), 2u);
  EXPECT_EQ(m->source_kind, "mixed");
  EXPECT_EQ(m->pages[0].source, PageSource::kOcr);
  EXPECT_EQ(m->pages[0].number, 1);
  EXPECT_LT(RoughCer(kSampleText, PageString(m->pages[0])), 0.02);
  EXPECT_EQ(m->pages[1].source, PageSource::kTextLayer);
  EXPECT_EQ(m->pages[1].number, 2);
}

TEST_F(DocumentReaderTest, NamesTheReasonForBadFilesAndPages) {
  const std::string bad = dir_.File("bad.pdf");
  std::ofstream(bad) << "%PDF-1.4\nthis is not a PDF body\n";
  Result<DocumentPages> doc = ReadDocumentPages(bad);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), Status::Code::kCorruption);
  EXPECT_NE(doc.status().message().find("không phải PDF đọc được"), std::string::npos);

  const std::string txt = dir_.File("plain.txt");
  std::ofstream(txt) << "Kế hoạch";
  EXPECT_EQ(ReadDocumentPages(txt).status().code(), Status::Code::kUnsupported);

  // Pages over the pixel limit fail one by one, naming the page.
  PixPtr pix = ReadPix(png_);
  const std::string pdf = dir_.File("two.pdf");
  ASSERT_TRUE(testing::WriteImagePdf({pix.get(), pix.get()}, 300, pdf));
  ReadOptions tiny;
  tiny.max_pixels = 1'000'000;
  Result<DocumentPages> limited = ReadDocumentPages(pdf, tiny);
  ASSERT_TRUE(limited.ok()) << limited.status().ToString();
  ASSERT_EQ(limited->pages.size(), 2u);
  EXPECT_FALSE(limited->pages[1].status.ok());
  EXPECT_NE(limited->pages[1].status.message().find("trang 2: ảnh "), std::string::npos)
      << limited->pages[1].status.message();
  EXPECT_NE(limited->pages[1].status.message().find("vượt giới hạn 1 megapixel"), std::string::npos);
}

}  // namespace
}  // namespace kehoach::ocr
