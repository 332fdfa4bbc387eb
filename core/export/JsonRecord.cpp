// SPDX-License-Identifier: GPL-3.0-or-later
// The record as JSON (RECORD.md, "nianbao-record/1"). Beyond the documented fields it adds
// "sources" (how the report gave each cell), "corrected" (ids the reviewer changed), "status"
// (the status word of the CSV), "facts" (what the soft checks read), "alternatives" (the readings
// of a run of digits the report did not settle: {id: [values…]}, position k of every cell of the
// row being one reading), "hints" (repair hints), "settlements" (findings confirmed or dismissed),
// "printed_groups" (groups printed as their total) and each finding's "status" and "reason", so
// that a record read back checks the same. Reading it back is JsonRecordRead.cpp.
#include "core/export/JsonRecord.h"

#include "core/record/CellState.h"
#include "core/export/JsonWriter.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

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

QJsonObject hintToJson(const Hint &h)
{
    QJsonArray changes;
    for (const HintChange &c : h.changes)
        changes.append(QJsonObject{{u"cell"_s, c.cell}, {u"from"_s, c.from}, {u"to"_s, c.to}});
    return {{u"changes"_s, changes},
            {u"fixes"_s, stringArray(h.fixes)},
            {u"message"_s, h.message},
            {u"rule"_s, h.rule},
            {u"rank"_s, h.rank}};
}

QJsonObject settlementToJson(const Settlement &s)
{
    return {{u"kind"_s, findingKindName(s.kind)},
            {u"rule"_s, s.rule},
            {u"cells"_s, stringArray(s.cells)},
            {u"status"_s, findingStatusName(s.status)},
            {u"reason"_s, s.reason},
            {u"at"_s, isoUtc(s.at)}};
}

QJsonObject factsToJson(const ReportFacts &f)
{
    QJsonArray claims;
    for (const TextClaim &c : f.claims)
        claims.append(QJsonObject{{u"kind"_s, c.kind}, {u"value"_s, c.value}, {u"quote"_s, c.quote}});
    QJsonObject o{{u"title"_s, f.title},
                  {u"title_year"_s, f.titleYear},
                  {u"period_year"_s, f.periodYear},
                  {u"sections_found"_s, stringArray(f.sectionsFound)},
                  {u"tables_found"_s, f.tablesFound},
                  {u"claims"_s, claims},
                  {u"format_evidence"_s, f.formatEvidence}};
    if (!f.convertedFrom.isEmpty()) // only for a text read after a conversion
        o.insert(u"converted_from"_s, f.convertedFrom);
    if (!f.rowsByOrder.isEmpty()) // only when rows were placed by the table's row order
        o.insert(u"rows_by_order"_s, stringArray(f.rowsByOrder));
    if (f.scanned) // only for an image-only PDF
        o.insert(u"scanned"_s, true);
    if (f.ocr.any()) { // only for a scan its pages were read by OCR (or could not be)
        QJsonObject ocr{{u"engine"_s, f.ocr.engine},
                        {u"pages"_s, f.ocr.pages},
                        {u"pages_left"_s, f.ocr.pagesLeft},
                        {u"read"_s, f.ocr.read},
                        {u"accepted"_s, f.ocr.accepted},
                        {u"marked"_s, f.ocr.marked},
                        {u"seconds"_s, std::round(f.ocr.seconds * 10) / 10}};
        if (!f.ocr.unavailable.isEmpty())
            ocr.insert(u"unavailable"_s, f.ocr.unavailable);
        if (f.ocr.fromReview) // only when the reading kept with the review stood for OCR
            ocr.insert(u"from_review"_s, true);
        o.insert(u"ocr"_s, ocr);
    }
    return o;
}

// The cell maps: values, raw texts (cells the report had), sources and statuses.
void addCells(const Record &record, QJsonObject &o)
{
    const Schema &schema = record.schema();
    const QStringList statuses = cellStatuses(record);
    QJsonObject cells, raw, sources, status, alternatives;
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
        if (!c.alternatives.isEmpty()) {
            QJsonArray values;
            for (double v : c.alternatives)
                values.append(v);
            alternatives.insert(id, values);
        }
    }
    o.insert(u"cells"_s, cells);
    o.insert(u"raw"_s, raw);
    o.insert(u"sources"_s, sources);
    o.insert(u"status"_s, status);
    o.insert(u"corrected"_s, stringArray(corrected));
    o.insert(u"alternatives"_s, alternatives);
}

