#pragma once
// CSV in UTF-8 with a BOM (so Excel on Windows keeps the Chinese), long form: one row per cell
// with file, id, section, Chinese row and column labels, value, raw text and status. Text that
// starts with = + - @ is escaped so a spreadsheet does not run it as a formula.
#include "core/record/Record.h"

#include <QByteArray>

namespace nianbao {

QByteArray recordsToCsv(const QList<Record> &records);

// The status word of a cell in the CSV and the xlsx: "ok", "violation", "blank", "text",
// "invalid", "not_found", "corrected", "inferred".
// violation: named by a violation finding; corrected: changed by the reviewer; blank / text /
// invalid / not_found: still without a value (how the report gave it); inferred: reconstructed,
// to be confirmed; ok: read as printed.
QString cellStatus(const Record &record, qsizetype cellIndex);
// The status of every cell, indexed like Schema::cells() (one pass over the findings).
QStringList cellStatuses(const Record &record);

} // namespace nianbao
