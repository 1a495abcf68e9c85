#include "pipeline/task_auditor.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <string_view>
#include <unordered_map>

#include "nlp/tokenizer.h"
#include "nlp/vietnamese_text.h"

namespace kehoach::pipeline {

namespace {

// One comparable piece of text: a whole task or one of its clauses.
struct Unit {
  size_t task;                   // index into the flat task list
  std::string text;              // original text of the unit
  std::vector<uint64_t> bigrams; // sorted, unique hashes of folded word bigrams
};

uint64_t HashPair(const std::string& a, const std::string& b) {
  std::hash<std::string> h;
  return h(a) * 1000003u ^ h(b);
}

std::vector<uint64_t> Bigrams(const std::vector<std::string>& words) {
  std::vector<uint64_t> out;
  for (size_t i = 0; i + 1 < words.size(); ++i) out.push_back(HashPair(words[i], words[i + 1]));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string> FoldedWords(std::string_view text) {
  std::vector<std::string> words;
  for (const nlp::Token& t : nlp::Tokenize(text))
    if (t.type != nlp::TokenType::kPunct) words.push_back(nlp::Fold(t.text));
  return words;
}

std::vector<std::string> Clauses(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == ';' || text[i] == '\n' ||
        (text[i] == '.' && (i + 1 == text.size() || text[i + 1] == ' '))) {
      if (i > start) out.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

double Dice(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t i = 0, j = 0, shared = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else { ++shared; ++i; ++j; }
  }
  return 2.0 * shared / (a.size() + b.size());
}

std::set<std::string> FoldedSet(const std::vector<std::string>& names) {
  std::set<std::string> out;
  for (const std::string& n : names) out.insert(nlp::Fold(n));
  return out;
}

bool HasDueDate(const Deadline& d) {
  return (d.kind == DeadlineKind::kDate || d.kind == DeadlineKind::kRange) && !d.end.empty() && !d.inherited;
}

struct UnionFind {
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  size_t Find(size_t x) { return parent[x] == x ? x : parent[x] = Find(parent[x]); }
  void Join(size_t a, size_t b) { parent[Find(a)] = Find(b); }
  std::vector<size_t> parent;
};

}  // namespace

std::vector<DuplicateGroup> FindDuplicateTasks(const std::vector<AuditedPlan>& plans, const AuditOptions& options) {
  std::vector<DuplicateCopy> flat;
  for (const AuditedPlan& p : plans)
    for (const Task& t : p.tasks) flat.push_back({t.id, p.plan_id, p.label, t});

  std::vector<Unit> units;
  for (size_t i = 0; i < flat.size(); ++i) {
    const std::string& text = flat[i].task.text;
    std::vector<std::string> words = FoldedWords(text);
    if (static_cast<int>(words.size()) >= options.min_clause_words) units.push_back({i, text, Bigrams(words)});
    std::vector<std::string> clauses = Clauses(text);
    if (clauses.size() < 2) continue;
    for (const std::string& c : clauses) {
      std::vector<std::string> cw = FoldedWords(c);
      if (static_cast<int>(cw.size()) >= options.min_clause_words) units.push_back({i, c, Bigrams(cw)});
    }
  }

  // Candidate pairs share at least two bigrams that are not too common.
  std::unordered_map<uint64_t, std::vector<size_t>> postings;
  for (size_t u = 0; u < units.size(); ++u)
    for (uint64_t b : units[u].bigrams) postings[b].push_back(u);
  const size_t max_posting = std::max<size_t>(64, units.size() / 20);
  std::unordered_map<uint64_t, int> shared;  // (u << 32 | v) -> count
  for (const auto& [bigram, list] : postings) {
    if (list.size() < 2 || list.size() > max_posting) continue;
    for (size_t x = 0; x < list.size(); ++x)
      for (size_t y = x + 1; y < list.size(); ++y) {
        size_t u = list[x], v = list[y];
        if (units[u].task == units[v].task) continue;
        ++shared[(static_cast<uint64_t>(u) << 32) | v];
      }
  }

  struct Match { double similarity = 0; std::string text; };
  std::map<std::pair<size_t, size_t>, Match> best;  // task pair -> best unit match
  for (const auto& [key, count] : shared) {
    if (count < 2) continue;
    const Unit& a = units[key >> 32];
    const Unit& b = units[key & 0xffffffffu];
    double s = Dice(a.bigrams, b.bigrams);
    if (s < options.min_similarity) continue;
    auto pair = std::minmax(a.task, b.task);
    Match& m = best[{pair.first, pair.second}];
    if (s > m.similarity) m = {s, a.task == pair.first ? a.text : b.text};
  }

  UnionFind groups(flat.size());
  for (const auto& [pair, match] : best) groups.Join(pair.first, pair.second);
  std::map<size_t, DuplicateGroup> by_root;
  std::map<size_t, std::vector<size_t>> members;
  for (const auto& [pair, match] : best) {
    DuplicateGroup& g = by_root[groups.Find(pair.first)];
    if (match.similarity > g.similarity) {
      g.similarity = match.similarity;
      g.shared_text = match.text;
    }
  }
  for (size_t i = 0; i < flat.size(); ++i)
    if (by_root.count(groups.Find(i))) members[groups.Find(i)].push_back(i);

  std::vector<DuplicateGroup> out;
  for (auto& [root, g] : by_root) {
    std::set<std::string> plan_ids;
    std::vector<std::set<std::string>> leads;
    std::set<std::string> due;
    for (size_t i : members[root]) {
      g.copies.push_back(flat[i]);
      plan_ids.insert(flat[i].plan_id);
      if (!flat[i].task.lead.empty()) leads.push_back(FoldedSet(flat[i].task.lead));
      if (HasDueDate(flat[i].task.deadline)) due.insert(flat[i].task.deadline.end);
    }
    g.across_plans = plan_ids.size() > 1;
    if (options.across_plans_only && !g.across_plans) continue;
    for (size_t i = 1; i < leads.size(); ++i) g.lead_conflict = g.lead_conflict || leads[i] != leads[0];
    g.deadline_conflict = due.size() > 1;
    out.push_back(std::move(g));
  }
  std::stable_sort(out.begin(), out.end(), [](const DuplicateGroup& a, const DuplicateGroup& b) {
    int ca = a.lead_conflict + a.deadline_conflict, cb = b.lead_conflict + b.deadline_conflict;
    if (ca != cb) return ca > cb;
    return a.similarity > b.similarity;
  });
  return out;
}

}  // namespace kehoach::pipeline
