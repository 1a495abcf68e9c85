// OCR capital-line correction: Tesseract's costliest residual errors on plans
// are marks on capital letters in headings ("YÊU CẦU" read "YÊU CÂU",
// "TỔ CHỨC THỰC HIỆN" read "TỔ CHỨC THỤC HIỆN"), and a heading's roman
// numeral losing its dot ("IV TỔ CHỨC ..."). Both cost whole sections in
// extraction, and the observed form is often a valid word, so restoration
// of the text as read keeps it.
//
// FixCapitalLine reads an all-capital line as if its marks were unknown:
// the line is folded (marks removed), the DiacriticRestorer puts marks back
// from context, and a word is replaced only where the restored word differs
// from the OCR word in marks alone (same Fold) and the restorer's confidence
// is at least `min_confidence`. A line that starts with a roman numeral
// followed by a space and a capital word gets the numeral's dot. Lines with
// a lowercase letter, or without a letter, are returned unchanged.
#ifndef KEHOACH_PIPELINE_OCR_CAPITALS_H_
#define KEHOACH_PIPELINE_OCR_CAPITALS_H_

#include <string>
#include <string_view>
#include <vector>

#include "nlp/restore/diacritic_restorer.h"
#include "ocr/page_text.h"

namespace kehoach::pipeline {

inline constexpr double kMinCapitalFixConfidence = 0.9;

std::string FixCapitalLine(std::string_view line, const nlp::restore::DiacriticRestorer& restorer,
                           double min_confidence = kMinCapitalFixConfidence);

// Applies FixCapitalLine to the lines of OCR'd pages outside tables (text
// layers are left alone). Returns the number of lines changed.
int FixCapitalLines(std::vector<ocr::PageText>* pages,
                    const nlp::restore::DiacriticRestorer& restorer,
                    double min_confidence = kMinCapitalFixConfidence);

}  // namespace kehoach::pipeline

#endif  // KEHOACH_PIPELINE_OCR_CAPITALS_H_
