// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finding the tables in plain text and markdown: rows with tab-separated cells, Word tables
// flattened one cell per line (each cell line starting with a tab, rows separated by blank lines,
// a cell's own line breaks continuing without a tab), markdown pipe tables, and rows aligned with
// runs of two or more spaces (pdftotext -layout). Each cell's span covers exactly its text
// (cell.text == text.mid(span)), trimmed of the layout's white space but not of full-width spaces;
// cell.column is the cell's index in its row.
#include "core/document/Document.h"

namespace nianbao {

// Reading stops past this many cells (a report has a few hundred; the HTML and .docx loaders
// refuse a page of more, and so does the text loader): *tooManyCells then says so and nothing is
// returned.
constexpr qsizetype kMaxTextTableCells = 200000;
QList<Table> readTextTables(const QString &text, bool *tooManyCells = nullptr);

} // namespace nianbao
