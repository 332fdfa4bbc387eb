// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A document's tables laid out in its text as tables: each grid row on one line, each cell's text
// on that line (the lines of a wrapped cell joined, so that a header is never cut), the columns
// aligned by display width (a Chinese character or full-width form is two columns, anything else
// one) with ASCII spaces, two spaces at least between columns. Every cell's span, every row's and
// every table's is moved with its text; the text between tables is kept as it is.
#include "core/document/Document.h"

namespace nianbao::loaders {

// Columns a string takes in a monospaced CJK font (Noto Sans Mono CJK: Latin half, Chinese full).
int displayWidth(QStringView text);

// The gap between two columns, in display columns.
constexpr int kTableColumnGap = 2;

// Lays out every table of `doc` (in place). A table whose rows or cells do not stand in the text
// in order (spans overlapping or out of their row) is left as it was.
void alignTables(Document &doc);

} // namespace nianbao::loaders
