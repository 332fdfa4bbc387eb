// The record as JSON (RECORD.md, "nianbao-record/1"). Beyond the documented fields it adds
// "sources" (how the report gave each cell), "corrected" (ids the reviewer changed), "status"
// (the status word of the CSV) and "facts" (what the soft checks read), so that a record read
// back checks the same. Reading it back is JsonRecordRead.cpp.
#include "JsonRecord.h"

#include "CsvExport.h"
#include "JsonWriter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

QJsonValue numberOrNull(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString isoUtc(const QDateTime &at)
{
    const QDateTime utc = at.toUTC();
    return utc.toString(utc.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject correctionToJson(const Correction &c)
{
    return {{u"cell"_s, c.cell},
            {u"from"_s, numberOrNull(c.from)},
            {u"to"_s, numberOrNull(c.to)},
            {u"note"_s, c.note},
            {u"at"_s, isoUtc(c.at)}};
}

QJsonObject factsToJson(const ReportFacts &f)
{
    QJsonArray claims;
    for (const TextClaim &c : f.claims)
        claims.append(QJsonObject{{u"kind"_s, c.kind}, {u"value"_s, c.value}, {u"quote"_s, c.quote}});
    return {{u"title"_s, f.title},
            {u"title_year"_s, f.titleYear},
            {u"period_year"_s, f.periodYear},
            {u"sections_found"_s, stringArray(f.sectionsFound)},
            {u"tables_found"_s, f.tablesFound},
            {u"claims"_s, claims},
            {u"format_evidence"_s, f.formatEvidence}};
}

// The cell maps: values, raw texts (cells the report had), sources and statuses.
void addCells(const Record &record, QJsonObject &o)
{
    const Schema &schema = record.schema();
    const QStringList statuses = cellStatuses(record);
    QJsonObject cells, raw, sources, status;
    QStringList corrected;
    for (qsizetype i = 0; i < schema.size(); ++i) {
        const QString &id = schema.at(i).id;
        const CellValue c = i < record.cells.size() ? record.cells.at(i) : CellValue{};
        cells.insert(id, numberOrNull(c.value));
        if (c.source != CellSource::NotFound)
            raw.insert(id, c.raw);
        sources.insert(id, cellSourceName(c.source));
        status.insert(id, statuses.at(i));
        if (c.corrected)
            corrected.append(id);
    }
    o.insert(u"cells"_s, cells);
    o.insert(u"raw"_s, raw);
    o.insert(u"sources"_s, sources);
    o.insert(u"status"_s, status);
    o.insert(u"corrected"_s, stringArray(corrected));
}

// Key order of the written JSON: as RECORD.md shows it, cells in table order.
QStringList keyOrder(const QString &key, int depth, const QStringList &cellIds)
{
    if (depth == 0)
        return {u"schema"_s, u"source"_s, u"format"_s, u"agency"_s, u"year"_s, u"cells"_s, u"raw"_s,
                u"inferred"_s, u"findings"_s, u"corrections"_s, u"sources"_s, u"corrected"_s,
                u"status"_s, u"facts"_s};
    if (key == u"source")
        return {u"file"_s, u"sha256"_s, u"kind"_s};
    if (key == u"cells" || key == u"raw" || key == u"sources" || key == u"status")
        return cellIds;
    if (key == u"findings")
        return {u"kind"_s, u"rule"_s, u"cells"_s, u"previous_cells"_s, u"message"_s};
    if (key == u"corrections")
        return {u"cell"_s, u"from"_s, u"to"_s, u"note"_s, u"at"_s};
    if (key == u"facts")
        return {u"title"_s, u"title_year"_s, u"period_year"_s, u"sections_found"_s, u"tables_found"_s,
                u"claims"_s, u"format_evidence"_s};
    if (key == u"claims")
        return {u"kind"_s, u"value"_s, u"quote"_s};
    return {};
}

} // namespace

QJsonObject findingToJson(const Finding &finding)
{
    QJsonObject o{{u"kind"_s, findingKindName(finding.kind)},
                  {u"rule"_s, finding.rule},
                  {u"cells"_s, stringArray(finding.cells)},
                  {u"message"_s, finding.message}};
    if (!finding.previousCells.isEmpty())
        o.insert(u"previous_cells"_s, stringArray(finding.previousCells));
    return o;
}

QJsonObject recordToJson(const Record &record)
{
    QJsonObject o;
    o.insert(u"schema"_s, QString::fromLatin1(Record::schemaName));
    o.insert(u"source"_s, QJsonObject{{u"file"_s, record.sourceFile},
                                      {u"sha256"_s, record.sha256},
                                      {u"kind"_s, record.kind}});
    o.insert(u"format"_s, formatName(record.format));
    o.insert(u"agency"_s, record.agency);
    o.insert(u"year"_s, record.year > 0 ? QJsonValue(record.year) : QJsonValue(QJsonValue::Null));
    addCells(record, o);
    o.insert(u"inferred"_s, stringArray(record.inferredCells()));
    QJsonArray findings;
    for (const Finding &f : record.findings)
        findings.append(findingToJson(f));
    o.insert(u"findings"_s, findings);
    QJsonArray corrections;
    for (const Correction &c : record.corrections)
        corrections.append(correctionToJson(c));
    o.insert(u"corrections"_s, corrections);
    o.insert(u"facts"_s, factsToJson(record.facts));
    return o;
}

namespace {

QByteArray recordBytes(const Record &record)
{
    QStringList ids;
    for (const CellSpec &c : record.schema().cells())
        ids.append(c.id);
    return writeOrderedJson(recordToJson(record),
                            [&](const QString &key, int depth) { return keyOrder(key, depth, ids); });
}

} // namespace

QByteArray recordsToJsonBytes(const QList<Record> &records)
{
    if (records.size() == 1)
        return recordBytes(records.first());
    if (records.isEmpty())
        return QByteArray("[]\n");
    // Each record in its own table order, indented one level inside the array. Strings never
    // hold a raw line break (they are escaped), so indenting every line is safe.
    QByteArray out("[\n");
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QList<QByteArray> lines = recordBytes(records.at(i)).trimmed().split('\n');
        for (qsizetype l = 0; l < lines.size(); ++l)
            out.append("  ").append(lines.at(l)).append(l + 1 < lines.size() ? "\n" : "");
        out.append(i + 1 < records.size() ? ",\n" : "\n");
    }
    out.append("]\n");
    return out;
}

} // namespace nianbao
