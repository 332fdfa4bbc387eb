// SPDX-License-Identifier: GPL-3.0-or-later
// Lines and their text rebuilt from the words poppler finds on a PDF page.
#include "core/document/PdfLayout.h"

#include <QRegularExpression>
#include <algorithm>
#include <numeric>
#include <optional>

namespace nianbao::loaders::pdf {

QList<Line> buildLines(QList<Word> words)
{
    std::sort(words.begin(), words.end(), [](const Word &a, const Word &b) {
        return a.box.center().y() < b.box.center().y();
    });
    QList<Line> lines;
    for (const Word &w : std::as_const(words)) {
        if (w.text.trimmed().isEmpty())
            continue;
        const double cy = w.box.center().y();
        bool placed = false;
        // The word joins a recent line whose middle band it falls in.
        for (qsizetype i = lines.size() - 1; i >= 0 && i >= lines.size() - 3; --i) {
            Line &line = lines[i];
            const double tolerance = 0.35 * std::min(line.box.height(), w.box.height());
            if (std::abs(line.box.center().y() - cy) <= tolerance) {
                line.words << w;
                line.box = line.box.united(w.box);
                placed = true;
                break;
            }
        }
        if (!placed)
            lines << Line{{w}, w.box};
    }
    for (Line &line : lines) {
        std::sort(line.words.begin(), line.words.end(),
                  [](const Word &a, const Word &b) { return a.box.left() < b.box.left(); });
    }
    std::sort(lines.begin(), lines.end(),
              [](const Line &a, const Line &b) { return a.box.center().y() < b.box.center().y(); });
    return lines;
}

namespace {

bool isNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral(R"(^[+\-]?[0-9０-９][0-9０-９,，.．]*$)"));
    return number.match(text.trimmed()).hasMatch();
}

// Words of one segment as text: nothing between Chinese characters, a space between Latin words.
Segment joinWords(const QList<Word> &words, double h)
{
    Segment s;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const Word &w = words.at(i);
        if (i > 0) {
            const Word &prev = words.at(i - 1);
            const double size = std::max(h, w.box.height());
            if (!isWideChar(prev.text.back()) && !isWideChar(w.text.front()) && w.box.left() - prev.box.right() > 0.1 * size)
                s.text += u' ';
        }
        s.text += w.text;
        s.box = i == 0 ? w.box : s.box.united(w.box);
    }
    s.words = words;
    return s;
}

} // namespace

QList<Segment> segments(const Line &line)
{
    QList<Segment> out;
    const double h = line.words.isEmpty() ? 10 : std::max(1.0, line.words.first().box.height());
    QList<Word> current;
    for (qsizetype i = 0; i < line.words.size(); ++i) {
        const Word &w = line.words.at(i);
        if (i > 0) {
            const Word &prev = line.words.at(i - 1);
            // Numbers side by side stand in columns of their own from a gap of half a character,
            // a number after a Chinese label from a gap of a character (prose runs them together).
            const double gap = w.box.left() - prev.box.right();
            const double size = std::max(h, w.box.height());
            const bool number = isNumber(w.text);
            if (gap > 1.6 * size || (gap > 0.6 * size && number && isNumber(prev.text))
                || (gap > 1.0 * size && number && isWideChar(prev.text.back()))) {
                out << joinWords(current, h);
                current.clear();
            }
        }
        current << w;
    }
    if (!current.isEmpty())
        out << joinWords(current, h);
    return out;
}

QString lineText(const Line &line)
{
    QStringList parts;
    for (const Segment &s : segments(line))
        parts << s.text;
    return parts.join(u'\t');
}

