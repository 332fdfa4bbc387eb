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
        out.append({FindingKind::Warning, u"inferred.ambiguous"_s, ambiguousRow, {},
                    u"%1：原文数字连在一起，共有 %2 种拆分都说得通，当前采用其中最像人读的一种，请对照原文确认"_s
                        .arg(shortRowLabel(*spec)).arg(alternatives + 1)});
        ambiguousRow.clear();
        alternatives = 0;
    };
    // Sub-rows set to 0 because their group printed 0 as its total: one warning of their own.
    QList<int> fromGroups;
    QStringList groupIds, groupNames;
    const QStringList &columns = Schema::applicantColumns();
    for (const PrintedGroup &g : record.printedGroups)
        for (qsizetype c = 0; c < columns.size(); ++c)
            for (int i : record.groupCells(g.rowKey, columns.at(c))) {
                fromGroups.append(i);
                const CellValue &cell = record.cells.at(i);
                if (cell.inferred && !cell.corrected && cell.value) {
                    groupIds.append(schema.at(i).id);
                    if (!groupNames.contains(applyGroupLabel(g.rowKey)))
                        groupNames.append(applyGroupLabel(g.rowKey));
                }
            }
    if (!groupIds.isEmpty())
        out.append({FindingKind::Warning, u"inferred.group"_s, groupIds, {},
                    u"%1：报告只印了合计一行，合计为 0 的列其下 %2 个单元格按 0 填入（件数不会为负），请确认"_s
                        .arg(groupNames.join(u"、"_s)).arg(groupIds.size())});
    for (qsizetype i = 0; i < record.cells.size() && i < schema.size(); ++i) {
        const CellValue &c = record.cells.at(i);
        if (!c.inferred || c.corrected || !c.value || fromGroups.contains(int(i)))
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
        out.append({FindingKind::Warning, u"inferred"_s, unique, {},
                    u"%1 个单元格的数字在原文中连在一起，已按表格的勾稽关系拆分（只有一种拆分成立），请确认"_s
                        .arg(unique.size())});
}

} // namespace nianbao::rules
