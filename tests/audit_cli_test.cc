// End to end: `kehoach audit` over the ingested sample plans.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "tests/cli_fixture.h"

namespace {

using kehoach_test::json;
using kehoach_test::RunResult;

class AuditCliTest : public kehoach_test::CliFixture {};

TEST_F(AuditCliTest, FindsTasksRepeatedAcrossPlans) {
  IngestCorpus();
  json groups = Json("audit --across-plans --format json");
  ASSERT_TRUE(groups.is_array());
  ASSERT_FALSE(groups.empty());
  bool hy_pair = false;
  for (const json& g : groups) {
    EXPECT_TRUE(g["across_plans"].get<bool>());
    std::set<std::string> files;
    for (const json& c : g["copies"]) {
      for (const char* key : {"task_id", "plan_id", "plan", "section", "text", "lead", "support", "deadline_end"})
        EXPECT_TRUE(c.contains(key)) << key;
      files.insert(c["plan"].get<std::string>());
    }
    EXPECT_GE(files.size(), 2u);
    // The two Hưng Yên plans both demand compliance with network-security rules.
    hy_pair = hy_pair || (files.count("hy-kh-trien-khai-qd840-cong-nghiep-cns-2026") &&
                          files.count("/QĐ-UBND") + files.count("hy-qd-chuong-trinh-khcn-dmst-cds-2025"));
  }
  EXPECT_TRUE(hy_pair) << groups.dump(1).substr(0, 2000);
}

TEST_F(AuditCliTest, ConflictsOnlyShowsDifferentLeads) {
  IngestCorpus();
  // Phụ lục I rows 13 and 14 of the Hưng Yên programme: one task, two lead agencies.
  RunResult r = Run("audit --conflicts --format table");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("chủ trì khác nhau"), std::string::npos) << r.out;
  json groups = Json("audit --conflicts --format json");
  for (const json& g : groups) EXPECT_TRUE(g["lead_conflict"].get<bool>() || g["deadline_conflict"].get<bool>());
}

TEST_F(AuditCliTest, BadOptionIsAUsageError) {
  RunResult r = Run("audit --min-similarity 7");
  EXPECT_EQ(r.exit_code, 2);
}

}  // namespace
