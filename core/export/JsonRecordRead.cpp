// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a "nianbao-record/1" object back into a Record (saved reviews, comparisons). Strict on
// types: a wrong schema or a malformed member fails with a Chinese message naming it.
#include "core/export/JsonRecord.h"
#include "core/record/Corrections.h"

#include "core/util/TextNormalize.h"

#include <QJsonArray>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

class Reader
{
public:
    explicit Reader(const QJsonObject &o) : m_o(o) {}

    bool header(Record &r);
    bool cells(Record &r);
    bool alternatives(Record &r);
    bool findings(Record &r);
    bool settlements(Record &r);
    bool printedGroups(Record &r);
    bool hints(Record &r);
    bool corrections(Record &r);
    bool facts(Record &r);
    const QString &error() const { return m_error; }

private:
    bool fail(const QString &message)
    {
        // The message quotes the file's own text (ids, words): its control characters are shown
        // as escapes, so that the message stays one line (fuzz_review found an id with a newline).
        QString shown;
        for (const QChar c : message)
            shown += c.unicode() < 0x20 || c.unicode() == 0x7f ? u"\\x%1"_s.arg(uint(c.unicode()), 2, 16, QChar(u'0')) : QString(c);
        m_error = u"年报记录 JSON 有误："_s + shown;
        return false;
    }
    bool numberOrNull(const QJsonValue &v, std::optional<double> *out) const
    {
        if (v.isNull() || v.isUndefined()) {
            *out = std::nullopt;
            return true;
        }
        if (!v.isDouble())
            return false;
        *out = v.toDouble();
        return true;
    }
    bool stringList(const QJsonValue &v, QStringList *out) const
    {
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isArray())
            return false;
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                return false;
            out->append(item.toString());
        }
        return true;
    }
    // An optional member of type `type`; false when present with another type.
    bool optional(const QJsonObject &o, const QString &key, QJsonValue::Type type) const
    {
        const QJsonValue v = o.value(key);
        return v.isUndefined() || v.isNull() || v.type() == type;
    }
    bool knownCells(const Record &r, const QStringList &ids, const QString &where);
    bool cellSources(Record &r, const QJsonObject &raw);

    QJsonObject m_o;
    QString m_error;
};

bool Reader::header(Record &r)
{
    const QJsonValue schema = m_o.value(u"schema"_s);
    if (schema.toString() != QString::fromLatin1(Record::schemaName))
        return fail(u"schema 应为“%1”，实际为“%2”（不是年报审核记录）"_s.arg(
            QString::fromLatin1(Record::schemaName), schema.isString() ? schema.toString() : u"缺失"_s));
    const auto format = formatFromName(m_o.value(u"format"_s).toString());
    if (!format)
        return fail(u"format 应为“2021”或“2019”，实际为“%1”"_s.arg(m_o.value(u"format"_s).toVariant().toString()));
    r.format = *format;
    r.resetCells();
    if (!optional(m_o, u"source"_s, QJsonValue::Object))
        return fail(u"source 应为对象"_s);
    const QJsonObject source = m_o.value(u"source"_s).toObject();
    for (const QString &key : {u"file"_s, u"sha256"_s, u"kind"_s})
        if (!optional(source, key, QJsonValue::String))
            return fail(u"source.%1 应为文字"_s.arg(key));
    r.sourceFile = source.value(u"file"_s).toString();
    r.sha256 = source.value(u"sha256"_s).toString();
    r.kind = source.value(u"kind"_s).toString();
    if (!optional(m_o, u"agency"_s, QJsonValue::String))
        return fail(u"agency 应为文字"_s);
    r.agency = m_o.value(u"agency"_s).toString();
    const QJsonValue year = m_o.value(u"year"_s);
    if (!year.isNull() && !year.isUndefined()) {
        const double y = year.toDouble(-1);
        if (!year.isDouble() || y < 0 || y > 9999 || y != std::trunc(y))
            return fail(u"year 应为年份整数或 null"_s);
        r.year = int(y);
    }
    return true;
}

bool Reader::knownCells(const Record &r, const QStringList &ids, const QString &where)
{
    for (const QString &id : ids)
        if (r.schema().indexOf(id) < 0)
            return fail(u"%1 中的“%2”不是 %3 格式的单元格"_s.arg(where, id, formatName(r.format)));
    return true;
}

