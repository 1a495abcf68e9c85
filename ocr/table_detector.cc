#include "ocr/table_detector.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <numeric>

#include "ocr/page_image.h"

namespace kehoach::ocr {

namespace {

struct Segment {
  int pos;         // y of a horizontal rule, x of a vertical one (centre)
  int from, to;    // extent along the rule
};

// Rules of one orientation: connected components of the opened image.
std::vector<Segment> Segments(Pix* lines, bool horizontal) {
  std::vector<Segment> out;
  Boxa* boxa = pixConnCompBB(lines, 8);
  if (boxa == nullptr) return out;
  for (int i = 0; i < boxaGetCount(boxa); ++i) {
    l_int32 x, y, w, h;
    boxaGetBoxGeometry(boxa, i, &x, &y, &w, &h);
    if (horizontal) out.push_back({y + h / 2, x, x + w});
    else out.push_back({x + w / 2, y, y + h});
  }
  boxaDestroy(&boxa);
  return out;
}

// Horizontal and vertical rule candidates of a page: ink (below `threshold`
// in gray) closed over gaps of dpi/100 px, then opened with runs of at least
// h_len (horizontal) and v_len (vertical) px. False when Leptonica fails.
bool RuleMasks(Pix* image, int dpi, int threshold, int h_len, int v_len, PixPtr* hlines, PixPtr* vlines) {
  PixPtr bin(pixGetDepth(image) == 1 ? pixClone(image) : pixConvertTo1(image, threshold));
  if (!bin) return false;
  const int gap = std::max(2, dpi / 100);
  PixPtr hclosed(pixCloseBrick(nullptr, bin.get(), gap, 1));
  hlines->reset(pixOpenBrick(nullptr, hclosed.get(), std::max(2, h_len), 1));
  PixPtr vclosed(pixCloseBrick(nullptr, bin.get(), 1, gap));
  vlines->reset(pixOpenBrick(nullptr, vclosed.get(), 1, std::max(2, v_len)));
  return *hlines && *vlines;
}

// Clusters rule positions closer than `tol` into boundaries.
std::vector<int> Boundaries(std::vector<Segment> segs, int tol) {
  std::sort(segs.begin(), segs.end(), [](const Segment& a, const Segment& b) { return a.pos < b.pos; });
  std::vector<int> out;
  int sum = 0, n = 0, last = -1000000;
  for (const Segment& s : segs) {
    if (n > 0 && s.pos - last > tol) {
      out.push_back(sum / n);
      sum = n = 0;
    }
    sum += s.pos;
    ++n;
    last = s.pos;
  }
  if (n > 0) out.push_back(sum / n);
  return out;
}

// Share of [from, to) covered by rules lying within `tol` of `pos`.
double Coverage(const std::vector<Segment>& segs, int pos, int from, int to, int tol) {
  if (to <= from) return 1;
  std::vector<std::pair<int, int>> parts;
  for (const Segment& s : segs) {
    if (std::abs(s.pos - pos) <= tol && s.to > from && s.from < to) {
      parts.push_back({std::max(s.from, from), std::min(s.to, to)});
    }
  }
  std::sort(parts.begin(), parts.end());
  int covered = 0, end = from;
  for (auto [a, b] : parts) {
    a = std::max(a, end);
    if (b > a) {
      covered += b - a;
      end = b;
    }
  }
  return static_cast<double>(covered) / (to - from);
}

int Find(std::vector<int>& parent, int i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

Table BuildTable(const Box& box, const std::vector<Segment>& hs, const std::vector<Segment>& vs,
                 int tol) {
  Table t;
  t.box = box;
  std::vector<int> ys = Boundaries(hs, tol), xs = Boundaries(vs, tol);
  if (ys.size() < 2 || xs.size() < 2) return t;
  const int rows = static_cast<int>(ys.size()) - 1, cols = static_cast<int>(xs.size()) - 1;
  // Edges are cut with a margin so that crossing rules do not count.
  const int m = tol;
  std::vector<int> parent(rows * cols);
  std::iota(parent.begin(), parent.end(), 0);
  auto unite = [&](int a, int b) { parent[Find(parent, a)] = Find(parent, b); };
  for (int r = 0; r < rows; ++r) {
    for (int c = 0; c < cols; ++c) {
      if (c + 1 < cols && Coverage(vs, xs[c + 1], ys[r] + m, ys[r + 1] - m, tol) < 0.6) {
        unite(r * cols + c, r * cols + c + 1);
      }
      if (r + 1 < rows && Coverage(hs, ys[r + 1], xs[c] + m, xs[c + 1] - m, tol) < 0.6) {
        unite(r * cols + c, (r + 1) * cols + c);
      }
    }
  }
  std::vector<int> cell_of(rows * cols, -1);
  for (int r = 0; r < rows; ++r) {
    for (int c = 0; c < cols; ++c) {
      int root = Find(parent, r * cols + c);
      if (cell_of[root] < 0) {
        cell_of[root] = static_cast<int>(t.cells.size());
        TableCell cell;
        cell.row = r;
        cell.col = c;
        t.cells.push_back(cell);
      }
      TableCell& cell = t.cells[cell_of[root]];
      cell.row_span = std::max(cell.row_span, r - cell.row + 1);
      cell.col_span = std::max(cell.col_span, c - cell.col + 1);
    }
  }
  for (TableCell& cell : t.cells) {
    cell.box = Box{xs[cell.col], ys[cell.row], xs[cell.col + cell.col_span],
                   ys[cell.row + cell.row_span]};
  }
  t.rows = rows;
  t.cols = cols;
  return t;
}

}  // namespace

Box CellInterior(const TableCell& cell, int dpi) {
  const int m = std::max(3, dpi / 40);
  Box b = cell.box;
  return Box{b.x0 + m, b.y0 + m, std::max(b.x0 + m + 1, b.x1 - m), std::max(b.y0 + m + 1, b.y1 - m)};
}

std::vector<Table> DetectTables(Pix* image, int dpi) {
  std::vector<Table> tables;
  if (image == nullptr) return tables;
  if (dpi <= 0) dpi = 300;
  const int tol = std::max(4, dpi / 30);
  PixPtr hlines, vlines;
  if (!RuleMasks(image, dpi, 160, dpi / 2, dpi / 4, &hlines, &vlines)) return tables;
  PixPtr grid(pixOr(nullptr, hlines.get(), vlines.get()));
  std::vector<Segment> all_h = Segments(hlines.get(), true);
  std::vector<Segment> all_v = Segments(vlines.get(), false);
  Boxa* groups = pixConnCompBB(grid.get(), 8);
  if (groups == nullptr) return tables;
  for (int i = 0; i < boxaGetCount(groups); ++i) {
    l_int32 x, y, w, h;
    boxaGetBoxGeometry(groups, i, &x, &y, &w, &h);
    if (w < dpi || h < dpi / 3) continue;
    std::vector<Segment> hs, vs;
    for (const Segment& s : all_h) {
      if (s.pos >= y && s.pos < y + h && s.from >= x - tol && s.to <= x + w + tol) hs.push_back(s);
    }
    for (const Segment& s : all_v) {
      if (s.pos >= x && s.pos < x + w && s.from >= y - tol && s.to <= y + h + tol) vs.push_back(s);
    }
    // A rule ends on (or crosses) rules of the other direction; ink runs
    // inside a cell (a long word at low dpi, an underline) do not.
    auto anchored = [&](std::vector<Segment>& segs, const std::vector<int>& across) {
      std::erase_if(segs, [&](const Segment& s) {
        for (int a : across) {
          if (s.from - 2 * tol <= a && a <= s.to + 2 * tol &&
              (std::abs(s.from - a) <= 2 * tol || std::abs(s.to - a) <= 2 * tol)) {
            return false;
          }
        }
        return true;
      });
    };
    const std::vector<int> xs0 = Boundaries(vs, tol), ys0 = Boundaries(hs, tol);
    anchored(hs, xs0);
    anchored(vs, ys0);
    Table t = BuildTable(Box{x, y, x + w, y + h}, hs, vs, tol);
    if (t.rows >= 1 && t.cols >= 2) tables.push_back(std::move(t));  // rows >= 1: two horizontal boundaries
  }
  boxaDestroy(&groups);
  std::sort(tables.begin(), tables.end(), [](const Table& a, const Table& b) { return a.box.y0 < b.box.y0; });
  return tables;
}

bool MayHoldRuledTable(Pix* image, int dpi) {
  if (image == nullptr) return false;
  if (dpi <= 0) dpi = 72;
  // Lenient on every count: faint ink (a thin rule at low resolution) is ink,
  // rules may be 4/5 of DetectTables' lengths, and a table 4/5 of its size.
  PixPtr hlines, vlines;
  if (!RuleMasks(image, dpi, 224, dpi * 2 / 5, dpi / 5, &hlines, &vlines)) return true;  // cannot tell
  PixPtr grid(pixOr(nullptr, hlines.get(), vlines.get()));
  Boxa* groups = grid ? pixConnCompBB(grid.get(), 8) : nullptr;
  if (groups == nullptr) return true;
  bool found = false;
  for (int i = 0; i < boxaGetCount(groups) && !found; ++i) {
    l_int32 x, y, w, h;
    boxaGetBoxGeometry(groups, i, &x, &y, &w, &h);
    found = w >= dpi * 4 / 5 && h >= dpi / 4;
  }
  boxaDestroy(&groups);
  return found;
}

}  // namespace kehoach::ocr
