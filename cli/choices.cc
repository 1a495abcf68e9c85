#include "cli/choices.h"

#include <algorithm>
#include <cstdlib>
#include <sstream>

namespace kehoach::cli {
namespace {

std::string Number(double x) {
  std::ostringstream s;
  s << x;
  return s.str();
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
  return opt->check(CLI::Validator(
      [lo, hi](std::string& value) -> std::string {
        char* end = nullptr;
        const double x = value.empty() ? 0 : std::strtod(value.c_str(), &end);
        if (end && *end == '\0' && x >= lo && x <= hi) return "";
        return "giá trị «" + value + "» không hợp lệ, cần một số từ " + Number(lo) + " đến " + Number(hi);
      },
      ""));
}

}  // namespace kehoach::cli
