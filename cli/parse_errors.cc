#include "cli/parse_errors.h"

#include <vector>

#include <re2/re2.h>

namespace kehoach::cli {
namespace {

// The deepest subcommand parsing reached (the root when none).
const CLI::App* Current(const CLI::App& root) {
  const CLI::App* app = &root;
  while (!app->get_subcommands().empty()) app = app->get_subcommands().front();
  return app;
}

// "tùy chọn --owner" for an option, "tham số TỆP" for a positional.
std::string Named(const std::string& name) {
  return (name.rfind('-', 0) == 0 ? "tùy chọn " : "tham số ") + name;
}

std::string Quoted(const std::string& value) { return "«" + value + "»"; }

// Splits typed arguments into options (a leading '-') and other words.
void SplitArguments(const std::vector<std::string>& args, std::vector<std::string>* options,
                    std::vector<std::string>* words) {
  for (const std::string& arg : args) (arg.size() > 1 && arg[0] == '-' ? options : words)->push_back(arg);
}

// "lệnh «kehoach tasks» không có tùy chọn --x, --y".
std::string UnknownOptions(const CLI::App& root, const std::vector<std::string>& options) {
  return "lệnh «" + CommandPath(root) + "» không có tùy chọn " + CLI::detail::join(options, ", ");
}

// Arguments no option or positional took: options the command does not have,
// and extra words.
std::string DescribeExtras(const CLI::App& root) {
  std::vector<std::string> options, words;
  SplitArguments(root.remaining(true), &options, &words);
  std::string out;
  if (!options.empty()) out = UnknownOptions(root, options);
  if (!words.empty()) {
    out += std::string(out.empty() ? "" : "; ") + "thừa tham số " + CLI::detail::join(words, Quoted, ", ");
  }
  return out.empty() ? "thừa tham số" : out;
}

// A command that needs a subcommand got none, or one it does not have.
std::string DescribeMissingCommand(const CLI::App& root) {
  const CLI::App* app = Current(root);
  std::vector<std::string> names;
  for (const CLI::App* sub : app->get_subcommands([](const CLI::App*) { return true; })) {
    if (!sub->get_name().empty()) names.push_back(sub->get_name());
  }
  // Words typed where the command was expected: unknown options are named
  // as options, the first other word as the unknown command.
  std::vector<std::string> options, words;
  SplitArguments(app->remaining(), &options, &words);
  std::string out = options.empty() ? "" : UnknownOptions(root, options) + "; ";
  out += words.empty() ? "chưa chọn lệnh" : "không có lệnh " + Quoted(words.front());
  return out + "; các lệnh của «" + CommandPath(root) + "»: " + CLI::detail::join(names, ", ");
}

// What the value of a number option or of a flag should have been.
std::string ExpectedNumber(const CLI::App& root, const std::string& option) {
  const CLI::Option* opt = Current(root)->get_option_no_throw(option);
  if (!opt) opt = root.get_option_no_throw(option);
  if (!opt) return "không hợp lệ";
  if (opt->get_expected_max() == 0) return "không hợp lệ (cờ bật/tắt chỉ nhận true, false, 1 hoặc 0)";
  const std::string type = opt->get_type_name();
  if (type.rfind("INT", 0) == 0 || type.rfind("UINT", 0) == 0) return "không phải số nguyên";
  if (type.rfind("FLOAT", 0) == 0 || type.rfind("NUMBER", 0) == 0) return "không phải số";
  return "không hợp lệ";
}

std::string DescribeRequired(const std::string& what, const CLI::App& root) {
  std::string name;
  if (what == "A subcommand is required") return DescribeMissingCommand(root);
  if (RE2::FullMatch(what, R"((\S+) is required)", &name)) return "thiếu " + Named(name) + " (bắt buộc)";
  return "";
}

std::string DescribeMismatch(const std::string& what) {
  std::string name, got;
  int n = 0;
  if (RE2::FullMatch(what, R"((\S+): (\d+) required .* missing)", &name, &n)) {
    return Named(name) + (n == 1 ? " thiếu giá trị" : " cần " + std::to_string(n) + " giá trị");
  }
  if (RE2::FullMatch(what, R"(Expected exactly (\d+) arguments to (\S+), got (\d+))", &n, &name, &got)) {
    return Named(name) + " cần đúng " + std::to_string(n) + " giá trị, nhận được " + got;
  }
  if (RE2::FullMatch(what, R"(Expected at least (\d+) arguments to (\S+), got (\d+))", &n, &name, &got) ||
      RE2::FullMatch(what, R"((\S+): At least (\d+) required but received (\d+))", &name, &n, &got)) {
    return Named(name) + " cần ít nhất " + std::to_string(n) + " giá trị, nhận được " + got;
  }
  if (RE2::FullMatch(what, R"((\S+): At Most (\d+) required but received (\d+))", &name, &n, &got)) {
    return Named(name) + " nhận nhiều nhất " + std::to_string(n) + " giá trị, nhận được " + got;
  }
  if (RE2::FullMatch(what, R"((\S+) was given a disallowed flag override)", &name)) {
    return Named(name) + " là cờ bật/tắt, không nhận giá trị";
  }
  return "";
}

std::string DescribeConversion(const std::string& what, const CLI::App& root) {
  std::string name, value;
  if (RE2::FullMatch(what, R"(Could not convert: (\S+) = (.*))", &name, &value)) {
    return "giá trị " + Quoted(value) + " của " + Named(name) + " " + ExpectedNumber(root, name);
  }
  if (RE2::FullMatch(what, R"(The value (.*) is not an allowed value for (\S+))", &value, &name)) {
    return "giá trị " + Quoted(value) + " không được phép cho " + Named(name);
  }
  if (RE2::FullMatch(what, R"((\S+): too many inputs for a flag)", &name)) {
    return Named(name) + " là cờ bật/tắt, không nhận giá trị";
  }
  if (RE2::FullMatch(what, R"((\S+): Should be true/false or a number)", &name)) {
    return Named(name) + " chỉ nhận true/false hoặc một số";
  }
  return "";
}

}  // namespace

std::string CommandPath(const CLI::App& root) {
  std::string path = root.get_name();
  for (const CLI::App* app = &root; !app->get_subcommands().empty();) {
    app = app->get_subcommands().front();
    path += " " + app->get_name();
  }
  return path;
}

std::string DescribeParseError(const CLI::ParseError& e, const CLI::App& root) {
  const std::string what = e.what();
  std::string name, rest, out;
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
    out = DescribeExtras(root);
  } else if (dynamic_cast<const CLI::RequiredError*>(&e)) {
    out = DescribeRequired(what, root);
  } else if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) {
    out = DescribeMismatch(what);
  } else if (dynamic_cast<const CLI::ConversionError*>(&e)) {
    out = DescribeConversion(what, root);
  } else if (dynamic_cast<const CLI::ValidationError*>(&e)) {
    // Our validators (cli/choices.h) already speak Vietnamese.
    if (RE2::FullMatch(what, R"((\S+): (.*))", &name, &rest)) out = Named(name) + ": " + rest;
  } else if (dynamic_cast<const CLI::RequiresError*>(&e)) {
    if (RE2::FullMatch(what, R"((\S+) requires (\S+))", &name, &rest)) out = Named(name) + " cần dùng kèm " + rest;
  } else if (dynamic_cast<const CLI::ExcludesError*>(&e)) {
    if (RE2::FullMatch(what, R"((\S+) excludes (\S+))", &name, &rest)) {
      out = Named(name) + " không dùng cùng " + rest + " được";
    }
  }
  return out.empty() ? "dòng lệnh không hợp lệ (" + what + ")" : out;
}

}  // namespace kehoach::cli