const QStringList &cellIds(FormatVersion f)
{
    static const auto build = [](FormatVersion format) {
        QStringList ids;
        for (const CellSpec &c : Schema::get(format).cells())
            ids.append(c.id);
        return ids;
    };
    static const QStringList ids2021 = build(FormatVersion::V2021);
    static const QStringList ids2019 = build(FormatVersion::V2019);
    return f == FormatVersion::V2021 ? ids2021 : ids2019;
}

// A map of cell ids in the order of the table of the format that knows all of them.
QStringList cellOrder(const QJsonObject &cells)
{
    for (FormatVersion f : {FormatVersion::V2021, FormatVersion::V2019}) {
        const Schema &s = Schema::get(f);
        const QStringList keys = cells.keys();
        if (std::all_of(keys.begin(), keys.end(), [&](const QString &k) { return s.indexOf(k) >= 0; }))
            return cellIds(f);
    }
    return {};
}

// Key order of the written JSON: as RECORD.md shows it, the cells in table order.
QStringList keyOrder(const QString &key, const QJsonObject &o)
{
    if (o.value(u"schema"_s).toString() == QLatin1String(Record::schemaName))
        return {u"schema"_s, u"source"_s, u"format"_s, u"agency"_s, u"year"_s, u"cells"_s, u"raw"_s,
                u"inferred"_s, u"alternatives"_s, u"printed_groups"_s, u"findings"_s, u"hints"_s, u"corrections"_s,
                u"settlements"_s, u"sources"_s, u"corrected"_s, u"status"_s, u"facts"_s};
    if (o.contains(u"old"_s) && o.contains(u"new"_s)) // a comparison
        return {u"old"_s, u"new"_s, u"findings"_s};
    if (key == u"source")
        return {u"file"_s, u"sha256"_s, u"kind"_s};
    if (key == u"cells" || key == u"raw" || key == u"sources" || key == u"status" || key == u"alternatives")
        return cellOrder(o);
    if (key == u"findings")
        return {u"kind"_s, u"rule"_s, u"cells"_s, u"previous_cells"_s, u"message"_s, u"status"_s, u"reason"_s};
    if (key == u"hints")
        return {u"changes"_s, u"fixes"_s, u"message"_s, u"rule"_s, u"rank"_s};
    if (key == u"changes")
        return {u"cell"_s, u"from"_s, u"to"_s};
    if (key == u"settlements")
        return {u"kind"_s, u"rule"_s, u"cells"_s, u"status"_s, u"reason"_s, u"at"_s};
    if (key == u"corrections")
        return {u"cell"_s, u"from"_s, u"to"_s, u"note"_s, u"at"_s};
    if (o.keys().contains(u"natural"_s)) // a printed group's values
        return Schema::applicantColumns();
    if (key == u"facts")
        return {u"title"_s, u"title_year"_s, u"period_year"_s, u"sections_found"_s, u"tables_found"_s,
                u"claims"_s, u"format_evidence"_s, u"converted_from"_s, u"rows_by_order"_s};
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
    o.insert(u"status"_s, findingStatusName(finding.status));
    if (finding.status != FindingStatus::Open)
        o.insert(u"reason"_s, finding.reason);
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
    if (!record.printedGroups.isEmpty()) {
        QJsonObject groups;
        for (const PrintedGroup &g : record.printedGroups) {
            QJsonObject byColumn;
            for (qsizetype c = 0; c < g.cells.size() && c < Schema::applicantColumns().size(); ++c)
                byColumn.insert(Schema::applicantColumns().at(c), numberOrNull(g.cells.at(c).value));
            groups.insert(g.rowKey, byColumn);
        }
        o.insert(u"printed_groups"_s, groups);
    }
    QJsonArray findings;
    for (const Finding &f : record.findings)
        findings.append(findingToJson(f));
    o.insert(u"findings"_s, findings);
    QJsonArray hints;
    for (const Hint &h : record.hints)
        hints.append(hintToJson(h));
    o.insert(u"hints"_s, hints);
    QJsonArray corrections;
    for (const Correction &c : record.corrections)
        corrections.append(correctionToJson(c));
    o.insert(u"corrections"_s, corrections);
    QJsonArray settlements;
    for (const Settlement &st : record.settlements)
        settlements.append(settlementToJson(st));
    o.insert(u"settlements"_s, settlements);
    o.insert(u"facts"_s, factsToJson(record.facts));
    return o;
}

QByteArray recordJsonBytes(const QJsonValue &value)
{
    return writeOrderedJson(value, keyOrder);
}

QByteArray recordsToJsonBytes(const QList<Record> &records)
{
    if (records.size() == 1)
        return recordJsonBytes(recordToJson(records.first()));
    QJsonArray array;
    for (const Record &r : records)
        array.append(recordToJson(r));
    return recordJsonBytes(array);
}

} // namespace nianbao
