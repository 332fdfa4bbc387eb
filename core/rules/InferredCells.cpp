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
        out.append(makeFinding(FindingKind::Warning, u"inferred.group"_s, groupIds,
                               rulesText(QT_TRANSLATE_NOOP("nianbao::Rules",
                                                           "%1：报告只印了合计一行，合计为 0 的列其下 %2 个单元格按 0 填入"
                                                           "（件数不会为负），请确认"),
                                         {groupNames.join(u"、"_s), QString::number(groupIds.size())})));
    // Rows placed by the table's row order, their label lost or printed on the row above.
    QStringList byOrder;
    for (qsizetype i = 0; i < record.cells.size() && i < schema.size(); ++i) {
        const CellValue &c = record.cells.at(i);
        if (!c.inferred || c.corrected || !c.value || fromGroups.contains(int(i)))
            continue;
        if (record.facts.rowsByOrder.contains(schema.at(i).rowKey))
            byOrder.append(schema.at(i).id);
        else
            unique.append(schema.at(i).id);
    }
    if (!byOrder.isEmpty())
        out.append(makeFinding(FindingKind::Warning, u"inferred.order"_s, byOrder,
                               rulesText(QT_TRANSLATE_NOOP("nianbao::Rules",
                                                           "%1 行（%2 个单元格）在原文中没有自己的行名（行名并入上一行或缺失），"
                                                           "已按表格规定的行序放置，勾稽关系成立，请确认"),
                                         {QString::number(record.facts.rowsByOrder.size()),
                                          QString::number(byOrder.size())})));
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
