// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The project's tables (schema version Project::schemaVersion), shared by Project.cpp and
// ProjectScan.cpp. docs/spec/PROJECT.md describes them for readers outside Nianbao.
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

} // namespace nianbao::projectschema
