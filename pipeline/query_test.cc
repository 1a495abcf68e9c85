#include "pipeline/query.h"

#include <gtest/gtest.h>

namespace kehoach::pipeline {
namespace {

TEST(QueryTest, ParsesDatesAsUsersWriteThem) {
  EXPECT_EQ(*ParseUserDate("31/12/2025"), "2025-12-31");
  EXPECT_EQ(*ParseUserDate("1/7/2025"), "2025-07-01");
  EXPECT_EQ(*ParseUserDate("2025-03-09"), "2025-03-09");
  EXPECT_EQ(*ParseUserDate("02/2028"), "2028-02-01");
  EXPECT_EQ(*ParseUserDate("02/2028", true), "2028-02-29");
  EXPECT_EQ(*ParseUserDate("2030", true), "2030-12-31");
  EXPECT_FALSE(ParseUserDate("31/02/2025").ok());
  EXPECT_FALSE(ParseUserDate("tomorrow").ok());
  EXPECT_EQ(UserDate("2025-12-31"), "31/12/2025");
}

TEST(QueryTest, FtsQueryFoldsAndQuotesEveryWord) {
  EXPECT_EQ(FtsQuery("Xúc tiến ĐẦU TƯ"), "\"xuc\" \"tien\" \"dau\" \"tu\"");
  EXPECT_EQ(FtsQuery("xuc tien dau tu"), FtsQuery("xúc tiến đầu tư"));
  // FTS5 syntax in user text is inert.
  EXPECT_EQ(FtsQuery("NOT \"a\" OR b*"), "\"not\" \"a\" \"or\" \"b\"");
  EXPECT_EQ(FtsQuery("--- ..."), "");
}

}  // namespace
}  // namespace kehoach::pipeline
