#include "nlp/restore/language_model.h"

#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <thread>

#include "nlp/restore/language_model_builder.h"
#include "nlp/restore/lm_tokens.h"
#include "nlp/restore/model_file.h"
#include "nlp/syllable.h"
#include "nlp/vietnamese_text.h"
#include "tests/temp_dir.h"

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
          // The one-step memoized score is the two-step one bit for bit,
          // from the memo or not.
          for (uint32_t w = 1; w < lm.vocab_size(); ++w) {
            const float two_step = lm.Score(lm.MakeContext(ctx.data(), n, max_order, cache), w, cache);
            EXPECT_EQ(lm.ScoreAfter(ctx.data(), n, w, max_order, *cache), two_step);
            EXPECT_EQ(lm.ScoreAfter(ctx.data(), n, w, max_order, *cache), two_step);
          }
        }
        for (uint32_t w = 1; w < lm.vocab_size(); ++w) {
          EXPECT_FLOAT_EQ(lm.Score(prepared, w), lm.Score(ctx.data(), n, w, max_order));
        }
      }
    }
  }
}

// NormalizeWord skips ICU's lower-casing for text that is its own lower case;
// the result is always NormalizeTonePlacement(ToLower(word)): for every
// Latin code point alone and before and after a letter, for Vietnamese words
// in every case, and for text the shortcut must leave to ICU (İ, titlecase Ǆ,
// decomposed marks, Greek, invalid UTF-8).
TEST(NormalizeWordTest, SameAsLowerCasingWithIcu) {
  auto utf8 = [](char32_t c) {
    std::string s;
    return icu::UnicodeString(static_cast<UChar32>(c)).toUTF8String(s);
  };
  auto reference = [](std::string_view w) { return NormalizeTonePlacement(ToLower(w), TonePlacement::kTraditional); };
  std::vector<std::string> words = {"hoà", "Hoà", "hòa", "HOÀ", "nghiệp", "NGHIỆP", "Đồng", "đổi", "thuỷ", "quý",
                                    "\u0130stanbul", "\u01C5a", "a\u0301", "\u03A3\u03C3", "\xC3", "\xE1\xBB"};
  for (char32_t c = 0x80; c < 0x250; ++c) words.push_back(utf8(c));
  for (char32_t c = 0x1E00; c < 0x1F00; ++c) words.push_back(utf8(c));
  for (char32_t c = 0x250; c < 0x400; c += 7) words.push_back(utf8(c));
  const size_t singles = words.size();
  for (size_t i = 16; i < singles; ++i) {
    words.push_back("a" + words[i]);
    words.push_back(words[i] + "a");
  }
  for (const std::string& w : words) EXPECT_EQ(NormalizeWord(w), reference(w)) << w;
}

// The Bloom filter in front of a table never drops a key it holds, refuses
// most others, and a malformed section is rejected.
TEST(NgramFilterTest, NoFalseNegativesFewFalsePositives) {
  std::vector<uint64_t> keys;
  for (uint64_t i = 1; i <= 5000; ++i) keys.push_back((i * 7919) << 16 | (i % 97 + 1));
  const std::string bytes = NgramFilter::Build(keys);
  NgramFilter filter;
  ASSERT_TRUE(filter.Attach(bytes));
  for (uint64_t k : keys) EXPECT_TRUE(filter.MayContain(k)) << k;
  int false_positives = 0;
  for (uint64_t i = 1; i <= 10000; ++i) false_positives += filter.MayContain((i * 7919 + 3) << 20 | 5) ? 1 : 0;
  EXPECT_LT(false_positives, 300);  // ~1 % expected at 10 bits a key
  NgramFilter bad;
  EXPECT_FALSE(bad.Attach(bytes.substr(0, bytes.size() - 8)));
  EXPECT_FALSE(bad.Attach(std::string(16, '\0')));
  // An empty key set still makes a usable filter.
  NgramFilter none;
  const std::string empty = NgramFilter::Build({});  // the filter points into these bytes
  ASSERT_TRUE(none.Attach(empty));
  EXPECT_FALSE(none.MayContain(12345));
}

