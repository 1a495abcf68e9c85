// kehoach: Vietnamese government plans to data. See README.md.
#include <cstdlib>
#include <iostream>
#include <memory>
#include <vector>

#include "cli/choices.h"
#include "cli/command.h"
#include "cli/parse_errors.h"
#include "cli/vietnamese_help.h"

namespace kehoach::cli {

std::vector<CommandFactory>& CommandRegistry() {
  static std::vector<CommandFactory> registry;
  return registry;
}

}  // namespace kehoach::cli

int main(int argc, char** argv) {
  using namespace kehoach::cli;
  CLI::App app{"kehoach: chuyển kế hoạch, quyết định, chương trình của cơ quan nhà nước thành dữ liệu: "
               "nhiệm vụ, đơn vị chủ trì và phối hợp, thời hạn, chỉ tiêu",
               "kehoach"};
  app.require_subcommand(1);
  GlobalOptions global;
  const char* env_db = std::getenv("KEHOACH_DB");
  global.db = env_db && *env_db ? env_db : "kehoach.db";
  app.add_option("--db", global.db, "Tệp kho dữ liệu SQLite (mặc định: $KEHOACH_DB hoặc ./kehoach.db)")
      ->type_name("TỆP");

  std::vector<std::unique_ptr<Command>> commands;
  std::vector<CLI::App*> subapps;
  for (CommandFactory make : CommandRegistry()) {
    commands.push_back(make());
    CLI::App* sub = app.add_subcommand(commands.back()->name(), commands.back()->description());
    commands.back()->Setup(sub);
    subapps.push_back(sub);
  }
  ReadIntegersAsDecimal(&app);
  UseVietnameseHelp(&app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // A usage error: exit status 2 (cli/command.h), whatever CLI11's code.
    Fail(kehoach::Status::InvalidArgument(DescribeParseError(e, app)));
    std::cerr << "Xem hướng dẫn: " << CommandPath(app) << " --help\n";
    return 2;
  }
  for (size_t i = 0; i < commands.size(); ++i) {
    if (subapps[i]->parsed()) return commands[i]->Run(global);
  }
  return 2;
}
