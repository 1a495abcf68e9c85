#include "nlp/restore/model_trainer.h"

#include <gtest/gtest.h>

#include <fstream>

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

}  // namespace
}  // namespace kehoach::nlp::restore