bool Reader::cells(Record &r)
{
    const QJsonValue cellsValue = m_o.value(u"cells"_s);
    if (!cellsValue.isObject())
        return fail(u"缺少 cells 对象"_s);
    const QJsonObject cells = cellsValue.toObject();
    if (!knownCells(r, cells.keys(), u"cells"_s))
        return false;
    for (auto it = cells.begin(); it != cells.end(); ++it)
        if (!numberOrNull(it.value(), &r.cell(it.key())->value))
            return fail(u"cells 中“%1”的值应为数字或 null"_s.arg(it.key()));
    if (!optional(m_o, u"raw"_s, QJsonValue::Object))
        return fail(u"raw 应为对象"_s);
    const QJsonObject raw = m_o.value(u"raw"_s).toObject();
    if (!knownCells(r, raw.keys(), u"raw"_s))
        return false;
    for (auto it = raw.begin(); it != raw.end(); ++it) {
        if (!it.value().isString())
            return fail(u"raw 中“%1”应为文字"_s.arg(it.key()));
        r.cell(it.key())->raw = it.value().toString();
    }
    if (!cellSources(r, raw))
        return false;
    QStringList inferred, corrected;
    if (!stringList(m_o.value(u"inferred"_s), &inferred))
        return fail(u"inferred 应为单元格 id 的数组"_s);
    if (!stringList(m_o.value(u"corrected"_s), &corrected))
        return fail(u"corrected 应为单元格 id 的数组"_s);
    if (!knownCells(r, inferred, u"inferred"_s) || !knownCells(r, corrected, u"corrected"_s))
        return false;
    for (const QString &id : inferred)
        r.cell(id)->inferred = true;
    for (const QString &id : corrected)
        r.cell(id)->corrected = true;
    return alternatives(r);
}

// The readings of unsettled runs: {id: [numbers…]}, optional.
bool Reader::alternatives(Record &r)
{
    if (!optional(m_o, u"alternatives"_s, QJsonValue::Object))
        return fail(u"alternatives 应为对象"_s);
    const QJsonObject all = m_o.value(u"alternatives"_s).toObject();
    if (!knownCells(r, all.keys(), u"alternatives"_s))
        return false;
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (!it.value().isArray())
            return fail(u"alternatives 中“%1”应为数字的数组"_s.arg(it.key()));
        QList<double> values;
        for (const QJsonValue &v : it.value().toArray()) {
            if (!v.isDouble())
                return fail(u"alternatives 中“%1”应为数字的数组"_s.arg(it.key()));
            values.append(v.toDouble());
        }
        r.cell(it.key())->alternatives = values;
    }
    return true;
}

// How the report gave each cell: "sources" when written by nianbao, else judged from raw.
bool Reader::cellSources(Record &r, const QJsonObject &raw)
{
    if (!optional(m_o, u"sources"_s, QJsonValue::Object))
        return fail(u"sources 应为对象"_s);
    const QJsonObject sources = m_o.value(u"sources"_s).toObject();
    if (!knownCells(r, sources.keys(), u"sources"_s))
        return false;
    static const CellSource all[] = {CellSource::Read, CellSource::Blank, CellSource::Text,
                                     CellSource::Invalid, CellSource::NotFound};
    for (qsizetype i = 0; i < r.cells.size(); ++i) {
        const QString &id = r.schema().at(i).id;
        CellValue &c = r.cells[i];
        if (sources.contains(id)) {
            const QString name = sources.value(id).toString();
            const auto *found = std::find_if(std::begin(all), std::end(all),
                                             [&](CellSource s) { return cellSourceName(s) == name; });
            if (found == std::end(all))
                return fail(u"sources 中“%1”的来源“%2”无法识别"_s.arg(id, name));
            c.source = *found;
        } else if (!raw.contains(id)) {
            c.source = c.value ? CellSource::Read : CellSource::NotFound;
        } else if (valueText(c.raw).isEmpty()) {
            c.source = CellSource::Blank;
        } else if (parseNumber(c.raw)) {
            c.source = CellSource::Read;
        } else {
            c.source = isNothingMark(valueText(c.raw)) ? CellSource::Text : CellSource::Invalid;
        }
    }
    return true;
}

