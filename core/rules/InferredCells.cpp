#include "core/rules/Messages.h"
#include "core/rules/RuleChecks.h"

using namespace Qt::StringLiterals;

namespace nianbao::rules {

// Cells whose digits ran together in the text and were split by the table's relations: the
// reviewer confirms them. A row where several splits fit is said so, row by row.
void checkInferredCells(const Record &record, QList<Finding> &out)
{
    const Schema &schema = record.schema();
    QStringList unique;
    QStringList ambiguousRow;
    QString currentRow;
    int alternatives = 0;
    auto flushRow = [&] {
        if (ambiguousRow.isEmpty())
            return;
        const CellSpec *spec = schema.find(ambiguousRow.first());
        out.append(makeFinding(FindingKind::Warning, u"inferred.ambiguous"_s, ambiguousRow,
                               rulesText(QT_TRANSLATE_NOOP("nianbao::Rules",
                                                           "%1：原文数字连在一起，共有 %2 种拆分都说得通，"
                                                           "当前采用其中最像人读的一种，请对照原文确认"),
                                         {shortRowLabel(*spec), QString::number(alternatives + 1)})));
        ambiguousRow.clear();
        alternatives = 0;
    };
    for (qsizetype i = 0; i < record.cells.size() && i < schema.size(); ++i) {
        const CellValue &c = record.cells.at(i);
        if (!c.inferred || c.corrected || !c.value)
            continue;
        const CellSpec &spec = schema.at(i);
        if (c.alternatives > 0) {
            if (spec.rowKey != currentRow)
                flushRow();
            currentRow = spec.rowKey;
            ambiguousRow.append(spec.id);
            alternatives = qMax(alternatives, c.alternatives);
        } else {
            unique.append(spec.id);
        }
    }
    flushRow();
    if (!unique.isEmpty())
        out.append(makeFinding(FindingKind::Warning, u"inferred"_s, unique,
                               rulesText(QT_TRANSLATE_NOOP("nianbao::Rules",
                                                           "%1 个单元格的数字在原文中连在一起，已按表格的勾稽关系拆分"
                                                           "（只有一种拆分成立），请确认"),
                                         {QString::number(unique.size())})));
}

} // namespace nianbao::rules
