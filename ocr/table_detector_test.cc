#include "ocr/table_detector.h"

#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include <fstream>

#include "ocr/document_reader.h"
#include "ocr/pdf_reader.h"
#include "ocr/test_pages.h"
#include "tests/minimal_pdf.h"

namespace kehoach::ocr {
namespace {

// A 300 dpi page with a 4-row x 3-column ruled table whose first column
// merges rows 2-3 (no rule between them there) and an underline that is no
// table.
PixPtr GridPage() {
  PixPtr pix(pixCreate(1600, 1400, 1));
  const int xs[] = {100, 400, 1000, 1500};
  const int ys[] = {200, 350, 600, 850, 1100};
  for (int x : xs) pixRenderLine(pix.get(), x, ys[0], x, ys[4], 3, L_SET_PIXELS);
  for (int i = 0; i < 5; ++i) {
    if (i == 2) {  // row 2/3 boundary missing in column 0
      pixRenderLine(pix.get(), xs[1], ys[i], xs[3], ys[i], 3, L_SET_PIXELS);
    } else {
      pixRenderLine(pix.get(), xs[0], ys[i], xs[3], ys[i], 3, L_SET_PIXELS);
    }
  }
  pixRenderLine(pix.get(), 100, 1300, 900, 1300, 3, L_SET_PIXELS);  // underline
  return pix;
}

TEST(DetectTables, FindsGridAndMergedCell) {
  PixPtr page = GridPage();
  std::vector<Table> tables = DetectTables(page.get(), 300);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0];
  EXPECT_EQ(t.rows, 4);
  EXPECT_EQ(t.cols, 3);
  EXPECT_NEAR(t.box.x0, 100, 3);
  EXPECT_NEAR(t.box.y1, 1100, 3);
  ASSERT_EQ(t.cells.size(), 11u);  // 12 grid positions, two of them merged
  int merged = 0;
  for (const TableCell& c : t.cells) {
    if (c.row_span == 2) {
      ++merged;
      EXPECT_EQ(c.row, 1);
      EXPECT_EQ(c.col, 0);
      EXPECT_NEAR(c.box.y0, 350, 3);
      EXPECT_NEAR(c.box.y1, 850, 3);
    } else {
      EXPECT_EQ(c.row_span, 1);
    }
    EXPECT_EQ(c.col_span, 1);
  }
  EXPECT_EQ(merged, 1);
}

TEST(DetectTables, IgnoresPlainText) {
  testing::TempDir dir;
  ASSERT_TRUE(testing::RenderText(testing::kSampleText, dir.File("p.png")));
  PixPtr pix = testing::ReadPix(dir.File("p.png"));
  EXPECT_TRUE(DetectTables(pix.get(), 300).empty());
}

TEST(Table, GridRepeatsMergedCellsInEveryRowTheyCover) {
  Table t;
  t.rows = 2;
  t.cols = 2;
  t.cells = {{0, 0, 2, 1, {}, "Sở Y tế", -1}, {0, 1, 1, 1, {}, "a", -1}, {1, 1, 1, 1, {}, "b", -1}};
  auto g = t.Grid();
  EXPECT_EQ(g[0][0], "Sở Y tế");
  EXPECT_EQ(g[1][0], "Sở Y tế");
  EXPECT_EQ(g[1][1], "b");
}

// A text-layer PDF (base-14 font, ruled 2x3 table, rules `rule_width` pt) written by hand.
std::string TablePdf(const std::string& rule_width = "1") {
  std::string content =
      "BT /F1 12 Tf 72 760 Td (Appendix: task table) Tj ET\n" + rule_width +
      " w 72 740 m 522 740 l S 72 700 m 522 700 l S 72 640 m 522 640 l S\n"
      "72 740 m 72 640 l S 132 740 m 132 640 l S 372 740 m 372 640 l S 522 740 m 522 640 l S\n"
      "BT /F1 11 Tf 80 720 Td (TT) Tj ET BT /F1 11 Tf 140 720 Td (Task name) Tj ET\n"
      "BT /F1 11 Tf 380 720 Td (Lead agency) Tj ET\n"
      "BT /F1 11 Tf 80 680 Td (1.) Tj ET BT /F1 11 Tf 140 680 Td (Build the shared) Tj ET\n"
      "BT /F1 11 Tf 140 666 Td (database) Tj ET BT /F1 11 Tf 380 680 Td (Department of) Tj ET\n"
      "BT /F1 11 Tf 380 666 Td (Science) Tj ET\n"
      "BT /F1 12 Tf 72 600 Td (Text after the table.) Tj ET\n";
  std::vector<std::string> objs = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
      "/Contents 5 0 R >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream"};
  return kehoach_test::BuildPdf(objs);
}

