// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compare/Series.h"

#include "core/compare/Compare.h"
#include "core/util/TextNormalize.h"

#include <cmath>
#include <limits>
#include <QHash>

namespace nianbao {

const QStringList &seriesCells()
{
    static const QStringList ids = [] {
        QStringList l;
        for (const QString &col : Schema::applicantColumns())
            l << QStringLiteral("apply.carried_over.") + col << QStringLiteral("apply.carried_forward.") + col;
        for (const char *item : {"regulations", "normative"})
            for (const char *what : {"in_force", "issued", "repealed"})
                l << QStringLiteral("active.%1.%2").arg(QLatin1String(item), QLatin1String(what));
        // What settleWithPreviousYear (core/rules/PreviousYear.h) reads of the year before in
        // the 2019 format: 上一年项目数量 and 本年增/减 (absent from a 2021 record: NaN there).
        for (const char *item : {"licensing", "other_services", "penalty", "coercion", "fees"})
            for (const char *what : {"previous", "change"})
                l << QStringLiteral("active.%1.%2").arg(QLatin1String(item), QLatin1String(what));
        return l;
    }();
    return ids;
}

QString agencyKey(const QString &agency)
{
    const QString key = labelKey(agency);
    return agencyLacksPlaceName(key) ? QString() : key;
}

SeriesSlice seriesSlice(const Record &record)
{
    SeriesSlice s;
    s.agency = record.agency;
    s.agencyKey = agencyKey(record.agency);
    s.year = record.year;
    s.format = record.format;
    s.values.reserve(seriesCells().size());
    for (const QString &id : seriesCells())
        s.values.append(record.value(id).value_or(std::numeric_limits<double>::quiet_NaN()));
    return s;
}

Record seriesRecord(const SeriesSlice &slice)
{
    Record r;
    r.format = slice.format;
    r.agency = slice.agency;
    r.year = slice.year;
    r.resetCells();
    const QStringList &ids = seriesCells();
    for (qsizetype i = 0; i < ids.size() && i < slice.values.size(); ++i) {
        CellValue *c = r.cell(ids.at(i));
        if (c && !std::isnan(slice.values.at(i))) {
            c->value = slice.values.at(i);
            c->source = CellSource::Read;
        }
    }
    return r;
}

QList<qsizetype> previousYears(const QList<SeriesSlice> &slices)
{
    QHash<QPair<QString, int>, qsizetype> first;
    for (qsizetype i = 0; i < slices.size(); ++i) {
        const SeriesSlice &s = slices.at(i);
        if (s.year > 0 && !s.agencyKey.isEmpty())
            first.insert({s.agencyKey, s.year}, first.value({s.agencyKey, s.year}, i));
    }
    QList<qsizetype> previous(slices.size(), -1);
    for (qsizetype i = 0; i < slices.size(); ++i) {
        const SeriesSlice &s = slices.at(i);
        if (s.year > 0 && !s.agencyKey.isEmpty())
            previous[i] = first.value({s.agencyKey, s.year - 1}, -1);
    }
    return previous;
}

QList<Finding> seriesFindings(const SeriesSlice &older, const SeriesSlice &newer)
{
    return crossYearFindings(seriesRecord(older), seriesRecord(newer));
}

} // namespace nianbao
