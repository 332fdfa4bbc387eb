#pragma once
// CSV in UTF-8 with a BOM (so Excel on Windows keeps the Chinese), long form: one row per cell
// with file, id, section, Chinese row and column labels, value, raw text and status. Text that
// starts with = + - @ is escaped so a spreadsheet does not run it as a formula.
#include "core/record/Record.h"

#include <QByteArray>

namespace nianbao {

// Several records get two more columns after the file: agency (机关) and year (年度, empty when
// the report states none), so that a season's rows can be told apart by agency and year.
QByteArray recordsToCsv(const QList<Record> &records);
// The same in pieces, for a stream of records: the BOM and the header row, then each record's rows.
QByteArray csvHeader(bool withAgency);
// `path`, when given, stands in the file column instead of the record's file name (a season's
// reports are told apart by their paths: 2022/x.pdf and 2023/x.pdf).
QByteArray recordCsvRows(const Record &record, bool withAgency, const QString &path = {});

// The status word of a cell in the CSV and the xlsx: "ok", "violation", "blank", "text",
// "invalid", "not_found", "corrected", "inferred".
// violation: named by a violation finding; corrected: changed by the reviewer; blank / text /
// invalid / not_found: still without a value (how the report gave it); inferred: reconstructed,
// to be confirmed; ok: read as printed.
QString cellStatus(const Record &record, qsizetype cellIndex);
// The status of every cell, indexed like Schema::cells() (one pass over the findings).
QStringList cellStatuses(const Record &record);

} // namespace nianbao
