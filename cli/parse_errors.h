// CLI11's parse errors (unknown option, missing value, bad value ...) told in
// Vietnamese, for clerks who read only Vietnamese.
//
// CLI11 (Debian's 2.1.2) gives each failure its own exception type but only an
// English sentence; the option and the value are taken back out of that
// sentence, whose wording per type is pinned by tests/cli_help_test.cc.
#ifndef KEHOACH_CLI_PARSE_ERRORS_H_
#define KEHOACH_CLI_PARSE_ERRORS_H_

#include <string>

#include <CLI/CLI.hpp>

namespace kehoach::cli {

// The command the user was typing when parsing stopped, e.g. "kehoach tasks"
// or "kehoach lm train": the root's name and its parsed subcommands.
std::string CommandPath(const CLI::App& root);

// One Vietnamese sentence (no "kehoach:" prefix, no newline) naming the
// offending option, argument or value of `e`, thrown by `root.parse`.
// A failure of a kind kehoach never meets keeps CLI11's text in parentheses.
std::string DescribeParseError(const CLI::ParseError& e, const CLI::App& root);

}  // namespace kehoach::cli

#endif  // KEHOACH_CLI_PARSE_ERRORS_H_
