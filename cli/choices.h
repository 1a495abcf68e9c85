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

// Restricts `opt` to a number from `lo` to `hi` inclusive. Leading zeros are
// dropped before the check and before CLI11 reads the value, so "010" is 10
// both times (CLI11 alone reads it as octal 8). Returns `opt`.
CLI::Option* InRange(CLI::Option* opt, double lo, double hi);

}  // namespace kehoach::cli

#endif  // KEHOACH_CLI_CHOICES_H_
