// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The project's tables (schema version Project::schemaVersion), shared by Project.cpp and
// ProjectScan.cpp. docs/spec/PROJECT.md describes them for readers outside Nianbao.
//
// kCreate is version 1, as the first Nianbao with projects made it; it is never edited. Every
// later change is one step of kMigrations (from the version before it to `to`), kept as written.
// A new project is made by kCreate followed by every step in order, so a new project and one
// brought up to date have the same tables. A change of the schema: a new step at the end, and
// Project::schemaVersion set to its `to`.
namespace nianbao::projectschema {

inline constexpr const char *kCreate = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE roots(path TEXT PRIMARY KEY, added_at TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE reports(
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  size INTEGER NOT NULL DEFAULT 0,
  mtime_ms INTEGER NOT NULL DEFAULT 0,
  sha256 TEXT NOT NULL DEFAULT '',
  present INTEGER NOT NULL DEFAULT 1,
  missing_since TEXT,
  error TEXT,
  record TEXT,
  agency TEXT NOT NULL DEFAULT '',
  year INTEGER NOT NULL DEFAULT 0,
  format TEXT NOT NULL DEFAULT '',
  violations INTEGER NOT NULL DEFAULT 0,
  missing INTEGER NOT NULL DEFAULT 0,
  warnings INTEGER NOT NULL DEFAULT 0,
  read_at TEXT,
  status TEXT NOT NULL DEFAULT 'unreviewed'
    CHECK(status IN ('unreviewed', 'in_review', 'approved', 'returned')),
  status_note TEXT NOT NULL DEFAULT '',
  status_at TEXT);
CREATE TABLE findings(
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL,
  rule TEXT NOT NULL,
  cells TEXT NOT NULL,
  message TEXT NOT NULL,
  PRIMARY KEY(report_id, seq)) WITHOUT ROWID;
CREATE TABLE corrections(
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  cell TEXT NOT NULL,
  from_value REAL,
  to_value REAL,
  note TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL);
CREATE INDEX corrections_by_report ON corrections(report_id, id);
CREATE TABLE status_history(
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  status TEXT NOT NULL,
  note TEXT NOT NULL,
  at TEXT NOT NULL);
CREATE INDEX status_history_by_report ON status_history(report_id, id);
)sql";

// Version 2: the reviewer's decisions on findings (confirmed as a real error of the report, or
// dismissed with a reason), what a saved review keeps as its record's `settlements`. Append-only:
// a decision taken back is an entry with status 'open'; the decisions standing are the trail
// replayed (the latest entry for a finding's kind, rule and cells).
inline constexpr const char *kToVersion2 = R"sql(
CREATE TABLE settlements(
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK(kind IN ('violation', 'missing', 'warning')),
  rule TEXT NOT NULL,
  cells TEXT NOT NULL,
  status TEXT NOT NULL CHECK(status IN ('open', 'confirmed', 'dismissed')),
  reason TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL);
CREATE INDEX settlements_by_report ON settlements(report_id, id);
)sql";

struct Migration
{
    int to;          // the version the step brings a project to (from to - 1)
    const char *sql; // the step's statements (run in one transaction with the version set)
};

inline constexpr Migration kMigrations[] = {
    {2, kToVersion2},
};

} // namespace nianbao::projectschema
