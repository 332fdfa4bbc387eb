// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/ReportFacts.h"

#include "core/extract/TextMatch.h"

#include "core/util/TextNormalize.h"

#include <QHash>

namespace nianbao::extract {

namespace {

struct TextLine
{
    qsizetype start = 0;
    QStringView text;
};

QList<TextLine> firstLines(const QString &text, int maxNonEmpty)
{
    QList<TextLine> lines;
    qsizetype start = 0;
    int nonEmpty = 0;
    while (start <= text.size() && nonEmpty < maxNonEmpty) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QStringView line = QStringView(text).mid(start, end - start);
        lines.append({start, line});
        nonEmpty += !line.trimmed().isEmpty();
        start = end + 1;
    }
    return lines;
}

// The line without markdown '#' and a crawler's "标题:" prefix; `offset` gets what was cut.
QStringView headingText(QStringView line, qsizetype *offset)
{
    qsizetype k = 0;
    while (k < line.size() && (line.at(k) == u'#' || line.at(k).isSpace()))
        ++k;
    QStringView t = line.mid(k);
    for (QStringView prefix : {QStringView(u"标题:"), QStringView(u"标题：")}) {
        if (t.startsWith(prefix)) {
            t = t.mid(prefix.size());
            k += prefix.size();
        }
    }
    qsizetype lead = 0;
    while (lead < t.size() && t.at(lead).isSpace())
        ++lead;
    *offset = k + lead;
    return t.trimmed();
}

// The line without white space: PDF text spaces characters out ("政 府 信 息 公 开").
QString despaced(QStringView t)
{
    QString out;
    out.reserve(t.size());
    for (QChar c : t)
        if (!c.isSpace())
            out.append(c);
    return out;
}

// Page chrome naming the report: a breadcrumb ("首页 > 政务公开 > 政府信息公开年报"), a cell of a
// metadata table ("标题 | …"), "当前位置：…".
bool isPageChrome(QStringView t)
{
    return containsAny(t, {u">", u"＞", u"›", u"»", u"|", u"｜", u"当前位置", u"您的位置"});
}

bool isTitleLine(QStringView line)
{
    const QString t = despaced(line);
    return t.size() <= 80 && !isPageChrome(t) && t.contains(u"政府信息公开")
           && (t.contains(u"年度报告") || t.contains(u"年报")) && !t.endsWith(u'。');
}

// A short line above the title naming the agency ("重庆市大渡口区司法局").
bool isAgencyLine(QStringView t)
{
    if (t.isEmpty() || t.size() > 30)
        return false;
    int ideographs = 0;
    for (QChar c : t) {
        if (isIdeograph(c))
            ++ideographs;
        else if (!c.isSpace() && c != u'（' && c != u'）' && c != u'(' && c != u')')
            return false;
    }
    return ideographs >= 2;
}

// The agency without the sentence that introduces it: "根据条例要求，现公布区统计局" is 区统计局.
QString withoutIntroduction(QString s)
{
    static const QString stops = QStringLiteral("，,。：:；;、！!？?》」』”");
    for (qsizetype i = s.size() - 1; i >= 0; --i) {
        if (stops.contains(s.at(i))) {
            s = s.mid(i + 1);
            break;
        }
    }
    static const QStringView verbs[] = {u"现公布", u"现发布", u"现将", u"特向社会公布", u"向社会公布",
                                        u"予以公布", u"公布", u"发布", u"印发", u"编制", u"报送", u"现就"};
    qsizetype cut = 0;
    for (QStringView v : verbs) {
        const qsizetype at = s.lastIndexOf(v);
        if (at >= 0)
            cut = std::max(cut, at + v.size());
    }
    return s.mid(cut);
}

QString trimAgency(QString s)
{
    s = withoutIntroduction(s.trimmed()).trimmed();
    for (QStringView tail : {QStringView(u"关于"), QStringView(u"（"), QStringView(u"(")})
        if (s.endsWith(tail))
            s.chop(tail.size());
    while (!s.isEmpty() && !isIdeograph(s.back()) && s.back() != u'）' && s.back() != u')')
        s.chop(1);
    return s.trimmed();
}

// The agency in a title: before the year ("武陟县司法局 2023 年…"), or between the year and
// 政府信息公开 ("2023年武陟县司法局政府信息公开…"), or before 政府信息公开 when no year.
QString agencyInTitle(QStringView title)
{
    const QString folded = foldWidth(title);
    qsizetype yearAt = -1;
    const qsizetype infoAt = folded.indexOf(u"政府信息公开");
    if (firstYear(folded, &yearAt) == 0)
        return trimAgency(folded.left(std::max<qsizetype>(0, infoAt)));
    QString before = trimAgency(folded.left(yearAt));
    if (!before.isEmpty())
        return before;
    qsizetype after = yearAt + 4;
    while (after < folded.size() && (folded.at(after).isSpace() || folded.at(after) == u'年'
                                     || folded.at(after) == u'度'))
        ++after;
    if (infoAt > after)
        return trimAgency(folded.mid(after, infoAt - after));
    return {};
}

} // namespace

