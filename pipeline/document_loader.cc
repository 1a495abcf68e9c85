#include "pipeline/document_loader.h"

#include <fstream>
#include <sstream>

#include "base/hash.h"
#include "nlp/vietnamese_text.h"

namespace kehoach::pipeline {

namespace {

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open file");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IOError(path + ": read failed");
  return ss.str();
}

}  // namespace

Result<LoadedDocument> LoadDocument(const std::string& path, const LoadOptions& /*options*/) {
  Result<std::string> raw = ReadFile(path);
  if (!raw.ok()) return raw.status();
  if (raw->empty()) return Status::InvalidArgument(path + ": file is empty");
  Result<std::string> nfc = nlp::ToNfc(*raw);
  if (!nfc.ok()) return nfc.status().WithPrefix(path);

  LoadedDocument doc;
  doc.path = path;
  doc.content_hash = HexHash(*raw);
  doc.text = std::move(nfc).value();
  size_t n_lines = 1;
  for (char c : doc.text) n_lines += (c == '\n');
  doc.lines.assign(n_lines, LineOrigin{});
  doc.quality.source_kind = "text";
  return doc;
}

}  // namespace kehoach::pipeline
