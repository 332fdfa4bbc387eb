#pragma once
// CSV in UTF-8 with a BOM (so Excel on Windows keeps the Chinese), long form: one row per cell
// with file, id, section, Chinese row and column labels, value, raw text and status (cellStatus of
// core/record/CellState.h). Text that starts with = + - @ is escaped so a spreadsheet does not run
// it as a formula.
#include "core/record/Record.h"

#include <QByteArray>

namespace nianbao {

QByteArray recordsToCsv(const QList<Record> &records);

} // namespace nianbao