bool Reader::findings(Record &r)
{
    const QJsonValue list = m_o.value(u"findings"_s);
    if (!list.isUndefined() && !list.isNull() && !list.isArray())
        return fail(u"findings 应为数组"_s);
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        Finding f;
        if (!array.at(i).isObject() || !findingKindFromName(o.value(u"kind"_s).toString(), &f.kind))
            return fail(u"findings 第 %1 项的 kind 应为 violation、missing 或 warning"_s.arg(i + 1));
        if (!o.value(u"rule"_s).isString() || !optional(o, u"message"_s, QJsonValue::String)
            || !stringList(o.value(u"cells"_s), &f.cells) || !stringList(o.value(u"previous_cells"_s), &f.previousCells))
            return fail(u"findings 第 %1 项的 rule、cells 或 message 格式不对"_s.arg(i + 1));
        f.rule = o.value(u"rule"_s).toString();
        f.message = o.value(u"message"_s).toString();
        if (o.contains(u"status"_s) && !findingStatusFromName(o.value(u"status"_s).toString(), &f.status))
            return fail(u"findings 第 %1 项的 status 应为 open、confirmed 或 dismissed"_s.arg(i + 1));
        f.reason = o.value(u"reason"_s).toString();
        r.findings.append(f);
    }
    return true;
}

bool Reader::printedGroups(Record &r)
{
    const QJsonObject groups = m_o.value(u"printed_groups"_s).toObject();
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        PrintedGroup g{it.key(), QList<CellValue>(Schema::applicantColumns().size())};
        if (r.groupCells(g.rowKey, Schema::applicantColumns().first()).isEmpty() || !it.value().isObject())
            return fail(u"printed_groups 的“%1”不是本格式的一组"_s.arg(g.rowKey));
        const QJsonObject values = it.value().toObject();
        for (qsizetype c = 0; c < g.cells.size(); ++c) {
            CellValue &cell = g.cells[c];
            if (!numberOrNull(values.value(Schema::applicantColumns().at(c)), &cell.value))
                return fail(u"printed_groups 的“%1”应为数字或 null"_s.arg(g.rowKey));
            cell.source = cell.value ? CellSource::Read : CellSource::NotFound;
        }
        r.printedGroups.append(g);
    }
    return true;
}

// The hints as written (a record read back writes the same; recheck() computes them afresh).
bool Reader::hints(Record &r)
{
    const QJsonValue list = m_o.value(u"hints"_s);
    if (!list.isUndefined() && !list.isNull() && !list.isArray())
        return fail(u"hints 应为数组"_s);
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        Hint h;
        h.rule = o.value(u"rule"_s).toString();
        h.message = o.value(u"message"_s).toString();
        h.rank = o.value(u"rank"_s).toInt(1);
        bool ok = array.at(i).isObject() && stringList(o.value(u"fixes"_s), &h.fixes) && o.value(u"changes"_s).isArray();
        for (const QJsonValue &v : o.value(u"changes"_s).toArray()) {
            const QJsonObject c = v.toObject();
            ok = ok && c.value(u"cell"_s).isString() && c.value(u"from"_s).isDouble() && c.value(u"to"_s).isDouble();
            h.changes.append({c.value(u"cell"_s).toString(), c.value(u"from"_s).toDouble(), c.value(u"to"_s).toDouble()});
        }
        if (!ok)
            return fail(u"hints 第 %1 项应有 changes（cell、from、to）与 fixes"_s.arg(i + 1));
        r.hints.append(h);
    }
    return true;
}

bool Reader::settlements(Record &r)
{
    const QJsonValue list = m_o.value(u"settlements"_s);
    if (!list.isUndefined() && !list.isNull() && !list.isArray())
        return fail(u"settlements 应为数组"_s);
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        Settlement s;
        if (!array.at(i).isObject() || !findingKindFromName(o.value(u"kind"_s).toString(), &s.kind)
            || !findingStatusFromName(o.value(u"status"_s).toString(), &s.status) || !o.value(u"rule"_s).isString()
            || !stringList(o.value(u"cells"_s), &s.cells) || !optional(o, u"reason"_s, QJsonValue::String))
            return fail(u"settlements 第 %1 项应有 kind、rule、cells、status（open、confirmed 或 dismissed）"_s.arg(i + 1));
        s.rule = o.value(u"rule"_s).toString();
        s.reason = o.value(u"reason"_s).toString();
        s.at = QDateTime::fromString(o.value(u"at"_s).toString(), Qt::ISODateWithMs).toUTC();
        r.settlements.append(s);
    }
    return true;
}

