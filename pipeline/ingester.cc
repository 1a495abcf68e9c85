#include "pipeline/ingester.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>
#include <unordered_set>

#include "base/hash.h"
#include "nlp/plan_extractor.h"
#include "pipeline/task_text.h"
#include "pipeline/text_preparer.h"

namespace kehoach::pipeline {

namespace {

std::optional<std::string> HashOfFile(const std::string& path) {
  Result<std::string> bytes = ReadFileBytes(path);
  if (!bytes.ok()) return std::nullopt;  // LoadDocument names the reason
  return HexHash(*bytes);
}

void SetOrigin(const std::vector<LineOrigin>& lines, SourceSpan* span) {
  if (span->line < 1 || static_cast<size_t>(span->line) > lines.size()) return;
  const LineOrigin& o = lines[span->line - 1];
  span->page = o.page;
  span->bbox = o.bbox;
  // The box covers every line of the span on the same page.
  const int last = std::min<int>(span->line_end ? span->line_end : span->line, static_cast<int>(lines.size()));
  for (int l = span->line + 1; l <= last && span->bbox; ++l) {
    const LineOrigin& next = lines[l - 1];
    if (next.page != o.page || !next.bbox) continue;
    span->bbox->x0 = std::min(span->bbox->x0, next.bbox->x0);
    span->bbox->y0 = std::min(span->bbox->y0, next.bbox->y0);
    span->bbox->x1 = std::max(span->bbox->x1, next.bbox->x1);
    span->bbox->y1 = std::max(span->bbox->y1, next.bbox->y1);
  }
}

std::string Percent(double share) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", share * 100);
  return buf;
}

// What a worker hands to the writer for one file.
struct Outcome {
  bool skipped = false;
  std::string message;  // skip reason
  std::string warning;  // text preparation problem (the plan is still stored)
  std::vector<std::string> page_errors;  // unreadable pages (the rest is stored)
  Result<ExtractedPlan> plan = Status::Internal("chưa xử lý");
};

class ProgressBar {
 public:
  ProgressBar(std::ostream& log, size_t total, bool on) : log_(log), total_(total), on_(on && total > 1) {}
  void Clear() {
    if (on_) log_ << "\r\033[K";
  }
  void Draw(size_t done) {
    if (!on_) return;
    constexpr int kWidth = 30;
    const int filled = static_cast<int>(kWidth * done / total_);
    log_ << "\r[" << std::string(filled, '#') << std::string(kWidth - filled, ' ') << "] " << done << "/"
         << total_ << std::flush;
  }

 private:
  std::ostream& log_;
  size_t total_;
  bool on_;
};

}  // namespace

void AttachPages(const std::vector<LineOrigin>& lines, ExtractedPlan* plan) {
  for (Task& t : plan->tasks) SetOrigin(lines, &t.source);
  for (Target& t : plan->targets) SetOrigin(lines, &t.source);
}

Result<ExtractedPlan> LoadAndExtract(const std::string& path, const LoadOptions& options, std::string* warning,
                                     std::vector<std::string>* page_errors) {
  Result<LoadedDocument> doc = LoadDocument(path, options);
  if (!doc.ok()) return doc.status();
  if (page_errors)
    for (const Status& e : doc->page_errors) page_errors->push_back(e.ToVietnamese());
  if (Status s = PrepareText(&doc.value()); !s.ok() && warning) *warning = s.message();  // names the file
  // No valid syllable at all (OCR of a blank page, a misdetected binary file,
  // a table of numbers): whatever it is, it is not a Vietnamese plan.
  if (doc->quality.valid_syllable_share <= 0) {
    return Status::InvalidArgument(path + ": không có chữ tiếng Việt nào (không có âm tiết tiếng Việt hợp lệ), "
                                   "không phải văn bản kế hoạch");
  }
  nlp::ExtractOptions eo;
  eo.file = path;
  eo.plan_id = doc->content_hash;
  Result<ExtractedPlan> plan = nlp::ExtractPlan(doc->text, eo);
  if (!plan.ok()) return plan.status().WithPrefix(path);
  plan->meta.id = doc->content_hash;
  plan->meta.file = path;
  plan->meta.content_hash = doc->content_hash;
  plan->quality = doc->quality;
  if (plan->text.empty()) plan->text = doc->text;
  AttachPages(doc->lines, &plan.value());
  return plan;
}

