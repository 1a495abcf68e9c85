// How a kehoach subcommand plugs into the CLI.
//
// Each subcommand lives in its own cli/cmd_<name>.cc, derives from Command and
// registers itself with KEHOACH_REGISTER_COMMAND. main.cc owns the global
// options and the exit status convention:
//   0 success; 1 some input failed (the rest was still processed); 2 usage error.
// Data goes to stdout only; messages go to stderr and name the file and reason.
#ifndef KEHOACH_CLI_COMMAND_H_
#define KEHOACH_CLI_COMMAND_H_

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "base/status.h"

namespace kehoach::cli {

struct GlobalOptions {
  std::string db;  // --db, else $KEHOACH_DB, else "kehoach.db"
};

class Command {
 public:
  virtual ~Command() = default;
  virtual std::string name() const = 0;
  virtual std::string description() const = 0;
  // Declares the subcommand's options on `app`.
  virtual void Setup(CLI::App* app) = 0;
  // Runs after parsing; returns the exit status.
  virtual int Run(const GlobalOptions& global) = 0;
};

using CommandFactory = std::unique_ptr<Command> (*)();
std::vector<CommandFactory>& CommandRegistry();

template <typename T>
struct CommandRegistrar {
  CommandRegistrar() {
    CommandRegistry().push_back([]() -> std::unique_ptr<Command> { return std::make_unique<T>(); });
  }
};

#define KEHOACH_REGISTER_COMMAND(T) \
  static const ::kehoach::cli::CommandRegistrar<T> kehoach_registrar_##T

// Prints "kehoach: <what went wrong, in Vietnamese>: <message>" and maps the
// failure to an exit status: 2 for a usage error (bad argument), 1 otherwise.
inline int Fail(const Status& s) {
  std::cerr << "kehoach: " << s.ToVietnamese() << "\n";
  return s.code() == Status::Code::kInvalidArgument ? 2 : 1;
}

}  // namespace kehoach::cli

#endif  // KEHOACH_CLI_COMMAND_H_
