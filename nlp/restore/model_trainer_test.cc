#include "nlp/restore/model_trainer.h"

#include <gtest/gtest.h>

#include <fstream>

#include "nlp/restore/error_model.h"
#include "nlp/restore/language_model.h"
#include "nlp/restore/model_file.h"
#include "tests/temp_dir.h"

namespace kehoach::nlp::restore {
namespace {

// Help pages repeat the same lines thousands of times ("Chọn Định dạng - Đồ
// thị"); a line repeated in a file counts once, so boilerplate does not
// outweigh the words of real text.
TEST(ModelTrainerTest, ALineRepeatedInAFileCountsOnce) {
  kehoach_test::TempDir tmp("model-trainer-");
  {
    std::ofstream text(tmp.File("help.txt"));
    for (int i = 0; i < 50; ++i) text << "Chọn vùng đồ thị cần sửa.\n";
    text << "Quy hoạch vùng đô thị mới.\n";
  }
  TrainOptions opt;
  opt.text.push_back({tmp.File("help.txt"), 1});
  opt.order = 3;
  opt.out = tmp.File("m.bin");
  auto report = TrainRestoreModel(opt);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->lines, 2u);
  EXPECT_EQ(report->tokens, 14u);  // 7 + 7, not 50 × 7 + 7
  auto file = ModelFile::Open(opt.out);
  ASSERT_TRUE(file.ok());
  LanguageModel lm;
  ASSERT_TRUE(lm.Attach(**file).ok());
  EXPECT_FLOAT_EQ(lm.Frequency(lm.Id("đồ")), lm.Frequency(lm.Id("đô")));
  EXPECT_FLOAT_EQ(lm.Frequency(lm.Id("vùng")), lm.Frequency(lm.Id("thị")));
}

// With so little in-domain text most real OCR confusions are aligned once;
// by default a pair seen once is learned ("lwgng" for "lượng").
TEST(ModelTrainerTest, AnOcrPairSeenOnceIsLearnedByDefault) {
  kehoach_test::TempDir tmp("model-trainer-");
  {
    std::ofstream text(tmp.File("plan.txt"));
    text << "Nâng cao chất lượng đào tạo.\n";
    std::ofstream pairs(tmp.File("pairs.tsv"));
    pairs << "lwgng\tlượng\t1\n";
  }
  TrainOptions opt;
  opt.text.push_back({tmp.File("plan.txt"), 1});
  opt.pair_files.push_back(tmp.File("pairs.tsv"));
  opt.out = tmp.File("m.bin");
  auto report = TrainRestoreModel(opt);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  auto file = ModelFile::Open(opt.out);
  ASSERT_TRUE(file.ok());
  LanguageModel lm;
  ErrorModel errors;
  ASSERT_TRUE(lm.Attach(**file).ok());
  ASSERT_TRUE(errors.Attach(**file).ok());
  auto cands = errors.Lookup("lwgng");
  ASSERT_EQ(cands.size(), 1u);
  EXPECT_EQ(cands[0].word, lm.Id("lượng"));
  EXPECT_TRUE(cands[0].flags & ErrorCandidate::kOcr);
}

}  // namespace
}  // namespace kehoach::nlp::restore
