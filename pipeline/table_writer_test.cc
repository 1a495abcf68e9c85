#include "pipeline/table_writer.h"

#include <sstream>

#include <gtest/gtest.h>

#include "nlp/vietnamese_text.h"

namespace kehoach::pipeline {
namespace {

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

TEST(TableWriterTest, AlignsByDisplayWidthWithMarksAndWideCharacters) {
  TableWriter t;
  t.AddColumn("Agency");
  t.AddColumn("N", false, 1, true);
  t.AddRow({"Sở Tài chính", "3"});
  t.AddRow({"Ủy ban nhân dân tỉnh", "12"});
  t.AddRow({"Cu\xCC\x89" "a", "1"});  // "Của" decomposed: the mark takes no column
  t.AddRow({"東京", "7"});           // wide: two columns each
  std::ostringstream out;
  t.Write(out, 0);
  std::vector<std::string> lines = Lines(out.str());
  ASSERT_EQ(lines.size(), 6u);
  const int width = nlp::DisplayWidth(lines[0]);
  for (const std::string& line : lines) EXPECT_EQ(nlp::DisplayWidth(line), width) << line;
  EXPECT_EQ(lines[2].substr(lines[2].size() - 1), "3");  // right-aligned number
}

TEST(TableWriterTest, ShrinksFlexibleColumnsToTheWidth) {
  TableWriter t;
  t.AddColumn("ID");
  t.AddColumn("Task", true, 10);
  t.AddRow({"p-1", "Đẩy mạnh xúc tiến đầu tư vào khu công nghệ cao và các khu công nghiệp của tỉnh"});
  std::ostringstream out;
  t.Write(out, 40);
  for (const std::string& line : Lines(out.str())) EXPECT_LE(nlp::DisplayWidth(line), 40) << line;
  EXPECT_NE(out.str().find("…"), std::string::npos);
}

TEST(TableWriterTest, FitToWidthNeverSplitsACharacter) {
  EXPECT_EQ(FitToWidth("Nghiệp vụ", 20), "Nghiệp vụ");
  EXPECT_EQ(FitToWidth("Nghiệp vụ", 5), "Nghi…");
  EXPECT_EQ(FitToWidth("東京都", 4), "東…");
  EXPECT_EQ(nlp::DisplayWidth(FitToWidth("東京都", 4)), 3);
}

}  // namespace
}  // namespace kehoach::pipeline
