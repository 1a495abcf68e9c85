#include "store/schema.h"

#include <string>

namespace kehoach::store {

namespace {

// Migration i brings the schema from version i to i + 1. Never edit a
// migration that has shipped; append a new one.
constexpr const char* kMigrations[] = {
    // v1: plans, sections, tasks, deadlines, agencies, targets, search, edits.
    R"sql(
CREATE TABLE plans (
  id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  plan_key TEXT NOT NULL,           -- identity across versions: type+number, else file name
  file TEXT NOT NULL,
  type TEXT, number TEXT, issuer TEXT, place TEXT, date TEXT, date_text TEXT, title TEXT,
  signer TEXT, signer_capacity TEXT,
  horizon_start INTEGER NOT NULL DEFAULT 0,
  horizon_end INTEGER NOT NULL DEFAULT 0,
  horizon_vision INTEGER NOT NULL DEFAULT 0,
  source_kind TEXT, pages INTEGER NOT NULL DEFAULT 0,
  valid_syllable_share REAL, marked_share REAL,
  restored INTEGER NOT NULL DEFAULT 0, restored_tokens INTEGER NOT NULL DEFAULT 0,
  ocr_confidence REAL, ocr_model TEXT,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX plans_key ON plans(plan_key);

CREATE TABLE plan_references (
  plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  type TEXT, number TEXT, date TEXT, issuer TEXT,
  PRIMARY KEY (plan_id, ord)
) WITHOUT ROWID;

CREATE TABLE sections (
  plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  path TEXT NOT NULL, heading TEXT, level INTEGER NOT NULL, line INTEGER NOT NULL,
  PRIMARY KEY (plan_id, ord)
) WITHOUT ROWID;

-- rowid order is document order: a plan's tasks are inserted in order.
CREATE TABLE tasks (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  section TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('task', 'assignment', 'table_row')),
  text TEXT NOT NULL,
  fold TEXT NOT NULL,               -- search key of text (no marks, đ -> d, lowercase)
  extracted_text TEXT,              -- the text as extracted, when an edit changed it
  output TEXT, funding TEXT,
  -- source span
  page INTEGER NOT NULL DEFAULT 0, line INTEGER NOT NULL DEFAULT 0, line_end INTEGER NOT NULL DEFAULT 0,
  x0 INTEGER, y0 INTEGER, x1 INTEGER, y1 INTEGER,
  state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'rejected', 'merged')),
  merged_into TEXT
);
CREATE INDEX tasks_plan ON tasks(plan_id, ord);

CREATE TABLE deadlines (
  task INTEGER PRIMARY KEY REFERENCES tasks(rowid) ON DELETE CASCADE,
  text TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('none', 'date', 'range', 'recurring', 'ongoing', 'horizon')),
  start TEXT, end TEXT, recurrence TEXT,
  inherited INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX deadlines_end ON deadlines(end) WHERE end IS NOT NULL;

CREATE TABLE agencies (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,        -- canonical name
  fold TEXT NOT NULL
);
CREATE INDEX agencies_fold ON agencies(fold);

CREATE TABLE agency_aliases (
  alias_fold TEXT NOT NULL,
  agency_id INTEGER NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  PRIMARY KEY (alias_fold, agency_id)
) WITHOUT ROWID;

CREATE TABLE task_agencies (
  task INTEGER NOT NULL REFERENCES tasks(rowid) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('lead', 'support')),
  ord INTEGER NOT NULL,
  agency_id INTEGER NOT NULL REFERENCES agencies(id),
  PRIMARY KEY (task, role, ord)
) WITHOUT ROWID;
CREATE INDEX task_agencies_agency ON task_agencies(agency_id, task);

CREATE TABLE targets (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  text TEXT NOT NULL, fold TEXT NOT NULL,
  metric TEXT, comparator TEXT CHECK (comparator IN ('>=', '>', '<=', '<', '=')),
  value REAL NOT NULL, value_max REAL, unit TEXT, year INTEGER NOT NULL DEFAULT 0,
  page INTEGER NOT NULL DEFAULT 0, line INTEGER NOT NULL DEFAULT 0, line_end INTEGER NOT NULL DEFAULT 0,
  x0 INTEGER, y0 INTEGER, x1 INTEGER, y1 INTEGER
);
CREATE INDEX targets_plan ON targets(plan_id, ord);

