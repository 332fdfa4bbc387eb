// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/CsvExport.h"

#include "core/record/CellState.h"
#include "core/rules/Messages.h"

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

// RFC 4180 quoting; text a spreadsheet would run as a formula gets a leading apostrophe.
QString csvField(const QString &text, bool isText = true)
{
    QString s = text;
    if (isText && !s.isEmpty()) {
        const QChar first = s.at(0);
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            s.prepend(u'\'');
    }
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r')) {
        s.replace(u"\""_s, u"\"\""_s);
        s = u'"' + s + u'"';
    }
    return s;
}

void appendRow(QString &out, const QStringList &fields)
{
    out += fields.join(u',');
    out += u"\r\n"_s;
}

} // namespace

QByteArray csvHeader(bool withAgency)
{
    QString out;
    QStringList fields = {u"file"_s, u"id"_s, u"section"_s, u"row"_s, u"column"_s, u"value"_s, u"raw"_s, u"status"_s};
    if (withAgency) {
        fields.insert(1, u"year"_s);
        fields.insert(1, u"agency"_s);
    }
    appendRow(out, fields);
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray recordCsvRows(const Record &r, bool withAgency, const QString &path)
{
    QString out;
    const Schema &schema = r.schema();
    const QStringList statuses = cellStatuses(r);
    const QString file = csvField(path.isEmpty() ? r.sourceFile : path);
    const QString agency = csvField(r.agency);
    const QString year = r.year > 0 ? QString::number(r.year) : QString();
    for (qsizetype i = 0; i < schema.size(); ++i) {
        const CellSpec &spec = schema.at(i);
        const CellValue *c = i < r.cells.size() ? &r.cells.at(i) : nullptr;
        const QString value = c && c->value ? formatValue(*c->value) : QString();
        QStringList fields = {file, csvField(spec.id), csvField(spec.section), csvField(spec.row),
                              csvField(spec.column), csvField(value, false), csvField(c ? c->raw : QString()),
                              statuses.at(i)};
        if (withAgency) {
            fields.insert(1, year);
            fields.insert(1, agency);
        }
        appendRow(out, fields);
    }
    return out.toUtf8();
}

QByteArray recordsToCsv(const QList<Record> &records)
{
    const bool withAgency = records.size() > 1;
    QByteArray out = csvHeader(withAgency);
    for (const Record &r : records)
        out += recordCsvRows(r, withAgency);
    return out;
}

} // namespace nianbao
