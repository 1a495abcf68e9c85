// Option value checks that explain themselves in Vietnamese (CLI11's own
// IsMember and Range validators answer in English).
//
// A failed check makes CLI11 throw CLI::ValidationError with the message
// "<option>: <our message>", which DescribeParseError (cli/parse_errors.h)
// prints as it is.
#ifndef KEHOACH_CLI_CHOICES_H_
#define KEHOACH_CLI_CHOICES_H_

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace kehoach::cli {

// Restricts `opt` to one of `values` (matched exactly); the help shows them
// as the option's value, "a|b|c". Returns `opt`.
CLI::Option* OneOf(CLI::Option* opt, const std::vector<std::string>& values);

// Restricts `opt` to a number from `lo` to `hi` inclusive. Returns `opt`.
CLI::Option* InRange(CLI::Option* opt, double lo, double hi);

// Every integer option of `app` and its subcommands reads a number with
// leading zeros as decimal: CLI11 alone reads "010" as octal 8 and refuses
// "08". The zeros are dropped before the option's checks (InRange) and before
// CLI11 reads the value. Call once all options are declared.
void ReadIntegersAsDecimal(CLI::App* app);

}  // namespace kehoach::cli

#endif  // KEHOACH_CLI_CHOICES_H_
