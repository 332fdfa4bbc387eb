// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A workbook of one list: a header row (frozen, with a filter), then one row per entry, numbers
// written as numbers and an empty cell (a value that is not known) left empty, never 0. The
// season's overview (issue 11) exports through it; the sheet is the summary workbook's list sheet.
#include "core/util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <variant>

namespace nianbao {

// One cell: empty, a number or a text.
using ListCell = std::variant<std::monostate, double, QString>;

struct ListTable
{
    QString sheet;          // the sheet's name (Excel: at most 31 characters, no []:*?/\)
    QStringList labels;     // the header row
    QList<double> widths;   // column widths in characters (12 where not given)
    QList<QList<ListCell>> rows;
};

// Writes the workbook; failure names the path in Chinese.
Status writeListWorkbook(const QString &path, const ListTable &table);

} // namespace nianbao