int firstYear(QStringView text, qsizetype *at)
{
    int run = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const QChar c = i < text.size() ? text.at(i) : QChar();
        const bool digit = (c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９');
        if (digit) {
            ++run;
            continue;
        }
        if (run == 4) {
            int year = 0;
            for (qsizetype k = i - 4; k < i; ++k) {
                const char16_t u = text.at(k).unicode();
                year = year * 10 + (u >= u'０' ? u - u'０' : u - u'0');
            }
            if (year >= 1990 && year <= 2099) {
                if (at)
                    *at = i - 4;
                return year;
            }
        }
        run = 0;
    }
    return 0;
}

// An older title without 年度: "…2019年政府信息公开工作报告", near the top only.
static bool isPlainReportTitle(QStringView line)
{
    const QString t = despaced(line);
    return t.size() <= 60 && !isPageChrome(t) && t.contains(u"政府信息公开") && t.endsWith(u"报告");
}

// The title at line `i`, with the agency from the title or from a short line above it.
static TitleInfo titleAt(const QList<TextLine> &lines, qsizetype i, const QString &text)
{
    TitleInfo info;
    qsizetype cut = 0;
    const QStringView t = headingText(lines.at(i).text, &cut);
    info.title = t.toString();
    info.span = Span{lines.at(i).start + cut, t.size()};
    info.year = firstYear(despaced(t)); // "2 0 2 4 年", "20 24 年"
    info.agency = agencyInTitle(despaced(t));
    // The agency on its own line above: "重庆市大渡口区司法局\n\n2023 年政府信息公开…".
    for (qsizetype j = i - 1; info.agency.isEmpty() && j >= 0 && j >= i - 3; --j) {
        qsizetype aboveCut = 0;
        const QStringView above = headingText(lines.at(j).text, &aboveCut);
        if (above.isEmpty())
            continue;
        if (isAgencyLine(above)) {
            const qsizetype aboveStart = lines.at(j).start + aboveCut;
            info.agency = despaced(above);
            info.title = info.agency + u' ' + info.title;
            info.span = Span{aboveStart, info.span.end() - aboveStart};
        }
        break;
    }
    info.agency = expandAgency(info.agency, text);
    return info;
}

TitleInfo findTitle(const QString &text)
{
    const QList<TextLine> lines = firstLines(text, 40);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        qsizetype cut = 0;
        if (isTitleLine(headingText(lines.at(i).text, &cut)))
            return titleAt(lines, i, text);
    }
    for (qsizetype i = 0, nonEmpty = 0; i < lines.size() && nonEmpty < 10; ++i) {
        qsizetype cut = 0;
        const QStringView t = headingText(lines.at(i).text, &cut);
        nonEmpty += !t.isEmpty();
        if (isPlainReportTitle(t))
            return titleAt(lines, i, text);
    }
    return {};
}

QString expandAgency(const QString &agency, const QString &text)
{
    static const QString generic = QStringLiteral("市区县州旗盟镇乡省");
    if (agency.isEmpty() || agency.size() > 6 || !generic.contains(agency.front()))
        return agency;
    // Characters that end a place name when reading backwards ("根据聊城市司法局" -> 聊城).
    static const QString stops = QStringLiteral("年的了在对向由经据和与及是为将把被从按以全本我各该其");
    QHash<QString, int> votes;
    QString best;
    int bestVotes = 0;
    for (qsizetype at = text.indexOf(agency); at >= 0; at = text.indexOf(agency, at + agency.size())) {
        qsizetype k = at;
        while (k > 0 && at - k < 6 && isIdeograph(text.at(k - 1)) && !stops.contains(text.at(k - 1)))
            --k;
        // Not the sentence that introduces it: "现公布区统计局" gives no place name.
        const QString place = withoutIntroduction(text.mid(k, at - k));
        if (place.size() < 2)
            continue;
        const QString full = place + agency;
        const int v = ++votes[full];
        if (v > bestVotes) {
            bestVotes = v;
            best = full;
        }
    }
    return best.isEmpty() ? agency : best;
}

int findPeriodYear(const QString &text)
{
    for (qsizetype at = text.indexOf(u"统"); at >= 0; at = text.indexOf(u"统", at + 1)) {
        const QString window = despaced(QStringView(text).mid(at, 80));
        if (window.startsWith(u"统计期"))
            return firstYear(QStringView(window).left(40));
    }
    return 0;
}

} // namespace nianbao::extract