namespace {

struct Fragment
{
    double y;
    bool above;
    Segment segment;
};

// The segment of a row a fragment belongs to: the one it overlaps most, or -1 (left of them all).
int targetSegment(const QList<Segment> &row, const QRectF &box)
{
    int best = -1;
    double bestOverlap = 0;
    for (qsizetype i = 0; i < row.size(); ++i) {
        const double overlap = std::min(row.at(i).box.right(), box.right()) - std::max(row.at(i).box.left(), box.left());
        if (overlap > bestOverlap) {
            bestOverlap = overlap;
            best = int(i);
        }
    }
    return best;
}

QString rowText(const QList<Segment> &row, const QList<Fragment> &fragments)
{
    QList<QStringList> before(row.size() + 1), after(row.size() + 1); // index 0: a label left of all
    for (const Fragment &f : fragments) {
        const int target = targetSegment(row, f.segment.box) + 1;
        (f.above ? before : after)[target] << f.segment.text;
    }
    QStringList parts;
    if (!before[0].isEmpty() || !after[0].isEmpty())
        parts << joinWrapped(before[0] + after[0]);
    for (qsizetype i = 0; i < row.size(); ++i)
        parts << joinWrapped(before[i + 1] + QStringList{row.at(i).text} + after[i + 1]);
    return parts.join(u'\t');
}

// The x-ranges of the number columns: where the number parts of lines with columns stand.
QList<std::pair<double, double>> numberColumns(const QList<QList<Segment>> &parts)
{
    QList<std::pair<double, double>> ranges;
    for (const auto &line : parts) {
        if (line.size() < 2)
            continue;
        for (const Segment &s : line) {
            if (isNumber(s.text))
                ranges << std::pair{s.box.left(), s.box.right()};
        }
    }
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<double, double>> merged;
    for (const auto &r : std::as_const(ranges)) {
        if (!merged.isEmpty() && r.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, r.second);
        else
            merged << r;
    }
    return merged;
}

// A label that fills its cell runs into the number beside it ("合法1"): in a line with columns,
// a number word standing in a number column where the word before it does not starts a part.
void splitAtNumberColumns(QList<QList<Segment>> &parts)
{
    const auto columns = numberColumns(parts);
    auto columnOf = [&](const QRectF &box) {
        const double x = box.center().x();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (x >= columns.at(i).first && x <= columns.at(i).second)
                return int(i);
        }
        return -1;
    };
    for (auto &line : parts) {
        if (line.size() < 2)
            continue;
        QList<Segment> out;
        for (const Segment &s : std::as_const(line)) {
            QList<Word> current;
            const double h = s.words.isEmpty() ? 10 : std::max(1.0, s.words.first().box.height());
            for (const Word &w : s.words) {
                if (!current.isEmpty() && isNumber(w.text) && columnOf(w.box) >= 0
                    && columnOf(current.last().box) != columnOf(w.box)) {
                    out << joinWords(current, h);
                    current.clear();
                }
                current << w;
            }
            if (!current.isEmpty())
                out << joinWords(current, h);
        }
        line = out;
    }
}

} // namespace

bool opensItem(const QString &text)
{
    static const QRegularExpression item(QStringLiteral(R"(^\s*[（(]?[一二三四五六七八九十0-9０-９]+[）)、.．])"));
    return item.match(text).hasMatch();
}

bool isValue(const QString &text)
{
    static const QRegularExpression none(QStringLiteral(R"(^[-－—–/／]+$)"));
    return isNumber(text) || none.match(text.trimmed()).hasMatch();
}

namespace {

// Where the values of a row start: its first value part, when some part after the first one is a
// value or the line is one number (its label wrapped above and below it); -1 for a line that is
// not a row of values.
double valuesLeft(const QList<Segment> &parts)
{
    if (parts.size() == 1 && isNumber(parts.first().text))
        return parts.first().box.left();
    qsizetype first = -1;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (!isValue(parts.at(i).text))
            continue;
        if (first < 0)
            first = i;
        if (i >= 1)
            return parts.at(first).box.left();
    }
    return -1;
}

double lineHeight(const Line &a, const Line &b)
{
    return std::max(4.0, std::min(a.height(), b.height()));
}

// Rows of numbers and the label lines around them, close together, with nothing in between that
// reaches into the numbers (a header, prose): [first, last], the rows being `anchors`.
struct RowGroup
{
    qsizetype first = 0;
    qsizetype last = 0;
    QList<qsizetype> anchors;
};

