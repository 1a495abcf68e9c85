#include "ocr/row_numbers.h"

#include <gtest/gtest.h>

namespace kehoach::ocr {
namespace {

// A page with one table whose first column holds `numbers` (one row each,
// under a header row), each cell with one line.
PageText PageWithRows(const std::vector<std::string>& numbers) {
  PageText page;
  page.source = PageSource::kOcr;
  Table table;
  table.cols = 2;
  table.rows = static_cast<int>(numbers.size()) + 1;
  table.cells.push_back({0, 0, 1, 1, {}, "TT", -1});
  table.cells.push_back({0, 1, 1, 1, {}, "Tên nhiệm vụ", -1});
  for (size_t r = 0; r < numbers.size(); ++r) {
    table.cells.push_back({static_cast<int>(r) + 1, 0, 1, 1, {}, numbers[r], -1});
    table.cells.push_back({static_cast<int>(r) + 1, 1, 1, 1, {}, "nhiệm vụ", -1});
  }
  for (size_t c = 0; c < table.cells.size(); ++c) {
    TextLine line;
    line.text = table.cells[c].text;
    line.table = 0;
    line.cell = static_cast<int>(c);
    page.lines.push_back(line);
  }
  page.tables.push_back(table);
  return page;
}

std::vector<std::string> FirstColumn(const PageText& page) {
  std::vector<std::string> out;
  for (const TableCell& c : page.tables[0].cells) {
    if (c.col == 0 && c.row > 0) out.push_back(c.text);
  }
  return out;
}

TEST(RepairRowNumbers, MendsADroppedDigitAcrossGroupRowsAndPages) {
  std::vector<PageText> pages = {PageWithRows({"9.", "10.", "1.", "12."}),
                                 PageWithRows({"28.", "II", "2", "30."})};
  EXPECT_EQ(RepairRowNumbers(&pages), 2);
  EXPECT_EQ(FirstColumn(pages[0]), (std::vector<std::string>{"9.", "10.", "11.", "12."}));
  EXPECT_EQ(FirstColumn(pages[1]), (std::vector<std::string>{"28.", "II", "29.", "30."}));
  // The cell's line follows its text.
  EXPECT_EQ(pages[0].lines[6].text, "11.");
  EXPECT_EQ(pages[0].lines[6].cell, 6);
}

TEST(RepairRowNumbers, KeepsRestartsRightSequencesAndTextLayers) {
  std::vector<PageText> pages = {PageWithRows({"1.", "2.", "3."}), PageWithRows({"1.", "2.", "3."})};
  EXPECT_EQ(RepairRowNumbers(&pages), 0);
  std::vector<PageText> gap = {PageWithRows({"4.", "7.", "6."})};
  gap[0].source = PageSource::kTextLayer;  // a text layer is what the author wrote
  EXPECT_EQ(RepairRowNumbers(&gap), 0);
  gap[0].source = PageSource::kOcr;
  EXPECT_EQ(RepairRowNumbers(&gap), 1);
  EXPECT_EQ(FirstColumn(gap[0]), (std::vector<std::string>{"4.", "5.", "6."}));
}

}  // namespace
}  // namespace kehoach::ocr
