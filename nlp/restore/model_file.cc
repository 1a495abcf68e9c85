#include "nlp/restore/model_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace kehoach::nlp::restore {
namespace {
constexpr char kMagic[8] = {'K', 'H', 'R', 'E', 'S', 'T', 'O', '1'};
constexpr uint32_t kVersion = 1;
struct RawEntry {
  char tag[8];
  uint64_t offset;
  uint64_t size;
};
}  // namespace

Result<std::shared_ptr<const ModelFile>> ModelFile::Open(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return Status::NotFound(path + ": không có tệp mô hình phục hồi dấu (bản dựng mặc định tạo ra nó, hoặc dùng `kehoach lm train`)");
    return Status::IOError(path + ": " + std::strerror(errno));
  }
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    int e = errno;
    ::close(fd);
    return Status::IOError(path + ": " + std::strerror(e));
  }
  std::shared_ptr<ModelFile> m(new ModelFile());
  m->name_ = path;
  m->size_ = static_cast<size_t>(st.st_size);
  if (m->size_ > 0) {
    void* p = ::mmap(nullptr, m->size_, PROT_READ, MAP_SHARED, fd, 0);
    if (p == MAP_FAILED) {
      int e = errno;
      ::close(fd);
      return Status::IOError(path + ": mmap: " + std::strerror(e));
    }
    m->data_ = static_cast<const char*>(p);
    m->mapped_ = true;
  }
  ::close(fd);
  Status s = m->Index();
  if (!s.ok()) return s;
  return std::shared_ptr<const ModelFile>(std::move(m));
}

Result<std::shared_ptr<const ModelFile>> ModelFile::FromBytes(std::string bytes, const std::string& name) {
  std::shared_ptr<ModelFile> m(new ModelFile());
  m->name_ = name;
  m->owned_ = std::move(bytes);
  m->data_ = m->owned_.data();
  m->size_ = m->owned_.size();
  Status s = m->Index();
  if (!s.ok()) return s;
  return std::shared_ptr<const ModelFile>(std::move(m));
}

ModelFile::~ModelFile() {
  if (mapped_) ::munmap(const_cast<char*>(data_), size_);
}

Status ModelFile::Index() {
  if (size_ < 16 || std::memcmp(data_, kMagic, 8) != 0) {
    return Status::Corruption(name_ + ": không phải tệp mô hình phục hồi dấu của kehoach");
  }
  uint32_t version, count;
  std::memcpy(&version, data_ + 8, 4);
  std::memcpy(&count, data_ + 12, 4);
  if (version != kVersion) {
    return Status::Corruption(name_ + ": mô hình định dạng phiên bản " + std::to_string(version) + ", bản này cần phiên bản " +
                              std::to_string(kVersion) + " (hãy tạo lại mô hình)");
  }
  if (16 + uint64_t{count} * sizeof(RawEntry) > size_) return Status::Corruption(name_ + ": bảng mục bị cắt cụt (tệp hỏng)");
  for (uint32_t i = 0; i < count; ++i) {
    RawEntry e;
    std::memcpy(&e, data_ + 16 + i * sizeof(RawEntry), sizeof(RawEntry));
    if (e.offset > size_ || e.size > size_ - e.offset || e.offset % 8 != 0) {
      return Status::Corruption(name_ + ": mục " + std::to_string(i) + " nằm ngoài tệp (tệp bị cắt cụt?)");
    }
    sections_.push_back({std::string(e.tag, strnlen(e.tag, 8)), e.offset, e.size});
  }
  return Status::OK();
}

std::string_view ModelFile::Section(std::string_view tag) const {
  for (const Entry& e : sections_) {
    if (e.tag == tag) return std::string_view(data_ + e.offset, e.size);
  }
  return {};
}

void ModelFileWriter::Add(std::string_view tag, std::string bytes) {
  sections_.emplace_back(std::string(tag.substr(0, 8)), std::move(bytes));
}

std::string ModelFileWriter::Bytes() const {
  std::string out(kMagic, 8);
  AppendPod(&out, kVersion);
  AppendPod(&out, static_cast<uint32_t>(sections_.size()));
  uint64_t offset = 16 + sections_.size() * sizeof(RawEntry);
  offset = (offset + 7) & ~uint64_t{7};
  std::vector<uint64_t> offsets;
  for (const auto& [tag, bytes] : sections_) {
    RawEntry e;
    std::memset(&e, 0, sizeof e);
    std::memcpy(e.tag, tag.data(), tag.size());
    e.offset = offset;
    e.size = bytes.size();
    AppendPod(&out, e);
    offsets.push_back(offset);
    offset = (offset + bytes.size() + 7) & ~uint64_t{7};
  }
  for (size_t i = 0; i < sections_.size(); ++i) {
    out.resize(offsets[i], '\0');
    out += sections_[i].second;
  }
  out.resize((out.size() + 7) & ~size_t{7}, '\0');
  return out;
}

Status ModelFileWriter::Write(const std::string& path) const {
  std::string bytes = Bytes();
  // A temporary file of this writer's own (process and call), so writers of
  // the same path at the same time do not mix their bytes; the last rename wins.
  static std::atomic<uint64_t> calls{0};
  std::string tmp = path + ".tmp." + std::to_string(getpid()) + "." + std::to_string(calls.fetch_add(1));
  FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) return Status::IOError(path + ": không ghi được: " + std::strerror(errno));
  bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  ok = (std::fclose(f) == 0) && ok;
  if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return Status::IOError(path + ": ghi không thành công: " + std::strerror(errno));
  }
  return Status::OK();
}

}  // namespace kehoach::nlp::restore
