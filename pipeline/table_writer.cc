#include "pipeline/table_writer.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <numeric>

#include "nlp/vietnamese_text.h"

namespace kehoach::pipeline {

namespace {

size_t NextCodePoint(std::string_view s, size_t i) {
  ++i;
  while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  return i;
}

std::string OneLine(std::string_view text) {
  std::string out(text);
  std::replace(out.begin(), out.end(), '\n', ' ');
  std::replace(out.begin(), out.end(), '\t', ' ');
  return out;
}

}  // namespace

std::string FitToWidth(std::string_view text, int width) {
  std::string line = OneLine(text);
  if (nlp::DisplayWidth(line) <= width) return line;
  if (width <= 0) return "";
  std::string out;
  int used = 0;
  for (size_t i = 0; i < line.size();) {
    size_t j = NextCodePoint(line, i);
    int w = nlp::DisplayWidth(std::string_view(line).substr(i, j - i));
    if (used + w > width - 1) break;  // keep one column for the ellipsis
    out.append(line, i, j - i);
    used += w;
    i = j;
  }
  return out + "…";
}

int OutputWidth() {
  winsize ws{};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  if (const char* columns = std::getenv("COLUMNS")) {
    int c = std::atoi(columns);
    if (c > 0) return c;
  }
  return 160;
}

void TableWriter::AddColumn(std::string header, bool flexible, int min, bool right_align) {
  columns_.push_back({std::move(header), flexible, min, right_align});
}

void TableWriter::AddRow(std::vector<std::string> cells) {
  cells.resize(columns_.size());
  for (std::string& c : cells) c = OneLine(c);
  rows_.push_back(std::move(cells));
}

void TableWriter::Write(std::ostream& out, int width) const {
  const size_t n = columns_.size();
  std::vector<int> w(n);
  for (size_t c = 0; c < n; ++c) {
    w[c] = nlp::DisplayWidth(columns_[c].header);
    for (const auto& row : rows_) w[c] = std::max(w[c], nlp::DisplayWidth(row[c]));
  }
  const int gaps = 2 * static_cast<int>(n ? n - 1 : 0);
  if (width > 0) {
    // Shrink the widest flexible column, one column at a time, until it fits.
    int total = std::accumulate(w.begin(), w.end(), 0) + gaps;
    while (total > width) {
      int widest = -1;
      for (size_t c = 0; c < n; ++c) {
        if (columns_[c].flexible && w[c] > columns_[c].min && (widest < 0 || w[c] > w[widest])) widest = c;
      }
      if (widest < 0) break;
      --w[widest];
      --total;
    }
  }
  auto emit = [&](const std::vector<std::string>& cells) {
    std::string line;
    for (size_t c = 0; c < n; ++c) {
      std::string cell = FitToWidth(cells[c], w[c]);
      std::string pad(w[c] - nlp::DisplayWidth(cell), ' ');
      if (c) line += "  ";
      line += columns_[c].right ? pad + cell : (c + 1 < n ? cell + pad : cell);
    }
    out << line << "\n";
  };
  std::vector<std::string> header;
  std::vector<std::string> rule;
  for (size_t c = 0; c < n; ++c) {
    header.push_back(columns_[c].header);
    rule.push_back(std::string(w[c], '-'));
  }
  emit(header);
  emit(rule);
  for (const auto& row : rows_) emit(row);
}

}  // namespace kehoach::pipeline