TEST(PdfReader, RebuildsTableColumnsFromTextPositions) {
  Result<std::unique_ptr<PdfReader>> pdf = PdfReader::Open(std::make_shared<const std::string>(TablePdf()));
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  Result<PageText> page = (*pdf)->TextLayer(0, 300);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  ASSERT_EQ(page->tables.size(), 1u);
  auto grid = page->tables[0].Grid();
  ASSERT_EQ(grid.size(), 2u);
  ASSERT_EQ(grid[1].size(), 3u);
  EXPECT_EQ(grid[0][2], "Lead agency");
  EXPECT_EQ(grid[1][0], "1.");
  EXPECT_EQ(grid[1][1], "Build the shared\ndatabase");
  EXPECT_EQ(grid[1][2], "Department of\nScience");
  // Reading order: heading, the table cell by cell, then the text after it.
  std::vector<std::string> texts;
  for (const TextLine& l : page->lines) texts.push_back(l.text);
  std::vector<std::string> want = {"Appendix: task table", "TT", "Task name", "Lead agency", "1.",
                                   "Build the shared", "database", "Department of", "Science",
                                   "Text after the table."};
  EXPECT_EQ(texts, want);
}

// The low-resolution check lets every ruled page through, thin rules too,
// and stops pages of text, so they are not rendered at kTableDpi.
TEST(PdfReader, OnlyPagesThatMayHoldRulesAreRenderedForTables) {
  for (const char* width : {"0.05", "0.1", "0.2", "0.3", "0.5", "1", "2"}) {
    Result<std::unique_ptr<PdfReader>> pdf = PdfReader::Open(std::make_shared<const std::string>(TablePdf(width)));
    ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
    Result<PixPtr> full = (*pdf)->Render(0, kTableDpi);
    Result<PixPtr> probe = (*pdf)->Render(0, kTableProbeDpi);
    ASSERT_TRUE(full.ok() && probe.ok());
    EXPECT_EQ(DetectTables(full->get(), kTableDpi).size(), 1u) << width << " pt rules";
    EXPECT_TRUE(MayHoldRuledTable(probe->get(), kTableProbeDpi)) << width << " pt rules";
    Result<PageText> page = (*pdf)->TextLayer(0, 300);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->tables.size(), 1u) << width << " pt rules";
  }
  testing::TempDir dir;
  const std::string text_pdf = dir.File("text.pdf");
  ASSERT_TRUE(testing::RenderText(testing::kSampleText, text_pdf, "DejaVu Serif 11"));
  Result<std::unique_ptr<PdfReader>> pdf = PdfReader::OpenFile(text_pdf);
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  Result<PixPtr> probe = (*pdf)->Render(0, kTableProbeDpi);
  ASSERT_TRUE(probe.ok());
  EXPECT_FALSE(MayHoldRuledTable(probe->get(), kTableProbeDpi));
  EXPECT_TRUE(MayHoldRuledTable(GridPage().get(), 300));  // a 1 bpp page works too
}

TEST(DocumentReader, OcrsEachTableCellOfAScannedTable) {
  // Cell texts rendered by pango-view and pasted into the GridPage grid.
  testing::TempDir dir;
  PixPtr page = GridPage();
  PixPtr gray(pixConvert1To8(nullptr, page.get(), 255, 0));
  struct Put { const char* text; int x, y; };
  const Put puts[] = {{"TT", 110, 210}, {"Nhiệm vụ", 410, 210}, {"Chủ trì", 1010, 210},
                      {"1.", 110, 360}, {"Xây dựng cơ sở dữ liệu", 410, 360},
                      {"Sở Y tế", 1010, 360}, {"Sở Tài chính", 1010, 610}};
  int k = 0;
  for (const Put& p : puts) {
    std::string png = dir.File("c" + std::to_string(k++) + ".png");
    ASSERT_TRUE(testing::RenderText(p.text, png, "DejaVu Serif 11"));
    PixPtr cell = testing::ReadPix(png);
    PixPtr cell8(pixConvertTo8(cell.get(), 0));
    pixRasterop(gray.get(), p.x - 60, p.y - 60, pixGetWidth(cell8.get()), pixGetHeight(cell8.get()),
                PIX_SRC & PIX_DST, cell8.get(), 0, 0);
  }
  const std::string path = dir.File("table.png");
  pixSetResolution(gray.get(), 300, 300);
  ASSERT_EQ(pixWrite(path.c_str(), gray.get(), IFF_PNG), 0);
  Result<DocumentPages> doc = ReadDocumentPages(path);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->pages[0].tables.size(), 1u);
  auto grid = doc->pages[0].tables[0].Grid();
  ASSERT_EQ(grid.size(), 4u);
  EXPECT_EQ(grid[0][1], "Nhiệm vụ");
  EXPECT_EQ(grid[1][1], "Xây dựng cơ sở dữ liệu");
  EXPECT_EQ(grid[1][0], "1.");
  EXPECT_EQ(grid[2][0], "1.");  // merged cell: row 3 inherits it
  EXPECT_EQ(grid[2][2], "Sở Tài chính");
  EXPECT_EQ(grid[3][2], "");
}

}  // namespace
}  // namespace kehoach::ocr
