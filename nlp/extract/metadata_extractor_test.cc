#include "nlp/extract/metadata_extractor.h"

#include <gtest/gtest.h>

namespace kehoach::nlp {
namespace {

TEST(MetadataExtractorTest, FrontMatterSignatureReferencesHorizon) {
  std::string text =
      "ỦY BAN NHÂN DÂN\n"
      "TỈNH HƯNG YÊN\n"
      "Số:      /KH-UBND\n"
      "Hưng Yên, ngày 28 tháng 02 năm 2025\n"
      "KẾ HOẠCH\n"
      "Triển khai Quyết định số 840/QĐ-TTg ngày 13/5/2026 của Thủ tướng Chính phủ\n"
      "giai đoạn 2026-2030, tầm nhìn đến năm 2045\n"
      "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\n"
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\n"
      "I. MỤC ĐÍCH\n"
      "KT. CHỦ TỊCH\n"
      "PHÓ CHỦ TỊCH\n"
      "\n"
      "Phạm Văn Nghiêm\n";
  std::vector<TextLine> lines = SplitLines(text);
  PlanMeta m = ExtractMetadata(lines, AgencyGazetteer::Default());
  EXPECT_EQ(m.type, "Kế hoạch");
  EXPECT_EQ(m.number, "/KH-UBND");
  EXPECT_EQ(m.issuer, "Ủy ban nhân dân tỉnh Hưng Yên");
  EXPECT_EQ(m.place, "Hưng Yên");
  EXPECT_EQ(m.date, "2025-02-28");
  EXPECT_EQ(m.title,
            "Triển khai Quyết định số 840/QĐ-TTg ngày 13/5/2026 của Thủ tướng Chính phủ giai đoạn 2026-2030, tầm "
            "nhìn đến năm 2045");
  EXPECT_EQ(m.signer_capacity, "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
  EXPECT_EQ(m.signer, "Phạm Văn Nghiêm");
  EXPECT_EQ(m.horizon.start_year, 2026);
  EXPECT_EQ(m.horizon.end_year, 2030);
  EXPECT_EQ(m.horizon.vision_year, 2045);
  ASSERT_EQ(m.references.size(), 3u);
  EXPECT_EQ(m.references[0].number, "840/QĐ-TTg");
  EXPECT_EQ(m.references[0].date, "2026-05-13");
  EXPECT_EQ(m.references[0].issuer, "Thủ tướng Chính phủ");
  EXPECT_EQ(m.references[1].number, "57-NQ/TW");
  EXPECT_EQ(m.references[1].issuer, "Bộ Chính trị");
  EXPECT_EQ(m.references[2].type, "Luật");
  EXPECT_EQ(m.references[2].date, "2025-06-16");
}

// A scanned or PDF-extracted title is wrapped at the page width, and a wrapped
// line may start with a capital ("Chính phủ"): it still belongs to the title,
// and so does the horizon it states. The preamble after a short last line does not.
TEST(MetadataExtractorTest, TitleWrappedAtPageWidthKeepsCapitalizedLines) {
  std::string text =
      "Số: /KH-UBND\n"
      "Hưng Yên, ngày tháng 6 năm 2026\n"
      "KẾ HOẠCH\n"
      "Triển khai thực hiện Quyết định số 840/QĐ-TTg ngày 13/5/2026 của Thủ tướng\n"
      "Chính phủ phê duyệt Chương trình phát triển công nghiệp công nghệ số giai đoạn\n"
      "2026 - 2030, tầm nhìn 2045 trên địa bàn tỉnh Hưng Yên\n"
      "Thực hiện Quyết định số 840/QĐ-TTg ngày 13/5/2026 của Thủ tướng Chính phủ Phê\n"
      "duyệt Chương trình phát triển công nghiệp công nghệ số giai đoạn 2026 - 2030,\n"
      "I. MỤC ĐÍCH, YÊU CẦU\n";
  PlanMeta m = ExtractMetadata(SplitLines(text), AgencyGazetteer::Default());
  EXPECT_EQ(m.title,
            "Triển khai thực hiện Quyết định số 840/QĐ-TTg ngày 13/5/2026 của Thủ tướng Chính phủ phê "
            "duyệt Chương trình phát triển công nghiệp công nghệ số giai đoạn 2026 - 2030, tầm nhìn 2045 "
            "trên địa bàn tỉnh Hưng Yên");
  EXPECT_EQ(m.horizon.start_year, 2026);
  EXPECT_EQ(m.horizon.end_year, 2030);
  EXPECT_EQ(m.horizon.vision_year, 2045);
}

// In a text file the title is one line; a following capitalized paragraph is
// not pulled into it even without a blank line between them.
TEST(MetadataExtractorTest, UnwrappedTitleDoesNotSwallowThePreamble) {
  std::string text =
      "KẾ HOẠCH\n"
      "Triển khai chuyển đổi số năm 2026\n"
      "Thực hiện Quyết định số 840/QĐ-TTg ngày 13/5/2026 của Thủ tướng Chính phủ phê duyệt Chương trình "
      "phát triển công nghiệp công nghệ số giai đoạn 2026 - 2030, tầm nhìn 2045;\n"
      "I. MỤC ĐÍCH, YÊU CẦU\n";
  PlanMeta m = ExtractMetadata(SplitLines(text), AgencyGazetteer::Default());
  EXPECT_EQ(m.title, "Triển khai chuyển đổi số năm 2026");
}

TEST(MetadataExtractorTest, DraftBlanksAndUppercaseNames) {
  std::vector<TextLine> lines = SplitLines("Hưng Yên, ngày     tháng 6 năm 2026\n");
  PlanMeta m = ExtractMetadata(lines, AgencyGazetteer::Default());
  EXPECT_EQ(m.date, "");
  EXPECT_EQ(m.date_text, "ngày     tháng 6 năm 2026");
  EXPECT_EQ(SentenceCaseName("UỶ BAN NHÂN DÂN TỈNH ĐỒNG NAI"), "Ủy ban nhân dân tỉnh Đồng Nai");
}


// Residual OCR garble in the header: the Party motto run into the issuer
// column, place names one letter off; a province name is canonicalized from
// nlp/data/provinces.txt (exact on folded text, else one edit, no ties).
TEST(MetadataExtractorTest, GarbledHeaderPlacesAndMotto) {
  std::vector<TextLine> lines = SplitLines(
      " TỈNH ỦY TÂY NINB PANG CÔNG SẢN VIỆT NAM\n"
      "» Tay Ninb, ngày 05 tháng 3 năm 2025\n"
      "Số 120-KH/TU\n");
  PlanMeta m = ExtractMetadata(lines, AgencyGazetteer::Default());
  EXPECT_EQ(m.issuer, "Tỉnh ủy Tây Ninh");
  EXPECT_EQ(m.place, "Tây Ninh");
  EXPECT_EQ(m.date, "2025-03-05");
  EXPECT_EQ(CanonicalPlace("Ha Nom"), "Ha Nom");  // as close to Hà Nam as to Hà Nội: kept
  EXPECT_EQ(CanonicalPlace("Xã Tân Phú"), "Xã Tân Phú");  // not a province: kept
}

// A draft without its header: the issuer is read from the number's suffix
// ("/KH-UBND": Ủy ban nhân dân, "/KH-TU": Tỉnh ủy) and the place. Markdown
// bold around the signature block is not part of the capacity.
TEST(MetadataExtractorTest, IssuerFromNumberAndMarkdownSignature) {
  std::vector<TextLine> lines = SplitLines(
      "Số: /KH-UBND\n\nThai Binh, ngày tháng 6 năm 2026\n\nKẾ HOẠCH\n\nTriển khai chương trình\n\n"
      "**KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**\n\nNguyễn Văn An\n");
  PlanMeta m = ExtractMetadata(lines, AgencyGazetteer::Default());
  EXPECT_EQ(m.place, "Thái Bình");
  EXPECT_EQ(m.issuer, "Ủy ban nhân dân tỉnh Thái Bình");
  EXPECT_EQ(m.signer_capacity, "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
  EXPECT_EQ(m.signer, "Nguyễn Văn An");
}

}  // namespace
}  // namespace kehoach::nlp
