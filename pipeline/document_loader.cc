#include "pipeline/document_loader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iterator>
#include <string_view>
#include <fstream>
#include <sstream>

#include "base/hash.h"
#include "base/paths.h"
#include "nlp/legacy_encoding.h"
#include "nlp/vietnamese_text.h"
#include "ocr/document_reader.h"
#include "pipeline/ocr_capitals.h"
#include "pipeline/shared_restorer.h"

namespace kehoach::pipeline {

Result<std::string> ReadFileBytes(const std::string& path) {
  // A folder opens as a file and fails on the first read.
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return Status::InvalidArgument(path + ": là thư mục, không phải tệp");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": không mở được tệp");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IOError(path + ": đọc tệp không trọn vẹn");
  return ss.str();
}

namespace {

// The lower-case extension of the file name ("pdf"), "" when it has none.
std::string Extension(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  const size_t dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  std::string ext = path.substr(dot + 1);
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

// A file whose name says PDF or image but whose content is none of the kinds
// ocr/ reads: reading it as text would store junk, or explain it as a text
// encoding problem.
Status CheckNotAMisnamedDocument(const std::string& path) {
  static constexpr std::string_view kImages[] = {"png", "jpg", "jpeg", "tif", "tiff", "bmp", "gif", "webp", "pnm"};
  const std::string ext = Extension(path);
  if (ext == "pdf") {
    return Status::Corruption(path + ": tệp có đuôi .pdf nhưng nội dung không phải tệp PDF (không bắt đầu bằng %PDF)");
  }
  if (std::find(std::begin(kImages), std::end(kImages), ext) != std::end(kImages)) {
    return Status::Corruption(path + ": tệp có đuôi ." + ext +
                              " nhưng nội dung không phải ảnh đọc được (chỉ đọc được ảnh PNG, JPEG, TIFF)");
  }
  return Status::OK();
}

struct DecodedFile {
  std::string text;      // NFC UTF-8
  std::string encoding;  // "" for UTF-8, else "UTF-16", "VNI", "TCVN3"
};

// The bytes of a text file -> NFC UTF-8: UTF-8 (with or without BOM), UTF-16
// with a BOM, or VNI/TCVN3. A NUL (a byte, or a UTF-16 character) means a
// binary file.
Result<DecodedFile> DecodeTextFile(const std::string& raw) {
  if (nlp::HasUtf16ByteOrderMark(raw)) {
    Result<std::string> text = nlp::DecodeUtf16(raw);
    if (!text.ok()) return text.status();
    return DecodedFile{std::move(text).value(), "UTF-16"};
  }
  if (const size_t nul = raw.find('\0'); nul != std::string::npos) {
    return Status::Corruption("có byte 0 ở vị trí " + std::to_string(nul) + ": tệp nhị phân, không phải tệp chữ");
  }
  Result<std::string> nfc = nlp::ToNfc(raw);
  if (nfc.ok()) return DecodedFile{std::move(nfc).value(), ""};
  // Old files are often VNI or TCVN3 (ABC) rather than UTF-8.
  Result<nlp::DecodedText> legacy = nlp::DecodeLegacyVietnamese(raw);
  if (!legacy.ok()) return Status::Corruption(nfc.status().message() + "; cũng " + legacy.status().message());
  Result<std::string> legacy_nfc = nlp::ToNfc(legacy->text);
  if (!legacy_nfc.ok()) return legacy_nfc.status();
  return DecodedFile{std::move(legacy_nfc).value(), legacy->encoding};
}

// Appends one line (text without '\n') and its origin.
void AddLine(LoadedDocument* doc, const std::string& text, LineOrigin origin) {
  if (!doc->lines.empty()) doc->text += '\n';
  doc->text += text;
  doc->lines.push_back(std::move(origin));
}

void AddBlank(LoadedDocument* doc, int page) {
  if (doc->lines.empty()) return;
  AddLine(doc, "", LineOrigin{page, std::nullopt, -1});
}

// Lines of a line's text, NFC (OCR output is valid UTF-8; a text layer may
// carry stray control characters, which become spaces).
std::string CleanLine(const std::string& raw) {
  std::string s = nlp::Nfc(raw);
  for (char& c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v') c = ' ';
  }
  return s;
}

void Flatten(LoadedDocument* doc) {
  for (const ocr::PageText& page : doc->pages) {
    if (!page.status.ok()) continue;
    AddBlank(doc, page.number);
    int last_cell = -1, last_table = -1;
    for (const ocr::TextLine& line : page.lines) {
      bool new_cell = line.table >= 0 && (line.table != last_table || line.cell != last_cell);
      if (line.paragraph_start || new_cell || (line.table < 0 && last_table >= 0)) {
        if (!doc->lines.empty() && !doc->text.empty() && doc->text.back() != '\n') {
          AddBlank(doc, page.number);
        }
      }
      last_table = line.table;
      last_cell = line.cell;
      AddLine(doc, CleanLine(line.text), LineOrigin{page.number, line.box, line.confidence});
    }
  }
}

Result<LoadedDocument> LoadPaged(const std::string& path, const std::string& raw,
                                 const LoadOptions& options) {
  ocr::ReadOptions ro;
  ro.jobs = options.jobs;
  ro.progress = options.progress;
  if (options.preprocess) ro.recognize.preprocess = *options.preprocess;
  Result<ocr::DocumentPages> pages = ocr::ReadDocumentPages(path, ro);
  if (!pages.ok()) return pages.status().WithPrefix(path);

  LoadedDocument doc;
  doc.path = path;
  doc.content_hash = HexHash(raw);
  doc.quality.source_kind = pages->source_kind;
  doc.quality.pages = static_cast<int>(pages->pages.size());
  doc.quality.ocr_model = pages->model;
  doc.quality.ocr_confidence = pages->confidence < 0 ? 0 : pages->confidence;
  doc.pages = std::move(pages->pages);
  for (const ocr::PageText& p : doc.pages) {
    if (!p.status.ok()) doc.page_errors.push_back(p.status.WithPrefix(path));
  }
  if (doc.page_errors.size() == doc.pages.size()) {
    if (doc.page_errors.empty()) return Status::Corruption(path + ": văn bản không có trang nào");
    return doc.page_errors.front();
  }
  const bool ocred = std::any_of(doc.pages.begin(), doc.pages.end(), [](const ocr::PageText& p) {
    return p.status.ok() && p.source == ocr::PageSource::kOcr;
  });
  if (ocred) {
    const std::string model = options.restore_model.empty()
                                  ? ModelPath(nlp::restore::kDefaultRestoreModel)
                                  : options.restore_model;
    if (auto r = SharedRestorer(model); r.ok()) FixCapitalLines(&doc.pages, **r);
  }
  Flatten(&doc);
  if (doc.lines.empty()) doc.lines.push_back(LineOrigin{1, std::nullopt, -1});
  return doc;
}

}  // namespace

Result<LoadedDocument> LoadDocument(const std::string& path, const LoadOptions& options) {
  Result<std::string> raw = ReadFileBytes(path);
  if (!raw.ok()) return raw.status();
  if (raw->empty()) return Status::InvalidArgument(path + ": tệp rỗng");
  if (ocr::SniffFileKind(*raw) != ocr::FileKind::kOther) return LoadPaged(path, *raw, options);
  if (Status s = CheckNotAMisnamedDocument(path); !s.ok()) return s;

  Result<DecodedFile> decoded = DecodeTextFile(*raw);
  if (!decoded.ok()) return decoded.status().WithPrefix(path);
  LoadedDocument doc;
  doc.quality.source_kind = decoded->encoding.empty() ? "text" : "text (" + decoded->encoding + ")";
  doc.path = path;
  doc.content_hash = HexHash(*raw);
  doc.text = std::move(decoded->text);
  size_t n_lines = 1;
  for (char c : doc.text) n_lines += (c == '\n');
  doc.lines.assign(n_lines, LineOrigin{});
  return doc;
}

}  // namespace kehoach::pipeline
