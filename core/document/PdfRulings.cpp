// Ruled tables on a PDF page: the page is rendered, long dark runs are the ruling lines, their
// crossings give the grid, missing line pieces between slotSets give the merged cells.
#include "PdfLayout.h"

#include <algorithm>
#include <climits>
#include <numeric>

#include <QHash>
#include <QMap>

namespace nianbao::loaders::pdf {

namespace {

constexpr int kDark = 190;          // gray below this is ink (grey borders included)
constexpr int kMaxSlots = 20000;    // grid rows x columns of one table

// A ruling line in pixels: at `pos` (y for horizontal, x for vertical) from `from` to `to`.
struct Rule
{
    double pos;
    int from, to;
    int first, last; // pixel rows (or columns) it covers: its thickness
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

// Raw runs of ink at least `minLength` long, bucketed by pixel row (horizontal) or column
// (vertical). One pass over the rows for both directions, cache-friendly.
struct Run
{
    int from, to;
};

// Whether a pixel is ink. White paper, most of the page, is answered without computing its gray.
inline bool isInk(QRgb pixel)
{
    return pixel != 0xFFFFFFFFu && qGray(pixel) < kDark;
}

void findRuns(const QImage &image, int minH, int minV, QList<QList<Run>> &rows, QList<QList<Run>> &columns)
{
    const int w = image.width();
    const int h = image.height();
    rows.resize(h);
    columns.resize(w);
    std::vector<int> openSince(size_t(w), -1);
    for (int y = 0; y < h; ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        int start = -1;
        for (int x = 0; x < w; ++x) {
            const bool ink = isInk(line[x]);
            int &since = openSince[size_t(x)];
            if (ink) {
                if (start < 0)
                    start = x;
                if (since < 0)
                    since = y;
                continue;
            }
            if (start >= 0) {
                if (x - start >= minH)
                    rows[y] << Run{start, x - 1};
                start = -1;
            }
            if (since >= 0) {
                if (y - since >= minV)
                    columns[x] << Run{since, y - 1};
                since = -1;
            }
        }
        if (start >= 0 && w - start >= minH) // a run to the right edge
            rows[y] << Run{start, w - 1};
    }
    for (int x = 0; x < w; ++x) { // runs to the bottom edge
        const int since = openSince[size_t(x)];
        if (since >= 0 && h - since >= minV)
            columns[x] << Run{since, h - 1};
    }
}

// Runs in neighbouring pixel rows (columns) that overlap are one rule; thick ones are fills.
QList<Rule> mergeRuns(const QList<QList<Run>> &buckets, int maxThickness)
{
    QList<Rule> done;
    QList<Rule> open;
    for (int o = 0; o < buckets.size(); ++o) {
        QList<Rule> next;
        for (const Run &run : buckets.at(o)) {
            Rule rule{double(o), run.from, run.to, o, o};
            for (qsizetype k = 0; k < open.size(); ++k) {
                const Rule &r = open.at(k);
                if (rule.from <= r.to && rule.to >= r.from) {
                    rule.first = r.first;
                    rule.from = std::min(rule.from, r.from);
                    rule.to = std::max(rule.to, r.to);
                    open.removeAt(k);
                    break;
                }
            }
            next << rule;
        }
        done << open;
        open = next;
    }
    done << open;
    QList<Rule> out;
    for (Rule r : std::as_const(done)) {
        if (r.last - r.first + 1 > maxThickness)
            continue; // a filled area, not a line
        r.pos = (r.first + r.last) / 2.0;
        out << r;
    }
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
std::optional<RuledTable> buildTable(const QList<Rule> &hs, const QList<Rule> &vs, double scale,
                                     double tolerance, QList<Word> &words)
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
    int top = INT_MAX, bottom = INT_MIN;
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
    const QRectF box(QPointF(xs.first() / scale, ys.first() / scale), QPointF(xs.last() / scale, ys.last() / scale));
    for (qsizetype i = words.size() - 1; i >= 0; --i) {
        const QPointF centre = words.at(i).box.center() * scale;
        const int r = slotIndex(ys, centre.y());
        const int c = slotIndex(xs, centre.x());
        if (r < 0 || r >= rows || c < 0 || c >= cols)
            continue;
        areas[slotSets.find(r * cols + c)].words.prepend(words.at(i));
        words.removeAt(i);
    }

    RuledTable table;
    table.box = box;
    for (double x : xs)
        table.columnEdges << x / scale;
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

QList<RuledTable> findRuledTables(const QImage &page, double scale, QList<Word> &words, double textHeight)
{
    if (page.isNull())
        return {};
    const QImage image = page.format() == QImage::Format_ARGB32 || page.format() == QImage::Format_RGB32
        ? page : page.convertToFormat(QImage::Format_ARGB32);
    const double h = std::max(4.0, textHeight) * scale;
    const int maxThickness = std::max(3, int(0.4 * h));
    QList<QList<Run>> rowRuns, columnRuns;
    findRuns(image, std::max(12, int(2.5 * h)), std::max(8, int(1.2 * h)), rowRuns, columnRuns);
    const QList<Rule> hs = mergeRuns(rowRuns, maxThickness);
    const QList<Rule> vs = mergeRuns(columnRuns, maxThickness);
    const double tolerance = std::max(2.0, 0.3 * h);

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
        if (auto table = buildTable(h2, v2, scale, tolerance, words))
            tables << *table;
    }
    std::sort(tables.begin(), tables.end(),
              [](const RuledTable &a, const RuledTable &b) { return a.box.top() < b.box.top(); });
    return tables;
}

} // namespace nianbao::loaders::pdf
