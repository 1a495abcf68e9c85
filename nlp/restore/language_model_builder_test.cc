#include "nlp/restore/language_model_builder.h"

#include <gtest/gtest.h>

#include <cmath>

#include "nlp/restore/language_model.h"
#include "nlp/restore/model_file.h"

namespace kehoach::nlp::restore {
namespace {

const std::vector<std::vector<std::string>> kSentences = {
    {"công", "nghệ", "số"},         {"công", "nghệ", "cao"},        {"khoa", "học", "công", "nghệ"},
    {"đổi", "mới", "sáng", "tạo"},  {"công", "nghiệp", "số"},       {"kinh", "tế", "số"},
    {"chuyển", "đổi", "số"},        {"kinh", "tế", "biển"},         {"đô", "thị", "thông", "minh"},
    {"công", "nghệ", "số", "và", "kinh", "tế", "số"}, {"khu", "công", "nghiệp"}, {"công", "nghiệp", "dược"},
};

LanguageModel Attach(const LanguageModelBuilder& b, std::shared_ptr<const ModelFile>* keep) {
  ModelFileWriter w;
  EXPECT_TRUE(b.Build(&w).ok());
  auto f = ModelFile::FromBytes(w.Bytes(), "test");
  EXPECT_TRUE(f.ok());
  *keep = *f;
  LanguageModel lm;
  EXPECT_TRUE(lm.Attach(**keep).ok());
  return lm;
}

// Bug: the counts of counts were taken from weighted counts, so a file of
// weight 4 filled n4 and drove D3+ to its floor (0.1), and a weight of 3
// did the same to D2; weights 4 and 5 gave very different models. The
// discounts come from the counts without weights.
TEST(LanguageModelBuilderTest, WeightsDoNotChangeTheDiscounts) {
  LanguageModelBuilder one(4), four(4), mixed(4);
  for (size_t i = 0; i < kSentences.size(); ++i) {
    one.AddSentence(kSentences[i], 1);
    four.AddSentence(kSentences[i], 4);
    mixed.AddSentence(kSentences[i], i % 2 ? 3 : 1);
  }
  for (int k = 1; k <= 4; ++k) {
    EXPECT_EQ(one.DiscountsOf(k), four.DiscountsOf(k)) << "order " << k;
    EXPECT_EQ(one.DiscountsOf(k), mixed.DiscountsOf(k)) << "order " << k;
  }
  EXPECT_EQ(one.DiscountsOf(5), (std::array<double, 3>{0, 0, 0}));
}

// An in-domain file's weight reaches the lower orders: "biển" seen after one
// word in a file of weight 5 outweighs "biến" seen after two words of weight
// 1 when the context is unseen (it used to count 1 against 2).
TEST(LanguageModelBuilderTest, WeightCountsInTheContinuationCounts) {
  LanguageModelBuilder b(3);
  b.AddSentence({"kinh", "tế", "biển"}, 5);
  b.AddSentence({"giá", "trị", "biến"}, 1);
  b.AddSentence({"khai", "báo", "biến"}, 1);
  std::shared_ptr<const ModelFile> file;
  LanguageModel lm = Attach(b, &file);
  EXPECT_GT(lm.Unigram(lm.Id("biển")), lm.Unigram(lm.Id("biến")));
  const uint32_t ctx[1] = {lm.Id("xanh")};  // never seen: backs off to the unigrams
  EXPECT_GT(lm.Score(ctx, 1, lm.Id("biển")), lm.Score(ctx, 1, lm.Id("biến")));
}

// A weight says how much a text counts against the others, not how sure the
// model is of it: one text alone gives the same model at weight 1 and 5.
// Bug: a weighted count was discounted as one count (a weight-5 singleton
// lost D3+ of 5 instead of D1 of 1, 5x), so every context of the in-domain
// plan kept a fifth of its back-off mass: whatever the small plan never had
// after a context ("đô thị và", "cơ sở giáo") was pushed down by log10(5)
// and a wrong phrase from the help pages won.
TEST(LanguageModelBuilderTest, AWeightAloneDoesNotChangeTheModel) {
  LanguageModelBuilder one(4), five(4);
  for (const auto& s : kSentences) {
    one.AddSentence(s, 1);
    five.AddSentence(s, 5);
  }
  std::shared_ptr<const ModelFile> f1, f5;
  LanguageModel a = Attach(one, &f1), b = Attach(five, &f5);
  ASSERT_EQ(a.vocab_size(), b.vocab_size());
  const std::vector<std::vector<std::string>> contexts = {{}, {"công"}, {"nghệ", "công"}, {"tế", "kinh"}, {"số", "tế", "kinh"}, {"đổi"}};
  for (const auto& c : contexts) {
    std::vector<uint32_t> ids;
    for (const auto& w : c) ids.push_back(a.Id(w));
    for (uint32_t w = 1; w < a.vocab_size(); ++w) {
      EXPECT_NEAR(a.Score(ids.data(), static_cast<int>(ids.size()), w), b.Score(ids.data(), static_cast<int>(ids.size()), w), 1e-4)
          << (c.empty() ? "" : c[0]) << " " << a.Word(w);
    }
  }
}

// With weighted continuation counts the model is still a distribution in
// every context.
TEST(LanguageModelBuilderTest, WeightedModelSumsToOne) {
  LanguageModelBuilder b(4);
  for (size_t i = 0; i < kSentences.size(); ++i) b.AddSentence(kSentences[i], i % 3 ? 1 : 5);
  std::shared_ptr<const ModelFile> file;
  LanguageModel lm = Attach(b, &file);
  const std::vector<std::vector<std::string>> contexts = {{"công"}, {"nghệ", "công"}, {"tế", "kinh"}, {"xyz"}, {"số", "tế", "kinh"}};
  for (const auto& c : contexts) {
    std::vector<uint32_t> ids;
    for (const auto& w : c) ids.push_back(lm.Id(w));
    double sum = 0;
    for (uint32_t w = 0; w < lm.vocab_size(); ++w) {
      if (w != kBos) sum += std::pow(10.0, lm.Score(ids.data(), static_cast<int>(ids.size()), w));
    }
    EXPECT_NEAR(sum, 1.0, 1e-3) << c[0];
  }
}

}  // namespace
}  // namespace kehoach::nlp::restore
