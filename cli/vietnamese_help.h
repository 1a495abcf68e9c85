// `kehoach --help` in Vietnamese: CLI11's labels ("Usage", "OPTIONS",
// "REQUIRED", type names ...), group titles ("Options", "Subcommands",
// "Positionals") and the help flag's own description, with the columns
// aligned by display width (CLI11 counts bytes) and descriptions wrapped at
// the output width.
//
// The descriptions of commands and options are written in Vietnamese where
// they are declared (cli/cmd_*.cc); this only covers what CLI11 adds.
#ifndef KEHOACH_CLI_VIETNAMESE_HELP_H_
#define KEHOACH_CLI_VIETNAMESE_HELP_H_

#include <CLI/CLI.hpp>

namespace kehoach::cli {

// Call once on the root app after every subcommand and option is declared:
// sets the shared formatter's labels and renames the groups of `root` and of
// all its subcommands, however deep.
void UseVietnameseHelp(CLI::App* root);

}  // namespace kehoach::cli

#endif  // KEHOACH_CLI_VIETNAMESE_HELP_H_
