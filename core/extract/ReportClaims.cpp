// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/ReportFacts.h"

#include "core/extract/TextMatch.h"

#include "core/util/TextNormalize.h"

#include <QRegularExpression>

namespace nianbao::extract {

namespace {

// A heading line: short, no tab or pipe (table cells), not a parenthesised sub-heading.
bool isSectionHeading(QStringView line, QStringView *body)
{
    if (line.contains(u'\t') || line.contains(u'|'))
        return false;
    qsizetype k = 0;
    while (k < line.size() && (line.at(k) == u'#' || line.at(k).isSpace()))
        ++k;
    const QStringView t = line.mid(k).trimmed();
    if (t.isEmpty() || t.size() > 40 || t.startsWith(u'（') || t.startsWith(u'('))
        return false;
    *body = t;
    return true;
}

struct SectionKey
{
    const char16_t *key;
    std::initializer_list<const char16_t *> words;
};

const SectionKey sectionKeys[] = {
    {u"overview", {u"总体情况", u"概述", u"概况"}},
    {u"active", {u"主动公开"}},
    {u"apply", {u"收到和处理政府信息公开申请", u"依申请公开", u"政府信息公开申请"}},
    {u"review", {u"行政复议", u"行政诉讼"}},
    {u"problems", {u"存在的主要问题", u"存在的问题", u"主要问题"}},
    {u"other", {u"其他需要报告"}},
};

// The sentence around [from, to): for excluding contexts such as a 复议机关's own cases.
QStringView sentenceAround(QStringView text, qsizetype from, qsizetype to)
{
    static const QString ends = QStringLiteral("。！？\n");
    qsizetype a = from;
    while (a > 0 && !ends.contains(text.at(a - 1)))
        --a;
    qsizetype b = to;
    while (b < text.size() && !ends.contains(text.at(b)))
        ++b;
    return text.mid(a, b - a);
}

// The text width-folded and without any white space (PDF text spaces out characters and wraps
// sentences), each character knowing its offset in the original text.
struct CompactText
{
    QString text;
    QList<qsizetype> origin;

