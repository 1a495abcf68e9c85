// Database and Statement: a thin RAII layer over the sqlite3 C API.
//
// Database owns one connection; Statement owns one prepared statement.
// Errors come back as Status naming the SQLite message; nothing throws.
// Text columns read back as "" when NULL; BindOptional binds NULL for an
// empty string (records use "" for absent, the store uses NULL).
#ifndef KEHOACH_STORE_DATABASE_H_
#define KEHOACH_STORE_DATABASE_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace kehoach::store {

class Statement {
 public:
  Statement() = default;
  Statement(sqlite3_stmt* stmt, sqlite3* db) : stmt_(stmt), db_(db) {}
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Parameters are 1-based, as in sqlite3_bind_*.
  Statement& Bind(int i, std::string_view text);
  Statement& Bind(int i, int64_t v);
  Statement& Bind(int i, int v) { return Bind(i, static_cast<int64_t>(v)); }
  Statement& Bind(int i, double v);
  Statement& BindNull(int i);
  Statement& BindOptional(int i, std::string_view text);  // NULL if empty
  // As Bind/BindOptional without copying: `text` must stay valid and
  // unchanged until the statement is stepped to completion and Reset().
  Statement& BindRef(int i, std::string_view text);
  Statement& BindRefOptional(int i, std::string_view text);

  // Advances: true when a row is ready, false when done. Errors are
  // reported through status() after Step() returns false.
  bool Step();
  const Status& status() const { return status_; }
  // Steps to completion (for INSERT/UPDATE/DELETE) and resets for reuse.
  Status Run();
  void Reset();  // also clears bindings

  // Columns are 0-based.
  std::string Text(int col) const;
  std::string_view TextView(int col) const;
  // Reads consecutive text columns, from `first` on, into `fields`.
  void ReadTexts(int first, std::initializer_list<std::string*> fields) const;
  int64_t Int(int col) const;
  double Double(int col) const;
  bool IsNull(int col) const;

 private:
  sqlite3_stmt* stmt_ = nullptr;
  sqlite3* db_ = nullptr;
  Status status_;
};

// SQL text fixed at compile time (a string literal or a static array): its
// address can name a cached prepared statement for the life of the program.
// The constructor is consteval, so a runtime string (a std::string's c_str(),
// a char* variable) does not convert and cannot be cached by mistake.
class SqlLiteral {
 public:
  template <size_t N>
  consteval SqlLiteral(const char (&text)[N]) : text_(text) {}  // implicit on purpose
  const char* c_str() const { return text_; }

 private:
  const char* text_;
};

class Database {
 public:
  // Opens (creating if needed) the SQLite file at `path`, with foreign keys
  // on, WAL journaling and a busy timeout.
  static Result<std::unique_ptr<Database>> Open(const std::string& path);
  ~Database();

  Status Exec(std::string_view sql);
  Result<Statement> Prepare(std::string_view sql);
  int64_t LastInsertRowid() const;
  int Changes() const;
  sqlite3* raw() { return db_; }
  const std::string& path() const { return path_; }

 private:
  Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
};

// RAII transaction: BEGIN IMMEDIATE on construction, ROLLBACK on destruction
// unless Commit() succeeded.
class Transaction {
 public:
  explicit Transaction(Database* db);
  ~Transaction();
  const Status& status() const { return status_; }
  Status Commit();

 private:
  Database* db_;
  Status status_;
  bool open_ = false;
};

}  // namespace kehoach::store

#endif  // KEHOACH_STORE_DATABASE_H_
