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
    table_.AddColumn("ID", false);
    table_.AddColumn("Section", true, 7);
    table_.AddColumn("Task", true, 24);
    table_.AddColumn("Lead", true, 12);
    table_.AddColumn("Due", true, 10);
  }
  void Add(const store::TaskRecord& r) override {
    const Task& t = r.task;
    std::string text = r.highlight.empty() ? t.text : r.highlight;
    if (r.state != "active") text = "(" + r.state + ") " + text;
    std::string due = DeadlineText(t.deadline);
    if (t.deadline.inherited && !due.empty()) due += " *";
    table_.AddRow({t.id, t.section, text, JoinNames(t.lead), due});
  }
  void Finish() override {
    table_.Write(out_, width_);
    out_ << table_.rows() << (table_.rows() == 1 ? " task" : " tasks") << " (* deadline inherited)\n";
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
  return Status::InvalidArgument("unknown format '" + name + "' (table, json, ndjson, csv, ical)");
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
      table.AddColumn("Metric", true, 16);
      table.AddColumn("Cmp");
      table.AddColumn("Value", false, 8, true);
      table.AddColumn("Unit", true, 6);
      table.AddColumn("Year");
      table.AddColumn("Text", true, 16);
      for (const auto& r : targets) {
        const Target& t = r.target;
        std::string value = Number(t.value) + (t.value_max ? "-" + Number(*t.value_max) : "");
        table.AddRow({t.id, t.metric, t.comparator, value, t.unit, t.year ? std::to_string(t.year) : "",
                      r.highlight.empty() ? t.text : r.highlight});
      }
      table.Write(out, Width(options));
      out << table.rows() << " targets\n";
      return Status::OK();
    }
    case Format::kIcal: return Status::InvalidArgument("targets have no ical format");
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
      table.AddColumn("Type", true, 6);
      table.AddColumn("Number", true, 8);
      table.AddColumn("Date");
      table.AddColumn("Title", true, 16);
      table.AddColumn("Source", true, 6);
      table.AddColumn("Valid", false, 5, true);
      table.AddColumn("Restored");
      table.AddColumn("Tasks", false, 5, true);
      table.AddColumn("Targets", false, 7, true);
      for (const auto& p : plans) {
        const PlanMeta& m = p.meta;
        std::string source = p.quality.source_kind;
        if (p.quality.pages) source += " " + std::to_string(p.quality.pages) + "p";
        table.AddRow({ShortId(m.id), m.type, m.number, UserDate(m.date), m.title.empty() ? m.file : m.title,
                      source, Percent(p.quality.valid_syllable_share), p.quality.restored ? "yes" : "no",
                      std::to_string(p.tasks), std::to_string(p.targets)});
      }
      table.Write(out, Width(options));
      out << table.rows() << (table.rows() == 1 ? " plan\n" : " plans\n");
      return Status::OK();
    }
    case Format::kIcal: return Status::InvalidArgument("plans have no ical format");
  }
  return Status::OK();
}

}  // namespace kehoach::pipeline
