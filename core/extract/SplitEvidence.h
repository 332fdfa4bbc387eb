// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the report itself says about how a run of digits splits (FlattenedTables.h), before any
// split is taken as a value:
//   - the counts its prose quotes for the cells of section 二 ("制定规范性文件12件，废止5件",
//     "作出行政许可决定2293件", "收费…万元", "集中采购项目13个，金额…元");
//   - plausibility that is always true: counts are whole (the splitter's own rule), an amount has
//     at most 2 decimals in 元 and 6 in 万元 (cents), 上一年项目数量 + 本年增/减 is never negative,
//     a procurement amount is at least 100 元 a project;
//   - preferences that are usually true (现行有效 ≥ 本年制发, 对外公开总数 ≥ 本年新公开): they only
//     order the readings left, never settle one.
// A reading the evidence leaves alone is a value; several left are alternatives, never a guess.
#include "core/document/Document.h"
#include "core/extract/DigitRunSplitter.h"
#include "core/schema/CellSchema.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace nianbao {

// A count or amount the prose quotes for one cell of section 二.
struct ProseCount
{
    QString cellId;   // "active.normative.issued"
    double value = 0; // in the cell's own unit (万元 for fees); procurement amounts in 元
    Span span;        // the number in the text
    QString quote;    // the clause that quotes it
};

// The counts quoted outside `exclude` (the flattened table itself). A clause that compares with
// another year (上年, 同比, 较…) or names a year other than `reportYear` (when known) says nothing.
QList<ProseCount> findProseCounts(const QString &text, FormatVersion format, int reportYear, Span exclude);

enum class AmountUnit { Unknown, Yuan, TenThousandYuan };

// The unit printed with a row's amount: "元" / "万元" right after the run, else in the table's
// header shortly before the label ("（单位：万元）", "采购总金额（元）").
AmountUnit amountUnitAround(const QString &text, Span label, Span run);

struct RowContext
{
    QString rowKey;      // "active.normative"
    QStringList columns; // the row's column keys in order ("issued", "repealed", "in_force")
    AmountUnit unit = AmountUnit::Unknown;
};

// False when the reading breaks what is always true of the row (see above).
bool isPlausibleReading(const RunSplit &reading, const RowContext &row);

struct WeighedReadings
{
    QList<RunSplit> readings; // those the evidence leaves, preferred first
    QStringList evidence;     // what narrowed them, in Chinese ("正文：制定规范性文件12件")
};

// Keeps the plausible readings, then those agreeing with the prose (a quote no reading agrees
// with is set aside: it speaks of something else), and orders what is left by preference then
// by the splitter's own order.
WeighedReadings weighReadings(const QList<RunSplit> &readings, const RowContext &row,
                              const QList<ProseCount> &prose);

} // namespace nianbao
