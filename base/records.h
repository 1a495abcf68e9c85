// The plain records that flow between stages: what extraction (nlp) produces,
// what the store keeps and what exports print. They carry data only; each
// stage owns the logic that fills or reads them.
//
// Conventions: all strings are UTF-8 in NFC. An empty string means "absent"
// (null in JSON). Dates are ISO 8601 "YYYY-MM-DD". Line numbers are 1-based
// lines of the document's normalized text; page numbers are 1-based, 0 means
// unknown (plain text input).
#ifndef KEHOACH_BASE_RECORDS_H_
#define KEHOACH_BASE_RECORDS_H_

#include <optional>
#include <string>
#include <vector>

namespace kehoach {

// Where an extracted item came from.
struct SourceSpan {
  std::string file;     // path as given to ingest
  int page = 0;         // 1-based; 0 = unknown
  int line = 0;         // first line, 1-based
  int line_end = 0;     // last line (== line for one-line items)
  struct Box { int x0 = 0, y0 = 0, x1 = 0, y1 = 0; };
  std::optional<Box> bbox;  // page pixel box at OCR resolution, when OCR'd
};

enum class DeadlineKind { kNone, kDate, kRange, kRecurring, kOngoing, kHorizon };
enum class TaskKind { kTask, kAssignment, kTableRow };

// Contract names used in JSON, CSV and the store ("date", "table_row", ...).
const char* DeadlineKindName(DeadlineKind k);
const char* TaskKindName(TaskKind k);
bool ParseDeadlineKind(const std::string& name, DeadlineKind* out);
bool ParseTaskKind(const std::string& name, TaskKind* out);

struct Deadline {
  std::string text;        // as written ("Quý II/2026"); empty if none stated
  DeadlineKind kind = DeadlineKind::kNone;
  std::string start;       // ISO date or empty
  std::string end;         // ISO date or empty (the due date for kind date)
  std::string recurrence;  // RFC 5545 RRULE ("FREQ=YEARLY") or empty
  bool inherited = false;  // taken from the plan horizon or a merged cell
};

struct Task {
  std::string id;          // stable id, assigned by extraction: "<plan id>-<ordinal>"
  std::string section;     // "III.2", "Phụ lục I/I.3"
  TaskKind kind = TaskKind::kTask;
  std::string text;        // as written, wraps joined, NFC
  std::vector<std::string> lead;     // canonical agency names (chủ trì)
  std::vector<std::string> support;  // canonical agency names (phối hợp)
  Deadline deadline;
  std::string output;      // Kết quả / Sản phẩm
  std::string funding;     // Nguồn vốn / kinh phí
  SourceSpan source;
};

struct Target {
  std::string id;          // "<plan id>-t<ordinal>"
  std::string text;        // the sentence or clause stating it
  std::string metric;      // what is measured ("tỷ trọng kinh tế số trong GRDP")
  std::string comparator;  // ">=", ">", "<=", "<", "="
  double value = 0;
  std::optional<double> value_max;  // upper end of a range "35% - 37%"
  std::string unit;        // "%", "%/năm", "doanh nghiệp", ...
  int year = 0;            // target year; 0 = not stated
  SourceSpan source;
};

// A document referred to: "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị".
struct DocumentRef {
  std::string type;    // "Nghị quyết"
  std::string number;  // "57-NQ/TW"
  std::string date;    // ISO or empty
  std::string issuer;  // "Bộ Chính trị"
};

struct Horizon {
  int start_year = 0;   // "giai đoạn 2025-2030" -> 2025
  int end_year = 0;     // -> 2030 ("đến năm 2030")
  int vision_year = 0;  // "tầm nhìn đến năm 2045" -> 2045
};

// How the text of a document was obtained and how clean it is.
struct TextQuality {
  std::string source_kind;          // "text", "text (VNI)", "text (TCVN3)", "pdf-text", "ocr", "mixed"
  int pages = 0;                    // 0 for plain text
  double valid_syllable_share = 0;  // share of word tokens that are valid syllables
  double marked_share = 0;          // share of syllables carrying a mark (diacritic)
  bool restored = false;            // diacritic restoration was applied
  int restored_tokens = 0;          // tokens changed by restoration
  double ocr_confidence = 0;        // mean word confidence 0..100 when OCR'd
  std::string ocr_model;            // which traineddata was used, when OCR'd
};

struct PlanMeta {
  std::string id;            // short content hash (16 hex digits)
  std::string file;          // path as given
  std::string content_hash;  // hash of the raw input bytes
  std::string type;          // "Kế hoạch", "Quyết định", "Chương trình", ...
  std::string number;        // "433-KH/TU"; drafts: "/KH-UBND" as written
  std::string issuer;        // "Ủy ban nhân dân tỉnh Hưng Yên"
  std::string place;         // "Đồng Nai"
  std::string date;          // ISO, empty for drafts with blanks
  std::string date_text;     // as written: "ngày 28 tháng 02 năm 2025"
  std::string title;
  std::string signer;          // "Phạm Văn Nghiêm"
  std::string signer_capacity; // "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
  std::vector<DocumentRef> references;
  Horizon horizon;
};

struct Section {
  std::string path;     // "II.3.a", "Phụ lục I/I"
  std::string heading;  // heading text without its number
  int level = 0;        // 1 = top
  int line = 0;
};

// Everything extracted from one document.
struct ExtractedPlan {
  PlanMeta meta;
  TextQuality quality;
  std::vector<Section> sections;
  std::vector<Task> tasks;
  std::vector<Target> targets;
  std::string text;  // the normalized (and, if done, restored) text
};

}  // namespace kehoach

#endif  // KEHOACH_BASE_RECORDS_H_
