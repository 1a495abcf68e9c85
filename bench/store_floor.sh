#!/usr/bin/env bash
# Ingest rate of the store beside the engine's floor, on the same rows.
#
#   bash bench/store_floor.sh [TASKS] [RUNS]
#   BUILD_DIR=build-store BASE=/tmp/gen_store_base bash bench/store_floor.sh 100000 3
#
# Each run, in turn (alternating, so load drifts hit every variant alike):
#   - gen_store --batch 1   (one transaction per plan, as `kehoach ingest`)
#   - gen_store --batch 100 (bulk)
#   - the same two with $BASE, another gen_store binary, when given
#   - the floor: the rows gen_store --batch 1 just wrote, copied into a fresh
#     store of the same schema by the sqlite3 shell, with the pragmas of
#     store::Database::Open (foreign keys on, WAL, synchronous=NORMAL, same
#     cache and checkpoint sizes), all in ONE transaction:
#     INSERT INTO <table> SELECT * FROM <attached file> for every table
#     gen_store writes, then each FTS5 index filled by one INSERT ... SELECT.
#     This is what SQLite itself needs to store these rows and indexes (the
#     source file is read from the page cache); no binding, no statement per
#     row, no folding.
#   - the per-plan floor: the same copy, one transaction per plan (what
#     `kehoach ingest` must do: a commit, WAL frames and an FTS5 segment per
#     plan), each plan's rows selected by plan id through the source's
#     indexes; the shell parses ~10 statements per plan (~1-2 us per task).
#     Compare --batch 1 with this one, --batch 100 with the first.
# gen_store's figure is its CPU clock around Store::PutPlans (copy
# generation excluded); the floor's is the sqlite3 process's user + sys.
# Not measured alike: the floor's figure also holds the shell's start, the
# ATTACH, reading the source and the checkpoint when it closes, which
# gen_store's clock around PutPlans leaves out, so floor / this errs in
# gen_store's favour (the closing checkpoint alone: ~7 % of the
# one-transaction floor's CPU at 20k tasks, 5 runs with and without another
# connection holding the file open). The shell keeps SQLite's memory
# statistics on (store::Database::Open turns them off); off in the shell
# too (LD_PRELOAD of a constructor calling sqlite3_config), its CPU moved
# by less than the noise (20k tasks, 7 alternated runs, both floors).
# Prints each run, then medians and the ratios floor / gen_store.
# Never put these numbers in a test: the machine is shared and noisy.
set -euo pipefail
cd "$(dirname "$0")/.."
TASKS="${1:-100000}"
RUNS="${2:-3}"
BUILD_DIR="${BUILD_DIR:-build}"
GEN="$BUILD_DIR/tools/gen_store"
BASE="${BASE:-}"
WORK="${WORK:-/tmp/kehoach-floor}"
SQLITE3="${SQLITE3:-sqlite3}"
mkdir -p "$WORK"
[ -x "$GEN" ] || { echo "store_floor: $GEN not built (cmake --build $BUILD_DIR --target gen_store)" >&2; exit 2; }

fresh() { rm -f "$1" "$1-wal" "$1-shm"; }

# gen_store's "... s CPU = N tasks per CPU-second" figure.
gen_rate() {  # BINARY BATCH DB
  fresh "$3"
  "$1" --db "$3" --tasks "$TASKS" --batch "$2" | sed -n 's/.* \([0-9]*\) tasks per CPU-second.*/\1/p'
}

# The copy of everything gen_store writes, in one transaction (WHERE = "")
# or one per plan (WHERE = a plan id condition, see floor_sql).
copy_sql() {  # PLAN_CONDITION TASK_CONDITION
  cat <<SQL
BEGIN IMMEDIATE;
INSERT INTO plans SELECT * FROM src.plans WHERE $1;
INSERT INTO plan_references SELECT * FROM src.plan_references WHERE plan_id IN (SELECT id FROM src.plans WHERE $1);
INSERT INTO sections SELECT * FROM src.sections WHERE plan_id IN (SELECT id FROM src.plans WHERE $1);
INSERT INTO tasks SELECT * FROM src.tasks WHERE $2;
INSERT INTO task_agencies SELECT ta.* FROM src.task_agencies ta, src.tasks t WHERE ta.task = t.rowid AND t.$2;
INSERT INTO task_fts(rowid, fold) SELECT rowid, fold FROM tasks WHERE $2;
INSERT INTO targets SELECT * FROM src.targets WHERE plan_id IN (SELECT id FROM src.plans WHERE $1);
INSERT INTO target_fts(rowid, fold) SELECT rowid, fold FROM targets WHERE plan_id IN (SELECT id FROM src.plans WHERE $1);
COMMIT;
SQL
}

