#pragma once
// The record as an Excel workbook (libxlsxwriter): one sheet per section laid out like the
// official tables, problem cells formatted to stand out, a findings sheet, a corrections sheet,
// and the relations written as formulas so the sheet keeps checking itself in Excel.
#include "core/record/Record.h"
#include "core/util/Result.h"

namespace nianbao {

Status writeRecordXlsx(const Record &record, const QString &path);
// Several records: one workbook, a summary sheet with one row per report plus the cells.
Status writeRecordsXlsx(const QList<Record> &records, const QString &path);

} // namespace nianbao
