#include "nlp/restore/token_aligner.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "nlp/restore/error_model.h"
#include "nlp/syllable.h"
#include "nlp/tokenizer.h"
#include "nlp/vietnamese_text.h"

namespace kehoach::nlp::restore {
namespace {

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text)) {
    if (t.type != TokenType::kNumber && t.type != TokenType::kWord) continue;
    out.emplace_back(t.text);
  }
  return out;
}

int EditDistance(const std::string& a, const std::string& b) {
  std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

double LinkCost(const std::string& ref_key, const std::string& hyp_key) {
  if (ref_key == hyp_key) return 0;
  double d = EditDistance(ref_key, hyp_key);
  return std::min(1.5, d / std::max<size_t>(ref_key.size(), 1));
}

}  // namespace

std::vector<AlignedSpan> AlignTokens(std::string_view reference, std::string_view hypothesis) {
  std::vector<std::string> ref = Words(reference), hyp = Words(hypothesis);
  std::vector<std::string> rk(ref.size()), hk(hyp.size());
  for (size_t i = 0; i < ref.size(); ++i) rk[i] = GuessKey(ToLower(ref[i]));
  for (size_t j = 0; j < hyp.size(); ++j) hk[j] = GuessKey(ToLower(hyp[j]));
  const size_t n = ref.size(), m = hyp.size();
  const long band = std::min(400L, 60 + static_cast<long>(std::labs(static_cast<long>(n) - static_cast<long>(m))));
  const double inf = std::numeric_limits<double>::infinity();
  // cost[i][j] over the band: store full rows as maps of width 2*band+1.
  const long width = 2 * band + 1;
  std::vector<double> cost((n + 1) * width, inf);
  std::vector<unsigned char> move((n + 1) * width, 0);
  auto center = [&](size_t i) { return n ? static_cast<long>(i * m / n) : 0; };
  auto cell = [&](size_t i, long j) -> long {
    long off = j - center(i) + band;
    if (j < 0 || j > static_cast<long>(m) || off < 0 || off >= width) return -1;
    return static_cast<long>(i) * width + off;
  };
  cost[cell(0, 0)] = 0;
  for (size_t i = 0; i <= n; ++i) {
    for (long j = std::max(0L, center(i) - band); j <= std::min(static_cast<long>(m), center(i) + band); ++j) {
      long c = cell(i, j);
      if (c < 0 || (i == 0 && j == 0)) continue;
      double best = inf;
      unsigned char mv = 0;
      auto consider = [&](size_t pi, long pj, double add, unsigned char code) {
        long p = cell(pi, pj);
        if (p >= 0 && cost[p] + add < best) best = cost[p] + add, mv = code;
      };
      if (i >= 1 && j >= 1) consider(i - 1, j - 1, LinkCost(rk[i - 1], hk[j - 1]), 1);
      if (i >= 1) consider(i - 1, j, 1.0, 2);  // reference word missing
      if (j >= 1) consider(i, j - 1, 1.0, 3);  // extra hypothesis word
      if (i >= 1 && j >= 2) consider(i - 1, j - 2, LinkCost(rk[i - 1], hk[j - 2] + hk[j - 1]) + 0.1, 4);
      if (i >= 2 && j >= 1) consider(i - 2, j - 1, LinkCost(rk[i - 2] + rk[i - 1], hk[j - 1]) + 0.1, 5);
      cost[c] = best;
      move[c] = mv;
    }
  }
  std::vector<AlignedSpan> out;
  size_t i = n;
  long j = static_cast<long>(m);
  if (cell(i, j) < 0 || std::isinf(cost[cell(i, j)])) {
    // Out of band (texts too different): everything unmatched.
    for (auto& r : ref) out.push_back({{r}, {}, 1.0});
    return out;
  }
  while (i > 0 || j > 0) {
    long c = cell(i, j);
    unsigned char mv = move[c];
    AlignedSpan s;
    double before = 0;
    switch (mv) {
      case 1: s.ref = {ref[i - 1]}; s.hyp = {hyp[j - 1]}; before = cost[cell(i - 1, j - 1)]; --i; --j; break;
      case 2: s.ref = {ref[i - 1]}; before = cost[cell(i - 1, j)]; --i; break;
      case 3: s.hyp = {hyp[j - 1]}; before = cost[cell(i, j - 1)]; --j; break;
      case 4: s.ref = {ref[i - 1]}; s.hyp = {hyp[j - 2], hyp[j - 1]}; before = cost[cell(i - 1, j - 2)]; --i; j -= 2; break;
      case 5: s.ref = {ref[i - 2], ref[i - 1]}; s.hyp = {hyp[j - 1]}; before = cost[cell(i - 2, j - 1)]; i -= 2; --j; break;
      default: return out;  // unreachable
    }
    s.cost = cost[c] - before;
    out.push_back(std::move(s));
  }
  std::reverse(out.begin(), out.end());
  return out;
}

AccuracyCount WordAccuracy(std::string_view reference, std::string_view hypothesis) {
  AccuracyCount acc;
  for (const AlignedSpan& s : AlignTokens(reference, hypothesis)) {
    for (size_t k = 0; k < s.ref.size(); ++k) {
      bool number = s.ref[k].find_first_not_of("0123456789.,") == std::string::npos;
      if (number) continue;
      ++acc.reference_words;
      if (s.ref.size() == 1 && s.hyp.size() == 1 &&
          NormalizeTonePlacement(Nfc(s.ref[0])) == NormalizeTonePlacement(Nfc(s.hyp[0]))) {
        ++acc.correct;
      }
    }
  }
  return acc;
}

}  // namespace kehoach::nlp::restore
