#include "core/rules/Messages.h"
#include "core/rules/RuleChecks.h"

using namespace Qt::StringLiterals;

namespace nianbao::rules {

// Cells whose digits ran together in the text and were split by what the report itself says (its
// relations, its prose, what is always plausible): the reviewer confirms them. A run the report
// does not settle gives no value at all (see checkMissingCells), so every inferred value here is
// the one split left.
void checkInferredCells(const Record &record, QList<Finding> &out)
{
    const Schema &schema = record.schema();
    QStringList unique;
    for (qsizetype i = 0; i < record.cells.size() && i < schema.size(); ++i) {
        const CellValue &c = record.cells.at(i);
        if (c.inferred && !c.corrected && c.value)
            unique.append(schema.at(i).id);
    }
    if (!unique.isEmpty())
        out.append(makeFinding(FindingKind::Warning, u"inferred"_s, unique,
                               rulesText(QT_TRANSLATE_NOOP("nianbao::Rules",
                                                           "%1 个单元格的数字在原文中连在一起，已按报告自身的勾稽关系、"
                                                           "正文或常理拆分（只剩一种拆分），请确认"),
                                         {QString::number(unique.size())})));
}

} // namespace nianbao::rules