bool Reader::corrections(Record &r)
{
    const QJsonValue list = m_o.value(u"corrections"_s);
    if (!list.isUndefined() && !list.isNull() && !list.isArray())
        return fail(u"corrections 应为数组"_s);
    const QJsonArray array = list.toArray();
    const bool markedInFile = m_o.value(u"corrected"_s).isArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        Correction c;
        c.cell = o.value(u"cell"_s).toString();
        if (!array.at(i).isObject() || r.schema().indexOf(c.cell) < 0)
            return fail(u"corrections 第 %1 项的 cell“%2”不是单元格 id"_s.arg(i + 1).arg(c.cell));
        if (!numberOrNull(o.value(u"from"_s), &c.from) || !numberOrNull(o.value(u"to"_s), &c.to))
            return fail(u"corrections 第 %1 项的 from/to 应为数字或 null"_s.arg(i + 1));
        if (!optional(o, u"note"_s, QJsonValue::String))
            return fail(u"corrections 第 %1 项的 note 应为文字"_s.arg(i + 1));
        c.note = o.value(u"note"_s).toString();
        c.at = QDateTime::fromString(o.value(u"at"_s).toString(), Qt::ISODateWithMs);
        if (!c.at.isValid())
            return fail(u"corrections 第 %1 项的 at 应为 ISO-8601 时间，实际为“%2”"_s.arg(i + 1).arg(
                o.value(u"at"_s).toVariant().toString()));
        c.at = c.at.toUTC();
        r.corrections.append(c);
    }
    // A file that does not list its corrected cells: they are marked as a review marks them.
    if (!markedInFile) {
        QStringList named;
        for (const Correction &c : std::as_const(r.corrections))
            named.append(c.cell);
        markCorrected(r, named);
    }
    return true;
}

bool Reader::facts(Record &r)
{
    if (!optional(m_o, u"facts"_s, QJsonValue::Object))
        return fail(u"facts 应为对象"_s);
    if (!m_o.value(u"facts"_s).isObject()) {
        // Written elsewhere: assume a whole report, so that only the tables are judged.
        r.facts.sectionsFound = {u"overview"_s, u"active"_s, u"apply"_s, u"review"_s, u"problems"_s, u"other"_s};
        r.facts.tablesFound = true;
        return true;
    }
    const QJsonObject f = m_o.value(u"facts"_s).toObject();
    ReportFacts &facts = r.facts;
    facts.title = f.value(u"title"_s).toString();
    facts.titleYear = f.value(u"title_year"_s).toInt();
    facts.periodYear = f.value(u"period_year"_s).toInt();
    facts.tablesFound = f.value(u"tables_found"_s).toBool();
    facts.formatEvidence = f.value(u"format_evidence"_s).toString();
    facts.convertedFrom = f.value(u"converted_from"_s).toString();
    facts.scanned = f.value(u"scanned"_s).toBool();
    if (const QJsonObject ocr = f.value(u"ocr"_s).toObject(); !ocr.isEmpty()) {
        facts.ocr.engine = ocr.value(u"engine"_s).toString();
        facts.ocr.pages = ocr.value(u"pages"_s).toInt();
        facts.ocr.pagesLeft = ocr.value(u"pages_left"_s).toInt();
        facts.ocr.read = ocr.value(u"read"_s).toInt();
        facts.ocr.accepted = ocr.value(u"accepted"_s).toInt();
        facts.ocr.marked = ocr.value(u"marked"_s).toInt();
        facts.ocr.seconds = ocr.value(u"seconds"_s).toDouble();
        facts.ocr.unavailable = ocr.value(u"unavailable"_s).toString();
        facts.ocr.fromReview = ocr.value(u"from_review"_s).toBool();
    }
    if (!stringList(f.value(u"sections_found"_s), &facts.sectionsFound))
        return fail(u"facts.sections_found 应为文字数组"_s);
    if (!stringList(f.value(u"rows_by_order"_s), &facts.rowsByOrder))
        return fail(u"facts.rows_by_order 应为文字数组"_s);
    for (const QJsonValue &v : f.value(u"claims"_s).toArray()) {
        const QJsonObject c = v.toObject();
        if (!c.value(u"kind"_s).isString() || !c.value(u"value"_s).isDouble())
            return fail(u"facts.claims 的每一项应有 kind 与 value"_s);
        facts.claims.append({c.value(u"kind"_s).toString(), c.value(u"value"_s).toDouble(), {},
                             c.value(u"quote"_s).toString()});
    }
    return true;
}

} // namespace

Result<Record> recordFromJson(const QJsonObject &object)
{
    Record r;
    Reader reader(object);
    if (!reader.header(r) || !reader.cells(r) || !reader.findings(r) || !reader.corrections(r)
        || !reader.settlements(r) || !reader.printedGroups(r) || !reader.hints(r)
        || !reader.facts(r))
        return Result<Record>::failure(reader.error());
    return r;
}

} // namespace nianbao