// Models of every order carry filters below the highest order, and every
// n-gram of the tables passes its filter (scores match the one-step score,
// which probes the tables through the filter too: checked against a model
// whose filter sections are dropped).
TEST(NgramFilterTest, FilteredModelScoresLikeUnfiltered) {
  LanguageModelBuilder b(4);
  for (const auto& s : kCorpus) b.AddSentence(s);
  ModelFileWriter w;
  ASSERT_TRUE(b.Build(&w).ok());
  auto with = ModelFile::FromBytes(w.Bytes(), "with");
  ASSERT_TRUE(with.ok());
  EXPECT_FALSE((*with)->Section("LM2BF").empty());
  EXPECT_FALSE((*with)->Section("LM3BF").empty());
  EXPECT_TRUE((*with)->Section("LM4BF").empty());
  ModelFileWriter stripped;
  for (const char* tag : {"LMHEAD", "LMVOCAB", "LMUNI", "LMFREQ", "LMCASE", "LMNAME", "LM2", "LM3", "LM4"}) {
    stripped.Add(tag, std::string((*with)->Section(tag)));
  }
  auto without = ModelFile::FromBytes(stripped.Bytes(), "without");
  ASSERT_TRUE(without.ok());
  LanguageModel a, c;
  ASSERT_TRUE(a.Attach(**with).ok());
  ASSERT_TRUE(c.Attach(**without).ok());
  for (uint32_t x = 0; x < a.vocab_size(); ++x) {
    for (uint32_t y = 0; y < a.vocab_size(); ++y) {
      const uint32_t ctx[3] = {x, y, x};
      for (uint32_t word = 1; word < a.vocab_size(); ++word) {
        ASSERT_FLOAT_EQ(a.Score(ctx, 3, word), c.Score(ctx, 3, word)) << x << " " << y << " " << word;
        ASSERT_FLOAT_EQ(a.Score(ctx, 2, word), c.Score(ctx, 2, word));
      }
    }
  }
}

// MaxScore bounds the score of a word in every context, at every order the
// decoder may truncate to, and is tight (reached by some context).
TEST(LanguageModelTest, MaxScoreBoundsEveryContext) {
  for (int order : {2, 3, 4}) {
    auto file = BuildModel(order, kCorpus);
    LanguageModel lm;
    ASSERT_TRUE(lm.Attach(*file).ok());
    std::vector<float> best(lm.vocab_size(), -1e9f);
    for (uint32_t x = 0; x < lm.vocab_size(); ++x) {
      for (uint32_t y = 0; y < lm.vocab_size(); ++y) {
        for (uint32_t z : {x, y, static_cast<uint32_t>(kBos)}) {
          const uint32_t ctx[3] = {x, y, z};
          for (int max_order = 2; max_order <= order; ++max_order) {
            for (uint32_t w = 1; w < lm.vocab_size(); ++w) {
              const float s = lm.Score(ctx, 3, w, max_order);
              ASSERT_LE(s, lm.MaxScore(w)) << order << " " << x << " " << y << " " << w;
              best[w] = std::max(best[w], s);
            }
          }
        }
      }
    }
    EXPECT_LT(lm.MaxScore(lm.Id("nghệ")), 0.0f);
    // With bigrams every context is enumerated above: each bound is reached.
    if (order == 2) {
      for (uint32_t w = 1; w < lm.vocab_size(); ++w) EXPECT_FLOAT_EQ(best[w], lm.MaxScore(w)) << lm.Word(w);
    }
  }
}

// Bug (found through parallel ctest): every writer of a model used the same
// temporary file (path + ".tmp"), so two processes writing the same model --
// the restorer tests' fixtures, two builds -- truncated each other's bytes
// or failed to rename. Concurrent writers must each succeed and leave one
// complete model.
TEST(ModelFileTest, ConcurrentWritersOfOnePathLeaveOneWholeFile) {
  kehoach_test::TempDir tmp("concurrent-model-");  // not a fixed name another test process may write
  const std::string path = tmp.File("model.bin");
  std::vector<std::string> contents;
  std::vector<ModelFileWriter> writers(4);
  for (size_t i = 0; i < writers.size(); ++i) {
    writers[i].Add("DATA", std::string(1 << 20, static_cast<char>('a' + i)));
    contents.push_back(writers[i].Bytes());
  }
  for (int round = 0; round < 5; ++round) {
    std::vector<Status> results(writers.size(), Status::OK());
    std::vector<std::thread> threads;
    for (size_t i = 0; i < writers.size(); ++i) {
      threads.emplace_back([&, i] { results[i] = writers[i].Write(path); });
    }
    for (auto& t : threads) t.join();
    for (const Status& s : results) EXPECT_TRUE(s.ok()) << s.ToString();
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    EXPECT_NE(std::find(contents.begin(), contents.end(), ss.str()), contents.end()) << "round " << round;
  }
}

}  // namespace
}  // namespace kehoach::nlp::restore
