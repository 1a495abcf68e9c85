#include "pipeline/export_csv.h"

#include "pipeline/task_text.h"

namespace kehoach::pipeline {

std::string CsvField(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

CsvWriter::CsvWriter(std::ostream& out, const std::vector<std::string>& header) : out_(out) {
  out_ << "\xEF\xBB\xBF";
  Row(header);
}

void CsvWriter::Row(const std::vector<std::string>& cells) {
  for (size_t i = 0; i < cells.size(); ++i) out_ << (i ? "," : "") << CsvField(cells[i]);
  out_ << "\r\n";
}

std::vector<std::string> TaskCsvHeader() {
  return {"STT",      "Tên nhiệm vụ",  "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn",
          "Sản phẩm", "Văn bản giao", "Trạng thái",     "Mã nhiệm vụ"};
}

std::vector<std::string> TaskCsvRow(const store::TaskRecord& r, int stt, const std::string& as_of) {
  const Task& t = r.task;
  return {std::to_string(stt),      t.text,   JoinNames(t.lead),    JoinNames(t.support),
          DeadlineText(t.deadline), t.output, AssigningDocument(r), TrackerStatus(t.deadline, as_of),
          t.id};
}

}  // namespace kehoach::pipeline
