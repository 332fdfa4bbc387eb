// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The record as an Excel workbook (libxlsxwriter): one sheet per section laid out like the
// official tables, problem cells formatted to stand out, a findings sheet, a corrections sheet,
// and the relations written as formulas so the sheet keeps checking itself in Excel.
#include "core/record/Record.h"
#include "core/util/Result.h"

namespace nianbao {

Status writeRecordXlsx(const Record &record, const QString &path);
// Several records: the season's summary workbook (SummaryWorkbook.h), each named by its file name.
Status writeRecordsXlsx(const QList<Record> &records, const QString &path);

} // namespace nianbao
