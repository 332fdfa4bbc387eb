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

QByteArray recordsToCsv(const QList<Record> &records)
{
    QString out;
    appendRow(out, {u"file"_s, u"id"_s, u"section"_s, u"row"_s, u"column"_s, u"value"_s, u"raw"_s, u"status"_s});
    for (const Record &r : records) {
        const Schema &schema = r.schema();
        const QStringList statuses = cellStatuses(r);
        const QString file = csvField(r.sourceFile);
        for (qsizetype i = 0; i < schema.size(); ++i) {
            const CellSpec &spec = schema.at(i);
            const CellValue *c = i < r.cells.size() ? &r.cells.at(i) : nullptr;
            const QString value = c && c->value ? formatValue(*c->value) : QString();
            appendRow(out, {file, csvField(spec.id), csvField(spec.section), csvField(spec.row),
                            csvField(spec.column), csvField(value, false), csvField(c ? c->raw : QString()),
                            statuses.at(i)});
        }
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace nianbao
