// End to end through the kehoach binary: ingest, listings, exports, edits,
// bad input.
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "tests/cli_fixture.h"

namespace {

using kehoach_test::json;
using kehoach_test::RunResult;

class CliTest : public kehoach_test::CliFixture {};

TEST_F(CliTest, IngestsTheCorpusAndListsContractJson) {
  IngestCorpus();
  json plans = Json("plans --format json");
  ASSERT_TRUE(plans.is_array());
  ASSERT_EQ(plans.size(), 3u);
  for (const json& p : plans) {
    for (const char* key : {"id", "file", "type", "number", "title", "date", "references", "horizon", "quality"}) {
      EXPECT_TRUE(p.contains(key)) << key;
    }
  }
  json tasks = Json("tasks --format json");
  ASSERT_TRUE(tasks.is_array());
  ASSERT_GT(tasks.size(), 0u);
  for (const json& t : tasks) {
    for (const char* key : {"id", "plan", "section", "kind", "text", "lead", "support", "deadline", "output",
                            "funding", "source"}) {
      ASSERT_TRUE(t.contains(key)) << key << " in " << t.dump();
    }
    EXPECT_TRUE(t["plan"].contains("number"));
    EXPECT_TRUE(t["lead"].is_array());
    EXPECT_TRUE(t["deadline"]["inherited"].is_boolean());
    for (const char* key : {"text", "kind", "start", "end", "recurrence"}) EXPECT_TRUE(t["deadline"].contains(key));
    EXPECT_GT(t["source"]["line"].get<int>(), 0);
    EXPECT_TRUE(t["source"]["page"].is_null() || t["source"]["page"].is_number());
  }
  // ndjson: one object per line, same tasks.
  RunResult nd = Run("tasks --format ndjson");
  ASSERT_EQ(nd.exit_code, 0);
  std::istringstream lines(nd.out);
  size_t n = 0;
  for (std::string line; std::getline(lines, line); ++n) {
    json j = json::parse(line, nullptr, false);
    ASSERT_TRUE(j.is_object()) << line;
    EXPECT_EQ(j["id"], tasks[n]["id"]);
  }
  EXPECT_EQ(n, tasks.size());
  json targets = Json("targets --format json");
  ASSERT_TRUE(targets.is_array());
  for (const json& t : targets) {
    for (const char* key : {"id", "plan", "text", "metric", "comparator", "value", "value_max", "unit", "year", "source"}) {
      EXPECT_TRUE(t.contains(key)) << key;
    }
  }
}

TEST_F(CliTest, ReingestIsIdempotentAndForceRewrites) {
  IngestCorpus();
  const size_t before = Json("tasks --format json").size();
  RunResult again = Run("ingest corpus/plans/*");
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_NE(again.err.find("đã có trong kho"), std::string::npos) << again.err;
  EXPECT_EQ(Json("tasks --format json").size(), before);
  RunResult forced = Run("ingest --force --jobs 2 corpus/plans/*");
  EXPECT_EQ(forced.exit_code, 0) << forced.err;
  EXPECT_NE(forced.err.find("đã nạp lại"), std::string::npos) << forced.err;
  EXPECT_EQ(Json("tasks --format json").size(), before);
}

TEST_F(CliTest, BadFilesFailWithFileAndReasonAndTheRestIsStored) {
  Write("empty.txt", "");
  Write("bad-utf8.txt", std::string("K\xe1\xba\xbf ho\xe1\xba\xa1") + "ch \xff\xfe s\xe1\xbb\x91 1\n");
  const std::string good = "corpus/plans/hy-qd-chuong-trinh-khcn-dmst-cds-2025.txt";
  RunResult r = Run("ingest '" + dir_ + "/empty.txt' '" + dir_ + "/bad-utf8.txt' '" + dir_ + "/missing.txt' " + good);
  EXPECT_EQ(r.exit_code, 1);
  for (std::string name : {"empty.txt", "bad-utf8.txt", "missing.txt"}) {
    size_t at = r.err.find(dir_ + "/" + name + ":");
    ASSERT_NE(at, std::string::npos) << name << " not named in:\n" << r.err;
    std::string line = r.err.substr(at, r.err.find('\n', at) - at);
    EXPECT_GT(line.size(), dir_.size() + name.size() + 4) << "no reason in: " << line;
  }
  EXPECT_NE(r.err.find("empty"), std::string::npos);
  json plans = Json("plans --format json");
  ASSERT_EQ(plans.size(), 1u);
  EXPECT_EQ(plans[0]["file"], good);
}

TEST_F(CliTest, CsvHasBomAndTrackerColumns) {
  IngestCorpus();
  RunResult r = Run("tasks --format csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_GE(r.out.size(), 3u);
  EXPECT_EQ(r.out.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_EQ(r.out.substr(3, r.out.find("\r\n") - 3),
            "STT,Tên nhiệm vụ,Đơn vị chủ trì,Đơn vị phối hợp,Thời hạn,Sản phẩm,Văn bản giao,Trạng thái,Mã nhiệm vụ");
  const std::string out = dir_ + "/tasks.csv";
  RunResult e = Run("export --format csv --out '" + out + "'");
  ASSERT_EQ(e.exit_code, 0) << e.err;
  EXPECT_EQ(kehoach_test::ReadAll(out), r.out);
}

TEST_F(CliTest, FiltersFindTasksWithOrWithoutMarks) {
  IngestCorpus();
  json all = Json("tasks --format json");
  // Pick a stored task's lead and a word of its text, then query them back.
  const json* with_lead = nullptr;
  for (const json& t : all) {
    if (!t["lead"].empty()) with_lead = &t;
  }
  ASSERT_NE(with_lead, nullptr);
  const std::string lead = (*with_lead)["lead"][0];
  json by_owner = Json("tasks --format json --owner '" + lead + "' --role lead");
  ASSERT_FALSE(by_owner.empty());
  for (const json& t : by_owner) {
    EXPECT_NE(std::find(t["lead"].begin(), t["lead"].end(), lead), t["lead"].end());
  }
  json marked = Json("tasks --format json --search 'chuyển đổi số'");
  json plain = Json("tasks --format json --search 'chuyen doi so'");
  EXPECT_EQ(marked.size(), plain.size());
  ASSERT_FALSE(plain.empty());
  EXPECT_NE(plain[0]["highlight"].get<std::string>().find("["), std::string::npos);

  json overdue = Json("tasks --format json --overdue --as-of 01/01/2026");
  for (const json& t : overdue) EXPECT_LT(t["deadline"]["end"].get<std::string>(), "2026-01-01");
  json before = Json("tasks --format json --due-before 31/12/2025");
  for (const json& t : before) EXPECT_LE(t["deadline"]["end"].get<std::string>(), "2025-12-31");
  EXPECT_EQ(Run("tasks --due-before 32/13/2025").exit_code, 2);
  EXPECT_EQ(Run("tasks --format xml").exit_code, 2);
}

TEST_F(CliTest, EditsAreShownAndSurviveForcedReingest) {
  IngestCorpus();
  json all = Json("tasks --format json");
  ASSERT_GE(all.size(), 2u);
  const std::string id = all[0]["id"], other = all[1]["id"];
  RunResult e = Run("edit " + id + " --lead 'Sở KH&CN' --deadline 'Quý II/2026' --who clerk");
  ASSERT_EQ(e.exit_code, 0) << e.err;
  RunResult n = Run("edit " + other + " --not-a-task --who clerk");
  ASSERT_EQ(n.exit_code, 0) << n.err;
  auto check = [&]() {
    json shown = Json("show " + id + " --format json");
    EXPECT_EQ(shown["lead"], json::array({"Sở Khoa học và Công nghệ"}));
    EXPECT_EQ(shown["deadline"]["end"], "2026-06-30");
    ASSERT_EQ(shown["edits"].size(), 2u);
    EXPECT_EQ(shown["edits"][0]["who"], "clerk");
    json listed = Json("tasks --format json");
    EXPECT_EQ(listed.size(), all.size() - 1);
    for (const json& t : listed) EXPECT_NE(t["id"], other);
  };
  check();
  ASSERT_EQ(Run("ingest --force corpus/plans/*").exit_code, 0);
  check();
  RunResult table = Run("show " + id);
  EXPECT_NE(table.out.find("clerk"), std::string::npos);
  EXPECT_NE(table.out.find("> "), std::string::npos);  // the source lines, marked
  EXPECT_EQ(Run("edit no-such-task --text x").exit_code, 1);
  EXPECT_EQ(Run("edit " + id + " --deadline 'some day'").exit_code, 2);
}

}  // namespace
