// SPDX-License-Identifier: GPL-3.0-or-later
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
        if (c.inferred && !c.corrected && c.value && !fromGroups.contains(int(i)))
            unique.append(schema.at(i).id);
    }
    if (!unique.isEmpty() && !record.facts.ocr.engine.isEmpty()) {
        // A scan read by OCR: the values its relations did not confirm.
        out.append(makeFinding(FindingKind::Warning, u"inferred.ocr"_s, unique,
                               rulesText(QT_TRANSLATE_NOOP("nianbao::Rules",
                                                           "%1 个单元格由文字识别从页面图像读出，读得不够清楚或所在勾稽关系"
                                                           "未能全部核实，请对照页面确认"),
                                         {QString::number(unique.size())})));
        return;
    }
    if (!unique.isEmpty())
        out.append(makeFinding(FindingKind::Warning, u"inferred"_s, unique,
                               rulesText(QT_TRANSLATE_NOOP("nianbao::Rules",
                                                           "%1 个单元格的数字在原文中连在一起，已按报告自身的勾稽关系、"
                                                           "正文或常理拆分（只剩一种拆分），请确认"),
                                         {QString::number(unique.size())})));
}

} // namespace nianbao::rules
