// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Section 三 as converters print it (markdown from PDFs): a row's label gone into the row above it
// ("1.属于国家秘密 2.其他法律行政法规禁止公开" on one row, the next row's numbers without a label),
// or lost altogether. Rows are matched by their labels as everywhere; a row of numbers without a
// label then takes its place from the table's official row order: the next label its row above
// named without numbers of its own, or the one row left between the rows labelled above and below
// it (as many unlabelled rows as rows left there). Such a row is placed by order alone: its cells
// are marked inferred, and the extractor drops them again when a relation of the table they take
// part in fails (ApplyRowOrder::byOrder). A row the order does not place is not read.
#include "core/document/Document.h"
#include "core/schema/CellSchema.h"

#include <QList>
#include <QString>

namespace nianbao::extract {

struct ApplyRowMatch
{
    QString rowKey; // "apply.new", …, or a group printed as its total ("apply.other_handling")
    const TableRow *row = nullptr;
    int lastLabel = -1;
    bool byOrder = false; // placed by the row order, not by a label on the row
};

// The canonical rows among `rows` (section 三, in printed order), one table row each: the first
// that prints values, else the first.
QList<ApplyRowMatch> matchApplyRows(const QList<const TableRow *> &rows, FormatVersion format);

// The row keys a label names, in printed order ("1属于国家秘密2其他法律行政法规禁止公开": two).
QStringList applyRowKeys(QStringView label, FormatVersion format, struct ApplyContext &context);

} // namespace nianbao::extract
