// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/StackedRows.h"

#include "core/util/TextNormalize.h"

#include <QRegularExpression>

#include <optional>

namespace nianbao {

namespace {

// One line of a cell: its text and where it stands in the document's text.
struct Piece
{
    QString text;
    Span span;
};

// The cell's lines, split at <br> and line breaks, each trimmed of white space. nullopt when the
// cell's text is not where its span says (then its pieces could not point into the text).
std::optional<QList<Piece>> piecesOf(const TableCell &cell, const QString &text)
{
    if (!cell.span.isValid() || cell.span.end() > text.size()
        || QStringView(text).mid(cell.span.start, cell.span.length) != cell.text)
        return std::nullopt;
    static const QRegularExpression breaks(QStringLiteral("<br\\s*/?>|\\n"), QRegularExpression::CaseInsensitiveOption);
    QList<Piece> pieces;
    auto add = [&](qsizetype from, qsizetype to) {
        while (from < to && cell.text.at(from).isSpace())
            ++from;
        while (to > from && cell.text.at(to - 1).isSpace())
            --to;
        pieces.append({cell.text.mid(from, to - from), Span{cell.span.start + from, to - from}});
    };
    qsizetype from = 0;
    for (auto it = breaks.globalMatch(cell.text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        add(from, m.capturedStart());
        from = m.capturedEnd();
    }
    add(from, cell.text.size());
    return pieces;
}

// A numbered item's start: "1." "1、" "１．" "（一）" "(1)" "一、".
bool beginsItem(const QString &s)
{
    static const QRegularExpression item(
        QStringLiteral("^(?:[0-9０-９]+[.．、]|[（(][0-9０-９一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)"));
    return item.match(s).hasMatch();
}

enum class Kind { Empty, Values, Label };

struct CellPieces
{
    Kind kind = Kind::Empty;
    QList<Piece> pieces;
};

// Label lines grouped into `k` items by their numbered starts (a wrapped item's lines joined, its
// span from its first line to its last); empty when they do not make exactly k items.
QList<Piece> itemsOf(const QList<Piece> &lines, qsizetype k, const QString &text)
{
    QList<Piece> items;
    for (const Piece &p : lines) {
        if (p.text.isEmpty())
            continue;
        if (beginsItem(p.text) || items.isEmpty()) {
            if (!beginsItem(p.text))
                return {};
            items.append(p);
        } else {
            Piece &last = items.last();
            last.span.length = p.span.end() - last.span.start;
            last.text = text.mid(last.span.start, last.span.length);
        }
    }
    return items.size() == k ? items : QList<Piece>{};
}

// The rows `row` stands for, or an empty list when it is not a stacked row it can prove.
QList<TableRow> unstack(const TableRow &row, const QString &text)
{
    // Most rows have no cell of several lines: nothing to look at.
    if (std::none_of(row.cells.cbegin(), row.cells.cend(), [](const TableCell &c) {
            return c.text.contains(u'\n') || c.text.contains(u'<');
        }))
        return {};
    QList<CellPieces> cells;
    qsizetype k = 0;
    bool stacked = false;
    for (const TableCell &cell : row.cells) {
        CellPieces c;
        if (cell.continuation || cell.text.trimmed().isEmpty()) {
            cells.append(c);
            continue;
        }
        auto pieces = piecesOf(cell, text);
        if (!pieces)
            return {};
        c.pieces = std::move(*pieces);
        const bool values = std::all_of(c.pieces.cbegin(), c.pieces.cend(), [](const Piece &p) {
            return p.text.isEmpty() || parseNumber(p.text) || isNothingMark(p.text);
        });
        c.kind = values ? Kind::Values : Kind::Label;
        if (values) {
            if (k != 0 && c.pieces.size() != k)
                return {}; // numbers stacked unevenly: which row each belongs to is not proven
            k = c.pieces.size();
            stacked = stacked || k >= 2;
        }
        cells.append(std::move(c));
    }
    if (!stacked)
        return {};
    // Labels: k numbered items, k lines without numbers, or one line beside a label that has k.
    bool rowLabels = false;
    bool unnumbered = false;
    for (CellPieces &c : cells) {
        if (c.kind != Kind::Label)
            continue;
        QList<Piece> lines;
        for (const Piece &p : std::as_const(c.pieces))
            if (!p.text.isEmpty())
                lines.append(p);
        const bool numbered = std::any_of(lines.cbegin(), lines.cend(), [](const Piece &p) { return beginsItem(p.text); });
        if (lines.size() == 1) {
            c.pieces = lines; // a group label, with the first row
        } else if (numbered) {
            c.pieces = itemsOf(lines, k, text);
            if (c.pieces.isEmpty())
                return {};
            rowLabels = true;
        } else if (lines.size() == k) {
            c.pieces = lines;
            rowLabels = true;
            unnumbered = true;
        } else {
            return {};
        }
    }
    if (!rowLabels)
        return {};

    QList<TableRow> rows(k);
    for (qsizetype j = 0; j < k; ++j) {
        TableRow &out = rows[j];
        out.span = row.span;
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            const TableCell &in = row.cells.at(i);
            const CellPieces &c = cells.at(i);
            TableCell cell = in;
            if (c.kind == Kind::Empty) {
                if (j > 0) {
                    cell.text.clear();
                    cell.span = Span{};
                }
            } else if (c.pieces.size() == k) {
                cell.text = c.pieces.at(j).text;
                cell.span = c.pieces.at(j).span;
                if (cell.text.isEmpty())
                    cell.span = Span{};
                // Lines of labels without item numbers might be one label wrapped: the values
                // so placed are for the reviewer to confirm.
                cell.inferred = in.inferred || (unnumbered && c.kind == Kind::Values);
            } else if (j > 0) { // the group label's rows below: a vertical merge's lower part
                cell.text.clear();
                cell.span = Span{};
                cell.continuation = true;
            }
            out.cells.append(cell);
        }
    }
    return rows;
}

} // namespace

int splitStackedRows(Table &table, const QString &text)
{
    int split = 0;
    QList<TableRow> rows;
    rows.reserve(table.rows.size());
    for (const TableRow &row : std::as_const(table.rows)) {
        QList<TableRow> parts = unstack(row, text);
        if (parts.isEmpty()) {
            rows.append(row);
            continue;
        }
        ++split;
        rows += parts;
    }
    if (split > 0)
        table.rows = std::move(rows);
    return split;
}

int splitStackedRows(Document &doc)
{
    int split = 0;
    for (Table &table : doc.tables)
        split += splitStackedRows(table, doc.text);
    return split;
}

} // namespace nianbao
