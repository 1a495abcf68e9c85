// OwnerParser: who leads (chủ trì) and who supports (phối hợp) a task, from
// its running text or from the agency heading it stands under.
//
// Contract (names are canonical, via AgencyGazetteer):
//  - "Giao X chủ trì, phối hợp với Y ..."        -> lead X, support Y
//  - "Giao X phối hợp với Y ..."                  -> lead Y, support X
//  - "Giao X hằng năm, ..., chủ trì, phối hợp với Y" -> lead X, support Y
//  - "Đề nghị X ...; đề nghị Z ...", "yêu cầu (Thủ trưởng) X ..." -> lead X, Z
//  - "X chủ trì, phối hợp với Y" / "X ... phối hợp với Y" with X the subject
//    (or after "Đề nghị"): lead X, support Y.
//  - Without a trigger, the first body named in the first sentence that is
//    not an object ("về", "qua", "gửi", "báo cáo" X) leads.
//  - Under an agency heading H: lead H; "Phối hợp (với) X ..." -> lead X (or
//    none if X is not named), support H; "chủ trì, phối hợp với Y" adds Y.
#ifndef KEHOACH_NLP_EXTRACT_OWNER_PARSER_H_
#define KEHOACH_NLP_EXTRACT_OWNER_PARSER_H_

#include <string>
#include <string_view>
#include <vector>

#include "nlp/extract/agency_gazetteer.h"

namespace kehoach::nlp {

struct Owners {
  std::vector<std::string> lead;
  std::vector<std::string> support;
};

// `allow_subject`: without a trigger word, take the sentence's subject (used
// under TỔ CHỨC THỰC HIỆN; task sections only use trigger words).
Owners ParseInlineOwners(std::string_view text, const AgencyGazetteer& gazetteer, bool allow_subject = true);
Owners OwnersUnderHeading(std::string_view text, const std::vector<std::string>& heading_agencies,
                          const AgencyGazetteer& gazetteer);

}  // namespace kehoach::nlp

#endif  // KEHOACH_NLP_EXTRACT_OWNER_PARSER_H_
