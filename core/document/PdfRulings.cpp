// SPDX-License-Identifier: GPL-3.0-or-later
// Ruled tables on a PDF page: the long lines the page draws are its rules, their crossings give
// the grid, missing line pieces between slots give the merged cells.
#include "core/document/PdfLayout.h"

#include <algorithm>
#include <climits>
#include <numeric>

#include <QHash>
#include <QMap>

namespace nianbao::loaders::pdf {

namespace {

constexpr int kMaxSlots = 20000; // grid rows x columns of one table
constexpr qsizetype kMaxRules = 2000; // of one direction on a page: more is a drawing (a map, a chart)

// A ruling line: at `pos` (y for horizontal, x for vertical) from `from` to `to`, page points.
struct Rule
{
    double pos, from, to;
};

class UnionFind
{
public:
    explicit UnionFind(int n) : m_parent(n) { std::iota(m_parent.begin(), m_parent.end(), 0); }
    int find(int i)
    {
        while (m_parent[i] != i)
            i = m_parent[i] = m_parent[m_parent[i]];
        return i;
    }
    void unite(int a, int b) { m_parent[find(a)] = find(b); }

private:
    std::vector<int> m_parent;
};

// The rules of one direction: pieces on one line (Word and WPS draw a table's rules cell by cell,
// often twice over) that touch, overlap or stand less than `gap` apart (cells with their own
// borders, a little space between them) are one rule, kept when it is long enough; thick bars are
// shaded areas, not rules.
QList<Rule> joinPieces(const QList<Ruling> &rulings, Qt::Orientation orientation, double minLength,
                       double maxThickness, double gap)
{
    QList<Ruling> pieces;
    for (const Ruling &r : rulings) {
        if (r.orientation == orientation && r.thickness <= maxThickness)
            pieces << r;
    }
    std::sort(pieces.begin(), pieces.end(), [](const Ruling &a, const Ruling &b) {
        return a.pos < b.pos || (a.pos == b.pos && a.from < b.from);
    });
    constexpr double sameLine = 1.0; // points between pieces drawn on one line
    QList<Rule> out;
    QList<Ruling> line; // pieces whose positions lie within `sameLine` of the first
    auto flush = [&] {
        std::sort(line.begin(), line.end(), [](const Ruling &a, const Ruling &b) { return a.from < b.from; });
        double pos = 0, from = 0, to = 0;
        int count = 0;
        auto close = [&] {
            if (count > 0 && to - from >= minLength)
                out << Rule{pos / count, from, to};
            count = 0;
        };
        for (const Ruling &r : std::as_const(line)) {
            if (count > 0 && r.from > to + gap)
                close();
            if (count == 0) {
                from = r.from;
                to = r.to;
                pos = 0;
            }
            to = std::max(to, r.to);
            pos += r.pos;
            ++count;
        }
        close();
        line.clear();
    };
    for (const Ruling &r : std::as_const(pieces)) {
        if (!line.isEmpty() && r.pos - line.first().pos > sameLine)
            flush();
        line << r;
    }
    flush();
    return out;
}

// Positions closer than `tolerance` are one.
QList<double> cluster(QList<double> values, double tolerance)
{
    std::sort(values.begin(), values.end());
    QList<double> out;
    QList<double> group;
    for (double v : std::as_const(values)) {
        if (!group.isEmpty() && v - group.last() > tolerance) {
            out << std::accumulate(group.begin(), group.end(), 0.0) / group.size();
            group.clear();
        }
        group << v;
    }
    if (!group.isEmpty())
        out << std::accumulate(group.begin(), group.end(), 0.0) / group.size();
    return out;
}

bool covers(const QList<Rule> &rules, double pos, double at, double tolerance)
{
    for (const Rule &r : rules) {
        if (std::abs(r.pos - pos) <= tolerance && at >= r.from - tolerance && at <= r.to + tolerance)
            return true;
    }
    return false;
}

int slotIndex(const QList<double> &edges, double v)
{
    const auto it = std::upper_bound(edges.begin(), edges.end(), v);
    return int(it - edges.begin()) - 1;
}

// One connected set of rules made into a grid, the words inside it placed in its cells.
std::optional<RuledTable> buildTable(const QList<Rule> &hs, const QList<Rule> &vs, double tolerance,
                                     QList<Word> &words)
{
    QList<double> hPos, vPos;
    for (const Rule &r : hs)
        hPos << r.pos;
    for (const Rule &r : vs)
        vPos << r.pos;
    QList<double> ys = cluster(hPos, tolerance);
    const QList<double> xs = cluster(vPos, tolerance);
    // A table cut by a page break often has no closing line: its column rules end lower (or start
    // higher) than its last (first) row line, and that is where its edge is.
    double top = vs.first().from, bottom = vs.first().to;
    for (const Rule &r : vs) {
        top = std::min(top, r.from);
        bottom = std::max(bottom, r.to);
    }
    if (!ys.isEmpty() && bottom > ys.last() + 2 * tolerance)
        ys.append(bottom);
    if (!ys.isEmpty() && top < ys.first() - 2 * tolerance)
        ys.prepend(top);
    const int rows = int(ys.size()) - 1;
    const int cols = int(xs.size()) - 1;
    if (rows < 1 || cols < 2 || rows * cols > kMaxSlots)
        return std::nullopt;

    UnionFind slotSets(rows * cols);
    for (int r = 0; r < rows; ++r) {
        const double ymid = (ys[r] + ys[r + 1]) / 2;
        for (int c = 0; c < cols; ++c) {
            const double xmid = (xs[c] + xs[c + 1]) / 2;
            if (c + 1 < cols && !covers(vs, xs[c + 1], ymid, tolerance))
                slotSets.unite(r * cols + c, r * cols + c + 1);
            if (r + 1 < rows && !covers(hs, ys[r + 1], xmid, tolerance))
                slotSets.unite(r * cols + c, (r + 1) * cols + c);
        }
    }
    // Each cell's rectangle of slotSets, and the words that fall in it.
    struct Area { int top = INT_MAX, left = INT_MAX, bottom = -1, right = -1; QList<Word> words; };
    QHash<int, Area> areas;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols; ++c) {
            Area &a = areas[slotSets.find(r * cols + c)];
            a.top = std::min(a.top, r);
            a.left = std::min(a.left, c);
            a.bottom = std::max(a.bottom, r);
            a.right = std::max(a.right, c);
        }
    }
    const QRectF box(QPointF(xs.first(), ys.first()), QPointF(xs.last(), ys.last()));
    for (qsizetype i = words.size() - 1; i >= 0; --i) {
        const QPointF centre = words.at(i).box.center();
        const int r = slotIndex(ys, centre.y());
        const int c = slotIndex(xs, centre.x());
        if (r < 0 || r >= rows || c < 0 || c >= cols)
            continue;
        areas[slotSets.find(r * cols + c)].words.prepend(words.at(i));
        words.removeAt(i);
    }

