// StripMarks: Vietnamese text as typed without diacritics, keeping case and
// everything else: "Thực hiện Nghị quyết số 57-NQ/TW" -> "Thuc hien Nghi
// quyet so 57-NQ/TW", "ĐỒNG NAI" -> "DONG NAI". Used to make training and
// test data for restoration (and by the restore benchmark's set (a)).
#ifndef KEHOACH_NLP_RESTORE_MARK_STRIPPER_H_
#define KEHOACH_NLP_RESTORE_MARK_STRIPPER_H_

#include <string>
#include <string_view>

namespace kehoach::nlp::restore {

std::string StripMarks(std::string_view text);

}  // namespace kehoach::nlp::restore

#endif  // KEHOACH_NLP_RESTORE_MARK_STRIPPER_H_