    explicit CompactText(const QString &original)
    {
        // A report's prose is some ten thousand characters; a huge input is read at its start.
        const QString folded = foldWidth(QStringView(original).left(2'000'000));
        text.reserve(folded.size());
        origin.reserve(folded.size());
        for (qsizetype i = 0; i < folded.size(); ++i) {
            if (folded.at(i).isSpace())
                continue;
            text.append(folded.at(i));
            origin.append(i);
        }
    }
    Span spanOf(qsizetype from, qsizetype length) const
    {
        if (length <= 0 || from < 0 || from + length > origin.size())
            return {};
        const qsizetype start = origin.at(from);
        return Span{start, origin.at(from + length - 1) + 1 - start};
    }
};

TextClaim claimFrom(const QString &original, const CompactText &compact,
                    const QRegularExpressionMatch &m, const QString &kind, double value)
{
    TextClaim c;
    c.kind = kind;
    c.value = value;
    c.span = compact.spanOf(m.capturedStart(0), m.capturedLength(0));
    c.quote = original.mid(c.span.start, c.span.length).simplified();
    return c;
}

// A count with digits folded ("１３" is 13).
double countOf(const QRegularExpressionMatch &m)
{
    return foldWidth(m.captured(1)).toDouble();
}

void addApplicationClaim(const QString &original, const CompactText &compact, QList<TextClaim> &claims)
{
    static const QRegularExpression counted(QStringLiteral(
        "(?:收到|受理|接到|接收|新收)[^。；;！？，,、\\n]{0,30}?申请(?:公开)?(?:共计|合计|共)?(\\d+)件"));
    static const QRegularExpression none(QStringLiteral(
        "(?:未|没有)(?:收到|受理|接到|接收)[^。；;！？\\n]{0,25}?申请(?!\\s*(?:行政)?(?:复议|诉讼))"));
    static const QRegularExpression countedBefore(QStringLiteral(
        "(?:收到|受理|接到|接收|新收)[^。；;！？，,、\\n\\d]{0,20}?(\\d+)件(?:政府信息公开|依申请公开)?申请"));
    const QString &folded = compact.text;
    auto a = counted.match(folded);
    const auto a2 = countedBefore.match(folded);
    if (a2.hasMatch() && (!a.hasMatch() || a2.capturedStart() < a.capturedStart()))
        a = a2;
    const auto b = none.match(folded);
    if (a.hasMatch() && (!b.hasMatch() || a.capturedStart() <= b.capturedStart()))
        claims.append(claimFrom(original, compact, a, QStringLiteral("applications"), countOf(a)));
    else if (b.hasMatch())
        claims.append(claimFrom(original, compact, b, QStringLiteral("applications"), 0));
}

// Cases where the agency is the respondent: "被申请行政复议 2 件", "引发行政诉讼 1 起"; never the
// cases it decided itself as 复议机关 ("审理…行政复议案件 13 件").
void addCaseClaim(const QString &original, const CompactText &compact, const QString &kind,
                  QList<TextClaim> &claims)
{
    const bool review = kind == u"review";
    static const QRegularExpression reviewCount(QStringLiteral(
        "(?:被申请|申请|被提起|引发|提起|发生|涉及)[^。；;！？\\n]{0,12}?行政复议(?:案件)?\\s*(?:共\\s*)?(\\d+)\\s*[件起宗]"));
    static const QRegularExpression litigationCount(QStringLiteral(
        "(?:被提起|被起诉|引发|提起|发生|涉及)[^。；;！？\\n]{0,12}?行政诉讼(?:案件)?\\s*(?:共\\s*)?(\\d+)\\s*[件起宗]"));
    static const QRegularExpression reviewNone(QStringLiteral(
        "(?:未|没有)(?:发生|出现|产生|接到|收到|涉及)[^。；;！？\\n]{0,40}?复议"));
    static const QRegularExpression litigationNone(QStringLiteral(
        "(?:未|没有)(?:发生|出现|产生|接到|收到|涉及)[^。；;！？\\n]{0,40}?诉讼"));
    const QRegularExpression &count = review ? reviewCount : litigationCount;
    const QString &folded = compact.text;
    for (auto it = count.globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        const QStringView sentence = sentenceAround(folded, m.capturedStart(), m.capturedEnd());
        if (containsAny(sentence, {u"审理", u"复议机关", u"办结"}))
            continue;
        claims.append(claimFrom(original, compact, m, kind, countOf(m)));
        return;
    }
    const auto m = (review ? reviewNone : litigationNone).match(folded);
    if (m.hasMatch())
        claims.append(claimFrom(original, compact, m, kind, 0));
}

} // namespace

// Headings run into the text (a crawler's page is one paragraph): "四、政府信息公开行政复议…".
// Only the numeral of each section's place is taken, so table rows such as 四、结转… do not count.
static void findInlineSections(const QString &text, QList<bool> &found)
{
    static const QString numerals = QStringLiteral("一二三四五六");
    for (qsizetype at = text.indexOf(u'、'); at > 0; at = text.indexOf(u'、', at + 1)) {
        const qsizetype i = numerals.indexOf(text.at(at - 1));
        if (i < 0 || found.at(i))
            continue;
        const QString key = labelKey(QStringView(text).mid(at + 1, 24));
        if (containsAny(key, sectionKeys[i].words))
            found[i] = true;
    }
}

QStringList findSections(const QString &text)
{
    QList<bool> found(std::size(sectionKeys), false);
    findInlineSections(text, found);
    for (QStringView line : QStringView(text).split(u'\n')) {
        QStringView body;
        if (!isSectionHeading(line, &body))
            continue;
        const QString key = labelKey(body);
        for (std::size_t i = 0; i < std::size(sectionKeys); ++i)
            if (!found.at(i) && containsAny(key, sectionKeys[i].words))
                found[i] = true;
    }
    QStringList keys;
    for (std::size_t i = 0; i < std::size(sectionKeys); ++i)
        if (found.at(i))
            keys.append(QString::fromUtf16(sectionKeys[i].key));
    return keys;
}

QList<TextClaim> findClaims(const QString &text)
{
    const CompactText compact(text);
    QList<TextClaim> claims;
    addApplicationClaim(text, compact, claims);
    addCaseClaim(text, compact, QStringLiteral("review"), claims);
    addCaseClaim(text, compact, QStringLiteral("litigation"), claims);
    return claims;
}

} // namespace nianbao::extract
