// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Two years of one agency side by side (issue 5): the cells of both reports aligned row by row
// with their changes, big changes marked, and the cross-year findings (上年结转 against last
// year's 结转下年度继续办理, 现行有效件数, years, agency).
//
// 2019 against 2021 format: section 三 maps by id, except that the old single row （六）其他处理
// is compared with the SUM of the three new （六） rows; section 四 maps by id; the 第二十条 items
// of section 二 changed meaning and are shown as not comparable, never mapped.
#include "core/record/Record.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace nianbao {

// When a change is "big" (a possible typing error the reviewer should look at): both conditions
// |Δ| ≥ minAbsolute and |Δ| / |old| ≥ minPercent %, or a jump from 0 to at least fromZero.
struct CompareThresholds
{
    double minAbsolute = 10;
    double minPercent = 50;
    double fromZero = 10;
    friend bool operator==(const CompareThresholds &, const CompareThresholds &) = default;
};

enum class RowMapping {
    SameId,        // the same cell id in both reports
    SummedNew,     // one old cell against the sum of several new cells (old （六） vs new Σ（六）)
    SummedOld,     // several old cells against one new cell (a 2021-format older report)
    NotComparable, // the cell exists in one format only, or changed meaning (第二十条 items)
};

QString rowMappingName(RowMapping m); // "same", "sum_new", "sum_old", "not_comparable"

struct ComparisonRow
{
    TableSection table = TableSection::Apply;
    QString label;           // "一、本年新收政府信息公开申请数量 · 自然人" (the row and column labels)
    QStringList oldCells;    // ids in the OLD report (empty when it has no such cell)
    QStringList newCells;    // ids in the NEW report (empty when it has no such cell)
    RowMapping mapping = RowMapping::SameId;
    std::optional<double> oldValue; // the sum when several cells; null when any is missing
    std::optional<double> newValue;
    std::optional<double> change;   // new − old, when both are known
    std::optional<double> percent;  // change / |old| × 100, when both are known and old ≠ 0
    bool big = false;               // see CompareThresholds
    QString note;                   // why not comparable, or how summed (Chinese; empty for SameId)

    bool comparable() const { return mapping != RowMapping::NotComparable; }
};

struct Comparison
{
    Record older;
    Record newer;
    CompareThresholds thresholds;
    QList<ComparisonRow> rows;   // section 二, 三, 四 in table order
    QList<Finding> findings;     // cross-year findings: cells = ids of NEW, previousCells = ids of OLD

    bool sameFormat() const { return older.format == newer.format; }
    qsizetype bigChangeCount() const;
    // The row showing a given cell id of the NEW (or OLD) report, or nullptr.
    const ComparisonRow *rowForNewCell(QStringView id) const;
    const ComparisonRow *rowForOldCell(QStringView id) const;
};

// Aligns the two reports and runs the cross-year checks. Never fails: missing cells give rows
// with null values and no finding (the reports' own checks show them as missing).
Comparison compareRecords(const Record &older, const Record &newer,
                          const CompareThresholds &thresholds = {});

// Only the cross-year findings, in a stable order: carried over, in force, years, agency.
QList<Finding> crossYearFindings(const Record &older, const Record &newer);

// A name without its place ("区司法局", "县财政局"; `key` as labelKey gives it), or none: it is
// contained in every 区司法局 and says nothing about which one.
bool agencyLacksPlaceName(const QString &key);

// Whether a change from old to new is big under the thresholds.
bool isBigChange(double oldValue, double newValue, const CompareThresholds &thresholds);

} // namespace nianbao
