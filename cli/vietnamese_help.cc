#include "cli/vietnamese_help.h"

#include <algorithm>
#include <memory>
#include <sstream>
#include <string>
#include <utility>

#include "nlp/vietnamese_text.h"
#include "pipeline/table_writer.h"

namespace kehoach::cli {
namespace {

constexpr char kOptionsGroup[] = "Tùy chọn";
constexpr char kCommandsGroup[] = "Lệnh";
constexpr char kHelpFlag[] = "Hiện hướng dẫn này rồi thoát";

// CLI11's label keys (see CLI/Formatter.hpp) and the type names it prints
// for values (CLI/TypeTools.hpp), in Vietnamese.
constexpr std::pair<const char*, const char*> kLabels[] = {
    {"Usage", "Cách dùng"},
    {"OPTIONS", "TÙY_CHỌN"},
    {"SUBCOMMAND", "LỆNH"},
    {"SUBCOMMANDS", "LỆNH..."},
    {"Positionals", "Tham số"},
    {"REQUIRED", "(bắt buộc)"},
    {"Needs", "Cần có"},
    {"Excludes", "Không dùng cùng"},
    {"Env", "Biến môi trường"},
    {"TEXT", "CHUỖI"},
    {"INT", "SỐ"},
    {"UINT", "SỐ"},
    {"FLOAT", "SỐ"},
    {"NUMBER", "SỐ"},
    {"BOOLEAN", "ĐÚNG_SAI"},
};

// Appends the words of `text` to `out`, whose last line is `x` columns wide,
// starting lines after the first at column `indent` and breaking them before
// `width` columns (a word longer than that stands alone on its line).
void AppendWrapped(std::string* out, const std::string& text, int x, int indent, int width) {
  std::istringstream words(text);
  std::string word;
  for (bool first = true; words >> word; first = false) {
    const int w = nlp::DisplayWidth(word);
    if (!first && x + 1 + w > width) {
      *out += "\n" + std::string(indent, ' ');
      x = indent;
    } else if (!first) {
      *out += ' ';
      ++x;
    }
    *out += word;
    x += w;
  }
}

// CLI11's formatter pads the name column with std::setw, which counts bytes:
// a name with Vietnamese letters ("--owner ĐƠN_VỊ") came out short. This one
// pads by display width and wraps descriptions at the output width.
class VietnameseFormatter : public CLI::Formatter {
 public:
  std::string make_option(const CLI::Option* opt, bool is_positional) const override {
    return Row(make_option_name(opt, is_positional) + make_option_opts(opt), make_option_desc(opt));
  }
  std::string make_subcommand(const CLI::App* sub) const override {
    return Row(sub->get_display_name(true), sub->get_description());
  }
  // The command's description (kehoach declares no option-count rules, whose
  // notes CLI11 would add here in English).
  std::string make_description(const CLI::App* app) const override {
    std::string out;
    AppendWrapped(&out, app->get_description(), 0, 0, Width());
    return out.empty() ? out : out + "\n";
  }

 private:
  int Width() const { return std::max(static_cast<int>(column_width_) + 30, pipeline::OutputWidth()); }

  std::string Row(const std::string& name, const std::string& description) const {
    const int column = static_cast<int>(column_width_);
    std::string out = "  " + name;
    int x = 2 + nlp::DisplayWidth(name);
    if (!description.empty()) {
      if (x >= column) {
        out += "\n";
        x = 0;
      }
      out += std::string(column - x, ' ');
      AppendWrapped(&out, description, column, column, Width());
    }
    return out + "\n";
  }
};

void Localize(CLI::App* app, const std::shared_ptr<CLI::Formatter>& formatter, bool is_root) {
  // Subcommands copied the formatter pointer their parent had when added.
  app->formatter(formatter);
  if (!is_root) app->group(kCommandsGroup);
  if (CLI::Option* help = app->get_help_ptr()) help->description(kHelpFlag);
  for (CLI::Option* opt : app->get_options()) {
    // Every option, the help flags CLI11 adds included, carries CLI11's
    // default group (option_defaults() is left as it is).
    if (opt->get_group() == "Options") opt->group(kOptionsGroup);
    // A positional's own name ("TỆP", "MÃ_NHIỆM_VỤ") already says what it
    // holds; CLI11 would add its type ("TỆP TEXT").
    if (opt->get_positional()) opt->type_name("");
  }
  for (CLI::App* sub : app->get_subcommands([](CLI::App*) { return true; })) Localize(sub, formatter, false);
}

}  // namespace

void UseVietnameseHelp(CLI::App* root) {
  auto formatter = std::make_shared<VietnameseFormatter>();
  for (const auto& [key, value] : kLabels) formatter->label(key, value);
  Localize(root, formatter, true);
}

}  // namespace kehoach::cli
