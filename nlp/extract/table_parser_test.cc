#include "nlp/extract/table_parser.h"

#include <gtest/gtest.h>

#include <fstream>

#include "tests/temp_dir.h"

namespace kehoach::nlp {
namespace {

// The loader itself is tested in trailing_phrases_test.cc.
TEST(TableParserTest, CellJoinersComeFromTheDataFile) {
  const TrailingPhrases& d = CellJoiners();
  EXPECT_GE(d.size(), 20u);
  EXPECT_TRUE(d.EndsText("so cong thuong; ban"));  // agency head
  EXPECT_TRUE(d.EndsText("phoi hop voi uy ban"));
  EXPECT_TRUE(d.EndsText("cac so, nganh va cac"));
  EXPECT_FALSE(d.EndsText("so cong thuong"));
  EXPECT_FALSE(d.EndsText("uy ban nhan dan tinh"));
  EXPECT_FALSE(d.EndsText("ban hanh"));  // whole words only
  EXPECT_FALSE(d.EndsText("tham khao"));  // ends in "o", not the word "ở"
  EXPECT_FALSE(d.EndsText("so tai chinh; chi cuc thue"));
}

TEST(TableParserTest, HeaderWordsComeFromTheDataFiles) {
  const TableHeader& d = TableHeader::Default();
  EXPECT_TRUE(d.IsHeaderLine("thoi gian du kien hoan thanh"));  // "dự kiến": table_header_words.txt
  EXPECT_TRUE(d.IsHeaderLine("don vi chu tri thuc hien"));
  EXPECT_FALSE(d.IsHeaderLine("xay dung co so du lieu dung chung"));
  EXPECT_TRUE(d.HasFundingWord("ngan sach tinh"));
  EXPECT_FALSE(d.HasFundingWord("so tai chinh"));

  // Files with other words: the files, not the code, decide.
  kehoach_test::TempDir dir("table_header_");
  std::ofstream(dir.path() + "/columns.tsv") << "# phrase <TAB> kind\ntt\tordinal\nnoi dung\ttext\nchủ trì\tlead\nx\tnone\n";
  std::ofstream(dir.path() + "/words.txt") << "# extra\ndự kiến\n";
  std::ofstream(dir.path() + "/funding.txt") << "vốn vay\n";
  TableHeader custom =
      TableHeader::Load(dir.path() + "/columns.tsv", dir.path() + "/words.txt", dir.path() + "/funding.txt");
  EXPECT_EQ(custom.Columns("tt noi dung chu tri"),
            (std::vector<ColumnKind>{ColumnKind::kOrdinal, ColumnKind::kText, ColumnKind::kLead}));
  EXPECT_TRUE(custom.IsHeaderLine("chu tri du kien"));
  EXPECT_FALSE(custom.IsHeaderLine("don vi chu tri"));  // "đơn vị" is not in these files
  EXPECT_FALSE(custom.IsHeaderLine("x"));               // unknown kind: not a phrase
  EXPECT_TRUE(custom.HasFundingWord("tu von vay oda"));
  EXPECT_FALSE(custom.HasFundingWord("ngan sach"));
  TableHeader none = TableHeader::Load(dir.path() + "/a", dir.path() + "/b", dir.path() + "/c");
  EXPECT_TRUE(none.Columns("tt noi dung").empty());
  EXPECT_FALSE(none.IsHeaderLine("tt"));
}

TEST(TableParserTest, ColumnsFromWrappedHeaders) {
  const TableHeader& header = TableHeader::Default();
  EXPECT_EQ(header.Columns("tt ten nhiem vu co quan chu tri co quan phoi hop ket qua thoi gian hoan thanh"),
            (std::vector<ColumnKind>{ColumnKind::kOrdinal, ColumnKind::kText, ColumnKind::kLead, ColumnKind::kSupport,
                                     ColumnKind::kOutput, ColumnKind::kDeadline}));
  EXPECT_EQ(header.Columns("stt ma nhiem vu noi dung nhiem vu don vi chu tri don vi phoi hop lo trinh de xuat nguon von"),
            (std::vector<ColumnKind>{ColumnKind::kOrdinal, ColumnKind::kCode, ColumnKind::kText, ColumnKind::kLead,
                                     ColumnKind::kSupport, ColumnKind::kDeadline, ColumnKind::kFunding}));
}

// The shape of hy-qd Phụ lục I: cells wrapped over short lines, a line of
// spaces for an empty cell, the header repeated at a page break.
const char* kFlattened =
    "TT Tên nhiệm vụ \n"
    "Cơ quan chủ \n\ntrì \n\nCơ quan  \n\nphối hợp \nKết quả \n\nThời gian \n\nhoàn thành \n\n"
    "I. Hoàn thiện thể chế chính sách     \n\n"
    "1.  \n\n"
    "Tiếp tục thực hiện các cơ chế, chính sách đã phát huy hiệu quả trong khuyến \n\n"
    "khích, hỗ trợ phát triển giáo dục và đào tạo, khoa học và công nghệ. \n\n"
    "Các sở, ban, \n\nngành, đơn vị, \n\nđịa phương \n\nVăn phòng UBND \n\ntỉnh, Công an tỉnh, \n\n"
    "Sở Khoa học và \n\nCông nghệ \n \n\nThường \n\nxuyên \n\n"
    "12\n"
    " TT Tên nhiệm vụ \nCơ quan chủ \n\ntrì \n\nCơ quan  \n\nphối hợp \nKết quả \n\nThời gian \n\nhoàn thành \n\n"
    "2.  \n\n"
    "Xây dựng kế hoạch đào tạo, phát triển, thu hút tổ chức, cá nhân, doanh nghiệp \n\n"
    "hoạt động lĩnh vực chuyển đổi số. \n\n"
    "Sở Khoa học và \n\nCông nghệ \n\nSở Tài chính, đơn vị \n\nliên quan \n\nKế hoạch được \n\nban hành \n\n"
    "Tháng \n\n01/2026 \n\n"
    "II. Nhóm thứ hai\n\n"
    "3.  \n\n"
    "Tham mưu xây dựng Đề án thành lập Quỹ để thực hiện cơ chế chi cho các nhiệm \n\n"
    "vụ khoa học và công nghệ. \n\n"
    "Sở Tài chính \n\nĐề án được phê \n\nduyệt \n\nQuý II/2026 \n\n"
    "4.  \n\n"
    "Rà soát, tham mưu sửa đổi, bổ sung Nghị quyết của Hội đồng nhân dân tỉnh quy \n\n"
    "định một số cơ chế, chính sách hỗ trợ phát triển hoạt động khoa học. \n\n"
    "Sở Y tế \n\nCơ chế được \n\nban hành \n";

TEST(TableParserTest, RowsCellsGroupsAndMergedCells) {
  std::string text = kFlattened;
  std::vector<TextLine> lines = SplitLines(text);
  std::vector<Table> tables = ParseTables(lines, 0, lines.size(), "I");
  ASSERT_EQ(tables.size(), 1u);
  const std::vector<TableRow>& rows = tables[0].rows;
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].group, "I");
  EXPECT_EQ(rows[0].number, "1");
  EXPECT_EQ(rows[0].cell(ColumnKind::kText),
            "Tiếp tục thực hiện các cơ chế, chính sách đã phát huy hiệu quả trong khuyến khích, hỗ trợ phát triển "
            "giáo dục và đào tạo, khoa học và công nghệ.");
  EXPECT_EQ(rows[0].cell(ColumnKind::kLead), "Các sở, ban, ngành, đơn vị, địa phương");
  EXPECT_EQ(rows[0].cell(ColumnKind::kSupport), "Văn phòng UBND tỉnh, Công an tỉnh, Sở Khoa học và Công nghệ");
  EXPECT_EQ(rows[0].cell(ColumnKind::kOutput), "");  // the line of spaces
  EXPECT_EQ(rows[0].cell(ColumnKind::kDeadline), "Thường xuyên");
  EXPECT_EQ(rows[1].cell(ColumnKind::kOutput), "Kế hoạch được ban hành");
  EXPECT_EQ(rows[1].cell(ColumnKind::kDeadline), "Tháng 01/2026");
  // Row 3 names one body and no support; row 4 states no deadline: merged
  // with its group neighbour.
  EXPECT_EQ(rows[2].group, "II");
  EXPECT_EQ(rows[2].cell(ColumnKind::kDeadline), "Quý II/2026");
  EXPECT_EQ(rows[3].cell(ColumnKind::kLead), "Sở Y tế");
  EXPECT_EQ(rows[3].cell(ColumnKind::kDeadline), "Quý II/2026");
  EXPECT_TRUE(rows[3].cell_inherited(ColumnKind::kDeadline));
  EXPECT_FALSE(rows[2].cell_inherited(ColumnKind::kDeadline));
}

