// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The season's summary workbook (issue 10): `export --format xlsx` of several reports. Reports are
// added one by one, in the order they are to appear, and are not kept: the rows of 问题清单,
// 数据 and 修改记录 are written as each report comes, and only one short row per report stays in
// memory for 汇总, written at the end with the cross-year counts. Beyond maxTableReports reports
// the workbook is written in libxlsxwriter's constant_memory mode (rows go to temporary files as
// they are written), so a thousand reports and ten thousand take the same memory.
//
// Sheets: 汇总 (one row per report with its counts and key totals), 问题清单 (one row per finding
// of a report), 数据 (one row per report × cell, for pivot tables), 跨年度 (the cross-year findings
// of each report against its previous year), 无法读取 (file, reason), 修改记录 (the reviewers'
// corrections), then, for up to maxTableReports reports, the three tables of each.
#include "core/record/Record.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace nianbao {

class SummaryWorkbook
{
public:
    static constexpr qsizetype maxTableReports = 20;

    // `reportCount`: how many reports will be added at most (decides the table sheets and the
    // memory mode). Nothing is written until close().
    SummaryWorkbook(const QString &path, qsizetype reportCount);
    ~SummaryWorkbook();
    SummaryWorkbook(const SummaryWorkbook &) = delete;
    SummaryWorkbook &operator=(const SummaryWorkbook &) = delete;

    // False when the file cannot be written (no such folder, no permission): close() says why.
    // Checked before the reports are read.
    bool isOpen() const;

    // Adds a report; `file` is the path shown in every sheet. Returns its number (0, 1, …).
    qsizetype addReport(const Record &record, const QString &file);
    // The cross-year findings of report `report` (as addReport numbered it) against the report
    // `previousFile` of its previous year. They count as 提示 in its 汇总 row.
    void addCrossYear(qsizetype report, const QList<Finding> &findings, const QString &previousFile);
    // A file that could not be read.
    void addUnreadable(const QString &file, const QString &reason);

    // Writes 汇总 and 跨年度 and closes the file. Failure names the path in Chinese.
    Status close();

    // The 汇总 columns after the counts: label and the cell ids summed (2021 and 2019 share them).
    struct KeyTotal
    {
        QString label;
        QStringList ids;
    };
    static const QList<KeyTotal> &keyTotals();
    // A record's key totals, in keyTotals() order: the sum of the cells, nullopt (open) when one
    // of them has no value or the format has none of them.
    static QList<std::optional<double>> keyTotalValues(const Record &record);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace nianbao
