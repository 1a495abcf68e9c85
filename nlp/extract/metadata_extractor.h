// MetadataExtractor: the front matter and signature of a plan -> PlanMeta.
//
// Contract:
//  - type: the first heading line among the first 40 that is only a document
//    type (nlp/data/document_types.tsv: "QUYẾT ĐỊNH", "KẾ HOẠCH", ...).
//  - number: after "Số:" in the front matter ("433-KH/TU"; a draft's blank
//    number keeps its written form "/KH-UBND"); else the number in "(Kèm theo
//    Quyết định số .../QĐ-UBND ...)".
//  - issuer: an all-capitals line naming a body ("ỦY BAN NHÂN DÂN TỈNH HƯNG
//    YÊN"), written in sentence case with the place name capitalized.
//  - place, date: "<Place>, ngày dd tháng mm năm yyyy" (blank day -> no ISO
//    date, date_text kept).
//  - title: the lines after the type line, while they continue the sentence.
//  - signer_capacity: "TM. ..." / "KT. ..." / capacity lines joined by " / ";
//    signer: the name line after them.
//  - references: "<type> số <number> ngày <date> của <issuer>" anywhere in the
//    text, one per number (first mention), the plan's own number excluded.
//  - horizon: "giai đoạn 2025-2030", "đến năm 2030", "tầm nhìn đến năm 2045"
//    in the title, else in the first 60 lines.
#ifndef KEHOACH_NLP_EXTRACT_METADATA_EXTRACTOR_H_
#define KEHOACH_NLP_EXTRACT_METADATA_EXTRACTOR_H_

#include <vector>

#include "base/records.h"
#include "nlp/extract/agency_gazetteer.h"
#include "nlp/extract/text_lines.h"

namespace kehoach::nlp {

PlanMeta ExtractMetadata(const std::vector<TextLine>& lines, const AgencyGazetteer& gazetteer);

// "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN" -> "Ủy ban nhân dân tỉnh Hưng Yên".
std::string SentenceCaseName(std::string_view upper);

// The canonical name of a province or centrally-run city (nlp/data/provinces.txt)
// written as `place`: equal on folded text, or one letter off when exactly one
// name is that close ("Hung Yên" -> "Hưng Yên", "Pong Nai" -> "Đồng Nai").
// A place that is not a province is returned as written.
std::string CanonicalPlace(std::string_view place);

}  // namespace kehoach::nlp

#endif  // KEHOACH_NLP_EXTRACT_METADATA_EXTRACTOR_H_
