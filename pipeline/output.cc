#include "pipeline/output.h"

#include <cstdio>

#include "pipeline/export_csv.h"
#include "pipeline/export_ical.h"
#include "pipeline/export_json.h"
#include "pipeline/query.h"
#include "pipeline/table_writer.h"
#include "pipeline/task_text.h"

namespace kehoach::pipeline {

namespace {

using json = nlohmann::ordered_json;

std::string ShortId(const std::string& id) { return id.substr(0, 8); }

int Width(const OutputOptions& o) { return o.width > 0 ? o.width : OutputWidth(); }
std::string AsOf(const OutputOptions& o) { return o.as_of.empty() ? TodayIso() : o.as_of; }

// JSON array or ndjson, one object at a time.
class JsonLines {
 public:
  JsonLines(std::ostream& out, bool array) : out_(out), array_(array) {}
  void Add(const json& j) {
    if (array_) {
      out_ << (first_ ? "[\n" : ",\n") << j.dump(2, ' ', false, json::error_handler_t::replace);
    } else {
      out_ << j.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
    }
    first_ = false;
  }
  void Finish() {
    if (array_) out_ << (first_ ? "[]\n" : "\n]\n");
  }

 private:
  std::ostream& out_;
  bool array_;
  bool first_ = true;
};

class JsonTaskSink : public TaskSink {
 public:
  JsonTaskSink(std::ostream& out, bool array) : lines_(out, array) {}
  void Add(const store::TaskRecord& r) override { lines_.Add(TaskJson(r)); }
  void Finish() override { lines_.Finish(); }

 private:
  JsonLines lines_;
};

class CsvTaskSink : public TaskSink {
 public:
  CsvTaskSink(std::ostream& out, std::string as_of) : csv_(out, TaskCsvHeader()), as_of_(std::move(as_of)) {}
  void Add(const store::TaskRecord& r) override { csv_.Row(TaskCsvRow(r, ++stt_, as_of_)); }
  void Finish() override {}

 private:
  CsvWriter csv_;
  std::string as_of_;
  int stt_ = 0;
};

class IcalTaskSink : public TaskSink {
 public:
  explicit IcalTaskSink(std::ostream& out) : cal_(out, IcalNow()) {}
  void Add(const store::TaskRecord& r) override { cal_.Add(r); }
  void Finish() override { cal_.Finish(); }

 private:
  CalendarWriter cal_;
};

class TableTaskSink : public TaskSink {
 public:
  TableTaskSink(std::ostream& out, int width) : out_(out), width_(width) {
    table_.AddColumn("Mã", false);
    table_.AddColumn("Mục", true, 7);
    table_.AddColumn("Nhiệm vụ", true, 24);
    table_.AddColumn("Chủ trì", true, 12);
    table_.AddColumn("Thời hạn", true, 10);
  }
  void Add(const store::TaskRecord& r) override {
    const Task& t = r.task;
    std::string text = r.highlight.empty() ? t.text : r.highlight;
    if (r.state != "active") text = "(" + TaskStateLabel(r.state) + ") " + text;
    std::string due = DeadlineText(t.deadline);
    if (t.deadline.inherited && !due.empty()) due += " *";
    table_.AddRow({t.id, t.section, text, JoinNames(t.lead), due});
  }
  void Finish() override {
    table_.Write(out_, width_);
    out_ << table_.rows() << " nhiệm vụ (* thời hạn kế thừa từ kế hoạch)\n";
  }

