// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/XlsxExport.h"

#include "core/export/SummaryWorkbook.h"
#include "core/export/XlsxSheets.h"

namespace nianbao {

namespace {

const QString activeSheet = tableSectionLabel(TableSection::Active);
const QString applySheet = tableSectionLabel(TableSection::Apply);
const QString reviewSheet = tableSectionLabel(TableSection::Review);
const QString findingsSheet = QStringLiteral("问题清单");
const QString correctionsSheet = QStringLiteral("修改记录");
const QString hintsSheet = QStringLiteral("更正建议");
const QString longSheet = QStringLiteral("记录");

void writeSections(xlsx::Book &book, const Record &record, const QString &prefix)
{
    xlsx::writeActiveSheet(book, prefix + activeSheet, record);
    xlsx::writeApplySheet(book, prefix + applySheet, record);
    xlsx::writeReviewSheet(book, prefix + reviewSheet, record);
}

} // namespace

Status writeRecordXlsx(const Record &record, const QString &path)
{
    xlsx::Book book(path);
    const QList<Record> one = {record};
    writeSections(book, record, QString());
    xlsx::writeFindingsSheet(book, findingsSheet, one);
    xlsx::writeHintsSheet(book, hintsSheet, one);
    xlsx::writeCorrectionsSheet(book, correctionsSheet, one);
    xlsx::writeLongSheet(book, longSheet, one);
    return book.close();
}

Status writeRecordsXlsx(const QList<Record> &records, const QString &path)
{
    if (records.isEmpty())
        return Status::failure(QStringLiteral("无法写入 Excel 文件 %1：没有可导出的报告").arg(path));
    if (records.size() == 1)
        return writeRecordXlsx(records.constFirst(), path);
    SummaryWorkbook book(path, records.size());
    for (const Record &r : records)
        book.addReport(r, r.sourceFile.isEmpty() ? QStringLiteral("（无文件名）") : r.sourceFile);
    return book.close();
}

} // namespace nianbao
