// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/PreviousYear.h"

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

// The readings of an unsettled row: the row's cells all without a value, with as many readings each.
struct UnsettledRow
{
    QList<CellValue *> cells; // in column order
    QStringList columns;
    qsizetype readings = 0;
    double at(const QString &column, qsizetype k) const { return cells.at(columns.indexOf(column))->alternatives.at(k); }
};

std::optional<UnsettledRow> unsettledRow(Record &r, const QString &rowKey)
{
    UnsettledRow row;
    row.columns = r.schema().columnKeys(rowKey);
    for (const QString &column : row.columns) {
        CellValue *c = r.cell(QString(rowKey + u'.' + column));
        if (!c || c->value || c->alternatives.size() < 2 || (row.readings && c->alternatives.size() != row.readings))
            return std::nullopt;
        row.readings = c->alternatives.size();
        row.cells.append(c);
    }
    if (row.cells.isEmpty())
        return std::nullopt;
    return row;
}

bool same(double a, double b) { return std::abs(a - b) < 1e-9; }

// Keeps the readings `fits` accepts; returns the settled ids.
QStringList narrow(UnsettledRow &row, const QString &rowKey, const std::function<bool(qsizetype)> &fits)
{
    QList<qsizetype> kept;
    for (qsizetype k = 0; k < row.readings; ++k)
        if (fits(k))
            kept.append(k);
    if (kept.isEmpty() || kept.size() == row.readings)
        return {};
    QStringList settled;
    for (qsizetype i = 0; i < row.cells.size(); ++i) {
        CellValue *c = row.cells.at(i);
        QList<double> left;
        for (qsizetype k : kept)
            left.append(c->alternatives.at(k));
        c->alternatives = left;
        if (left.size() == 1) {
            c->value = left.first();
            c->alternatives.clear();
            c->source = CellSource::Read;
            settled.append(rowKey + u'.' + row.columns.at(i));
        }
    }
    return settled;
}

} // namespace

QStringList settleWithPreviousYear(Record &newer, const Record &older)
{
    if (newer.year <= 0 || older.year != newer.year - 1 || newer.format != older.format)
        return {};
    QStringList settled;
    if (newer.format == FormatVersion::V2021) {
        for (const QString &rowKey : {u"active.regulations"_s, u"active.normative"_s}) {
            const auto before = older.value(QString(rowKey + u".in_force"_s));
            auto row = unsettledRow(newer, rowKey);
            if (!before || !row)
                continue;
            settled += narrow(*row, rowKey, [&](qsizetype k) {
                return same(row->at(u"in_force"_s, k), *before + row->at(u"issued"_s, k) - row->at(u"repealed"_s, k));
            });
        }
        return settled;
    }
    for (const QString &rowKey : {u"active.licensing"_s, u"active.other_services"_s, u"active.penalty"_s,
                                  u"active.coercion"_s, u"active.fees"_s}) {
        const auto previous = older.value(QString(rowKey + u".previous"_s));
        const auto change = older.value(QString(rowKey + u".change"_s));
        auto row = unsettledRow(newer, rowKey);
        if (!previous || !change || !row)
            continue;
        settled += narrow(*row, rowKey, [&](qsizetype k) { return same(row->at(u"previous"_s, k), *previous + *change); });
    }
    return settled;
}

} // namespace nianbao
