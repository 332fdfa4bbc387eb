// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/JsonWriter.h"

#include "core/schema/ValueFormat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace nianbao {

namespace {

// UTF-8 as is; quotes, backslashes and control characters escaped.
void writeString(QByteArray &out, QStringView s)
{
    out.append('"');
    qsizetype start = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s.at(i).unicode();
        if (u >= 0x20 && u != u'"' && u != u'\\')
            continue;
        out.append(s.mid(start, i - start).toUtf8());
        start = i + 1;
        switch (u) {
        case u'"': out.append("\\\""); break;
        case u'\\': out.append("\\\\"); break;
        case u'\n': out.append("\\n"); break;
        case u'\r': out.append("\\r"); break;
        case u'\t': out.append("\\t"); break;
        default: out.append("\\u00").append(QByteArray::number(int(u), 16).rightJustified(2, '0'));
        }
    }
    out.append(s.mid(start).toUtf8());
    out.append('"');
}

void writeNumber(QByteArray &out, double v)
{
    out.append(std::isfinite(v) ? formatValue(v).toUtf8() : QByteArray("null"));
}

bool isScalar(const QJsonValue &v)
{
    return !v.isArray() && !v.isObject();
}

class Writer
{
public:
    explicit Writer(const JsonKeyOrder &order) : m_order(order) {}

    void value(const QJsonValue &v, const QString &key, int depth)
    {
        switch (v.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined: m_out.append("null"); break;
        case QJsonValue::Bool: m_out.append(v.toBool() ? "true" : "false"); break;
        case QJsonValue::Double: writeNumber(m_out, v.toDouble()); break;
        case QJsonValue::String: writeString(m_out, v.toString()); break;
        case QJsonValue::Array: array(v.toArray(), key, depth); break;
        case QJsonValue::Object: object(v.toObject(), key, depth); break;
        }
    }

    QByteArray take() { return std::move(m_out); }

private:
    void indent(int depth) { m_out.append(QByteArray(2 * depth, ' ')); }

    void array(const QJsonArray &a, const QString &key, int depth)
    {
        if (a.isEmpty()) {
            m_out.append("[]");
            return;
        }
        const bool inlineItems = std::all_of(a.begin(), a.end(), [](const QJsonValue &v) { return isScalar(v); });
        m_out.append('[');
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i > 0)
                m_out.append(inlineItems ? ", " : ",");
            if (!inlineItems) {
                m_out.append('\n');
                indent(depth + 1);
            }
            value(a.at(i), key, depth + 1);
        }
        if (!inlineItems) {
            m_out.append('\n');
            indent(depth);
        }
        m_out.append(']');
    }

    void object(const QJsonObject &o, const QString &key, int depth)
    {
        if (o.isEmpty()) {
            m_out.append("{}");
            return;
        }
        QStringList keys;
        QSet<QString> seen;
        for (const QString &k : m_order(key, o))
            if (o.contains(k) && !seen.contains(k)) {
                keys.append(k);
                seen.insert(k);
            }
        for (const QString &k : o.keys()) // sorted
            if (!seen.contains(k))
                keys.append(k);
        m_out.append('{');
        for (qsizetype i = 0; i < keys.size(); ++i) {
            m_out.append(i > 0 ? ",\n" : "\n");
            indent(depth + 1);
            writeString(m_out, keys.at(i));
            m_out.append(": ");
            value(o.value(keys.at(i)), keys.at(i), depth + 1);
        }
        m_out.append('\n');
        indent(depth);
        m_out.append('}');
    }

    const JsonKeyOrder &m_order;
    QByteArray m_out;
};

} // namespace

QByteArray writeOrderedJson(const QJsonValue &value, const JsonKeyOrder &order)
{
    Writer w(order);
    w.value(value, QString(), 0);
    QByteArray out = w.take();
    out.append('\n');
    return out;
}

} // namespace nianbao
