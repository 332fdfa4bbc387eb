#include "core/compare/Series.h"

#include "core/compare/Compare.h"
#include "core/util/TextNormalize.h"

namespace nianbao {

namespace {

// The rows the cross-year checks read (CrossYearRules.cpp): section 二 (现行有效件数, 制发, 废止)
// and the carried-over rows of section 三.
bool readAcrossYears(const QString &id)
{
    return id.startsWith(QLatin1String("active.")) || id.startsWith(QLatin1String("apply.carried_over."))
           || id.startsWith(QLatin1String("apply.carried_forward."));
}

} // namespace

SeriesSlice seriesSlice(const Record &record)
{
    SeriesSlice s;
    s.agency = record.agency;
    const QString key = labelKey(record.agency);
    s.agencyKey = agencyLacksPlaceName(key) ? QString() : key;
    s.year = record.year;
    s.format = record.format;
    const Schema &schema = record.schema();
    for (qsizetype i = 0; i < schema.size() && i < record.cells.size(); ++i) {
        const CellValue &c = record.cells.at(i);
        if (c.value && readAcrossYears(schema.at(i).id))
            s.values.insert(schema.at(i).id, *c.value);
    }
    return s;
}

Record seriesRecord(const SeriesSlice &slice)
{
    Record r;
    r.format = slice.format;
    r.agency = slice.agency;
    r.year = slice.year;
    r.resetCells();
    for (auto it = slice.values.cbegin(); it != slice.values.cend(); ++it) {
        if (CellValue *c = r.cell(it.key())) {
            c->value = it.value();
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
