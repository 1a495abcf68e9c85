// FtsTokenizer: the words FTS5 sees in a text, with their byte offsets.
//
// The same tokenizer the task index uses (unicode61, remove_diacritics 2),
// taken from the connection's FTS5 module, so that highlighting and query
// parsing split words exactly where a MATCH does: letters and digits of any
// script are word characters, everything else (ASCII or not: curly quotes,
// dashes, quotes of an FTS5 query) separates words. Words come back as FTS5
// indexes them (lowercase, without marks).
#ifndef KEHOACH_STORE_FTS_TOKENIZER_H_
#define KEHOACH_STORE_FTS_TOKENIZER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "store/database.h"

namespace kehoach::store {

struct FtsToken {
  std::string text;   // as indexed
  size_t begin = 0;   // byte offsets into the tokenized text
  size_t end = 0;
};

class FtsTokenizer {
 public:
  // Uses the FTS5 module of `db`'s connection; `db` must outlive this.
  static Result<std::unique_ptr<FtsTokenizer>> Open(Database* db);
  ~FtsTokenizer();
  FtsTokenizer(const FtsTokenizer&) = delete;
  FtsTokenizer& operator=(const FtsTokenizer&) = delete;

  Result<std::vector<FtsToken>> Tokenize(std::string_view text) const;

 private:
  struct Impl;
  explicit FtsTokenizer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kehoach::store

#endif  // KEHOACH_STORE_FTS_TOKENIZER_H_