TEST(TableParserTest, NoHeaderNoTable) {
  std::string text = "Danh mục\n1. Một dòng\n";
  std::vector<TextLine> lines = SplitLines(text);
  EXPECT_TRUE(ParseTables(lines, 0, lines.size(), "I").empty());
}


// Group lines of an appendix table as a PDF text layer gives them: the Roman
// numeral without its dot, alone on its line or followed by the group title.
TEST(TableParserTest, GroupLinesWithoutDot) {
  std::string text =
      "TT Tên nhiệm vụ \nCơ quan chủ trì \nCơ quan phối hợp \nKết quả \nThời gian hoàn thành \n\n"
      "I. Hoàn thiện thể chế \n\n"
      "1.  \n\nRà soát, sửa đổi các quy định về khoa học và công nghệ. \n\nSở Tư pháp \n\nQuý II/2026 \n\n"
      "II \nTăng cường hạ tầng số \n\n"
      "2.  \n\nBố trí kế hoạch vốn đầu tư trung hạn cho hạ tầng số của tỉnh. \n\nSở Tài chính \n\nNăm 2026 \n\n"
      "III \nPhát triển khoa học trong các lĩnh vực trọng điểm \n\n"
      "3.  \n\nXây dựng trung tâm đổi mới sáng tạo của tỉnh theo quy định. \n\nSở Xây dựng; Ban \n\n"
      "Quản lý Khu \n\nkinh tế tỉnh \n\nNăm 2027 \n\n"
      "IV Đẩy mạnh hợp tác liên kết vùng, quốc tế \n\n"
      "4.  \n\nKý kết chương trình hợp tác với các viện, trường đại học. \n\nSở Ngoại vụ \n\nNăm 2028 \n\n"
      "VI Không theo thứ tự \n\n"
      "5.  \n\nTổ chức diễn đàn khởi nghiệp đổi mới sáng tạo hằng năm. \n\nSở Công Thương \n\nNăm 2029 \n";
  std::vector<TextLine> lines = SplitLines(text);
  std::vector<Table> tables = ParseTables(lines, 0, lines.size(), "I");
  ASSERT_EQ(tables.size(), 1u);
  const std::vector<TableRow>& rows = tables[0].rows;
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[0].group, "I");
  EXPECT_EQ(rows[1].group, "II");
  EXPECT_EQ(rows[2].group, "III");
  // "Ban" wraps to "Quản lý Khu ...": one name, not two cells.
  EXPECT_EQ(rows[2].cell(ColumnKind::kLead), "Sở Xây dựng; Ban Quản lý Khu kinh tế tỉnh");
  EXPECT_EQ(rows[2].cell(ColumnKind::kDeadline), "Năm 2027");
  EXPECT_EQ(rows[3].group, "IV");
  EXPECT_EQ(rows[3].cell(ColumnKind::kLead), "Sở Ngoại vụ");
  EXPECT_EQ(rows[4].group, "IV");  // "VI" skips V: not a group line
}

}  // namespace
}  // namespace kehoach::nlp
