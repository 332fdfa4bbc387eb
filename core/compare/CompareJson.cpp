// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compare/CompareJson.h"
#include "core/export/JsonRecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

QString tableName(TableSection t)
{
    switch (t) {
    case TableSection::Active: return u"active"_s;
    case TableSection::Apply: return u"apply"_s;
    case TableSection::Review: return u"review"_s;
    }
    return {};
}

QJsonValue optionalNumber(const std::optional<double> &v, int decimals = -1)
{
    if (!v)
        return QJsonValue(QJsonValue::Null);
    if (decimals < 0)
        return *v;
    const double scale = std::pow(10.0, decimals);
    return std::round(*v * scale) / scale;
}

QJsonObject findingWithPrevious(const Finding &f)
{
    QJsonObject o = findingToJson(f);
    // RECORD.md: comparison findings carry the OLD report's cells as "previous_cells".
    if (!o.contains(u"previous_cells"_s))
        o.insert(u"previous_cells"_s, QJsonArray::fromStringList(f.previousCells));
    return o;
}

} // namespace

QJsonObject comparisonRowToJson(const ComparisonRow &row)
{
    return QJsonObject{
        {u"table"_s, tableName(row.table)},
        {u"label"_s, row.label},
        {u"mapping"_s, rowMappingName(row.mapping)},
        {u"comparable"_s, row.comparable()},
        {u"old_cells"_s, QJsonArray::fromStringList(row.oldCells)},
        {u"new_cells"_s, QJsonArray::fromStringList(row.newCells)},
        {u"old"_s, optionalNumber(row.oldValue)},
        {u"new"_s, optionalNumber(row.newValue)},
        {u"change"_s, optionalNumber(row.change)},
        {u"percent"_s, optionalNumber(row.percent, 1)},
        {u"big"_s, row.big},
        {u"note"_s, row.note},
    };
}

QJsonObject comparisonToJson(const Comparison &c)
{
    QJsonArray findings;
    for (const Finding &f : c.findings)
        findings.append(findingWithPrevious(f));
    QJsonArray rows;
    for (const ComparisonRow &r : c.rows)
        rows.append(comparisonRowToJson(r));
    return QJsonObject{
        {u"schema"_s, u"nianbao-compare/1"_s},
        {u"old"_s, recordToJson(c.older)},
        {u"new"_s, recordToJson(c.newer)},
        {u"findings"_s, findings},
        {u"thresholds"_s, QJsonObject{{u"min_absolute"_s, c.thresholds.minAbsolute},
                                      {u"min_percent"_s, c.thresholds.minPercent},
                                      {u"from_zero"_s, c.thresholds.fromZero}}},
        {u"rows"_s, rows},
    };
}

QByteArray comparisonToJsonBytes(const Comparison &c)
{
    return QJsonDocument(comparisonToJson(c)).toJson(QJsonDocument::Indented);
}

} // namespace nianbao
