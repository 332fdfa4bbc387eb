// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finding the three tables of the report by their content, not their position: each row goes to
// section 二 (主动公开), 三 (申请) or 四 (复议/诉讼) by the markers it carries, and a table without
// markers continues the section of the table before it (a table split by a page break or a blank
// line) unless a heading or prose stands between them.
#include "core/document/Document.h"

#include <QList>

namespace nianbao::extract {

enum class Section { None, Active, Apply, Review };

struct LocatedRows
{
    QList<const TableRow *> active; // section 二
    QList<const TableRow *> apply;  // section 三
    QList<const TableRow *> review; // section 四
    bool any() const { return !active.isEmpty() || !apply.isEmpty() || !review.isEmpty(); }
};

LocatedRows locateTables(const Document &doc);

// The section a row's folded text announces (its header words), None when it announces none.
Section markerSection(QStringView rowText);

} // namespace nianbao::extract
