// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading the value cells of a table row: which cells are labels, where the row's K value cells
// stand (layouts pad and shift them), and what each cell holds (a number, a blank, a mark, text).
#include "core/document/Document.h"
#include "core/record/Record.h"

#include <QList>
#include <QStringView>

namespace nianbao::extract {

// True for a cell holding a row or column label (at least two ideographs, not a mark or number).
bool isLabelText(QStringView text);

// True when the cell prints nothing (white space, debris, the lower part of a vertical merge).
bool isEmptyCell(const TableCell &cell);

// Index of the row's last label cell, -1 when the row has none.
int lastLabelIndex(const TableRow &row);

// The canonical value of one printed cell; nullptr is a cell the row does not print (Blank).
CellValue readCell(const TableCell *cell);

struct WindowRow
{
    const TableRow *row = nullptr;
    int lastLabel = -1;
};

// For each row, the index of the first of its `width` value cells: the window after the label
// that covers the most non-empty cells; ties go to the start that similar rows of the table use.
QList<int> chooseWindows(const QList<WindowRow> &rows, int width);

} // namespace nianbao::extract
