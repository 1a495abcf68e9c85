// kehoach: Vietnamese government plans to data. See README.md.
#include <cstdlib>
#include <iostream>
#include <memory>
#include <vector>

#include "cli/command.h"

namespace kehoach::cli {

std::vector<CommandFactory>& CommandRegistry() {
  static std::vector<CommandFactory> registry;
  return registry;
}

}  // namespace kehoach::cli

int main(int argc, char** argv) {
  using namespace kehoach::cli;
  CLI::App app{"kehoach: turns Vietnamese government plans (Kế hoạch, Quyết định, Chương trình) "
               "into tasks, owners, deadlines and targets"};
  app.require_subcommand(1);
  GlobalOptions global;
  const char* env_db = std::getenv("KEHOACH_DB");
  global.db = env_db && *env_db ? env_db : "kehoach.db";
  app.add_option("--db", global.db, "SQLite store (default: $KEHOACH_DB or ./kehoach.db)");

  std::vector<std::unique_ptr<Command>> commands;
  std::vector<CLI::App*> subapps;
  for (CommandFactory make : CommandRegistry()) {
    commands.push_back(make());
    CLI::App* sub = app.add_subcommand(commands.back()->name(), commands.back()->description());
    commands.back()->Setup(sub);
    subapps.push_back(sub);
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }
  for (size_t i = 0; i < commands.size(); ++i) {
    if (subapps[i]->parsed()) return commands[i]->Run(global);
  }
  return 2;
}
