// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/TableText.h"

#include "core/document/BlockTree.h"
#include "core/document/PdfLayout.h"

#include <algorithm>

namespace nianbao::loaders {

int displayWidth(QStringView text)
{
    int width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            width += 2; // supplementary ideographs (CJK extension B…)
            ++i;
        } else {
            width += isWideChar(c) ? 2 : 1;
        }
    }
    return width;
}

namespace {

// A cell's text on one line: its lines joined, nothing between Chinese characters (a label wrapped
// in its cell), one space otherwise.
QString oneLine(const QString &text)
{
    if (!text.contains(u'\n') && !text.contains(u'\t'))
        return text;
    return loaders::pdf::joinWrapped(QString(text).replace(u'\t', u' ').split(u'\n')); // PdfLayout.h: the one rule
}

// Whether the rows and cells of `table` stand in the text in order, each cell inside its row.
bool laidOutInOrder(const Table &table, qsizetype textSize)
{
    qsizetype last = table.span.isValid() ? table.span.start : 0;
    for (const TableRow &row : table.rows) {
        if (!row.span.isValid() || row.span.start < last || row.span.end() > textSize)
            return false;
        qsizetype cellEnd = row.span.start;
        for (const TableCell &cell : row.cells) {
            if (!cell.span.isValid())
                continue;
            if (cell.span.start < cellEnd || cell.span.end() > row.span.end())
                return false;
            cellEnd = cell.span.end();
        }
        last = row.span.end();
    }
    return true;
}

// The width of each grid column: the widest cell of one column, then widened (the last column it
// covers) where a cell over several columns does not fit.
QList<int> columnWidths(const Table &table, const QList<QList<QString>> &texts)
{
    int columns = 0;
    for (const TableRow &row : table.rows) {
        for (const TableCell &cell : row.cells)
            columns = std::max(columns, cell.column + std::max(1, cell.colSpan));
    }
    QList<int> width(columns, 0);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const TableRow &row = table.rows.at(r);
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            if (std::max(1, row.cells.at(c).colSpan) == 1)
                width[row.cells.at(c).column] = std::max(width[row.cells.at(c).column], displayWidth(texts[r][c]));
        }
    }
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const TableRow &row = table.rows.at(r);
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            const TableCell &cell = row.cells.at(c);
            const int span = std::max(1, cell.colSpan);
            if (span == 1)
                continue;
            int have = kTableColumnGap * (span - 1);
            for (int k = cell.column; k < cell.column + span; ++k)
                have += width[k];
            const int need = displayWidth(texts[r][c]);
            if (need > have)
                width[cell.column + span - 1] += need - have;
        }
    }
    return width;
}

} // namespace

void alignTables(Document &doc)
{
    QList<qsizetype> order;
    for (qsizetype t = 0; t < doc.tables.size(); ++t) {
        if (!doc.tables.at(t).rows.isEmpty() && laidOutInOrder(doc.tables.at(t), doc.text.size()))
            order << t;
    }
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return doc.tables.at(a).rows.first().span.start < doc.tables.at(b).rows.first().span.start;
    });
    QString out;
    out.reserve(doc.text.size() + doc.text.size() / 2);
    qsizetype copied = 0; // doc.text before this is in `out`
    // Offsets outside the rows move by the growth of the text before them: (old offset, shift).
    QList<std::pair<qsizetype, qsizetype>> shifts{{0, 0}};
    auto moved = [&](qsizetype old) {
        auto it = std::upper_bound(shifts.cbegin(), shifts.cend(), old,
                                   [](qsizetype o, const std::pair<qsizetype, qsizetype> &s) { return o < s.first; });
        return old + std::prev(it)->second;
    };
    QList<bool> done(doc.tables.size(), false);
    for (qsizetype t : order) {
        Table &table = doc.tables[t];
        if (table.rows.first().span.start < copied)
            continue; // overlaps the table before: left as it is
        QList<QList<QString>> texts;
        for (const TableRow &row : table.rows) {
            QList<QString> cells;
            for (const TableCell &cell : row.cells)
                cells << (cell.continuation || !cell.span.isValid() ? QString() : oneLine(cell.text));
            texts << cells;
        }
        const QList<int> width = columnWidths(table, texts);
        QList<int> start(width.size() + 1, 0);
        for (qsizetype k = 0; k < width.size(); ++k)
            start[k + 1] = start[k] + width[k] + kTableColumnGap;
        // The table's span may begin before its first row and end after its last (its line end).
        const qsizetype firstRow = table.rows.first().span.start;
        const qsizetype tableStartOld = table.span.isValid() ? std::clamp(table.span.start, copied, firstRow) : firstRow;
        const qsizetype tableStart = out.size() + (tableStartOld - copied);
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            TableRow &row = table.rows[r];
            out += QStringView(doc.text).mid(copied, row.span.start - copied); // between rows: as it was
            const qsizetype rowStart = out.size();
            int column = 0; // display column reached on this line
            for (qsizetype c = 0; c < row.cells.size(); ++c) {
                TableCell &cell = row.cells[c];
                const QString &text = texts[r][c];
                if (text.isEmpty()) {
                    if (cell.span.isValid()) { // a blank cell: an empty span where it stands
                        cell.span = Span{out.size(), 0};
                        cell.text.clear();
                    }
                    continue;
                }
                const int at = start.value(cell.column, column);
                const int pad = std::max(at - column, column > 0 ? kTableColumnGap : 0);
                out += QString(pad, u' ');
                column += pad;
                cell.span = Span{out.size(), text.size()};
                cell.text = text;
                out += text;
                column += displayWidth(text);
            }
            copied = row.span.end();
            shifts << std::pair{copied, out.size() - copied};
            row.span = Span{rowStart, out.size() - rowStart};
        }
        const qsizetype tableEndOld = std::max(table.span.isValid() ? table.span.end() : 0, copied);
        out += QStringView(doc.text).mid(copied, tableEndOld - copied);
        shifts << std::pair{tableEndOld, out.size() - tableEndOld};
        copied = tableEndOld;
        table.span = Span{tableStart, out.size() - tableStart};
        done[t] = true;
    }
    out += QStringView(doc.text).mid(copied);
    // Tables left as they were move with the text around them.
    for (qsizetype t = 0; t < doc.tables.size(); ++t) {
        if (done[t])
            continue;
        Table &table = doc.tables[t];
        auto move = [&](Span &s) {
            if (s.isValid()) {
                const qsizetype end = moved(s.end());
                s.start = moved(s.start);
                s.length = end - s.start;
            }
        };
        move(table.span);
        for (TableRow &row : table.rows) {
            move(row.span);
            for (TableCell &cell : row.cells)
                move(cell.span);
        }
    }
    doc.text = std::move(out);
}

} // namespace nianbao::loaders
