#include "nlp/restore/language_model.h"

#include <gtest/gtest.h>

#include <cmath>

#include "nlp/restore/language_model_builder.h"
#include "nlp/restore/model_file.h"

namespace kehoach::nlp::restore {
namespace {

std::shared_ptr<const ModelFile> BuildModel(int order, const std::vector<std::vector<std::string>>& sentences) {
  LanguageModelBuilder b(order);
  for (const auto& s : sentences) b.AddSentence(s);
  ModelFileWriter w;
  EXPECT_TRUE(b.Build(&w).ok());
  auto f = ModelFile::FromBytes(w.Bytes(), "test");
  EXPECT_TRUE(f.ok());
  return *f;
}

const std::vector<std::vector<std::string>> kCorpus = {
    {"công", "nghệ", "số"},       {"công", "nghệ", "cao"},     {"khoa", "học", "công", "nghệ"},
    {"đổi", "mới", "sáng", "tạo"}, {"công", "nghiệp", "số"},    {"kinh", "tế", "số"},
    {"chuyển", "đổi", "số"},       {"công", "nghệ", "số", "và", "kinh", "tế", "số"},
};

// Interpolated Kneser-Ney is a distribution: for any context the
// probabilities of all words (but <s>) sum to 1.
TEST(LanguageModelTest, ProbabilitiesSumToOneInEveryContext) {
  for (int order : {2, 3, 4}) {
    auto file = BuildModel(order, kCorpus);
    LanguageModel lm;
    ASSERT_TRUE(lm.Attach(*file).ok());
    EXPECT_EQ(lm.order(), order);
    std::vector<std::vector<std::string>> contexts = {{"công"}, {"nghệ", "công"}, {"số", "nghệ", "công"}, {"xyz"}, {"số", "tế"}};
    for (const auto& c : contexts) {
      std::vector<uint32_t> ctx;
      for (const auto& w : c) ctx.push_back(lm.Id(w));
      double sum = 0;
      for (uint32_t w = 0; w < lm.vocab_size(); ++w) {
        if (w == kBos) continue;
        sum += std::pow(10.0, lm.Score(ctx.data(), static_cast<int>(ctx.size()), w));
      }
      EXPECT_NEAR(sum, 1.0, 1e-3) << "order " << order << " context " << c[0];
    }
  }
}

TEST(LanguageModelTest, ContextMakesTheSeenContinuationLikelier) {
  auto file = BuildModel(3, kCorpus);
  LanguageModel lm;
  ASSERT_TRUE(lm.Attach(*file).ok());
  uint32_t cong = lm.Id("công");
  uint32_t ctx[1] = {cong};
  EXPECT_GT(lm.Score(ctx, 1, lm.Id("nghệ")), lm.Score(ctx, 1, lm.Id("mới")));
  EXPECT_EQ(lm.Id("không-có"), kUnk);
  // The bigram truncation ignores the older word.
  uint32_t ctx2[2] = {cong, lm.Id("khoa")};
  EXPECT_FLOAT_EQ(lm.Score(ctx2, 2, lm.Id("nghệ"), 2), lm.Score(ctx, 1, lm.Id("nghệ")));
  // Raw frequency: "số" is the most frequent word.
  EXPECT_GT(lm.Frequency(lm.Id("số")), lm.Frequency(lm.Id("cao")));
}

TEST(ModelFileTest, RoundTripAndCorruption) {
  ModelFileWriter w;
  w.Add("AAA", "hello");
  w.Add("BBBBBBBB", std::string(13, 'x'));
  std::string bytes = w.Bytes();
  EXPECT_EQ(bytes, w.Bytes());  // deterministic
  auto f = ModelFile::FromBytes(bytes, "m");
  ASSERT_TRUE(f.ok());
  EXPECT_EQ((*f)->Section("AAA"), "hello");
  EXPECT_EQ((*f)->Section("BBBBBBBB").size(), 13u);
  EXPECT_TRUE((*f)->Section("CCC").empty());
  EXPECT_FALSE(ModelFile::FromBytes("not a model at all", "bad").ok());
  auto cut = ModelFile::FromBytes(bytes.substr(0, bytes.size() - 16), "cut");
  ASSERT_FALSE(cut.ok());
  EXPECT_NE(cut.status().message().find("cut"), std::string::npos);
  auto missing = ModelFile::Open("/nonexistent/model.bin");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
  // A file without LM sections is refused by the LM with a clear error.
  LanguageModel lm;
  EXPECT_FALSE(lm.Attach(**f).ok());
}

}  // namespace
}  // namespace kehoach::nlp::restore

namespace kehoach::nlp::restore {
namespace {

// The two-step score equals the one-step score in every context, also
// through a memo (a tiny one where n-grams of different orders collide, and
// read again on the second pass).
TEST(LanguageModelTest, ContextScoreMatchesDirectScore) {
  auto file = BuildModel(4, kCorpus);
  LanguageModel lm;
  ASSERT_TRUE(lm.Attach(*file).ok());
  std::vector<std::vector<std::string>> contexts = {{}, {"công"}, {"nghệ", "công"}, {"số", "nghệ", "công"}, {"xyz", "số"}};
  NgramCache tiny(1), large;
  for (int pass = 0; pass < 2; ++pass) {
    for (int max_order : {2, 3, 4}) {
      for (const auto& c : contexts) {
        std::vector<uint32_t> ctx;
        for (const auto& w : c) ctx.push_back(lm.Id(w));
        const int n = static_cast<int>(ctx.size());
        LanguageModel::Context prepared = lm.MakeContext(ctx.data(), n, max_order);
        for (NgramCache* cache : {&tiny, &large}) {
          LanguageModel::Context memo = lm.MakeContext(ctx.data(), n, max_order, cache);
          for (int k = 0; k < kMaxOrder; ++k) EXPECT_FLOAT_EQ(memo.backoff[k], prepared.backoff[k]);
          for (uint32_t w = 1; w < lm.vocab_size(); ++w) EXPECT_FLOAT_EQ(lm.Score(memo, w, cache), lm.Score(prepared, w));
        }
        for (uint32_t w = 1; w < lm.vocab_size(); ++w) {
          EXPECT_FLOAT_EQ(lm.Score(prepared, w), lm.Score(ctx.data(), n, w, max_order));
        }
      }
    }
  }
}

}  // namespace
}  // namespace kehoach::nlp::restore
