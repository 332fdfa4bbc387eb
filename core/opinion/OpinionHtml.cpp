// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/opinion/OpinionHtml.h"

#include "core/opinion/OpinionLayout.h"

using namespace Qt::StringLiterals;

namespace nianbao {

QStringList opinionFontFamilies()
{
    return {u"Noto Serif CJK SC"_s, u"Source Han Serif SC"_s, u"SimSun"_s, u"宋体"_s, u"AR PL UMing CN"_s,
            u"Noto Sans CJK SC"_s, u"serif"_s};
}

namespace {

using Kind = OpinionBlock::Kind;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br/>"_s);
}

QString cellHtml(const QString &text, bool boldFirstLine)
{
    if (!boldFirstLine)
        return escaped(text);
    const qsizetype nl = text.indexOf(u'\n');
    if (nl < 0)
        return u"<b>"_s + escaped(text) + u"</b>"_s;
    return u"<b>"_s + escaped(text.left(nl)) + u"</b><br/>"_s + escaped(text.mid(nl + 1));
}

// Lengths in points, written in the layout's pixels.
struct Px
{
    double perPoint;
    QString operator()(double points) const { return QString::number(qMax(1, qRound(points * perPoint))); }
};

void table(QString &html, const OpinionBlock &b, const Px &px)
{
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" "
            "style=\"border-collapse: collapse; border: %2px solid black; margin-top: %3px; margin-bottom: %4px;\">"_s
                .arg(px(4), px(0.5), px(4), px(8));
    html += u"<thead><tr>"_s;
    for (qsizetype c = 0; c < b.header.size(); ++c)
        html += u"<th width=\"%1%\" style=\"border: %2px solid black; background-color: #eeeeee; font-size: 10pt;%3\" align=\"center\">%4</th>"_s
                    .arg(b.widths.value(c, 10))
                    .arg(px(0.5), c == 0 ? u" white-space: nowrap;"_s : QString(), escaped(b.header.at(c)));
    html += u"</tr></thead>"_s;
    for (const QStringList &row : b.rows) {
        html += u"<tr>"_s;
        for (qsizetype c = 0; c < row.size(); ++c)
            html += u"<td width=\"%1%\" style=\"border: %2px solid black; font-size: 10pt;%3\"%4>%5</td>"_s
                        .arg(b.widths.value(c, 10))
                        .arg(px(0.5), c == 0 ? u" white-space: nowrap;"_s : QString(),
                             b.centred.value(c) ? u" align=\"center\""_s : QString(),
                             cellHtml(row.at(c), b.boldFirstLine.value(c)));
        html += u"</tr>"_s;
    }
    html += u"</table>"_s;
}

} // namespace

QString opinionHtml(const OpinionDocument &document, double pixelsPerPoint)
{
    const Px px{pixelsPerPoint};
    QString html = u"<html><head><meta charset=\"utf-8\"/><title>"_s + OpinionDocument::title().toHtmlEscaped()
                   + u"</title></head><body style=\"font-size: 11pt;\">"_s;
    bool breakBefore = false;
    for (const OpinionBlock &b : opinionBlocks(document)) {
        const QString pageBreak = std::exchange(breakBefore, false) ? u" page-break-before: always;"_s : QString();
        switch (b.kind) {
        case Kind::PageBreak: breakBefore = true; break;
        case Kind::Title:
            html += u"<p align=\"center\" style=\"font-size: 18pt; font-weight: bold; margin-top: %1px; "
                    "margin-bottom: %2px;%3\">%4</p>"_s.arg(px(8), px(18), pageBreak, escaped(b.text));
            break;
        case Kind::Subtitle:
            html += u"<p align=\"center\" style=\"font-size: 10.5pt; margin-top: 0px; margin-bottom: %1px;\">%2</p>"_s
                        .arg(px(12), escaped(b.text));
            break;
        case Kind::Fields:
            html += u"<table cellspacing=\"0\" cellpadding=\"%1\" style=\"margin-bottom: %2px;\">"_s.arg(px(3), px(10));
            for (const auto &[label, value] : b.fields)
                html += u"<tr><td><b>%1：</b></td><td>%2</td></tr>"_s.arg(escaped(label), escaped(value));
            html += u"</table>"_s;
            break;
        case Kind::Heading:
            html += u"<p style=\"font-size: 12pt; font-weight: bold; margin-top: %1px; margin-bottom: %2px;\">%3</p>"_s
                        .arg(px(14), px(6), escaped(b.text));
            break;
        case Kind::Paragraph:
            html += u"<p style=\"text-indent: %1px; margin-top: %2px; margin-bottom: %3px; line-height: 140%;\">%4</p>"_s
                        .arg(px(22), px(4), px(6), escaped(b.text));
            break;
        case Kind::Table: table(html, b, px); break;
        case Kind::Signature:
            html += u"<p style=\"margin-top: %1px;\"></p>"_s.arg(px(24));
            for (const auto &[label, value] : b.fields)
                html += u"<p align=\"right\" style=\"margin-top: %1px;\">%2：%3</p>"_s.arg(px(14), escaped(label), escaped(value));
            break;
        }
    }
    html += u"</body></html>"_s;
    return html;
}

} // namespace nianbao
