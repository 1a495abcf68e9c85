// ModelFile: the restoration model on disk, a flat binary read with mmap.
//
// Layout (little-endian, every section 8-byte aligned):
//   "KHRESTO1"                      8-byte magic
//   uint32 version, uint32 section count
//   section table: {char tag[8]; uint64 offset; uint64 size} per section
//   section bytes
// Sections hold plain arrays (vocabulary, n-gram probing tables, error
// tables); readers point into the mapping and never parse or copy at
// start-up. ModelFileWriter assembles the same layout in memory and writes it
// atomically (a temporary file of its own, then rename: concurrent writers of
// one path each leave a whole file, the last one wins). The bytes depend only on the
// sections added, so a model built twice from the same data is identical.
#ifndef KEHOACH_NLP_RESTORE_MODEL_FILE_H_
#define KEHOACH_NLP_RESTORE_MODEL_FILE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace kehoach::nlp::restore {

class ModelFile {
 public:
  // Maps `path` read-only. Fails (NotFound, Corruption) naming the file.
  static Result<std::shared_ptr<const ModelFile>> Open(const std::string& path);
  // Wraps bytes already in memory (tests); the bytes are copied once.
  static Result<std::shared_ptr<const ModelFile>> FromBytes(std::string bytes, const std::string& name);
  ~ModelFile();
  ModelFile(const ModelFile&) = delete;
  ModelFile& operator=(const ModelFile&) = delete;

  // The bytes of section `tag`, or an empty view if there is none.
  std::string_view Section(std::string_view tag) const;
  const std::string& name() const { return name_; }
  size_t size() const { return size_; }

 private:
  ModelFile() = default;
  Status Index();
  std::string name_;
  const char* data_ = nullptr;
  size_t size_ = 0;
  bool mapped_ = false;
  std::string owned_;
  struct Entry { std::string tag; uint64_t offset, size; };
  std::vector<Entry> sections_;
};

class ModelFileWriter {
 public:
  void Add(std::string_view tag, std::string bytes);
  std::string Bytes() const;
  Status Write(const std::string& path) const;

 private:
  std::vector<std::pair<std::string, std::string>> sections_;
};

// Helpers to build and read sections of plain arrays.
template <typename T>
void AppendPod(std::string* out, const T& v) {
  out->append(reinterpret_cast<const char*>(&v), sizeof(T));
}
template <typename T>
void AppendArray(std::string* out, const std::vector<T>& v) {
  if (!v.empty()) out->append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}

}  // namespace kehoach::nlp::restore

#endif  // KEHOACH_NLP_RESTORE_MODEL_FILE_H_
