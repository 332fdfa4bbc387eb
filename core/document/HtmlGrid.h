// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The grid of an HTML table as its widths mean it. Writers such as LibreOffice derive colspans
// from the pixel positions of every row's edges; when two rows put what is one edge of the
// document a fraction of a pixel apart, the page gets a grid column with no width that no cell
// holds alone (the section 四 table exported from a .docx: 16 columns instead of 15). Such
// columns are folded away; a narrow column that has a real width, or that a cell holds alone,
// or whose width nothing declares, is kept. (A grid column at which no cell starts at all is
// folded later for every format, by DocumentBuilder; this fold is for the columns where a cell
// does start, which only the widths tell apart.)
#include "core/document/BlockTree.h"

#include <QList>

#include <optional>

namespace nianbao::loaders {

// The widths an HTML table declares, in CSS pixels without the cells' padding (as the width
// attributes of <col> and <td> mean them).
struct HtmlTableWidths
{
    std::optional<double> table;                      // <table width>
    double cellPadding = 1;                           // <table cellpadding>; HTML's default is 1
    QList<std::optional<double>> columns;             // <col width>, one per grid column (may be short)
    QList<QList<std::optional<double>>> cells;        // <td width>, parallel to BlockTable::rows
};

// A width attribute in pixels: "24", "24px", "24.5"; nothing for "50%", "3*", "auto" or junk.
std::optional<double> htmlPixelWidth(const char *value);

// Removes the grid columns that are a jitter between two rows' edges (see above); cells that
// spanned such a column span one column less, the cells right of it move one column left.
void foldJitterColumns(BlockTable &table, const HtmlTableWidths &widths);

} // namespace nianbao::loaders
