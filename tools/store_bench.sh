#!/usr/bin/env bash
# Builds a 1,000,000-task store from the sample corpus (varied copies) and
# measures ingest rate and query latency beside the sqlite3 shell.
#   bash tools/store_bench.sh [TASKS] [DB]
# The store is generated, never committed (about 1.4 GB for 1M tasks).
# For the ingest rate beside SQLite's own floor on the same rows (and a
# baseline binary), see bench/store_floor.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
TASKS="${1:-1000000}"
DB="${2:-/tmp/kehoach-bench.db}"
BUILD_DIR="${BUILD_DIR:-build}"
cmake --build "$BUILD_DIR" --target gen_store store_bench -j2 >/dev/null
rm -f "$DB" "$DB-wal" "$DB-shm"
/usr/bin/time -f "gen_store: %e s wall, %U s user, %S s sys" "$BUILD_DIR/tools/gen_store" --db "$DB" --tasks "$TASKS"
"$BUILD_DIR/bench/store_bench" --db "$DB" --runs 30
