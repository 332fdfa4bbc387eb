// SPDX-License-Identifier: GPL-3.0-or-later
// Cells without a value: one finding per cell, named for how the report gave it. A blank is never
// taken for 0; the finding stays until a reviewer's correction fills the cell.
#include "core/rules/Messages.h"
#include "core/rules/RuleChecks.h"

using namespace Qt::StringLiterals;

namespace nianbao::rules {

namespace {

QString quoted(const QString &raw)
{
    return u"“"_s + raw.trimmed() + u"”"_s;
}

Finding missingFinding(const QString &id, const QString &label, const CellValue &cell)
{
    switch (cell.source) {
    case CellSource::Text:
        return makeFinding(FindingKind::Missing, u"text"_s, {id},
                           rulesText(QT_TRANSLATE_NOOP("nianbao::Rules", "%1：填写的是 %2（表示无此项），不是数字，"
                                                                         "计算时按缺失处理；如确为 0 请填 0"),
                                     {label, quoted(cell.raw)}));
    case CellSource::Invalid:
        return makeFinding(FindingKind::Missing, u"invalid"_s, {id},
                           rulesText(QT_TRANSLATE_NOOP("nianbao::Rules", "%1：内容 %2 不是有效数字，请核对后填写"),
                                     {label, quoted(cell.raw)}));
    case CellSource::NotFound:
        return makeFinding(FindingKind::Missing, u"not_found"_s, {id},
                           rulesText(QT_TRANSLATE_NOOP("nianbao::Rules", "%1：报告中没有找到这一单元格"), {label}));
    case CellSource::Blank:
        return makeFinding(FindingKind::Missing, u"blank"_s, {id},
                           rulesText(QT_TRANSLATE_NOOP("nianbao::Rules", "%1：单元格空白，不能当作 0，请核对原文后填写"),
                                     {label}));
    case CellSource::Read:
        break;
    }
    // Read as a number, then emptied by a reviewer.
    return makeFinding(FindingKind::Missing, u"blank"_s, {id},
                       rulesText(QT_TRANSLATE_NOOP("nianbao::Rules", "%1：数值已被清空，请填写"), {label}));
}

// "12|5|17 或 1|25|17": the readings of the cells [first, first + count), aligned by position.
QString readingsText(const Record &record, qsizetype first, qsizetype count)
{
    constexpr qsizetype kShown = 6;
    const qsizetype readings = record.cells.at(first).alternatives.size();
    QStringList shown;
    for (qsizetype k = 0; k < readings && k < kShown; ++k) {
        QStringList cells;
        for (qsizetype i = first; i < first + count; ++i) {
            const QList<double> &a = record.cells.at(i).alternatives;
            cells.append(k < a.size() ? formatValue(a.at(k)) : u"?"_s);
        }
        shown.append(cells.join(u'|'));
    }
    QString text = shown.join(u" 或 "_s);
    if (readings > kShown)
        text += u" 等 %1 种"_s.arg(readings);
    return text;
}

// The cells of one unsettled run (they share its span) from `first` on.
qsizetype unsettledRun(const Record &record, qsizetype first)
{
    qsizetype n = 1;
    const CellValue &head = record.cells.at(first);
    while (first + n < record.cells.size()) {
        const CellValue &c = record.cells.at(first + n);
        if (c.value || c.alternatives.isEmpty() || c.span != head.span || c.raw != head.raw)
            break;
        ++n;
    }
    return n;
}


// A group printed as its total: the missing sub-rows of its columns with a value are one finding.
// Returns the indices it covers.
QList<int> groupFinding(const Record &record, const PrintedGroup &g, QList<Finding> &out)
{
    const Schema &schema = record.schema();
    const QStringList &columns = Schema::applicantColumns();
    QList<int> covered;
    QStringList ids, printed;
    for (qsizetype c = 0; c < g.cells.size() && c < columns.size(); ++c) {
        if (!g.cells.at(c).value)
            continue;
        const QList<int> sub = record.groupCells(g.rowKey, columns.at(c));
        bool anyMissing = false;
        for (int i : sub)
            if (i < record.cells.size() && !record.cells.at(i).value) {
                covered.append(i);
                ids.append(schema.at(i).id);
                anyMissing = true;
            }
        if (anyMissing)
            printed.append(shortColumnLabel(schema.at(sub.first())) + u' ' + formatValue(*g.cells.at(c).value));
    }
    if (!ids.isEmpty())
        out.append(makeFinding(FindingKind::Missing, u"group.total_only"_s, ids,
                               rulesText(QT_TRANSLATE_NOOP("nianbao::Rules",
                                                           "%1：报告只印了合计一行（%2），其下各项无法分开；"
                                                           "勾稽关系按合计核对，请对照原件填写各项"),
                                         {applyGroupLabel(g.rowKey), printed.join(u"，"_s)})));
    return covered;
}

} // namespace

void checkMissingCells(const Record &record, QList<Finding> &out)
{
    const Schema &schema = record.schema();
    const QStringList &labels = cellLabels(record.format);
    static const CellValue absent; // cells beyond a short record count as not found
    QList<int> covered;
    for (const PrintedGroup &g : record.printedGroups)
        covered += groupFinding(record, g, out);
    for (qsizetype i = 0; i < schema.size(); ++i) {
        const CellValue &cell = i < record.cells.size() ? record.cells.at(i) : absent;
        if (cell.value || covered.contains(int(i)))
            continue;
        if (cell.alternatives.isEmpty()) {
            out.append(missingFinding(schema.at(i).id, labels.at(i), cell));
            continue;
        }
        // A run of digits the report does not settle: one finding for its cells, with the readings.
        const qsizetype n = std::min<qsizetype>(unsettledRun(record, i), schema.size() - i);
        QStringList ids;
        for (qsizetype k = i; k < i + n; ++k)
            ids.append(schema.at(k).id);
        out.append(makeFinding(FindingKind::Missing, u"ambiguous"_s, ids,
                               rulesText(QT_TRANSLATE_NOOP("nianbao::Rules",
                                                           "%1：连写数字%2可拆为 %3，报告未能确定，"
                                                           "请在单元格中选择一种或按原文填写"),
                                         {shortRowLabel(schema.at(i)), quoted(cell.raw), readingsText(record, i, n)})));
        i += n - 1;
    }
}

} // namespace nianbao::rules
