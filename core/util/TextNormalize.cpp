// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/TextNormalize.h"

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

namespace {

// Simplified-Chinese forms in the CJK Radicals Supplement that fonts use for whole characters;
// Unicode gives them no decomposition.
constexpr std::pair<char16_t, char16_t> kSupplementRadicals[] = {
    {0x2EA0, u'民'}, {0x2EC4, u'西'}, {0x2EC5, u'见'}, {0x2EC6, u'角'}, {0x2EC8, u'讠'}, {0x2EC9, u'贝'},
    {0x2ECB, u'车'}, {0x2ED3, u'长'}, {0x2ED4, u'门'}, {0x2ED8, u'青'}, {0x2EDA, u'页'}, {0x2EDB, u'风'},
    {0x2EDC, u'飞'}, {0x2EDD, u'食'}, {0x2EE2, u'马'}, {0x2EE3, u'骨'}, {0x2EE4, u'鬼'}, {0x2EE5, u'鱼'},
    {0x2EE6, u'鸟'}, {0x2EE7, u'卤'}, {0x2EE8, u'麦'}, {0x2EE9, u'黄'}, {0x2EEA, u'黾'}, {0x2EEC, u'齐'},
    {0x2EEE, u'齿'}, {0x2EF0, u'龙'},
};

char16_t ideographFor(char16_t u)
{
    if (u >= 0x2E80 && u <= 0x2EFF) {
        for (const auto &[radical, ideograph] : kSupplementRadicals) {
            if (radical == u)
                return ideograph;
        }
    }
    // Kangxi radicals, the two supplement radicals Unicode does decompose, compatibility ideographs.
    const QString d = QChar(u).decomposition();
    return d.size() == 1 && d.at(0).unicode() >= 0x3400 ? d.at(0).unicode() : u;
}

} // namespace

void foldIdeographVariants(QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        const bool variant = (u >= 0x2E80 && u <= 0x2FDF) || (u >= 0xF900 && u <= 0xFAFF);
        if (variant)
            text[i] = QChar(ideographFor(u));
    }
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
