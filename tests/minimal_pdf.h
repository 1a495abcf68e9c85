// Test support: builds a small, valid PDF from its objects, so tests can make
// PDFs with exact text layers, page sizes or damage without files on disk.
#ifndef KEHOACH_TESTS_MINIMAL_PDF_H_
#define KEHOACH_TESTS_MINIMAL_PDF_H_

#include <cstdio>
#include <string>
#include <vector>

namespace kehoach_test {

// Returns a PDF whose object i+1 is objects[i] (object 1 must be the
// catalog), with a correct cross-reference table and trailer.
inline std::string BuildPdf(const std::vector<std::string>& objects) {
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace kehoach_test

#endif  // KEHOACH_TESTS_MINIMAL_PDF_H_
