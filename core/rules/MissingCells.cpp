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
        return {FindingKind::Missing, u"text"_s, {id}, {},
                label + u"：填写的是 "_s + quoted(cell.raw) + u"（表示无此项），不是数字，计算时按缺失处理；如确为 0 请填 0"_s};
    case CellSource::Invalid:
        return {FindingKind::Missing, u"invalid"_s, {id}, {},
                label + u"：内容 "_s + quoted(cell.raw) + u" 不是有效数字，请核对后填写"_s};
    case CellSource::NotFound:
        return {FindingKind::Missing, u"not_found"_s, {id}, {}, label + u"：报告中没有找到这一单元格"_s};
    case CellSource::Blank:
        return {FindingKind::Missing, u"blank"_s, {id}, {}, label + u"：单元格空白，不能当作 0，请核对原文后填写"_s};
    case CellSource::Read:
        break;
    }
    // Read as a number, then emptied by a reviewer.
    return {FindingKind::Missing, u"blank"_s, {id}, {}, label + u"：数值已被清空，请填写"_s};
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
            printed.append(shortColumnLabel(schema.at(sub.first())) + u' ' + formatNumber(*g.cells.at(c).value));
    }
    if (!ids.isEmpty())
        out.append({FindingKind::Missing, u"group.total_only"_s, ids, {},
                    applyGroupLabel(g.rowKey) + u"：报告只印了合计一行（"_s + printed.join(u"，"_s)
                        + u"），其下各项无法分开；勾稽关系按合计核对，请对照原件填写各项"_s});
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
        if (!cell.value && !covered.contains(int(i)))
            out.append(missingFinding(schema.at(i).id, labels.at(i), cell));
    }
}

} // namespace nianbao::rules
