#include "TextNormalize.h"

#include <QRegularExpression>

namespace nianbao {

QString foldWidth(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out.append(QChar(char16_t(u - 0xFEE0)));
        else if (u == 0x3000 || u == 0x00A0 || u == 0x2002 || u == 0x2003 || u == 0x2009 || u == 0x200B)
            out.append(QLatin1Char(' '));
        else
            out.append(c);
    }
    return out;
}

QString stripDebris(QStringView text)
{
    static const QRegularExpression bookmark(QStringLiteral("\\[bookmark:[^\\]]*\\]"));
    static const QRegularExpression br(QStringLiteral("<br\\s*/?>"), QRegularExpression::CaseInsensitiveOption);
    QString s = text.toString();
    if (s.contains(QLatin1Char('[')))
        s.remove(bookmark);
    if (s.contains(QLatin1Char('<')))
        s.replace(br, QStringLiteral(" "));
    return s;
}

QString labelKey(QStringView text)
{
    const QString folded = foldWidth(stripDebris(text));
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded) {
        if (c.isSpace())
            continue;
        switch (c.unicode()) {
        case u'(': case u')': case u'[': case u']': case u'{': case u'}':
        case u'〔': case u'〕': case u'【': case u'】': case u'、': case u',': case u'.':
        case u'，': case u'。': case u'：': case u':': case u'“': case u'”': case u'"':
        case u'\'': case u'‘': case u'’': case u'《': case u'》': case u'<': case u'>':
        case u'*': case u'#': case u'|': case u';': case u'；':
            continue;
        default:
            out.append(c);
        }
    }
    return out;
}

QString valueText(QStringView text)
{
    return foldWidth(stripDebris(text)).trimmed();
}

bool isNothingMark(QStringView text)
{
    static const QStringList marks = {
        QStringLiteral("/"), QStringLiteral("-"), QStringLiteral("--"), QStringLiteral("—"),
        QStringLiteral("——"), QStringLiteral("－"), QStringLiteral("无"), QStringLiteral("不适用"),
        QStringLiteral("\\"), QStringLiteral("／"), QStringLiteral("–"), QStringLiteral("×"),
    };
    const QString t = text.trimmed().toString();
    return marks.contains(t);
}

std::optional<double> parseNumber(QStringView input)
{
    const QString t = valueText(input);
    if (t.isEmpty())
        return std::nullopt;
    static const QRegularExpression re(
        QStringLiteral("^([+-]?)\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    QString digits = m.captured(2);
    digits.remove(QLatin1Char(','));
    QString number = digits;
    if (m.capturedLength(3) > 0)
        number += QLatin1Char('.') + m.captured(3);
    bool ok = false;
    double v = number.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    if (m.captured(1) == QLatin1String("-"))
        v = -v;
    return v;
}

} // namespace nianbao