QList<RowGroup> rowGroups(const QList<Line> &lines, const QList<double> &values)
{
    const qsizetype n = lines.size();
    QList<bool> joined(n, false); // line i sits right below line i - 1
    for (qsizetype i = 1; i < n; ++i)
        joined[i] = lines.at(i).box.top() - lines.at(i - 1).box.bottom() <= 0.6 * lineHeight(lines.at(i - 1), lines.at(i));
    QList<qsizetype> up(n, -1), down(n, -1);
    for (qsizetype i = 0; i < n; ++i)
        up[i] = values.at(i) >= 0 ? i : (i > 0 && joined.at(i) ? up.at(i - 1) : -1);
    for (qsizetype i = n - 1; i >= 0; --i)
        down[i] = values.at(i) >= 0 ? i : (i + 1 < n && joined.at(i + 1) ? down.at(i + 1) : -1);
    auto member = [&](qsizetype i) {
        if (values.at(i) >= 0)
            return true;
        const double y = lines.at(i).box.center().y();
        qsizetype k = up.at(i);
        if (k < 0 || (down.at(i) >= 0 && lines.at(down.at(i)).box.center().y() - y < y - lines.at(k).box.center().y()))
            k = down.at(i);
        // Wholly in the label area of the nearest row.
        return k >= 0 && lines.at(i).box.right() <= values.at(k) + 1.0;
    };
    QList<RowGroup> groups;
    RowGroup group;
    bool open = false;
    auto close = [&] {
        if (open && !group.anchors.isEmpty())
            groups << group;
        open = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        if (!member(i)) {
            close();
            continue;
        }
        if (open && !joined.at(i))
            close();
        if (!open) {
            group = RowGroup{i, i, {}};
            open = true;
        }
        group.last = i;
        if (values.at(i) >= 0)
            group.anchors << i;
    }
    close();
    return groups;
}

// The row each line of a group belongs to, or -1 for a line that stays on its own. A label is
// centred on its row's numbers: as many of its lines stand below the numbers as above them. The
// lines between two rows go first to the row above (as many as it has above it), the rest to the
// row below; below the last row only as far as that balance asks.
QList<qsizetype> lineOwners(const RowGroup &g, const QList<Line> &lines, const QList<double> &values)
{
    QList<qsizetype> owner(lines.size(), -1);
    const QList<qsizetype> &rows = g.anchors;
    auto y = [&](qsizetype i) { return lines.at(i).box.center().y(); };
    auto hasLabel = [&](qsizetype row) { return values.at(row) > lines.at(row).box.left() + 0.5; };
    // Lines strictly between rows a and b nearer to a.
    auto nearerTo = [&](qsizetype a, qsizetype b) {
        qsizetype count = 0;
        for (qsizetype i = a + 1; i < b; ++i)
            count += std::abs(y(i) - y(a)) <= std::abs(y(b) - y(i)) ? 1 : 0;
        return count;
    };
    // Above the first row: no more lines than stand between it and the next row (or below it).
    const qsizetype leading = rows.first() - g.first;
    const qsizetype afterFirst = (rows.size() > 1 ? rows.at(1) : g.last + 1) - rows.first() - 1;
    qsizetype above = std::min(leading, std::max(afterFirst, hasLabel(rows.first()) ? qsizetype(0) : qsizetype(1)));
    for (qsizetype k = 0; k < rows.size(); ++k) {
        const qsizetype row = rows.at(k);
        owner[row] = row;
        for (qsizetype i = row - above; i < row; ++i)
            owner[i] = row;
        const bool lastRow = k + 1 == rows.size();
        const qsizetype gap = (lastRow ? g.last + 1 : rows.at(k + 1)) - row - 1;
        qsizetype below = above;
        if (above == 0 && !hasLabel(row))
            below = lastRow ? std::min(gap, qsizetype(1)) : nearerTo(row, rows.at(k + 1));
        below = std::min(below, gap);
        for (qsizetype i = row + 1; i <= row + below; ++i)
            owner[i] = row;
        above = gap - below;
    }
    return owner;
}

// A piece of a row label: the part of one line in one label column.
struct LabelPiece
{
    qsizetype line = 0;
    Segment segment;
    int column = 0;
    qsizetype owner = -1;
    int head = -1; // a line of a label that stays apart, below its first line: that line's piece
};

// Two runs of a label a gap apart that no cell text leaves: Chinese on the left, two characters or
// more on either side (a label spread over its cell, "合  计", has one character a run).
bool runsApart(const Word &left, const Word &right)
{
    return isWideChar(left.text.back()) && left.text.size() >= 2 && right.text.size() >= 2;
}