std::string PlanSummary(const ExtractedPlan& plan, const store::PutPlanResult& result) {
  const PlanMeta& m = plan.meta;
  const TextQuality& q = plan.quality;
  std::ostringstream out;
  out << m.file << ": văn bản " << m.id;
  std::string name = m.type;
  if (!m.number.empty()) name += (name.empty() ? "" : " ") + m.number;
  if (!name.empty()) out << " (" << name << ")";
  out << ": " << SourceKindLabel(q.source_kind.empty() ? "text" : q.source_kind);
  if (q.pages) out << ", " << q.pages << " trang";
  if (q.valid_syllable_share > 0) out << ", " << Percent(q.valid_syllable_share) << " âm tiết hợp lệ";
  if (q.ocr_confidence > 0) out << ", độ tin cậy OCR " << static_cast<int>(q.ocr_confidence);
  out << (q.restored ? ", đã phục hồi dấu (" + std::to_string(q.restored_tokens) + " từ)" : ", không phục hồi dấu");
  out << ", " << plan.tasks.size() << " nhiệm vụ, " << plan.targets.size() << " chỉ tiêu";
  for (const std::string& id : result.replaced_plan_ids) {
    out << (id == m.id ? ", đã nạp lại" : ", thay bản cũ " + id);
  }
  if (result.edits_applied || result.edits_orphaned) {
    out << ", áp dụng lại " << result.edits_applied << " chỉnh sửa";
    if (result.edits_orphaned) out << " (" << result.edits_orphaned << " chỉnh sửa không còn nhiệm vụ)";
  }
  return out.str();
}

Result<IngestReport> Ingest(store::Store* store, const std::vector<std::string>& files,
                            const IngestOptions& options, std::ostream& log) {
  const auto start = std::chrono::steady_clock::now();
  Result<std::vector<std::string>> hashes = store->ContentHashes();
  if (!hashes.ok()) return hashes.status();
  const std::unordered_set<std::string> stored(hashes->begin(), hashes->end());

  std::vector<std::optional<Outcome>> slots(files.size());
  std::mutex mu;
  std::condition_variable ready;
  std::atomic<size_t> next{0};
  auto work = [&]() {
    for (size_t i; (i = next++) < files.size();) {
      Outcome o;
      std::optional<std::string> hash = options.force ? std::nullopt : HashOfFile(files[i]);
      if (hash && stored.count(*hash)) {
        o.skipped = true;
        o.message = files[i] + ": đã có trong kho (văn bản " + *hash + "), bỏ qua; dùng --force để nạp lại";
      } else {
        o.plan = LoadAndExtract(files[i], LoadOptions{}, &o.warning, &o.page_errors);
      }
      std::lock_guard<std::mutex> lock(mu);
      slots[i] = std::move(o);
      ready.notify_all();
    }
  };
  const int jobs = std::max(1, std::min<int>(options.jobs, static_cast<int>(files.size())));
  std::vector<std::thread> workers;
  for (int j = 0; j < jobs; ++j) workers.emplace_back(work);

  IngestReport report;
  ProgressBar bar(log, files.size(), options.progress);
  bar.Draw(0);
  for (size_t i = 0; i < files.size(); ++i) {
    Outcome o;
    {
      std::unique_lock<std::mutex> lock(mu);
      ready.wait(lock, [&] { return slots[i].has_value(); });
      o = std::move(*slots[i]);
      slots[i].reset();
    }
    std::string line;
    if (o.skipped) {
      ++report.skipped;
      line = o.message;
    } else if (!o.plan.ok()) {
      ++report.failed;
      line = "lỗi: " + o.plan.status().ToVietnamese();
    } else {
      Result<store::PutPlanResult> put = store->PutPlan(*o.plan);
      if (!put.ok()) {
        ++report.failed;
        line = "lỗi: " + put.status().ToVietnamese();
      } else {
        ++report.stored;
        report.tasks += static_cast<int>(o.plan->tasks.size());
        report.targets += static_cast<int>(o.plan->targets.size());
        line = PlanSummary(*o.plan, *put);
      }
    }
    bar.Clear();
    if (!o.warning.empty()) log << "cảnh báo: " << o.warning << "\n";
    for (const std::string& e : o.page_errors) log << "lỗi: " << e << "\n";
    report.unreadable_pages += static_cast<int>(o.page_errors.size());
    log << line << "\n";
    bar.Draw(i + 1);
  }
  bar.Clear();
  for (std::thread& t : workers) t.join();
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace kehoach::pipeline
