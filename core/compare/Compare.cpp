// SPDX-License-Identifier: GPL-3.0-or-later
// The alignment of two reports' cells: which cell of the old report stands against which cell of
// the new one, their values and changes. The cross-year findings are in CrossYearRules.cpp.
#include "core/compare/Compare.h"

#include <QSet>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

// The three rows that replaced the single （六）其他处理 row of the 2019 format.
const QStringList &otherHandlingParts()
{
    static const QStringList parts = {u"no_correction"_s, u"no_fee"_s, u"other"_s};
    return parts;
}

const QString kOtherHandling = u"apply.other_handling"_s;

// Rounds away the binary noise of decimals (40.51 − 30.2) without hiding any real digit of a
// value in 万元 or 元.
double tidy(double v)
{
    const double r = std::round(v * 1e6) / 1e6;
    return r == 0 ? 0.0 : r; // no "-0"
}

std::optional<double> sumOf(const Record &record, const QStringList &ids)
{
    double sum = 0;
    for (const QString &id : ids) {
        const auto v = record.value(id);
        if (!v)
            return std::nullopt; // a blank is missing, never a silent 0
        sum += *v;
    }
    return tidy(sum);
}

QString labelOf(const CellSpec &spec)
{
    return spec.row + u" · "_s + spec.column;
}

// How the new cell `spec` maps onto the old report; empty oldCells when it does not.
struct Mapping
{
    RowMapping kind = RowMapping::NotComparable;
    QStringList oldCells;
    QStringList newCells;
    QString label;
    bool skip = false; // covered by an earlier summed row
};

Mapping mapNewCell(const CellSpec &spec, const Schema &oldSchema, const Schema &newSchema)
{
    Mapping m;
    m.newCells = {spec.id};
    m.label = labelOf(spec);
    const bool crossFormat = oldSchema.format() != newSchema.format();
    // 第二十条 items: their columns changed meaning between the formats; never mapped.
    if (crossFormat && spec.table == TableSection::Active)
        return m;
    if (oldSchema.indexOf(spec.id) >= 0) {
        m.kind = RowMapping::SameId;
        m.oldCells = {spec.id};
        return m;
    }
    if (spec.rowKey.startsWith(kOtherHandling + u'.')) {
        // New 2021 （六）1–3 against old 2019 （六）: one summed row per column, at the first part.
        const QString oldId = kOtherHandling + u'.' + spec.columnKey;
        if (oldSchema.indexOf(oldId) < 0)
            return m;
        if (spec.rowKey != kOtherHandling + u'.' + otherHandlingParts().first()) {
            m.skip = true;
            return m;
        }
        m.kind = RowMapping::SummedNew;
        m.oldCells = {oldId};
        m.newCells.clear();
        for (const QString &part : otherHandlingParts())
            m.newCells.append(kOtherHandling + u'.' + part + u'.' + spec.columnKey);
        const CellSpec *oldSpec = oldSchema.find(oldId);
        m.label = oldSpec->row + u"（新格式为 1–3 项之和） · "_s + spec.column;
        return m;
    }
    if (spec.rowKey == kOtherHandling) {
        // New 2019 （六） against old 2021 （六）1–3 (an older report in the newer format).
        QStringList parts;
        for (const QString &part : otherHandlingParts())
            parts.append(kOtherHandling + u'.' + part + u'.' + spec.columnKey);
        if (oldSchema.indexOf(parts.first()) < 0)
            return m;
        m.kind = RowMapping::SummedOld;
        m.oldCells = parts;
        m.label = spec.row + u"（旧报告为 1–3 项之和） · "_s + spec.column;
        return m;
    }
    return m;
}

QString noteFor(const ComparisonRow &row, bool crossFormat)
{
    switch (row.mapping) {
    case RowMapping::SameId: return {};
    case RowMapping::SummedNew: return u"新报告为（六）其他处理 1–3 项之和"_s;
    case RowMapping::SummedOld: return u"旧报告为（六）其他处理 1–3 项之和"_s;
    case RowMapping::NotComparable:
        if (crossFormat && row.table == TableSection::Active)
            return u"第二十条各项的栏目在两种格式中含义不同，不作对比"_s;
        return row.oldCells.isEmpty() ? u"仅新报告有此项，不可比"_s : u"仅旧报告有此项，不可比"_s;
    }
    return {};
}

