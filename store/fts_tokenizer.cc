#include "store/fts_tokenizer.h"

#include <sqlite3.h>

namespace kehoach::store {

struct FtsTokenizer::Impl {
  fts5_tokenizer methods{};
  Fts5Tokenizer* tokenizer = nullptr;
};

FtsTokenizer::FtsTokenizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

FtsTokenizer::~FtsTokenizer() {
  if (impl_ && impl_->tokenizer) impl_->methods.xDelete(impl_->tokenizer);
}

Result<std::unique_ptr<FtsTokenizer>> FtsTokenizer::Open(Database* db) {
  // The documented way to reach the FTS5 API of a connection.
  fts5_api* api = nullptr;
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db->raw(), "SELECT fts5(?1)", -1, &st, nullptr) != SQLITE_OK) {
    return Status::Internal(std::string("sqlite: no FTS5 module: ") + sqlite3_errmsg(db->raw()));
  }
  sqlite3_bind_pointer(st, 1, &api, "fts5_api_ptr", nullptr);
  sqlite3_step(st);
  sqlite3_finalize(st);
  if (!api) return Status::Internal("sqlite: no FTS5 module");
  auto impl = std::make_unique<Impl>();
  void* user_data = nullptr;
  if (api->xFindTokenizer(api, "unicode61", &user_data, &impl->methods) != SQLITE_OK) {
    return Status::Internal("sqlite: FTS5 has no unicode61 tokenizer");
  }
  // The options of the task index (store/schema.cc).
  const char* args[] = {"remove_diacritics", "2"};
  if (impl->methods.xCreate(user_data, args, 2, &impl->tokenizer) != SQLITE_OK) {
    return Status::Internal("sqlite: cannot create the unicode61 tokenizer");
  }
  return std::unique_ptr<FtsTokenizer>(new FtsTokenizer(std::move(impl)));
}

Result<std::vector<FtsToken>> FtsTokenizer::Tokenize(std::string_view text) const {
  std::vector<FtsToken> tokens;
  auto add = [](void* ctx, int /*flags*/, const char* token, int n, int begin, int end) {
    static_cast<std::vector<FtsToken>*>(ctx)->push_back(
        {std::string(token, static_cast<size_t>(n)), static_cast<size_t>(begin), static_cast<size_t>(end)});
    return SQLITE_OK;
  };
  int rc = impl_->methods.xTokenize(impl_->tokenizer, &tokens, FTS5_TOKENIZE_DOCUMENT, text.data(),
                                    static_cast<int>(text.size()), add);
  if (rc != SQLITE_OK) return Status::Internal("sqlite: cannot tokenize: " + std::string(sqlite3_errstr(rc)));
  return tokens;
}

}  // namespace kehoach::store
