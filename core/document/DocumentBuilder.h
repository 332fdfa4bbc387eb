// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Lays paragraphs and tables out as Document::text and records each table's grid with the spans
// of its cells. A table is written one line per grid row, its cells separated by tabs (a merged
// cell once, a continuation cell as an empty field), as a tab-row text table would read.
#include "core/document/BlockTree.h"
#include "core/document/Document.h"

namespace nianbao::loaders {

class DocumentBuilder
{
public:
    void appendParagraph(const QString &text);
    // Paragraphs and tables in order; a table holding tables is a layout frame whose cells are
    // laid out in reading order (the data tables are the innermost ones).
    void appendBlocks(const QList<Block> &blocks);
    void appendTable(const BlockTable &table);
    int cellCount() const { return m_cells; }
    Document take();

private:
    void appendGrid(const BlockTable &table);
    QString m_text;
    QList<Table> m_tables;
    int m_cells = 0;
};

} // namespace nianbao::loaders
