#pragma once
// CSV in UTF-8 with a BOM (so Excel on Windows keeps the Chinese), long form: one row per cell
// with file, id, section, Chinese row and column labels, value, raw text and status. Text that
// starts with = + - @ is escaped so a spreadsheet does not run it as a formula.
#include "record/Record.h"

#include <QByteArray>

namespace nianbao {

QByteArray recordsToCsv(const QList<Record> &records);

// The status word of a cell in the CSV and the xlsx: "ok", "violation", "blank", "text",
// "invalid", "not_found", "corrected", "inferred".
QString cellStatus(const Record &record, qsizetype cellIndex);

} // namespace nianbao