 private:
  std::ostream& out_;
  int width_;
  TableWriter table_;
};

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

std::string Percent(double share) { return share > 0 ? std::to_string(static_cast<int>(share * 100 + 0.5)) + "%" : ""; }

}  // namespace

Result<Format> ParseFormat(const std::string& name) {
  if (name == "table") return Format::kTable;
  if (name == "json") return Format::kJson;
  if (name == "ndjson") return Format::kNdjson;
  if (name == "csv") return Format::kCsv;
  if (name == "ical" || name == "ics") return Format::kIcal;
  return Status::InvalidArgument("không có định dạng «" + name + "» (table, json, ndjson, csv, ical)");
}

std::unique_ptr<TaskSink> MakeTaskSink(Format format, std::ostream& out, const OutputOptions& options) {
  switch (format) {
    case Format::kTable: return std::make_unique<TableTaskSink>(out, Width(options));
    case Format::kJson: return std::make_unique<JsonTaskSink>(out, true);
    case Format::kNdjson: return std::make_unique<JsonTaskSink>(out, false);
    case Format::kCsv: return std::make_unique<CsvTaskSink>(out, AsOf(options));
    case Format::kIcal: return std::make_unique<IcalTaskSink>(out);
  }
  return nullptr;
}

Result<int64_t> StreamTasks(store::Store* store, const store::TaskFilter& filter, Format format, std::ostream& out,
                            const OutputOptions& options) {
  std::unique_ptr<TaskSink> sink = MakeTaskSink(format, out, options);
  int64_t n = 0;
  Status s = store->ForEachTask(filter, [&](const store::TaskRecord& r) {
    sink->Add(r);
    ++n;
    return true;
  });
  if (!s.ok()) return s;
  sink->Finish();
  return n;
}

Status WriteTargets(const std::vector<store::TargetRecord>& targets, Format format, std::ostream& out,
                    const OutputOptions& options) {
  switch (format) {
    case Format::kJson:
    case Format::kNdjson: {
      JsonLines lines(out, format == Format::kJson);
      for (const auto& r : targets) lines.Add(TargetJson(r));
      lines.Finish();
      return Status::OK();
    }
    case Format::kCsv: {
      CsvWriter csv(out, {"STT", "Chỉ tiêu", "Nội dung", "So sánh", "Giá trị", "Giá trị tối đa", "Đơn vị",
                          "Năm", "Văn bản", "Dòng", "Mã"});
      int stt = 0;
      for (const auto& r : targets) {
        const Target& t = r.target;
        csv.Row({std::to_string(++stt), t.metric, t.text, t.comparator, Number(t.value),
                 t.value_max ? Number(*t.value_max) : "", t.unit, t.year ? std::to_string(t.year) : "",
                 r.plan_number, std::to_string(t.source.line), t.id});
      }
      return Status::OK();
    }
    case Format::kTable: {
      TableWriter table;
      table.AddColumn("ID");
      table.AddColumn("Chỉ tiêu", true, 16);
      table.AddColumn("So sánh");
      table.AddColumn("Giá trị", false, 8, true);
      table.AddColumn("Đơn vị", true, 6);
      table.AddColumn("Năm");
      table.AddColumn("Nội dung", true, 16);
      for (const auto& r : targets) {
        const Target& t = r.target;
        std::string value = Number(t.value) + (t.value_max ? "-" + Number(*t.value_max) : "");
        table.AddRow({t.id, t.metric, t.comparator, value, t.unit, t.year ? std::to_string(t.year) : "",
                      r.highlight.empty() ? t.text : r.highlight});
      }
      table.Write(out, Width(options));
      out << table.rows() << " chỉ tiêu\n";
      return Status::OK();
    }
    case Format::kIcal: return Status::InvalidArgument("chỉ tiêu không xuất được dạng ical");
  }
  return Status::OK();
}

Status WritePlans(const std::vector<store::PlanInfo>& plans, Format format, std::ostream& out,
                  const OutputOptions& options) {
  switch (format) {
    case Format::kJson:
    case Format::kNdjson: {
      JsonLines lines(out, format == Format::kJson);
      for (const auto& p : plans) lines.Add(PlanJson(p));
      lines.Finish();
      return Status::OK();
    }
    case Format::kCsv: {
      CsvWriter csv(out, {"Mã", "Loại", "Số", "Ngày", "Cơ quan ban hành", "Trích yếu", "Người ký", "Tệp",
                          "Số trang", "Âm tiết hợp lệ", "Khôi phục dấu", "Nhiệm vụ", "Chỉ tiêu"});
      for (const auto& p : plans) {
        const PlanMeta& m = p.meta;
        csv.Row({m.id, m.type, m.number, UserDate(m.date), m.issuer, m.title, m.signer, m.file,
                 std::to_string(p.quality.pages), Percent(p.quality.valid_syllable_share),
                 p.quality.restored ? "có" : "không", std::to_string(p.tasks), std::to_string(p.targets)});
      }
      return Status::OK();
    }
    case Format::kTable: {
      TableWriter table;
      table.AddColumn("ID");
      table.AddColumn("Loại", true, 6);
      table.AddColumn("Số", true, 8);
      table.AddColumn("Ngày");
      table.AddColumn("Trích yếu", true, 16);
      table.AddColumn("Nguồn", true, 6);
      table.AddColumn("Hợp lệ", false, 5, true);
      table.AddColumn("Phục hồi dấu");
      table.AddColumn("Nhiệm vụ", false, 5, true);
      table.AddColumn("Chỉ tiêu", false, 7, true);
      for (const auto& p : plans) {
        const PlanMeta& m = p.meta;
        std::string source = SourceKindLabel(p.quality.source_kind);
        if (p.quality.pages) source += ", " + std::to_string(p.quality.pages) + " trang";
        table.AddRow({ShortId(m.id), m.type, m.number, UserDate(m.date), m.title.empty() ? m.file : m.title,
                      source, Percent(p.quality.valid_syllable_share), p.quality.restored ? "có" : "không",
                      std::to_string(p.tasks), std::to_string(p.targets)});
      }
      table.Write(out, Width(options));
      out << table.rows() << " văn bản\n";
      return Status::OK();
    }
    case Format::kIcal: return Status::InvalidArgument("văn bản không xuất được dạng ical");
  }
  return Status::OK();
}

Status WriteAgencies(const std::vector<store::AgencyInfo>& agencies, Format format, std::ostream& out,
                     const OutputOptions& options) {
  auto next = [](const store::AgencyInfo& a) {
    std::string s;
    for (const store::TaskRecord& r : a.next_deadlines) {
      s += (s.empty() ? "" : "; ") + DeadlineText(r.task.deadline) + " " + r.task.id;
    }
    return s;
  };
  switch (format) {
    case Format::kJson:
    case Format::kNdjson: {
      JsonLines lines(out, format == Format::kJson);
      for (const auto& a : agencies) {
        json j = {{"name", a.name}, {"led", a.led}, {"supported", a.supported}};
        json upcoming = json::array();
        for (const store::TaskRecord& r : a.next_deadlines) {
          upcoming.push_back({{"task", r.task.id}, {"deadline", DeadlineJson(r.task.deadline)}, {"text", r.task.text}});
        }
        j["next_deadlines"] = upcoming;
        lines.Add(j);
      }
      lines.Finish();
      return Status::OK();
    }
    case Format::kCsv: {
      CsvWriter csv(out, {"Đơn vị", "Chủ trì", "Phối hợp", "Thời hạn sắp tới"});
      for (const auto& a : agencies) csv.Row({a.name, std::to_string(a.led), std::to_string(a.supported), next(a)});
      return Status::OK();
    }
    case Format::kTable: {
      TableWriter table;
      table.AddColumn("Cơ quan", true, 16);
      table.AddColumn("Chủ trì", false, 3, true);
      table.AddColumn("Phối hợp", false, 9, true);
      table.AddColumn("Thời hạn sắp tới", true, 16);
      for (const auto& a : agencies) table.AddRow({a.name, std::to_string(a.led), std::to_string(a.supported), next(a)});
      table.Write(out, Width(options));
      out << table.rows() << " cơ quan, đơn vị\n";
      return Status::OK();
    }
    case Format::kIcal: return Status::InvalidArgument("đơn vị không xuất được dạng ical");
  }
  return Status::OK();
}

Status WriteStats(const store::StoreStats& s, Format format, std::ostream& out) {
  json j = {{"plans", s.plans},
            {"tasks", s.tasks},
            {"tasks_with_lead", s.tasks_with_lead},
            {"tasks_with_deadline", s.tasks_with_deadline},
            {"rejected", s.rejected},
            {"merged", s.merged},
            {"targets", s.targets},
            {"agencies", s.agencies},
            {"edits", s.edits},
            {"by_kind", json::object()},
            {"by_deadline_kind", json::object()},
            {"schema_version", s.schema_version},
            {"file_bytes", s.file_bytes}};
  for (const auto& [k, n] : s.by_kind) j["by_kind"][k] = n;
  for (const auto& [k, n] : s.by_deadline_kind) j["by_deadline_kind"][k] = n;
  if (format == Format::kJson || format == Format::kNdjson) {
    out << j.dump(format == Format::kJson ? 2 : -1) << "\n";
    return Status::OK();
  }
  if (format == Format::kIcal || format == Format::kCsv) return Status::InvalidArgument("stats chỉ in dạng table hoặc json");
  // The table is for people: Vietnamese labels, in this order.
  static constexpr std::pair<const char*, const char*> kLabels[] = {
      {"plans", "Văn bản"},
      {"tasks", "Nhiệm vụ"},
      {"tasks_with_lead", "Nhiệm vụ có đơn vị chủ trì"},
      {"tasks_with_deadline", "Nhiệm vụ có thời hạn"},
      {"rejected", "Đã loại (không phải nhiệm vụ)"},
      {"merged", "Đã gộp vào nhiệm vụ khác"},
      {"targets", "Chỉ tiêu"},
      {"agencies", "Cơ quan, đơn vị"},
      {"edits", "Lần chỉnh sửa"}};
  TableWriter table;
  table.AddColumn("Số liệu");
  table.AddColumn("Giá trị", false, 5, true);
  for (const auto& [key, label] : kLabels) table.AddRow({label, j[key].dump()});
  for (const auto& [name, n] : s.by_kind) {
    TaskKind kind;
    table.AddRow({"Loại: " + (ParseTaskKind(name, &kind) ? std::string(TaskKindLabel(kind)) : name),
                  std::to_string(n)});
  }
  for (const auto& [name, n] : s.by_deadline_kind) {
    DeadlineKind kind;
    table.AddRow({"Thời hạn: " + (ParseDeadlineKind(name, &kind) ? std::string(DeadlineKindLabel(kind)) : name),
                  std::to_string(n)});
  }
  table.AddRow({"Phiên bản lược đồ", std::to_string(s.schema_version)});
  table.AddRow({"Dung lượng tệp (byte)", std::to_string(s.file_bytes)});
  table.Write(out, 0);
  return Status::OK();
}

Status WriteTaskDetail(const TaskDetail& d, Format format, std::ostream& out) {
  const store::TaskRecord& r = d.record;
  const Task& t = r.task;
  if (format == Format::kJson || format == Format::kNdjson) {
    json j = TaskJson(r);
    j["plan_meta"] = PlanJson(d.plan);
    j["section_heading"] = d.section_heading;
    json context = json::array();
    for (const auto& [n, line] : d.context) context.push_back({{"line", n}, {"text", line}});
    j["context"] = context;
    json edits = json::array();
    for (const store::EditRecord& e : d.edits) {
      edits.push_back({{"at", e.at}, {"who", e.who}, {"field", e.field},
                       {"old", json::parse(e.old_value, nullptr, false)},
                       {"new", json::parse(e.new_value, nullptr, false)}});
    }
    j["edits"] = edits;
    out << j.dump(format == Format::kJson ? 2 : -1, ' ', false, json::error_handler_t::replace) << "\n";
    return Status::OK();
  }
  if (format != Format::kTable) return Status::InvalidArgument("show chỉ in dạng table hoặc json");
  const PlanMeta& m = d.plan.meta;
  out << "Nhiệm vụ   " << t.id;
  if (r.state != "active") out << " (" << TaskStateLabel(r.state) << (r.merged_into.empty() ? "" : " vào " + r.merged_into) << ")";
  out << "\n";
  out << "Văn bản    " << AssigningDocument(r) << (m.title.empty() ? "" : ": " + m.title) << " [" << m.id << "]\n";
  out << "Mục        " << t.section << (d.section_heading.empty() ? "" : " " + d.section_heading) << "\n";
  out << "Loại       " << TaskKindLabel(t.kind) << "\n";
  out << "Nội dung   " << t.text << "\n";
  out << "Chủ trì    " << JoinNames(t.lead) << "\n";
  out << "Phối hợp   " << JoinNames(t.support) << "\n";
  out << "Thời hạn   " << DeadlineText(t.deadline) << " (" << DeadlineKindLabel(t.deadline.kind)
      << (t.deadline.inherited ? ", kế thừa từ văn bản" : "")
      << (t.deadline.text.empty() ? "" : ", ghi trong văn bản: " + t.deadline.text)
      << (t.deadline.recurrence.empty() ? "" : ", lặp lại: " + t.deadline.recurrence) << ")\n";
  if (!t.output.empty()) out << "Sản phẩm   " << t.output << "\n";
  if (!t.funding.empty()) out << "Nguồn vốn  " << t.funding << "\n";
  out << "Nguồn      " << t.source.file << (t.source.page ? " trang " + std::to_string(t.source.page) : "")
      << " dòng " << t.source.line << "\n\n";
  const int last = std::max(t.source.line, t.source.line_end);
  for (const auto& [n, line] : d.context) {
    out << (n >= t.source.line && n <= last ? "> " : "  ") << std::to_string(n) << "  " << line << "\n";
  }
  if (!d.edits.empty()) {
    out << "\nChỉnh sửa\n";
    for (const store::EditRecord& e : d.edits) {
      out << "  " << e.at << "  " << e.who << "  " << EditFieldLabel(e.field) << ": " << e.old_value << " -> " << e.new_value << "\n";
    }
  }
  return Status::OK();
}

}  // namespace kehoach::pipeline
