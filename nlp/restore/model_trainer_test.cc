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

// Bug: since a line starting in lower case goes on with the sentence after
// an empty line, a line the trainer drops (not Vietnamese, or a repeat) no
// longer ended the sentence: "tế" and "biển" below, never next to each
// other in the text, were counted as a bigram. A dropped line ends the
// sentence as a capitalized line after an empty line does.
TEST(ModelTrainerTest, ADroppedLineEndsTheSentence) {
  kehoach_test::TempDir tmp("model-trainer-");
  auto score = [&](const std::string& name, const std::string& text) {
    {
      std::ofstream out(tmp.File(name + ".txt"));
      out << text;
    }
    TrainOptions opt;
    opt.text.push_back({tmp.File(name + ".txt"), 1});
    opt.order = 3;
    opt.out = tmp.File(name + ".bin");
    auto report = TrainRestoreModel(opt);
    EXPECT_TRUE(report.ok()) << report.status().ToString();
    auto file = ModelFile::Open(opt.out);
    EXPECT_TRUE(file.ok());
    LanguageModel lm;
    EXPECT_TRUE(lm.Attach(**file).ok());
    const uint32_t context[] = {lm.Id("kinh"), lm.Id("tế")};
    return lm.Score(context, 2, lm.Id("biển"));
  };
  const float dropped = score("dropped", "phát triển kinh tế\nSee the manual for details\nbiển đảo xanh\n");
  const float broken = score("broken", "phát triển kinh tế\n\nBiển đảo xanh\n");
  const float joined = score("joined", "phát triển kinh tế\n\nbiển đảo xanh\n");
  EXPECT_FLOAT_EQ(dropped, broken);
  EXPECT_GT(joined, broken);  // the lower-case line does go on with the sentence
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
