// A fixture for end-to-end tests through the kehoach binary (KEHOACH_BIN):
// each test gets a fresh temporary folder and store.
#ifndef KEHOACH_TESTS_CLI_FIXTURE_H_
#define KEHOACH_TESTS_CLI_FIXTURE_H_

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/temp_dir.h"

namespace kehoach_test {

using nlohmann::json;

struct RunResult {
  int exit_code = -1;
  std::string out, err;
};

inline std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class CliFixture : public ::testing::Test {
 protected:

  // Runs `kehoach --db <db> <args>` (args are shell words).
  RunResult Run(const std::string& args) {
    const std::string out = dir_ + "/stdout", err = dir_ + "/stderr";
    const std::string cmd = std::string(KEHOACH_BIN) + " --db '" + db_ + "' " + args + " >'" + out + "' 2>'" + err + "'";
    int status = std::system(cmd.c_str());
    RunResult r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = ReadAll(out);
    r.err = ReadAll(err);
    return r;
  }
  void Write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ + "/" + name, std::ios::binary) << bytes;
  }
  json Json(const std::string& args) {
    RunResult r = Run(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    json j = json::parse(r.out, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << r.out.substr(0, 500);
    return j;
  }
  void IngestCorpus() {
    RunResult r = Run("ingest corpus/plans/*");
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }

  TempDir temp_{"kehoach_cli_test_"};
  const std::string dir_ = temp_.path();
  const std::string db_ = dir_ + "/k.db";
};

}  // namespace kehoach_test

#endif  // KEHOACH_TESTS_CLI_FIXTURE_H_
