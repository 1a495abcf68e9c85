#!/usr/bin/env bash
# The main job: install, build, ingest the sample plans into kehoach.db and
# print what was found.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
bash tools/build.sh
BIN=build/cli/kehoach
DB="${KEHOACH_DB:-kehoach.db}"
rm -f "$DB" "$DB-wal" "$DB-shm"
status=0
$BIN --db "$DB" ingest corpus/plans/* || status=$?
echo
$BIN --db "$DB" plans --format table
echo
$BIN --db "$DB" tasks --format table --limit 15
exit $status
