// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/opinion/OpinionLayout.h"

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

using Kind = OpinionBlock::Kind;

OpinionBlock textBlock(Kind kind, const QString &text)
{
    OpinionBlock b;
    b.kind = kind;
    b.text = text;
    return b;
}

QString statusText(const OpinionReport &r)
{
    if (!r.status)
        return u"—"_s;
    QString text = reviewStatusLabel(*r.status);
    if (!r.statusNote.isEmpty())
        text += u"（"_s + r.statusNote + u"）"_s;
    return text;
}

// The cells by table: the table's name, then its cells one after another, "（七）总计·自然人：72"
// ("→ 27" after it when the reviewer changed it), "；" between them.
QString cellLines(const OpinionFinding &f)
{
    QStringList lines;
    QStringList cells;
    QString table;
    auto flush = [&] {
        if (!cells.isEmpty())
            lines.append(table + u"："_s + cells.join(u"；"_s));
        cells.clear();
    };
    qsizetype shown = 0;
    for (const OpinionCell &c : f.cells) {
        // A table not found is dozens of cells: their names add nothing to the words.
        if (shown == 10 && f.cells.size() > 12) {
            cells.append(u"……（另有 %1 个单元格）"_s.arg(f.cells.size() - shown));
            break;
        }
        if (c.table != table) {
            flush();
            table = c.table;
        }
        QString cell = c.label + u"："_s + c.printed;
        if (!c.value.isEmpty())
            cell += u" → "_s + c.value;
        cells.append(cell);
        ++shown;
    }
    flush();
    return lines.join(u'\n');
}

OpinionBlock findingsTable(const OpinionReport &r)
{
    OpinionBlock t;
    t.kind = Kind::Table;
    t.header = {u"序号"_s, u"问题"_s, u"涉及单元格及报告数值"_s, u"可能的正确值"_s, u"审核意见"_s};
    t.widths = {8, 31, 27, 19, 15};
    t.boldFirstLine = {false, true, false, false, false};
    t.centred = {true, false, false, false, false};
    int n = 0;
    for (const OpinionFinding &f : r.findings) {
        t.rows.append({QString::number(++n), f.kindLabel() + u'\n' + f.words, cellLines(f),
                       f.likely.isEmpty() ? u"—"_s : f.likely, f.handling});
    }
    return t;
}

OpinionBlock correctionsTable(const OpinionReport &r)
{
    OpinionBlock t;
    t.kind = Kind::Table;
    t.header = {u"序号"_s, u"单元格"_s, u"报告数值"_s, u"更正为"_s, u"备注"_s, u"时间"_s};
    t.widths = {8, 27, 13, 10, 26, 16};
    t.boldFirstLine = {false, false, false, false, false, false};
    t.centred = {true, false, true, true, false, true};
    int n = 0;
    for (const OpinionCorrection &c : r.corrections)
        t.rows.append({QString::number(++n), c.label, c.from, c.to, c.note.isEmpty() ? u"—"_s : c.note,
                       c.at.isValid() ? c.at.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) : u"—"_s});
    return t;
}

void appendReport(QList<OpinionBlock> &out, const OpinionDocument &doc, const OpinionReport &r, qsizetype index)
{
    out.append(textBlock(Kind::Title, OpinionDocument::title()));
    if (doc.reports.size() > 1)
        out.append(textBlock(Kind::Subtitle, u"（第 %1 份，共 %2 份）"_s.arg(index + 1).arg(doc.reports.size())));

    OpinionBlock fields;
    fields.kind = Kind::Fields;
    fields.fields = {
        {u"被审核单位"_s, r.agency.isEmpty() ? u"（报告中未写明）"_s : r.agency},
        {u"报告年度"_s, r.year > 0 ? u"%1 年度"_s.arg(r.year) : u"（报告中未写明）"_s},
        {u"报告文件"_s, r.reportFile},
        {u"报告格式"_s, r.format == u"2019" ? u"2019 年试行格式"_s : u"国办公开办函〔2021〕30号格式"_s},
        {u"审核状态"_s, statusText(r)},
        {u"审核日期"_s, chineseDate(doc.date())},
    };
    out.append(fields);

    out.append(textBlock(Kind::Paragraph, r.summary()));
    int heading = 0;
    static const QStringList numbers = {u"一"_s, u"二"_s, u"三"_s};
    if (!r.findings.isEmpty()) {
        out.append(textBlock(Kind::Heading, numbers.at(heading++) + u"、发现的问题"_s));
        out.append(findingsTable(r));
    }
    if (!r.corrections.isEmpty()) {
        out.append(textBlock(Kind::Heading, numbers.at(heading++) + u"、审核修改记录"_s));
        out.append(textBlock(Kind::Paragraph, u"审核人员在审核中对下列单元格作了更正（按时间先后）："_s));
        out.append(correctionsTable(r));
    }
    out.append(textBlock(Kind::Heading, numbers.at(heading++) + u"、审核意见"_s));
    out.append(textBlock(Kind::Paragraph, r.conclusion()));

    OpinionBlock signature;
    signature.kind = Kind::Signature;
    const QString line = u"____________________"_s;
    signature.fields = {
        {u"审核人"_s, doc.options.reviewer.isEmpty() ? line : doc.options.reviewer},
        {u"审核单位（盖章）"_s, doc.options.office.isEmpty() ? line : doc.options.office},
        {u"日期"_s, chineseDate(doc.date())},
    };
    out.append(signature);
}

} // namespace

QList<OpinionBlock> opinionBlocks(const OpinionDocument &document)
{
    QList<OpinionBlock> out;
    for (qsizetype i = 0; i < document.reports.size(); ++i) {
        if (i > 0)
            out.append(textBlock(Kind::PageBreak, {}));
        appendReport(out, document, document.reports.at(i), i);
    }
    return out;
}

} // namespace nianbao