-- Full-text search over the folded copies (external content: no second copy).
CREATE VIRTUAL TABLE task_fts USING fts5(fold, content='tasks', content_rowid='rowid',
                                         tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE target_fts USING fts5(fold, content='targets', content_rowid='rowid',
                                           tokenize='unicode61 remove_diacritics 2');

-- Corrections by clerks. Not tied to task rows (they are rewritten on
-- re-ingest): an edit names its plan by plan_key and its task by id and by
-- anchor (the folded text as extracted), and is replayed after each ingest.
CREATE TABLE edits (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  who TEXT NOT NULL,
  plan_key TEXT NOT NULL,
  task_id TEXT NOT NULL,
  anchor TEXT NOT NULL,
  field TEXT NOT NULL CHECK (field IN ('lead', 'support', 'deadline', 'text', 'not_a_task', 'merge')),
  old TEXT,
  new TEXT
);
CREATE INDEX edits_plan_key ON edits(plan_key);
CREATE INDEX edits_task ON edits(task_id);
)sql",
    // v2: leaner full-text indexes. detail=column records which documents
    // hold a word, not where in them: the index is smaller and cheaper to
    // write. Searches are ANDs of words (FtsQuery), never phrases; bm25
    // ranking and highlight() still work, phrase and NEAR queries do not.
    R"sql(
DROP TABLE task_fts;
CREATE VIRTUAL TABLE task_fts USING fts5(fold, content='tasks', content_rowid='rowid',
                                         tokenize='unicode61 remove_diacritics 2', detail=column);
INSERT INTO task_fts(task_fts) VALUES ('rebuild');
DROP TABLE target_fts;
CREATE VIRTUAL TABLE target_fts USING fts5(fold, content='targets', content_rowid='rowid',
                                           tokenize='unicode61 remove_diacritics 2', detail=column);
INSERT INTO target_fts(target_fts) VALUES ('rebuild');
)sql",
    // v3: a task's deadline lives in its own row (due_* columns) instead of
    // a separate deadlines table: one B-tree insert less per task on ingest,
    // one join less per query. due_kind is NULL when the task has no
    // deadline at all (no text, kind none). `deadlines` stays as a read-only
    // view of the same columns for people who query the file directly.
    R"sql(
ALTER TABLE tasks ADD COLUMN due_text TEXT;
ALTER TABLE tasks ADD COLUMN due_kind TEXT
  CHECK (due_kind IN ('none', 'date', 'range', 'recurring', 'ongoing', 'horizon'));
ALTER TABLE tasks ADD COLUMN due_start TEXT;
ALTER TABLE tasks ADD COLUMN due_end TEXT;
ALTER TABLE tasks ADD COLUMN due_recurrence TEXT;
ALTER TABLE tasks ADD COLUMN due_inherited INTEGER NOT NULL DEFAULT 0;
UPDATE tasks SET due_text = d.text, due_kind = d.kind, due_start = d.start, due_end = d.end,
                 due_recurrence = d.recurrence, due_inherited = d.inherited
  FROM deadlines d WHERE d.task = tasks.rowid;
DROP TABLE deadlines;
CREATE INDEX tasks_due ON tasks(due_end) WHERE due_end IS NOT NULL;
CREATE VIEW deadlines(task, text, kind, start, end, recurrence, inherited) AS
  SELECT rowid, due_text, due_kind, due_start, due_end, due_recurrence, due_inherited
  FROM tasks WHERE due_kind IS NOT NULL;
-- The task index keeps only which rows hold a word (detail=none): searches
-- are ANDs of words (FtsQuery) over one column and task highlights are
-- computed from the folded text (MarkTerms), so column lists were never
-- read; bm25 ranking still works.
DROP TABLE task_fts;
CREATE VIRTUAL TABLE task_fts USING fts5(fold, content='tasks', content_rowid='rowid',
                                         tokenize='unicode61 remove_diacritics 2', detail=none);
INSERT INTO task_fts(task_fts) VALUES ('rebuild');
)sql",
};

constexpr int kVersionCount = sizeof(kMigrations) / sizeof(kMigrations[0]);

}  // namespace

int CurrentSchemaVersion() { return kVersionCount; }

Result<int> SchemaVersion(Database* db) {
  Result<Statement> st = db->Prepare("PRAGMA user_version");
  if (!st.ok()) return st.status();
  if (!st->Step()) return Status::Internal("cannot read user_version");
  return static_cast<int>(st->Int(0));
}

Status Migrate(Database* db) { return MigrateTo(db, kVersionCount); }

Status MigrateTo(Database* db, int target) {
  if (target > kVersionCount) return Status::InvalidArgument("không có lược đồ kho phiên bản " + std::to_string(target));
  Result<int> version = SchemaVersion(db);
  if (!version.ok()) return version.status();
  if (*version > kVersionCount) {
    return Status::Unsupported("kho dữ liệu có lược đồ phiên bản " + std::to_string(*version) +
                               ", bản kehoach này chỉ đọc được đến phiên bản " + std::to_string(kVersionCount));
  }
  for (int v = *version; v < target; ++v) {
    Transaction tx(db);
    if (!tx.status().ok()) return tx.status();
    Status s = db->Exec(kMigrations[v]);
    if (s.ok()) s = db->Exec("PRAGMA user_version = " + std::to_string(v + 1));
    if (s.ok()) s = tx.Commit();
    if (!s.ok()) return s.WithPrefix("migration to schema v" + std::to_string(v + 1));
  }
  return Status::OK();
}

}  // namespace kehoach::store
