// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The structured content the docx and HTML readers (and the PDF table finder) produce before it is
// laid out as a Document: paragraphs and tables whose cells hold paragraphs and nested tables.
#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace nianbao::loaders {

struct BlockTable;

// A paragraph (table == nullptr) or a table.
struct Block
{
    QString paragraph;
    std::shared_ptr<BlockTable> table;
};

// A cell placed on the table's grid. Cells under a vertical merge are present as continuation
// cells (no content) so that every row keeps its grid positions.
struct BlockCell
{
    QList<Block> blocks;
    int column = 0;
    int colSpan = 1;
    int rowSpan = 1;
    bool continuation = false;
};

struct BlockTable
{
    QList<QList<BlockCell>> rows;
    int page = -1;
};

// A cell's text: its paragraphs joined by '\n', leading and trailing empty paragraphs dropped.
QString cellText(const BlockCell &cell);

// Chinese characters and full-width punctuation: text runs on between them without spaces (a PDF's
// spaced-out characters and an HTML source's line breaks between them are no spaces).
bool isWideChar(QChar c);

// True when some cell holds a table: the table is then a layout frame, not a data table.
bool holdsNestedTable(const BlockTable &table);

// Moves every cell onto a new grid: `edge` maps an old grid edge (a column's left edge; the edge
// after the last column is the column count) to the new one. A cell keeps at least one column.
void remapColumns(BlockTable &table, const std::function<int(int)> &edge);

} // namespace nianbao::loaders