// The label parts of a group's lines (left of the numbers), cut again where a gap of half a
// character or more is followed by a column start that other lines share, or parts two runs of
// Chinese ("（三）不予 1.属于…", "年度办 （二）部分公开…" in cells centred across).
QList<LabelPiece> labelPieces(const RowGroup &g, const QList<QList<Segment>> &parts, const QList<double> &values)
{
    QList<QList<Segment>> labels;
    for (qsizetype i = g.first; i <= g.last; ++i) {
        QList<Segment> label;
        for (const Segment &s : parts.at(i)) {
            if (values.at(i) < 0 || s.box.left() < values.at(i) - 0.5)
                label << s;
        }
        labels << label;
    }
    auto sharedStart = [&](double x, qsizetype line) {
        int count = 0;
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if (i == line)
                continue;
            count += std::any_of(labels.at(i).begin(), labels.at(i).end(),
                                 [&](const Segment &s) { return std::abs(s.box.left() - x) <= 2.0; })
                         ? 1
                         : 0;
        }
        return count >= 2;
    };
    QList<LabelPiece> pieces;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        for (const Segment &s : labels.at(i)) {
            const double h = s.words.isEmpty() ? 10 : std::max(1.0, s.words.first().box.height());
            QList<Word> current;
            for (const Word &w : s.words) {
                if (!current.isEmpty() && w.box.left() - current.last().box.right() >= 0.5 * h
                    && (sharedStart(w.box.left(), i) || runsApart(current.last(), w))) {
                    pieces << LabelPiece{g.first + i, joinWords(current, h)};
                    current.clear();
                }
                current << w;
            }
            if (!current.isEmpty())
                pieces << LabelPiece{g.first + i, joinWords(current, h)};
        }
    }
    return pieces;
}

// Label columns: pieces that overlap share one, narrow pieces first; a piece across two columns (a
// label over merged cells) goes to the leftmost. Returns the number of columns.
int assignColumns(QList<LabelPiece> &pieces)
{
    QList<qsizetype> order(pieces.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return pieces.at(a).segment.box.width() < pieces.at(b).segment.box.width();
    });
    QList<std::pair<double, double>> columns;
    for (qsizetype index : std::as_const(order)) {
        LabelPiece &p = pieces[index];
        const QRectF &box = p.segment.box;
        QList<int> hits;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (std::min(columns.at(c).second, box.right()) - std::max(columns.at(c).first, box.left()) > 0.5)
                hits << int(c);
        }
        if (hits.isEmpty()) {
            p.column = int(columns.size());
            columns << std::pair{box.left(), box.right()};
        } else if (hits.size() == 1) {
            p.column = hits.first();
            columns[hits.first()] = {std::min(columns.at(hits.first()).first, box.left()),
                                     std::max(columns.at(hits.first()).second, box.right())};
        } else {
            p.column = *std::min_element(hits.begin(), hits.end(), [&](int a, int b) {
                return columns.at(a).first < columns.at(b).first;
            });
        }
    }
    QList<int> byLeft(columns.size());
    std::iota(byLeft.begin(), byLeft.end(), 0);
    std::sort(byLeft.begin(), byLeft.end(), [&](int a, int b) { return columns.at(a).first < columns.at(b).first; });
    QList<int> rank(columns.size());
    for (qsizetype r = 0; r < byLeft.size(); ++r)
        rank[byLeft.at(r)] = int(r);
    for (LabelPiece &p : pieces)
        p.column = rank.at(p.column);
    return int(columns.size());
}

