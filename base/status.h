// Status and Result<T>: how kehoach reports failure across module boundaries.
//
// No exception crosses a library boundary (ocr, nlp, store, pipeline). A
// function that can fail returns Status, or Result<T> when it also produces a
// value. Messages are for people: they name the file, the page or line where
// known, and the reason, e.g. "scan.pdf: page 3: image is 40000x40000 pixels,
// over the 100 megapixel limit".
#ifndef KEHOACH_BASE_STATUS_H_
#define KEHOACH_BASE_STATUS_H_

#include <cassert>
#include <string>
#include <utility>
#include <optional>

namespace kehoach {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // the caller's input is wrong (bad flag, bad date)
    kNotFound,         // a file, plan or task does not exist
    kIOError,          // reading or writing failed
    kCorruption,       // input exists but cannot be decoded (bad PDF, bad UTF-8)
    kUnsupported,      // input of a kind kehoach does not read
    kInternal,         // a bug or a library failure
  };

  Status() = default;  // OK
  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string m) { return Status(Code::kInvalidArgument, std::move(m)); }
  static Status NotFound(std::string m) { return Status(Code::kNotFound, std::move(m)); }
  static Status IOError(std::string m) { return Status(Code::kIOError, std::move(m)); }
  static Status Corruption(std::string m) { return Status(Code::kCorruption, std::move(m)); }
  static Status Unsupported(std::string m) { return Status(Code::kUnsupported, std::move(m)); }
  static Status Internal(std::string m) { return Status(Code::kInternal, std::move(m)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // "OK", or "<code name>: <message>".
  std::string ToString() const;

  // For people at the CLI, who may read only Vietnamese: "<what went wrong,
  // in Vietnamese>: <message>" ("không tìm thấy: no task 17"); "" when OK.
  std::string ToVietnamese() const;

  // Returns a copy whose message is "<prefix>: <message>" (used to add the
  // file name or page as an error travels up).
  Status WithPrefix(const std::string& prefix) const {
    if (ok()) return *this;
    return Status(code_, prefix + ": " + message_);
  }

 private:
  Status(Code c, std::string m) : code_(c), message_(std::move(m)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

inline std::string Status::ToString() const {
  switch (code_) {
    case Code::kOk: return "OK";
    case Code::kInvalidArgument: return "invalid argument: " + message_;
    case Code::kNotFound: return "not found: " + message_;
    case Code::kIOError: return "I/O error: " + message_;
    case Code::kCorruption: return "corrupt input: " + message_;
    case Code::kUnsupported: return "unsupported: " + message_;
    case Code::kInternal: return "internal error: " + message_;
  }
  return message_;
}

inline std::string Status::ToVietnamese() const {
  const char* what = "";
  switch (code_) {
    case Code::kOk: return "";
    case Code::kInvalidArgument: what = "sai tham số hoặc dữ liệu nhập"; break;
    case Code::kNotFound: what = "không tìm thấy"; break;
    case Code::kIOError: what = "lỗi đọc/ghi tệp"; break;
    case Code::kCorruption: what = "tệp hỏng hoặc không đọc được"; break;
    case Code::kUnsupported: what = "loại tệp chưa được hỗ trợ"; break;
    case Code::kInternal: what = "lỗi nội bộ"; break;
  }
  return std::string(what) + ": " + message_;
}

// Result<T> holds either a value or a non-OK Status.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) { assert(!status_.ok()); }  // NOLINT

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;  // OK when value_ is set
};

}  // namespace kehoach

#endif  // KEHOACH_BASE_STATUS_H_
