#include "pipeline/audit_report.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

namespace kehoach::pipeline {
namespace {

std::vector<DuplicateGroup> TwoCopies() {
  Task a;
  a.id = "p1-3";
  a.section = "Phụ lục I/I.13";
  a.text = "Xây dựng cơ chế, chính sách vượt trội";
  a.lead = {"Sở Y tế"};
  a.deadline.kind = DeadlineKind::kDate;
  a.deadline.end = "2025-12-31";
  Task b = a;
  b.id = "p1-4";
  b.section = "Phụ lục I/I.14";
  b.lead = {"Sở Nông nghiệp và Môi trường"};
  DuplicateGroup g;
  g.copies = {{a.id, "p1", "433-KH/TU", a}, {b.id, "p1", "433-KH/TU", b}};
  g.similarity = 0.875;
  g.shared_text = a.text;
  g.lead_conflict = true;
  return {g};
}

TEST(AuditReportTest, JsonCarriesConflictsAndCopies) {
  std::ostringstream out;
  ASSERT_TRUE(WriteDuplicateGroups(TwoCopies(), Format::kJson, out).ok());
  nlohmann::json j = nlohmann::json::parse(out.str());
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0]["group"], 1);
  EXPECT_TRUE(j[0]["lead_conflict"].get<bool>());
  EXPECT_FALSE(j[0]["deadline_conflict"].get<bool>());
  ASSERT_EQ(j[0]["copies"].size(), 2u);
  EXPECT_EQ(j[0]["copies"][1]["lead"][0], "Sở Nông nghiệp và Môi trường");
  EXPECT_EQ(j[0]["copies"][0]["deadline_end"], "2025-12-31");
}

TEST(AuditReportTest, TableShowsVietnameseWarningAndUserDates) {
  std::ostringstream out;
  ASSERT_TRUE(WriteDuplicateGroups(TwoCopies(), Format::kTable, out, 200).ok());
  EXPECT_NE(out.str().find("chủ trì khác nhau"), std::string::npos);
  EXPECT_NE(out.str().find("31/12/2025"), std::string::npos);
  EXPECT_NE(out.str().find("88%"), std::string::npos);
}

TEST(AuditReportTest, RefusesCsv) {
  std::ostringstream out;
  EXPECT_FALSE(WriteDuplicateGroups(TwoCopies(), Format::kCsv, out).ok());
}

}  // namespace
}  // namespace kehoach::pipeline
