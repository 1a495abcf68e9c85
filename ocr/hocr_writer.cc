#include "ocr/hocr_writer.h"

#include <cmath>

namespace kehoach::ocr {

namespace {

std::string Escape(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string BoxTitle(const Box& b) {
  return "bbox " + std::to_string(b.x0) + " " + std::to_string(b.y0) + " " +
         std::to_string(b.x1) + " " + std::to_string(b.y1);
}

}  // namespace

std::string WriteHocr(const std::vector<PageText>& pages, const std::string& title) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
      "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
      "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"vi\" lang=\"vi\">\n<head>\n"
      "<title>" + Escape(title) + "</title>\n"
      "<meta http-equiv=\"Content-Type\" content=\"text/html;charset=utf-8\"/>\n"
      "<meta name=\"ocr-system\" content=\"kehoach\"/>\n"
      "<meta name=\"ocr-capabilities\" content=\"ocr_page ocr_carea ocr_line\"/>\n"
      "</head>\n<body>\n";
  for (const PageText& p : pages) {
    out += "<div class=\"ocr_page\" id=\"page_" + std::to_string(p.number) + "\" title=\"" +
           BoxTitle(Box{0, 0, p.width, p.height}) + "; ppageno " + std::to_string(p.number - 1) +
           "; scan_res " + std::to_string(p.dpi) + " " + std::to_string(p.dpi) + "\">\n";
    int line_no = 0;
    int open_table = -1;
    for (const TextLine& l : p.lines) {
      if (l.table != open_table) {
        if (open_table >= 0) out += "</div>\n";
        if (l.table >= 0) {
          out += "<div class=\"ocr_carea\" id=\"table_" + std::to_string(p.number) + "_" +
                 std::to_string(l.table) + "\" title=\"" + BoxTitle(p.tables[l.table].box) + "\">\n";
        }
        open_table = l.table;
      }
      ++line_no;
      std::string title_attr = BoxTitle(l.box);
      if (l.confidence >= 0) {
        title_attr += "; x_wconf " + std::to_string(static_cast<int>(std::lround(l.confidence)));
      }
      out += "<span class=\"ocr_line\" id=\"line_" + std::to_string(p.number) + "_" +
             std::to_string(line_no) + "\" title=\"" + title_attr + "\">" + Escape(l.text) +
             "</span>\n";
    }
    if (open_table >= 0) out += "</div>\n";
    out += "</div>\n";
  }
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace kehoach::ocr
