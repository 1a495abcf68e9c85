// CSV for Vietnamese task trackers: UTF-8 with a BOM (so spreadsheet
// programs read the marks), RFC 4180 quoting, CRLF line ends.
#ifndef KEHOACH_PIPELINE_EXPORT_CSV_H_
#define KEHOACH_PIPELINE_EXPORT_CSV_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "store/store.h"

namespace kehoach::pipeline {

class CsvWriter {
 public:
  // Writes the BOM and the header row.
  CsvWriter(std::ostream& out, const std::vector<std::string>& header);
  void Row(const std::vector<std::string>& cells);

 private:
  std::ostream& out_;
};

std::string CsvField(std::string_view s);

// The tracker columns: STT, Tên nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp,
// Thời hạn, Sản phẩm, Văn bản giao, Trạng thái, then Mã nhiệm vụ (the
// kehoach task id, for edits).
std::vector<std::string> TaskCsvHeader();
std::vector<std::string> TaskCsvRow(const store::TaskRecord& r, int stt, const std::string& as_of);

}  // namespace kehoach::pipeline

#endif  // KEHOACH_PIPELINE_EXPORT_CSV_H_
