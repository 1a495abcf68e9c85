#include "ocr/tesseract_engine.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "ocr/test_pages.h"

namespace kehoach::ocr {
namespace {

TEST(IsStrayMark, DropsShortLowConfidenceSingleLettersOnly) {
  // The hook of "Ủ" at the end of the line above it, read as "Ì" (height 9
  // in a line whose words are 40 px tall, confidence near 0).
  EXPECT_TRUE(IsStrayMark("Ì", 4, 9, 40));
  EXPECT_TRUE(IsStrayMark("\\", 0, 9, 40));
  EXPECT_FALSE(IsStrayMark("Ì", 80, 9, 40));   // confident
  EXPECT_FALSE(IsStrayMark("à", 30, 30, 40));  // a full-height letter
  EXPECT_FALSE(IsStrayMark("tỉnh", 4, 9, 40)); // more than one character
  EXPECT_FALSE(IsStrayMark(".", 10, 5, 40));   // punctuation stays
  EXPECT_FALSE(IsStrayMark("1", 10, 9, 40));   // and digits
}

TEST(ChooseModel, ExplicitFolderWinsAndMissingModelIsNotFound) {
  EngineOptions o;
  o.tessdata_dir = "/usr/share/tesseract-ocr/5/tessdata";
  Result<ModelInfo> m = ChooseModel(o);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ(m->tessdata_dir, o.tessdata_dir);
  o.tessdata_dir = "/nonexistent";
  EXPECT_EQ(ChooseModel(o).status().code(), Status::Code::kNotFound);
}

TEST(ChooseModel, EnvironmentOverridesTheProjectModel) {
  testing::TempDir dir;
  const std::string folder = dir.File("");
  std::filesystem::copy_file("/usr/share/tesseract-ocr/5/tessdata/eng.traineddata",
                             folder + "/eng.traineddata");
  setenv("KEHOACH_TESSDATA", folder.c_str(), 1);
  EngineOptions o;
  o.language = "eng";
  Result<ModelInfo> m = ChooseModel(o);
  o.language = "vie";
  Result<ModelInfo> vie = ChooseModel(o);
  unsetenv("KEHOACH_TESSDATA");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ(m->tessdata_dir, folder);
  EXPECT_EQ(vie.status().code(), Status::Code::kNotFound);
  // Without the override: the project's best_int model when set up, else Debian's.
  Result<ModelInfo> def = ChooseModel(EngineOptions{});
  ASSERT_TRUE(def.ok());
  if (std::filesystem::exists("third_party/tessdata/vie.traineddata")) {
    EXPECT_NE(def->name.find("best_int"), std::string::npos) << def->name;
  }
}

}  // namespace
}  // namespace kehoach::ocr