// In a column whose labels are numbered ("1.…", "（三）…"), a cell runs from one numbered piece to
// the next (lines below the last row included: a label cut by the page break): it belongs to the
// row whose numbers stand on one of its lines, else to the first row at or below its first line.
// Other columns keep the rows of their lines.
void ownPieces(QList<LabelPiece> &pieces, int columns, const RowGroup &g, const QList<Line> &lines,
               const QList<double> &values, const QList<qsizetype> &lineOwner)
{
    for (LabelPiece &p : pieces)
        p.owner = lineOwner.at(p.line);
    for (int c = 0; c < columns; ++c) {
        QList<LabelPiece *> column;
        for (LabelPiece &p : pieces) {
            if (p.column == c && (p.owner >= 0 || p.line > g.anchors.last()))
                column << &p;
        }
        std::sort(column.begin(), column.end(), [](const LabelPiece *a, const LabelPiece *b) { return a->line < b->line; });
        if (std::none_of(column.begin(), column.end(), [](const LabelPiece *p) { return opensItem(p->segment.text); }))
            continue;
        QList<QList<LabelPiece *>> cells;
        bool cellHasRow = false;
        for (LabelPiece *p : std::as_const(column)) {
            const bool onRow = values.at(p->line) >= 0;
            const double h = std::max(4.0, p->segment.box.height());
            const bool apart = !cells.isEmpty() && p->segment.box.top() - cells.last().last()->segment.box.bottom() > 0.6 * h;
            // On a row that has its own label further right, an un-numbered piece goes on with
            // the cell above (a cell merged over several rows).
            const bool ownLabelRight = std::any_of(pieces.begin(), pieces.end(), [&](const LabelPiece &q) {
                return q.line == p->line && q.column > c;
            });
            if (cells.isEmpty() || opensItem(p->segment.text) || apart || (onRow && cellHasRow && !ownLabelRight)) {
                cells << QList<LabelPiece *>{};
                cellHasRow = false;
            }
            cells.last() << p;
            cellHasRow = cellHasRow || onRow;
        }
        // Un-numbered lines above the first row and the first numbered cell: the end of a label
        // from the page before.
        const QList<LabelPiece *> &head = cells.first();
        if (cells.size() > 1 && !opensItem(head.first()->segment.text)
            && std::all_of(head.begin(), head.end(), [&](const LabelPiece *p) { return p->line < g.anchors.first(); })) {
            for (LabelPiece *p : head)
                p->owner = -1;
        }
        for (qsizetype k = 0; k < cells.size(); ++k) {
            const QList<LabelPiece *> &cell = cells.at(k);
            if (cell.first()->owner < 0)
                continue;
            qsizetype row = -1;
            for (const LabelPiece *p : cell) {
                if (values.at(p->line) >= 0) {
                    row = p->line;
                    break;
                }
            }
            if (row < 0 && opensItem(cell.first()->segment.text)) {
                const double top = cell.first()->segment.box.center().y() - 0.25 * cell.first()->segment.box.height();
                const double end = k + 1 < cells.size() ? cells.at(k + 1).first()->segment.box.top() : 1e9;
                for (qsizetype a : g.anchors) {
                    const double y = lines.at(a).box.center().y();
                    if (y >= top && y < end) {
                        row = a;
                        break;
                    }
                }
            }
            if (row < 0)
                continue; // the rows of its lines
            for (LabelPiece *p : cell)
                p->owner = row;
        }
    }
    // Lines above the first row that no row took, one under the other in a column, make one label
    // (from the page before, or a heading wrapped over two lines).
    for (int c = 0; c < columns; ++c) {
        LabelPiece *last = nullptr;
        for (LabelPiece &p : pieces) { // in line order
            if (p.column != c || p.owner >= 0 || p.line >= g.anchors.first())
                continue;
            const double h = std::max(4.0, p.segment.box.height());
            if (last && !opensItem(p.segment.text) && p.segment.box.top() - last->segment.box.bottom() <= 0.6 * h)
                p.head = last->head >= 0 ? last->head : int(last - pieces.data());
            last = &p;
        }
    }
}

// A row of numbers with its label cells (one per label column, empty where it has none) in front.
QString composedRow(qsizetype row, const QList<LabelPiece> &pieces, int columns, const QList<Segment> &parts,
                    double valuesStart, QRectF &box)
{
    QList<QStringList> cells(columns);
    for (const LabelPiece &p : pieces) { // in line order
        if (p.owner != row)
            continue;
        cells[p.column] << p.segment.text;
        box = box.united(p.segment.box);
    }
    QStringList out;
    for (const QStringList &cell : std::as_const(cells))
        out << joinWrapped(cell);
    for (const Segment &s : parts) {
        if (s.box.left() >= valuesStart - 0.5)
            out << s.text;
    }
    return out.join(u'\t');
}

} // namespace

