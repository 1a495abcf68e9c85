#include "pipeline/audit_report.h"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "pipeline/query.h"
#include "pipeline/table_writer.h"
#include "pipeline/task_text.h"

namespace kehoach::pipeline {

namespace {

std::string Flags(const DuplicateGroup& g) {
  std::string out;
  if (g.lead_conflict) out += "chủ trì khác nhau";
  if (g.deadline_conflict) out += std::string(out.empty() ? "" : ", ") + "thời hạn khác nhau";
  return out;
}

nlohmann::json GroupJson(const DuplicateGroup& g, size_t number) {
  nlohmann::json copies = nlohmann::json::array();
  for (const DuplicateCopy& c : g.copies) {
    copies.push_back({{"task_id", c.task_id},
                      {"plan_id", c.plan_id},
                      {"plan", c.plan_label},
                      {"section", c.task.section},
                      {"text", c.task.text},
                      {"lead", c.task.lead},
                      {"support", c.task.support},
                      {"deadline_end", c.task.deadline.end.empty() ? nlohmann::json() : nlohmann::json(c.task.deadline.end)}});
  }
  return {{"group", number},          {"similarity", g.similarity},
          {"across_plans", g.across_plans}, {"lead_conflict", g.lead_conflict},
          {"deadline_conflict", g.deadline_conflict}, {"shared_text", g.shared_text},
          {"copies", copies}};
}

}  // namespace

Status WriteDuplicateGroups(const std::vector<DuplicateGroup>& groups, Format format, std::ostream& out, int width) {
  if (format == Format::kJson || format == Format::kNdjson) {
    nlohmann::json all = nlohmann::json::array();
    for (size_t i = 0; i < groups.size(); ++i) {
      nlohmann::json g = GroupJson(groups[i], i + 1);
      if (format == Format::kNdjson) out << g.dump() << "\n";
      else all.push_back(std::move(g));
    }
    if (format == Format::kJson) out << all.dump(2) << "\n";
    return Status::OK();
  }
  if (format != Format::kTable) return Status::InvalidArgument("audit chỉ in dạng table, json hoặc ndjson");
  TableWriter table;
  table.AddColumn("Nhóm", false, 4, true);
  table.AddColumn("Giống", false, 5, true);
  table.AddColumn("Cảnh báo", false, 8);
  table.AddColumn("Kế hoạch", false, 8);
  table.AddColumn("Mục", false, 6);
  table.AddColumn("Nhiệm vụ", true, 20);
  table.AddColumn("Chủ trì", true, 12);
  table.AddColumn("Thời hạn", false, 10);
  for (size_t i = 0; i < groups.size(); ++i) {
    const DuplicateGroup& g = groups[i];
    char sim[16];
    std::snprintf(sim, sizeof sim, "%.0f%%", g.similarity * 100);
    for (size_t c = 0; c < g.copies.size(); ++c) {
      const DuplicateCopy& copy = g.copies[c];
      table.AddRow({c == 0 ? std::to_string(i + 1) : "", c == 0 ? sim : "", c == 0 ? Flags(g) : "",
                    copy.plan_label, copy.task.section, copy.task.text, JoinNames(copy.task.lead),
                    UserDate(copy.task.deadline.end)});
    }
  }
  table.Write(out, width > 0 ? width : OutputWidth());
  return Status::OK();
}

}  // namespace kehoach::pipeline
