// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/DocumentBuilder.h"

#include <algorithm>

namespace nianbao::loaders {

bool isWideChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFFEF)
        || (u >= 0x3001 && u <= 0x303F) || u == 0x2018 || u == 0x2019 || u == 0x201C || u == 0x201D
        || u == 0x2014 || u == 0x2026 || c.isSurrogate();
}

QString cellText(const BlockCell &cell)
{
    QStringList lines;
    for (const Block &block : cell.blocks) {
        if (!block.table)
            lines << block.paragraph;
    }
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

bool holdsNestedTable(const BlockTable &table)
{
    for (const auto &row : table.rows) {
        for (const BlockCell &cell : row) {
            for (const Block &block : cell.blocks) {
                if (block.table)
                    return true;
            }
        }
    }
    return false;
}

void remapColumns(BlockTable &table, const std::function<int(int)> &edge)
{
    for (auto &row : table.rows) {
        for (BlockCell &cell : row) {
            const int first = edge(cell.column);
            cell.colSpan = std::max(1, edge(cell.column + cell.colSpan) - first);
            cell.column = first;
        }
    }
}

// Converters split grid columns for rounding (LibreOffice's HTML and .doc output): a grid column
// at which no cell starts is folded into the one on its left.
BlockTable withoutPhantomColumns(BlockTable table)
{
    QList<int> starts;
    for (const auto &row : std::as_const(table.rows)) {
        for (const BlockCell &cell : row)
            starts << cell.column;
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    remapColumns(table, [&](int column) {
        return int(std::lower_bound(starts.begin(), starts.end(), column) - starts.begin());
    });
    return table;
}

void DocumentBuilder::appendParagraph(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        // One blank line at most between paragraphs, none at the start.
        if (!m_text.isEmpty() && !m_text.endsWith(QStringLiteral("\n\n")))
            m_text += u'\n';
        return;
    }
    m_text += text;
    m_text += u'\n';
}

void DocumentBuilder::appendBlocks(const QList<Block> &blocks)
{
    for (const Block &block : blocks) {
        if (block.table)
            appendTable(*block.table);
        else
            appendParagraph(block.paragraph);
    }
}

void DocumentBuilder::appendTable(const BlockTable &table)
{
    if (holdsNestedTable(table)) {
        for (const auto &row : table.rows) {
            for (const BlockCell &cell : row)
                appendBlocks(cell.blocks);
        }
        return;
    }
    appendGrid(withoutPhantomColumns(table));
}

void DocumentBuilder::appendGrid(const BlockTable &table)
{
    if (table.rows.isEmpty())
        return;
    Table out;
    out.page = table.page;
    const qsizetype tableStart = m_text.size();
    for (const auto &row : table.rows) {
        TableRow outRow;
        const qsizetype rowStart = m_text.size();
        for (qsizetype i = 0; i < row.size(); ++i) {
            const BlockCell &cell = row.at(i);
            if (i > 0)
                m_text += u'\t';
            TableCell outCell;
            outCell.column = cell.column;
            outCell.colSpan = cell.colSpan;
            outCell.rowSpan = cell.rowSpan;
            outCell.continuation = cell.continuation;
            if (!cell.continuation) {
                outCell.text = cellText(cell);
                outCell.span = Span{m_text.size(), outCell.text.size()};
                m_text += outCell.text;
            }
            outRow.cells << outCell;
            ++m_cells;
        }
        outRow.span = Span{rowStart, m_text.size() - rowStart};
        m_text += u'\n';
        out.rows << outRow;
    }
    out.span = Span{tableStart, m_text.size() - tableStart};
    m_tables << out;
}

Document DocumentBuilder::take()
{
    Document doc;
    while (m_text.endsWith(QStringLiteral("\n\n")))
        m_text.chop(1);
    // A table whose last cells are empty ends in line breaks, chopped above: its spans are kept
    // inside the text (an empty cell at the very end stands at its end).
    const qsizetype size = m_text.size();
    const auto clamp = [size](Span &span) {
        if (!span.isValid())
            return;
        span.start = std::min(span.start, size);
        span.length = std::min(span.length, size - span.start);
    };
    for (Table &table : m_tables) {
        clamp(table.span);
        for (TableRow &row : table.rows) {
            clamp(row.span);
            for (TableCell &cell : row.cells)
                clamp(cell.span);
        }
    }
    doc.text = std::move(m_text);
    doc.tables = std::move(m_tables);
    m_text.clear();
    m_tables.clear();
    m_cells = 0;
    return doc;
}

} // namespace nianbao::loaders