floor_sql() {  # SOURCE_DB all|per-plan
  cat <<SQL
PRAGMA foreign_keys = ON;
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
PRAGMA temp_store = MEMORY;
PRAGMA cache_size = -65536;
PRAGMA wal_autocheckpoint = 16384;
ATTACH '$1' AS src;
INSERT INTO agencies SELECT * FROM src.agencies;
SQL
  if [ "$2" = all ]; then
    copy_sql 1 1
  else
    "$SQLITE3" "$1" "SELECT id FROM plans ORDER BY rowid" | while read -r id; do
      copy_sql "id = '$id'" "plan_id = '$id'"
    done
  fi
}

floor_rate() {  # SOURCE_DB all|per-plan
  local dst="$WORK/floor.db"
  fresh "$dst"
  "$GEN" --db "$dst" --tasks 0  # empty store, current schema
  floor_sql "$1" "$2" > "$WORK/floor.sql"
  local cpu
  local TIMEFORMAT="%3U %3S"  # bash's own `time`: user and sys CPU of the shell process
  cpu=$( { time "$SQLITE3" "$dst" < "$WORK/floor.sql" >/dev/null 2>&1 ; } 2>&1 | tail -1)
  local n
  n=$("$SQLITE3" "$dst" "SELECT count(*) FROM tasks")
  [ "$n" = "$TASKS" ] || { echo "store_floor: floor copy holds $n tasks, not $TASKS" >&2; exit 1; }
  awk -v u="${cpu% *}" -v s="${cpu#* }" -v n="$TASKS" 'BEGIN { printf "%.0f\n", n / (u + s) }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

declare -A rates
variants=("gen_store --batch 1" "gen_store --batch 100")
[ -n "$BASE" ] && variants+=("base --batch 1" "base --batch 100")
variants+=("floor, one transaction" "floor, one per plan")
echo "store_floor: $TASKS tasks, $RUNS runs, $(uptime | sed 's/.*load/load/')"
for ((r = 1; r <= RUNS; r++)); do
  line="run $r:"
  if [ -n "$BASE" ]; then
    rates["base --batch 1"]+="$(gen_rate "$BASE" 1 "$WORK/base.db") "
    rates["base --batch 100"]+="$(gen_rate "$BASE" 100 "$WORK/base.db") "
  fi
  rates["gen_store --batch 100"]+="$(gen_rate "$GEN" 100 "$WORK/gen.db") "
  rates["gen_store --batch 1"]+="$(gen_rate "$GEN" 1 "$WORK/gen.db") "
  rates["floor, one transaction"]+="$(floor_rate "$WORK/gen.db" all) "
  rates["floor, one per plan"]+="$(floor_rate "$WORK/gen.db" per-plan) "
  for v in "${variants[@]}"; do line+=" $v $(echo ${rates[$v]} | awk '{ print $NF }');"; done
  echo "$line"
done
echo "medians, tasks per CPU-second ($(uptime | sed 's/.*load/load/')):"
floor=$(echo ${rates["floor, one transaction"]} | tr ' ' '\n' | median)
floor1=$(echo ${rates["floor, one per plan"]} | tr ' ' '\n' | median)
printf "  %-24s %8s   %s\n" "" "median" "floor / this: one transaction, one per plan"
for v in "${variants[@]}"; do
  m=$(echo ${rates[$v]} | tr ' ' '\n' | median)
  printf "  %-24s %8s   %.2f  %.2f\n" "$v" "$m" "$(awk -v f="$floor" -v m="$m" 'BEGIN { print f / m }')" \
    "$(awk -v f="$floor1" -v m="$m" 'BEGIN { print f / m }')"
done
fresh "$WORK/gen.db"; fresh "$WORK/base.db"; fresh "$WORK/floor.db"; rm -f "$WORK/floor.sql"
