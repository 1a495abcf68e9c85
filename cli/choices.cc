#include "cli/choices.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <sstream>

namespace kehoach::cli {
namespace {

std::string Number(double x) {
  std::ostringstream s;
  s << x;
  return s.str();
}

// "010" -> "10", "-007" -> "-7", "00.5" -> "0.5": CLI11 reads an integer
// with a leading 0 as octal ("010" is 8, "08" an error), people mean decimal.
void DropLeadingZeros(std::string& value) {
  const size_t digits = value.find_first_not_of("+-");
  if (digits == std::string::npos || digits > 1) return;
  size_t end = digits;
  while (end + 1 < value.size() && value[end] == '0' && std::isdigit(static_cast<unsigned char>(value[end + 1]))) ++end;
  value.erase(digits, end - digits);
}

}  // namespace

CLI::Option* OneOf(CLI::Option* opt, const std::vector<std::string>& values) {
  const std::string listed = CLI::detail::join(values, ", ");
  opt->type_name(CLI::detail::join(values, "|"));
  return opt->check(CLI::Validator(
      [values, listed](std::string& value) -> std::string {
        if (std::find(values.begin(), values.end(), value) != values.end()) return "";
        return "giá trị «" + value + "» không hợp lệ, chỉ nhận một trong: " + listed;
      },
      ""));
}

CLI::Option* InRange(CLI::Option* opt, double lo, double hi) {
  // Checks run after transforms: an integer is checked as ReadIntegersAsDecimal
  // left it, the value the option gets.
  return opt->check(CLI::Validator(
      [lo, hi](std::string& value) -> std::string {
        char* end = nullptr;
        const double x = value.empty() ? 0 : std::strtod(value.c_str(), &end);
        if (end && *end == '\0' && x >= lo && x <= hi) return "";
        return "giá trị «" + value + "» không hợp lệ, cần một số từ " + Number(lo) + " đến " + Number(hi);
      },
      ""));
}

void ReadIntegersAsDecimal(CLI::App* app) {
  for (CLI::Option* opt : app->get_options()) {
    const std::string type = opt->get_type_name();
    if (type != "INT" && type != "UINT") continue;
    opt->transform(CLI::Validator(
        [](std::string& value) {
          DropLeadingZeros(value);
          return std::string();
        },
        ""));
  }
  for (CLI::App* sub : app->get_subcommands([](CLI::App*) { return true; })) ReadIntegersAsDecimal(sub);
}

}  // namespace kehoach::cli
