// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Section 四's column order as its header rows print it. The usual table prints 行政复议 before
// 行政诉讼 (未经复议直接起诉, then 复议后起诉), each with 结果维持, 结果纠正, 其他结果, 尚未审结, 总计;
// some print the groups swapped or the totals first. The order is taken from the headers only when
// they name every group and their column headers repeat one order of the five; otherwise the
// usual order stands.
#include "core/document/Document.h"

#include <QList>
#include <QStringList>

namespace nianbao::extract {

struct ReviewOrder
{
    QStringList groups;  // "review", "litigation.direct", "litigation.after_review" in printed order
    QStringList columns; // Schema::reviewColumns() in printed order
    bool fromHeaders = false; // false: the usual order (the headers did not settle another)
    // The 15 cell ids of a row of all the groups' numbers, in printed order.
    QStringList cellIds() const;
};

// The order the header rows among `rows` (the rows of section 四 before its numbers) print.
ReviewOrder reviewOrder(const QList<const TableRow *> &headerRows);

} // namespace nianbao::extract
