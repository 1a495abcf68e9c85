#include <gtest/gtest.h>

#include <cstdlib>

#include "base/hash.h"
#include "base/paths.h"
#include "base/records.h"
#include "base/status.h"

namespace kehoach {
namespace {

TEST(StatusTest, CarriesCodeAndMessage) {
  EXPECT_TRUE(Status::OK().ok());
  Status s = Status::Corruption("page 3: not a PDF").WithPrefix("scan.pdf");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_EQ(s.message(), "scan.pdf: page 3: not a PDF");
  EXPECT_EQ(s.ToString(), "corrupt input: scan.pdf: page 3: not a PDF");
  EXPECT_TRUE(Status::OK().WithPrefix("x").ok());
}

TEST(StatusTest, TellsPeopleInVietnamese) {
  EXPECT_EQ(Status::Corruption("page 3: not a PDF").WithPrefix("scan.pdf").ToVietnamese(),
            "tệp hỏng hoặc không đọc được: scan.pdf: page 3: not a PDF");
  EXPECT_EQ(Status::NotFound("no task 17").ToVietnamese(), "không tìm thấy: no task 17");
  EXPECT_EQ(Status::OK().ToVietnamese(), "");
}

TEST(ResultTest, HoldsValueOrStatus) {
  Result<int> good = 7;
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, 7);
  EXPECT_TRUE(good.status().ok());
  Result<int> bad = Status::NotFound("plan.txt: cannot open file");
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), Status::Code::kNotFound);
}

TEST(HashTest, StableKnownValues) {
  // FNV-1a 64 reference values.
  EXPECT_EQ(HexHash(""), "cbf29ce484222325");
  EXPECT_EQ(HexHash("a"), "af63dc4c8601ec8c");
  EXPECT_NE(HexHash("Kế hoạch"), HexHash("Ke hoach"));
}

TEST(RecordsTest, KindNamesRoundTrip) {
  for (auto k : {DeadlineKind::kNone, DeadlineKind::kDate, DeadlineKind::kRange, DeadlineKind::kRecurring,
                 DeadlineKind::kOngoing, DeadlineKind::kHorizon}) {
    DeadlineKind back;
    ASSERT_TRUE(ParseDeadlineKind(DeadlineKindName(k), &back));
    EXPECT_EQ(back, k);
  }
  TaskKind t;
  ASSERT_TRUE(ParseTaskKind("table_row", &t));
  EXPECT_EQ(t, TaskKind::kTableRow);
  EXPECT_FALSE(ParseTaskKind("row", &t));
  EXPECT_STREQ(DeadlineKindName(DeadlineKind::kRecurring), "recurring");
}

TEST(PathsTest, EnvironmentOverrides) {
  setenv("KEHOACH_HOME", "/tmp/kh", 1);
  EXPECT_EQ(ResourcePath("nlp/data/agencies.tsv"), "/tmp/kh/nlp/data/agencies.tsv");
  unsetenv("KEHOACH_HOME");
  EXPECT_NE(ResourcePath("nlp/data/agencies.tsv").find("nlp/data/agencies.tsv"), std::string::npos);
  setenv("KEHOACH_MODEL_DIR", "/m/", 1);
  EXPECT_EQ(ModelPath("vi.lm"), "/m/vi.lm");
  unsetenv("KEHOACH_MODEL_DIR");
}

}  // namespace
}  // namespace kehoach