void fillValues(ComparisonRow &row, const Record &older, const Record &newer, const CompareThresholds &t)
{
    if (!row.oldCells.isEmpty())
        row.oldValue = sumOf(older, row.oldCells);
    if (!row.newCells.isEmpty())
        row.newValue = sumOf(newer, row.newCells);
    if (!row.comparable() || !row.oldValue || !row.newValue)
        return;
    row.change = tidy(*row.newValue - *row.oldValue);
    if (*row.oldValue != 0)
        row.percent = *row.change / std::abs(*row.oldValue) * 100.0;
    row.big = isBigChange(*row.oldValue, *row.newValue, t);
}

// The rows of one table: the new report's cells in order, then the old report's cells that no
// new cell maps onto (not comparable).
void alignTable(TableSection table, Comparison &c)
{
    const Schema &oldSchema = c.older.schema();
    const Schema &newSchema = c.newer.schema();
    const bool crossFormat = !c.sameFormat();
    QSet<QString> covered;
    for (const CellSpec &spec : newSchema.cells()) {
        if (spec.table != table)
            continue;
        const Mapping m = mapNewCell(spec, oldSchema, newSchema);
        if (m.skip)
            continue;
        ComparisonRow row;
        row.table = table;
        row.label = m.label;
        row.mapping = m.kind;
        row.newCells = m.newCells;
        row.oldCells = m.oldCells;
        for (const QString &id : m.oldCells)
            covered.insert(id);
        row.note = noteFor(row, crossFormat);
        fillValues(row, c.older, c.newer, c.thresholds);
        c.rows.append(row);
    }
    for (const CellSpec &spec : oldSchema.cells()) {
        if (spec.table != table || covered.contains(spec.id))
            continue;
        ComparisonRow row;
        row.table = table;
        row.label = labelOf(spec);
        row.mapping = RowMapping::NotComparable;
        row.oldCells = {spec.id};
        row.note = noteFor(row, crossFormat);
        fillValues(row, c.older, c.newer, c.thresholds);
        c.rows.append(row);
    }
}

} // namespace

QString rowMappingName(RowMapping m)
{
    switch (m) {
    case RowMapping::SameId: return u"same"_s;
    case RowMapping::SummedNew: return u"sum_new"_s;
    case RowMapping::SummedOld: return u"sum_old"_s;
    case RowMapping::NotComparable: return u"not_comparable"_s;
    }
    return {};
}

bool isBigChange(double oldValue, double newValue, const CompareThresholds &t)
{
    const double delta = std::abs(newValue - oldValue);
    if (oldValue == 0)
        return newValue != 0 && std::abs(newValue) >= t.fromZero;
    return delta >= t.minAbsolute && delta / std::abs(oldValue) * 100.0 >= t.minPercent;
}

qsizetype Comparison::bigChangeCount() const
{
    qsizetype n = 0;
    for (const ComparisonRow &r : rows)
        n += r.big;
    return n;
}

const ComparisonRow *Comparison::rowForNewCell(QStringView id) const
{
    for (const ComparisonRow &r : rows)
        if (r.newCells.contains(id))
            return &r;
    return nullptr;
}

const ComparisonRow *Comparison::rowForOldCell(QStringView id) const
{
    for (const ComparisonRow &r : rows)
        if (r.oldCells.contains(id))
            return &r;
    return nullptr;
}

Comparison compareRecords(const Record &older, const Record &newer, const CompareThresholds &thresholds)
{
    Comparison c;
    c.older = older;
    c.newer = newer;
    c.thresholds = thresholds;
    // Records built by hand (or read back) may lack cells: treat them as not found.
    if (c.older.cells.size() != c.older.schema().size())
        c.older.resetCells();
    if (c.newer.cells.size() != c.newer.schema().size())
        c.newer.resetCells();
    for (TableSection t : {TableSection::Active, TableSection::Apply, TableSection::Review})
        alignTable(t, c);
    c.findings = crossYearFindings(c.older, c.newer);
    return c;
}

} // namespace nianbao
