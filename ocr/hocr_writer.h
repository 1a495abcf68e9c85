// HocrWriter: pages as an hOCR 1.2 document (XHTML with ocr_page,
// ocr_carea for tables, ocr_line with bbox and x_wconf), for tools that
// read hOCR.
#ifndef KEHOACH_OCR_HOCR_WRITER_H_
#define KEHOACH_OCR_HOCR_WRITER_H_

#include <string>
#include <vector>

#include "ocr/page_text.h"

namespace kehoach::ocr {

std::string WriteHocr(const std::vector<PageText>& pages, const std::string& title);

}  // namespace kehoach::ocr

#endif  // KEHOACH_OCR_HOCR_WRITER_H_
