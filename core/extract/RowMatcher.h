// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which canonical row a table row is, by its label (never by counting): keyword tables per
// section, most specific first, with the group context of section 三 （三）–（六）.
#include "core/document/Document.h"
#include "core/schema/CellSchema.h"

#include <QString>
#include <QStringView>

namespace nianbao::extract {

// The folded label of a row: labelKey() of its non-empty cells up to `lastLabel`, concatenated.
QString rowLabel(const TableRow &row, int lastLabel);

// The folded text of all the row's cells (for section markers and headers).
QString rowText(const TableRow &row);

// Section 二: "active.regulations", … or empty (headers, block titles, unknown rows).
QString activeRowKey(QStringView label, FormatVersion format);

// Section 三: the group （三）–（六） that a row opened stays open for the rows below it.
struct ApplyContext
{
    QString group; // "denied", "unavailable", "not_processed", "other_handling" or empty
};
// A row that is a group's own, its sub-rows being the format's rows ("apply.other_handling" in
// 2021) gives the group's key: a report may print the group as its total only.
QString applyRowKey(QStringView label, FormatVersion format, ApplyContext &context);
bool isGroupRowKey(FormatVersion format, const QString &rowKey);

// Section 四 printed one group per row ("行政复议 | 0 | 0 …"): "review", "litigation.direct", …
QString reviewRowKey(QStringView label);

// True for the header rows of section 三 (申请人情况, 自然人, 商业企业 …).
bool isApplyHeader(QStringView text);

} // namespace nianbao::extract
