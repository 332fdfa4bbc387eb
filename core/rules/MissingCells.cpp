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

} // namespace

void checkMissingCells(const Record &record, QList<Finding> &out)
{
    const Schema &schema = record.schema();
    const QStringList &labels = cellLabels(record.format);
    static const CellValue absent; // cells beyond a short record count as not found
    for (qsizetype i = 0; i < schema.size(); ++i) {
        const CellValue &cell = i < record.cells.size() ? record.cells.at(i) : absent;
        if (!cell.value)
            out.append(missingFinding(schema.at(i).id, labels.at(i), cell));
    }
}

} // namespace nianbao::rules
