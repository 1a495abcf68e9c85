// The store's schema and its versioned migrations.
//
// The schema version lives in PRAGMA user_version. Migrate() applies every
// migration above the file's version, each in its own transaction, so a
// store written by an older kehoach is upgraded in place and a store from a
// newer kehoach is refused rather than damaged.
#ifndef KEHOACH_STORE_SCHEMA_H_
#define KEHOACH_STORE_SCHEMA_H_

#include "base/status.h"
#include "store/database.h"

namespace kehoach::store {

// The version this build writes.
int CurrentSchemaVersion();

// Reads PRAGMA user_version.
Result<int> SchemaVersion(Database* db);

// Brings `db` to CurrentSchemaVersion(). Fails (naming both versions) when
// the file is newer than this build.
Status Migrate(Database* db);

// Brings `db` to `version` (at most CurrentSchemaVersion()); a file already
// at or above it is left alone. For tests of the upgrade from older files.
Status MigrateTo(Database* db, int version);

}  // namespace kehoach::store

#endif  // KEHOACH_STORE_SCHEMA_H_