QList<TextLine> attachWrappedCells(const QList<Line> &lines)
{
    QList<QList<Segment>> parts;
    for (const Line &line : lines)
        parts << segments(line);
    splitAtNumberColumns(parts);
    const qsizetype n = lines.size();
    QList<double> values(n);
    for (qsizetype i = 0; i < n; ++i)
        values[i] = valuesLeft(parts.at(i));

    // Rows of numbers with the label lines around them, cell by cell.
    QList<int> groupOf(n, -1);
    QList<std::optional<TextLine>> composed(n);
    QList<QStringList> leftover(n); // label pieces of a group line that no row took
    const QList<RowGroup> groups = rowGroups(lines, values);
    qsizetype firstRow = n;
    for (const RowGroup &g : groups) {
        for (qsizetype row : g.anchors)
            firstRow = std::min(firstRow, row);
    }
    QList<bool> fromPageBefore(n, false);
    for (qsizetype gi = 0; gi < groups.size(); ++gi) {
        const RowGroup &g = groups.at(gi);
        const QList<qsizetype> owner = lineOwners(g, lines, values);
        QList<LabelPiece> pieces = labelPieces(g, parts, values);
        const int columns = assignColumns(pieces);
        ownPieces(pieces, columns, g, lines, values, owner);
        for (qsizetype i = g.first; i <= g.last; ++i)
            groupOf[i] = int(gi);
        for (qsizetype row : g.anchors) {
            QRectF box = lines.at(row).box;
            const QString text = composedRow(row, pieces, columns, parts.at(row), values.at(row), box);
            composed[row] = TextLine{box, text};
        }
        // Pieces no row took stay on their lines; the lines of a label from the page before make one.
        for (qsizetype k = 0; k < pieces.size(); ++k) {
            const LabelPiece &p = pieces.at(k);
            if (p.owner >= 0 || p.head >= 0)
                continue;
            QStringList texts;
            for (const LabelPiece &q : std::as_const(pieces)) {
                if (&q == &p || q.head == k)
                    texts << q.segment.text;
            }
            leftover[p.line] << joinWrapped(texts);
            fromPageBefore[p.line] = p.line < firstRow;
        }
    }

    // Elsewhere (table headers): a one-part line between two lines with columns, in the label
    // area, joins the nearer of them.
    auto isRow = [&](qsizetype i) { return parts.at(i).size() >= 2; };
    QList<QList<Fragment>> attached(n);
    QList<bool> taken(n, false);
    for (qsizetype i = 0; i < n; ++i) {
        if (isRow(i) || groupOf.at(i) >= 0)
            continue;
        qsizetype up = i - 1, down = i + 1;
        while (up >= 0 && !isRow(up))
            --up;
        while (down < n && !isRow(down))
            ++down;
        if (up < 0 || down >= n)
            continue; // not between two rows
        const double y = lines.at(i).box.center().y();
        const double h = std::max(4.0, lines.at(i).box.height());
        const qsizetype row = y - lines.at(up).box.center().y() <= lines.at(down).box.center().y() - y ? up : down;
        const QList<Segment> &cells = parts.at(row);
        // In the label area: it ends before the row's last column starts, and sits close by.
        if (groupOf.at(row) >= 0 || std::abs(lines.at(row).box.center().y() - y) > 2.5 * h
            || lines.at(i).box.right() > cells.last().box.left())
            continue;
        attached[row] << Fragment{y, row == down, parts.at(i).value(0)};
        taken[i] = true;
    }
    QList<TextLine> out;
    for (qsizetype i = 0; i < n; ++i) {
        if (composed.at(i)) {
            out << *composed.at(i);
            continue;
        }
        if (groupOf.at(i) >= 0) {
            if (!leftover.at(i).isEmpty())
                out << TextLine{lines.at(i).box, leftover.at(i).join(u'\t'), fromPageBefore.at(i)};
            continue;
        }
        if (taken.at(i))
            continue;
        QRectF box = lines.at(i).box;
        QList<Fragment> fragments = attached.at(i);
        std::sort(fragments.begin(), fragments.end(), [](const Fragment &a, const Fragment &b) { return a.y < b.y; });
        for (const Fragment &f : std::as_const(fragments))
            box = box.united(f.segment.box);
        out << TextLine{box, rowText(parts.at(i), fragments)};
    }
    return out;
}

QString joinWrapped(const QStringList &lines)
{
    QString out;
    for (const QString &l : lines) {
        const QString line = l.trimmed();
        if (line.isEmpty())
            continue;
        if (!out.isEmpty() && !isWideChar(out.back()) && !isWideChar(line.front()))
            out += u' ';
        out += line;
    }
    return out;
}

bool isPageNumberLine(const Line &line, double pageHeight)
{
    const double y = line.box.center().y();
    if (y > 0.12 * pageHeight && y < 0.88 * pageHeight)
        return false;
    QString text;
    for (const Word &w : line.words)
        text += w.text;
    static const QRegularExpression number(QStringLiteral(
        R"(^[-－—–\s]*(第\s*)?\d{1,4}\s*(页)?\s*([/／]\s*\d{1,4}|共\s*\d{1,4}\s*页)?[-－—–\s]*$)"));
    return number.match(text).hasMatch();
}

double typicalHeight(const QList<Line> &lines)
{
    QList<double> heights;
    for (const Line &line : lines) {
        for (const Word &w : line.words)
            heights << w.box.height();
    }
    if (heights.isEmpty())
        return 10;
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    return heights.at(heights.size() / 2);
}

} // namespace nianbao::loaders::pdf
