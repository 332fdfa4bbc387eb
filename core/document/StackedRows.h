// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Rows a converter stacked into one: two or more table rows printed as one, each cell's lines
// joined by <br> (markdown) or a line break (HTML, docx):
//     | （三）不予公开 | 1.属于国家秘密<br>2.其他法律行政法规禁止公开 | 0<br>0 | 3<br>1 | … |
// Such a row is split back into its rows only when its cells prove how: every cell holding numbers
// holds the same number k ≥ 2 of lines, each a number (parseNumber), a mark for nothing to report
// (isNothingMark: "/", "—", "无" …) or empty;
// and each label cell holds k lines, or lines of which exactly k begin a numbered item ("1.",
// "（二）", "三、"; the others continue the item above: a label wrapped inside its line), or one
// line when another label cell has k (a group label such as （三）不予公开: it goes with the first
// row, the rows below continue it as a vertical merge would). Any other row stays as it is (its
// stacked numbers are then not numbers and left open, never guessed).
// Each piece keeps the span of its own text, so a value still points at its number in the text.
#include "core/document/Document.h"

namespace nianbao {

// Splits the stacked rows of every table of `doc` (see above); returns how many rows were split.
int splitStackedRows(Document &doc);

// One table (its cells' spans pointing into `text`); returns how many rows were split.
int splitStackedRows(Table &table, const QString &text);

} // namespace nianbao
