// StringTable: a read-only set of strings numbered 0..size()-1, with a
// probing hash for string -> number. Built once (StringTableBuilder), stored
// as one ModelFile section and used in place from the mapping.
//
// Section layout (uint32 little-endian): n, slots (a power of two),
// offsets[n+1] into the byte area, slot[slots] = number+1 or 0 for empty,
// then the bytes of all strings back to back.
#ifndef KEHOACH_NLP_RESTORE_STRING_TABLE_H_
#define KEHOACH_NLP_RESTORE_STRING_TABLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace kehoach::nlp::restore {

// 64-bit hash of a byte string (fast, not cryptographic).
uint64_t HashBytes(std::string_view s);

class StringTable {
 public:
  static constexpr uint32_t kNotFound = 0xFFFFFFFFu;
  StringTable() = default;
  // Checks the section's bounds; `section` must outlive the table.
  Status Attach(std::string_view section);

  uint32_t size() const { return n_; }
  uint32_t Find(std::string_view s) const;  // kNotFound if absent
  std::string_view At(uint32_t i) const {
    return std::string_view(bytes_ + offsets_[i], offsets_[i + 1] - offsets_[i]);
  }

 private:
  uint32_t n_ = 0, mask_ = 0;
  const uint32_t* offsets_ = nullptr;
  const uint32_t* slots_ = nullptr;
  const char* bytes_ = nullptr;
};

class StringTableBuilder {
 public:
  // Returns the number of `s`, adding it if new (numbers follow insertion order).
  uint32_t Add(std::string_view s);
  uint32_t Find(std::string_view s) const;
  uint32_t size() const { return static_cast<uint32_t>(strings_.size()); }
  const std::string& At(uint32_t i) const { return strings_[i]; }
  std::string Serialize() const;

 private:
  std::vector<std::string> strings_;
  struct Hash { size_t operator()(std::string_view s) const { return HashBytes(s); } };
  std::vector<std::vector<uint32_t>> buckets_ = std::vector<std::vector<uint32_t>>(1024);
};

}  // namespace kehoach::nlp::restore

#endif  // KEHOACH_NLP_RESTORE_STRING_TABLE_H_