    RuledTable table;
    table.box = box;
    table.columnEdges = xs;
    for (int r = 0; r < rows; ++r) {
        QList<BlockCell> row;
        for (int c = 0; c < cols; ++c) {
            const Area &a = areas[slotSets.find(r * cols + c)];
            if (a.left != c)
                continue; // covered by a cell spanning from the left
            BlockCell cell;
            cell.column = c;
            cell.colSpan = a.right - a.left + 1;
            if (a.top == r) {
                cell.rowSpan = a.bottom - a.top + 1;
                QStringList lines;
                for (const Line &line : buildLines(a.words))
                    lines << lineText(line).replace(u'\t', u' ');
                cell.blocks << Block{joinWrapped(lines), nullptr};
            } else {
                cell.continuation = true;
            }
            row << cell;
        }
        table.grid.rows << row;
    }
    return table;
}

} // namespace

QList<RuledTable> findRuledTables(const QList<Ruling> &rulings, QList<Word> &words, double textHeight)
{
    // Measures in points, from the body text size (as when found at 1.5 pixels per point on the
    // rendered page: at least 8 points across, 5.3 down, at most 2 points thick).
    const double h = std::max(4.0, textHeight);
    const double maxThickness = std::max(2.0, 0.4 * h);
    const double gap = std::max(1.5, 0.4 * h); // never as wide as a cell: a missing piece is a merge
    const QList<Rule> hs = joinPieces(rulings, Qt::Horizontal, std::max(8.0, 2.5 * h), maxThickness, gap);
    const QList<Rule> vs = joinPieces(rulings, Qt::Vertical, std::max(5.3, 1.2 * h), maxThickness, gap);
    const double tolerance = std::max(1.33, 0.3 * h);
    if (hs.size() > kMaxRules || vs.size() > kMaxRules)
        return {}; // the pairing below is quadratic; no report's table has that many rules

    // Rules that cross or touch belong to one table.
    UnionFind groups(int(hs.size() + vs.size()));
    for (qsizetype i = 0; i < hs.size(); ++i) {
        for (qsizetype j = 0; j < vs.size(); ++j) {
            const Rule &a = hs.at(i);
            const Rule &b = vs.at(j);
            if (b.pos >= a.from - tolerance && b.pos <= a.to + tolerance && a.pos >= b.from - tolerance
                && a.pos <= b.to + tolerance)
                groups.unite(int(i), int(hs.size() + j));
        }
    }
    QMap<int, std::pair<QList<Rule>, QList<Rule>>> byGroup;
    for (qsizetype i = 0; i < hs.size(); ++i)
        byGroup[groups.find(int(i))].first << hs.at(i);
    for (qsizetype j = 0; j < vs.size(); ++j)
        byGroup[groups.find(int(hs.size() + j))].second << vs.at(j);

    QList<RuledTable> tables;
    for (const auto &[h2, v2] : std::as_const(byGroup)) {
        if (h2.size() < 2 || v2.size() < 3)
            continue;
        if (auto table = buildTable(h2, v2, tolerance, words))
            tables << *table;
    }
    std::sort(tables.begin(), tables.end(),
              [](const RuledTable &a, const RuledTable &b) { return a.box.top() < b.box.top(); });
    return tables;
}

} // namespace nianbao::loaders::pdf
