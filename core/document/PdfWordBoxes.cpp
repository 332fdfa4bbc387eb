// SPDX-License-Identifier: GPL-3.0-or-later
// Cell boxes from the words: the values of a table, row by row, are the value words of its pages
// in reading order with some prose numbers around them, so the table is aligned with the word
// stream where most of its values follow one another.
#include "core/document/PdfWordBoxes.h"

#include <algorithm>

namespace nianbao::loaders::pdf {

namespace {

constexpr qsizetype kLookAhead = 5;       // value words a match may skip (a stray number, a page number)
constexpr qsizetype kStartsSearched = 4000; // value words after the cursor where a table may start

QString squeezed(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        if (!c.isSpace())
            out += c;
    return out;
}

struct ValueWord
{
    QString text;
    int page;
    QRectF box;
};

struct ValueCell
{
    QString text;
    Span span;
};

// A point of a page read turned by `turned` degrees (frame `size`) in the page as shown.
QPointF turnBack(QPointF p, QSizeF size, int turned)
{
    switch (turned) {
    case 90:
        return {p.y(), size.width() - p.x()};
    case 180:
        return {size.width() - p.x(), size.height() - p.y()};
    case 270:
        return {size.height() - p.y(), p.x()};
    default:
        return p;
    }
}

QRectF turnBack(const QRectF &box, QSizeF size, int turned)
{
    if (turned == 0)
        return box;
    return QRectF(turnBack(box.topLeft(), size, turned), turnBack(box.bottomRight(), size, turned)).normalized();
}

// Cells [first…] of `cells` matched greedily from word `start`: the indices of the words matched
// (-1 for a cell without a match).
QList<qsizetype> matchFrom(const QList<ValueCell> &cells, qsizetype first, const QList<ValueWord> &words,
                           qsizetype start, int *matched)
{
    QList<qsizetype> at(cells.size(), -1);
    *matched = 0;
    qsizetype next = start;
    for (qsizetype c = first; c < cells.size(); ++c) {
        for (qsizetype w = next; w < words.size() && w < next + kLookAhead; ++w) {
            if (words.at(w).text == cells.at(c).text) {
                at[c] = w;
                next = w + 1;
                ++*matched;
                break;
            }
        }
    }
    return at;
}

} // namespace

QList<PageBox> locateCellBoxes(const QList<Table> &tables, const QList<PageWords> &pages)
{
    const bool anyValue = std::any_of(tables.cbegin(), tables.cend(), [](const Table &t) {
        return std::any_of(t.rows.cbegin(), t.rows.cend(), [](const TableRow &r) {
            return std::any_of(r.cells.cbegin(), r.cells.cend(), [](const TableCell &c) { return isValue(squeezed(c.text)); });
        });
    });
    if (!anyValue)
        return {};
    QList<ValueWord> words;
    QList<qsizetype> pageStart; // first value word of each page
    for (int p = 0; p < pages.size(); ++p) {
        pageStart << words.size();
        const PageWords &page = pages.at(p);
        for (const Line &line : buildLines(page.words)) { // reading order: lines down, words across
            for (const Word &w : line.words) {
                const QString text = squeezed(w.text);
                if (isValue(text))
                    words << ValueWord{text, p, turnBack(w.box, page.size, page.turned)};
            }
        }
    }
    QList<PageBox> boxes;
    qsizetype cursor = 0;
    for (const Table &table : tables) {
        QList<ValueCell> cells;
        for (const TableRow &row : table.rows)
            for (const TableCell &cell : row.cells) {
                const QString text = squeezed(cell.text);
                if (cell.span.isValid() && !cell.inferred && !cell.continuation && isValue(text))
                    cells << ValueCell{text, cell.span};
            }
        if (cells.isEmpty())
            continue;
        qsizetype from = cursor;
        if (table.page > 0 && table.page - 1 < pageStart.size())
            from = std::max(from, pageStart.at(table.page - 1));
        // The start where most cells match; the earliest of equals.
        QList<qsizetype> best;
        int bestMatched = 0;
        for (qsizetype k = from; k < words.size() && k < from + kStartsSearched; ++k) {
            for (qsizetype first = 0; first < 3 && first < cells.size(); ++first) {
                if (words.at(k).text != cells.at(first).text)
                    continue;
                int matched = 0;
                QList<qsizetype> at = matchFrom(cells, first, words, k, &matched);
                if (matched > bestMatched) {
                    bestMatched = matched;
                    best = std::move(at);
                }
                break;
            }
            if (bestMatched == cells.size())
                break;
        }
        for (qsizetype c = 0; c < best.size(); ++c) {
            if (best.at(c) < 0)
                continue;
            const ValueWord &w = words.at(best.at(c));
            boxes << PageBox{cells.at(c).span, w.page, w.box};
            cursor = std::max(cursor, best.at(c) + 1);
        }
    }
    std::sort(boxes.begin(), boxes.end(), [](const PageBox &a, const PageBox &b) { return a.span.start < b.span.start; });
    return boxes;
}

} // namespace nianbao::loaders::pdf
