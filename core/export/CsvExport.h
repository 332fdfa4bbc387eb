// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CSV in UTF-8 with a BOM (so Excel on Windows keeps the Chinese), long form: one row per cell
// with file, id, section, Chinese row and column labels, value, raw text and status (cellStatus of
// core/record/CellState.h). Text that starts with = + - @ is escaped so a spreadsheet does not run
// it as a formula.
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

} // namespace nianbao
