// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one home of the official layout of the three tables: where each canonical cell stands, with
// the same rows and columns as the printed format (国办公开办函〔2021〕30号 / 〔2019〕60号),
// merged headers and row labels, Chinese labels. Built from the schema, so both formats get their
// own layout. The window draws it (ui/tables/SectionTableModel) and the xlsx export writes it
// (core/export/XlsxSections.cpp, which adds its check rows and columns around it).
//
// Texts are the Chinese source. A '\n' in a text marks where the printed table breaks the line
// (Qt's views do not wrap merged cells; Excel wraps by itself, so the export drops it). The fixed
// texts (not from the schema) are QT_TRANSLATE_NOOP("TableLayout", …): a view shows
// QCoreApplication::translate("TableLayout", text), which leaves the schema's labels as they are.
#include "core/schema/CellSchema.h"

#include <QHash>
#include <QList>
#include <QString>

namespace nianbao {

struct GridItem
{
    QString text;      // a header or label; empty for a value cell
    int cellIndex = -1; // index into the schema (and the record's cells) for a value cell
    int rowSpan = 1;
    int colSpan = 1;
    bool header = false; // a column header (as opposed to a row label)
};

class TableLayout
{
public:
    static TableLayout build(const Schema &schema, TableSection section);

    int rowCount() const { return m_rows; }
    int columnCount() const { return m_columns; }
    TableSection section() const { return m_section; }
    // The item anchored at (row, column), or nullptr (covered by a span, or empty).
    const GridItem *itemAt(int row, int column) const;
    // The schema index of the value cell at (row, column), -1 when none.
    int cellIndexAt(int row, int column) const;
    // Where a value cell stands; false when the cell is not in this table.
    bool positionOf(int cellIndex, int *row, int *column) const;
    // Every anchored item with its position (for setSpan).
    struct Placed { int row; int column; GridItem item; };
    const QList<Placed> &items() const { return m_items; }
    // How many leading columns hold row labels, and leading rows hold column headers.
    int labelColumns() const { return m_labelColumns; }
    int headerRows() const { return m_headerRows; }

private:
    void place(int row, int column, GridItem item);
    void buildActive(const Schema &schema);
    void buildApply(const Schema &schema);
    void buildReview(const Schema &schema);

    TableSection m_section = TableSection::Apply;
    int m_rows = 0;
    int m_columns = 0;
    int m_labelColumns = 0;
    int m_headerRows = 0;
    QList<Placed> m_items;
    QHash<qint64, int> m_anchor;     // row<<32|col -> index in m_items
    QHash<int, qint64> m_cellPos;    // cell index -> row<<32|col
};

} // namespace nianbao
