#include "nlp/restore/model_trainer.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_set>

#include "nlp/restore/error_model.h"
#include "nlp/restore/language_model.h"
#include "nlp/restore/language_model_builder.h"
#include "nlp/restore/lm_tokens.h"
#include "nlp/restore/model_file.h"
#include "nlp/restore/syllable_lexicon.h"
#include "nlp/syllable.h"
#include "nlp/tokenizer.h"
#include "nlp/vietnamese_text.h"

namespace kehoach::nlp::restore {
namespace {

Result<std::vector<std::string>> ExpandPath(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::vector<std::string> files;
    for (const auto& e : fs::recursive_directory_iterator(path, ec)) {
      if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path().string());
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) return Status::NotFound(path + ": no .txt files in this folder");
    return files;
  }
  if (!fs::is_regular_file(path, ec)) return Status::NotFound(path + ": no such file or folder");
  return std::vector<std::string>{path};
}

Result<std::string> ReadText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot read");
  std::stringstream ss;
  ss << in.rdbuf();
  auto nfc = ToNfc(ss.str());
  if (!nfc.ok()) return nfc.status().WithPrefix(path);
  return std::move(*nfc);
}

// A line is Vietnamese if at least 70 % of its words are valid syllables and
// 20 % carry marks.
bool IsVietnameseLine(std::string_view line) {
  int words = 0, valid = 0, marked = 0;
  for (const Token& t : Tokenize(line)) {
    if (t.type != TokenType::kWord) continue;
    ++words;
    std::string w = NormalizeWord(t.text);
    if (IsValidSyllable(w)) {
      ++valid;
      marked += HasVietnameseMarks(w) ? 1 : 0;
    }
  }
  return words > 0 && valid * 10 >= words * 7 && marked * 5 >= words;
}

// The Vietnamese lines of `text`, each kept the first time it occurs, as
// runs of adjacent lines: a dropped line ends its run (and so the sentence
// there), a blank line stays in it (PDF text double-spaces the lines of a
// paragraph; LmSentences decides). Repeats are boilerplate (help pages
// repeat their notes and menu paths thousands of times) and would outweigh
// real usage; a repeat is dropped whatever it holds, so it is not
// classified again.
std::vector<std::string> VietnameseRuns(const std::string& text, size_t* kept) {
  std::vector<std::string> runs(1);
  std::unordered_set<std::string_view> seen;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + start, end - start);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
      runs.back().push_back('\n');
    } else if (seen.insert(line).second && IsVietnameseLine(line)) {
      runs.back().append(line).push_back('\n');
      ++*kept;
    } else if (!runs.back().empty()) {
      runs.emplace_back();
    }
    start = end + 1;
  }
  return runs;
}

}  // namespace

TrainInput ParseTrainInput(const std::string& arg) {
  TrainInput in;
  in.path = arg;
  size_t colon = arg.rfind(':');
  if (colon != std::string::npos && colon + 1 < arg.size() &&
      arg.find_first_not_of("0123456789", colon + 1) == std::string::npos) {
    in.weight = std::atoi(arg.c_str() + colon + 1);
    in.path = arg.substr(0, colon);
  }
  return in;
}

Result<TrainReport> TrainRestoreModel(const TrainOptions& options) {
  if (options.out.empty()) return Status::InvalidArgument("no output file given");
  TrainReport report;
  SyllableLexicon lexicon;
  LanguageModelBuilder lm(options.order);
  for (const TrainInput& input : options.text) {
    auto files = ExpandPath(input.path);
    if (!files.ok()) return files.status();
    for (const std::string& f : *files) {
      auto text = ReadText(f);
      if (!text.ok()) return text.status();
      for (const std::string& clean : VietnameseRuns(*text, &report.lines)) {
        lexicon.AddText(clean, input.weight);
        std::vector<Token> tokens = Tokenize(clean);
        for (size_t i = 1; i < tokens.size(); ++i) {
          if (tokens[i].type != TokenType::kWord || SentenceBreakBetween(tokens[i - 1], tokens[i])) continue;
          int c = WordCase(tokens[i].text);
          if (c <= 1) lm.AddCase(NormalizeWord(tokens[i].text), c == 1, input.weight);
        }
        for (size_t i = 0; i + 1 < tokens.size(); ++i) {
          if (tokens[i].type != TokenType::kWord || tokens[i + 1].type != TokenType::kWord ||
              SentenceBreakBetween(tokens[i], tokens[i + 1]) || WordCase(tokens[i].text) != 1) {
            continue;
          }
          int next = WordCase(tokens[i + 1].text);
          if (next <= 1) lm.AddNameCase(NormalizeWord(tokens[i].text), next == 1, input.weight);
        }
        for (const auto& sentence : LmSentences(clean)) lm.AddSentence(sentence, input.weight);
      }
      ++report.files;
    }
  }
  if (report.files == 0) return Status::InvalidArgument("no clean text given");
  if (!options.hunspell_dic.empty()) {
    Status s = lexicon.AddHunspell(options.hunspell_dic);
    if (!s.ok()) return s;
  }
  ErrorModelBuilder errors;
  for (const auto& [syllable, count] : lexicon.entries()) {
    lm.AddWord(syllable);
    errors.AddSyllable(syllable);
  }
  for (const std::string& pf : options.pair_files) {
    std::ifstream in(pf);
    if (!in) return Status::NotFound(pf + ": cannot read pair file");
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
      ++n;
      std::istringstream fields(line);
      std::string observed, intended, count;
      if (!std::getline(fields, observed, '\t') || !std::getline(fields, intended, '\t') || !std::getline(fields, count)) {
        return Status::Corruption(pf + ": line " + std::to_string(n) + ": expected observed<TAB>intended<TAB>count");
      }
      // Only syllables of the lexicon are learned as intended words.
      bool known = true;
      std::istringstream words(intended);
      for (std::string w; words >> w;) known = known && lexicon.Contains(w);
      if (known) errors.AddPair(observed, intended, std::stoull(count));
    }
  }
  ModelFileWriter writer;
  Status s = lm.Build(&writer);
  if (!s.ok()) return s;
  // Ids as the LM numbered them: re-read the vocabulary from the built bytes.
  auto built = ModelFile::FromBytes(writer.Bytes(), options.out);
  if (!built.ok()) return built.status();
  LanguageModel model;
  s = model.Attach(**built);
  if (!s.ok()) return s;
  s = errors.Build(
      [&](const std::string& w) {
        uint32_t id = model.Id(w);
        return id == kUnk ? ErrorCandidate::kNoWord : static_cast<uint16_t>(id);
      },
      static_cast<uint64_t>(options.min_pair_count), &writer);
  if (!s.ok()) return s;
  s = writer.Write(options.out);
  if (!s.ok()) return s;
  report.tokens = lm.token_count();
  report.lexicon = lexicon.size();
  report.vocab = lm.vocab_size();
  report.pair_types = errors.pair_types();
  report.bytes = writer.Bytes().size();
  return report;
}

}  // namespace kehoach::nlp::restore
