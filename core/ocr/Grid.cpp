// SPDX-License-Identifier: GPL-3.0-or-later
// The ruled tables of a page image: rules are long runs of ink (a character's stroke is never as
// long as a quarter inch), grouped into lines; lines that cross make a table; its grid is the
// lines' positions, and a cell is a field of the grid together with the neighbours no rule
// separates it from.
#include "core/ocr/PageImage.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace nianbao::ocr {

namespace {

// A rule: `at` across its direction (y of a horizontal one), from `from` to `to` along it.
struct Rule
{
    double at = 0;
    int from = 0, to = 0;
    int thickness = 1;
};

struct Segment
{
    int at, from, to;
};

// Runs of ink at least `minLength` long along each line of the image (rows when `horizontal`),
// bridging gaps of up to `gap` pixels (noise and JPEG ringing break a printed rule).
std::vector<Segment> longRuns(const GrayImage &image, int threshold, bool horizontal, int minLength, int gap)
{
    std::vector<Segment> out;
    const int lines = horizontal ? image.height : image.width;
    const int length = horizontal ? image.width : image.height;
    for (int l = 0; l < lines; ++l) {
        int start = -1, lastInk = -1;
        for (int i = 0; i <= length; ++i) {
            const bool ink = i < length && (horizontal ? image.at(i, l) : image.at(l, i)) < threshold;
            if (ink) {
                if (start < 0 || i - lastInk > gap + 1) {
                    if (start >= 0 && lastInk - start + 1 >= minLength)
                        out.push_back({l, start, lastInk});
                    start = i;
                }
                lastInk = i;
            }
        }
        if (start >= 0 && lastInk - start + 1 >= minLength)
            out.push_back({l, start, lastInk});
    }
    return out;
}

// Runs on neighbouring lines that overlap are one rule (a printed rule is a few pixels thick).
QList<Rule> groupRuns(std::vector<Segment> runs)
{
    QList<Rule> rules;
    std::sort(runs.begin(), runs.end(), [](const Segment &a, const Segment &b) {
        return a.at != b.at ? a.at < b.at : a.from < b.from;
    });
    struct Open
    {
        Rule rule;
        int first, last; // the first and last lines it took a run on
        double sum;
        int count;
    };
    QList<Open> open;
    for (const Segment &s : runs) {
        Open *found = nullptr;
        for (Open &o : open)
            if (s.at - o.last <= 2 && s.from <= o.rule.to && s.to >= o.rule.from) {
                found = &o;
                break;
            }
        if (found) {
            found->rule.from = std::min(found->rule.from, s.from);
            found->rule.to = std::max(found->rule.to, s.to);
            found->sum += s.at;
            found->count += 1;
            found->last = s.at;
        } else {
            open.append({Rule{double(s.at), s.from, s.to, 1}, s.at, s.at, double(s.at), 1});
        }
        // Rules left behind are done.
        for (qsizetype i = open.size() - 1; i >= 0; --i)
            if (s.at - open.at(i).last > 2) {
                Open o = open.takeAt(i);
                o.rule.at = o.sum / o.count;
                o.rule.thickness = o.last - o.first + 1;
                rules.append(o.rule);
            }
    }
    for (Open &o : open) {
        o.rule.at = o.sum / o.count;
        o.rule.thickness = o.last - o.first + 1;
        rules.append(o.rule);
    }
    // A rule many pixels thick is a filled bar or a block of ink, not a rule.
    rules.removeIf([](const Rule &r) { return r.thickness > 12; });
    return rules;
}

bool crosses(const Rule &h, const Rule &v, int tolerance)
{
    return v.at >= h.from - tolerance && v.at <= h.to + tolerance && h.at >= v.from - tolerance
           && h.at <= v.to + tolerance;
}

// Positions within `tolerance` of each other are one grid line (their mean).
QList<double> gridLines(QList<double> positions, double tolerance)
{
    std::sort(positions.begin(), positions.end());
    QList<double> lines;
    QList<int> counts;
    for (double p : positions) {
        if (!lines.isEmpty() && p - lines.last() <= tolerance) {
            lines.last() = (lines.last() * counts.last() + p) / (counts.last() + 1);
            ++counts.last();
        } else {
            lines.append(p);
            counts.append(1);
        }
    }
    return lines;
}

// How much of [from, to] the rules at `at` (within `tolerance`) cover, as a share.
double coverage(const QList<Rule> &rules, double at, double from, double to, double tolerance)
{
    if (to <= from)
        return 0;
    std::vector<std::pair<double, double>> parts;
    for (const Rule &r : rules)
        if (std::abs(r.at - at) <= tolerance && r.to >= from && r.from <= to)
            parts.emplace_back(std::max<double>(r.from, from), std::min<double>(r.to, to));
    std::sort(parts.begin(), parts.end());
    double covered = 0, reach = from;
    for (const auto &[a, b] : parts) {
        if (b <= reach)
            continue;
        covered += b - std::max(a, reach);
        reach = b;
    }
    return covered / (to - from);
}

int findRoot(std::vector<int> &parent, int i)
{
    while (parent[size_t(i)] != i)
        i = parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
    return i;
}

Grid makeGrid(const QList<Rule> &horizontal, const QList<Rule> &vertical, double tolerance)
{
    QList<double> hs, vs;
    for (const Rule &r : horizontal)
        hs.append(r.at);
    for (const Rule &r : vertical)
        vs.append(r.at);
    const QList<double> ys = gridLines(hs, tolerance), xs = gridLines(vs, tolerance);
    Grid grid;
    if (ys.size() < 2 || xs.size() < 2)
        return grid;
    grid.rows = int(ys.size() - 1);
    grid.columns = int(xs.size() - 1);
    grid.box = QRect(QPoint(int(xs.first()), int(ys.first())), QPoint(int(xs.last()), int(ys.last())));
    const int fields = grid.rows * grid.columns;
    std::vector<int> parent(static_cast<size_t>(fields));
    std::iota(parent.begin(), parent.end(), 0);
    const auto join = [&](int a, int b) { parent[size_t(findRoot(parent, a))] = findRoot(parent, b); };
    for (int r = 0; r < grid.rows; ++r)
        for (int c = 0; c < grid.columns; ++c) {
            // No rule on the right of the field: it goes on into the next column; none below: into
            // the next row.
            if (c + 1 < grid.columns && coverage(vertical, xs.at(c + 1), ys.at(r), ys.at(r + 1), tolerance) < 0.5)
                join(r * grid.columns + c, r * grid.columns + c + 1);
            if (r + 1 < grid.rows && coverage(horizontal, ys.at(r + 1), xs.at(c), xs.at(c + 1), tolerance) < 0.5)
                join(r * grid.columns + c, (r + 1) * grid.columns + c);
        }
    QList<int> seen;
    for (int r = 0; r < grid.rows; ++r)
        for (int c = 0; c < grid.columns; ++c) {
            const int root = findRoot(parent, r * grid.columns + c);
            if (seen.contains(root))
                continue;
            seen.append(root);
            int lastRow = r, lastColumn = c;
            for (int i = 0; i < fields; ++i)
                if (findRoot(parent, i) == root) {
                    lastRow = std::max(lastRow, i / grid.columns);
                    lastColumn = std::max(lastColumn, i % grid.columns);
                }
            GridCell cell;
            cell.row = r;
            cell.column = c;
            cell.rowSpan = lastRow - r + 1;
            cell.colSpan = lastColumn - c + 1;
            cell.box = QRect(QPoint(int(std::ceil(xs.at(c))), int(std::ceil(ys.at(r)))),
                             QPoint(int(xs.at(lastColumn + 1)), int(ys.at(lastRow + 1))));
            grid.cells.append(cell);
        }
    return grid;
}

} // namespace

QList<Grid> findGrids(const GrayImage &image, int threshold)
{
    if (image.isNull())
        return {};
    const int minLength = std::max(20, int(image.dpi / 4)); // a quarter inch
    const int gap = std::max(1, int(image.dpi / 150));
    const QList<Rule> horizontal = groupRuns(longRuns(image, threshold, true, minLength, gap));
    const QList<Rule> vertical = groupRuns(longRuns(image, threshold, false, minLength, gap));
    if (horizontal.size() < 2 || vertical.size() < 2 || horizontal.size() > 2000 || vertical.size() > 2000)
        return {};
    const double tolerance = std::max(3.0, image.dpi / 40); // the rules of one grid line, ±0.6 mm
    // Rules that cross belong to one table.
    const int n = int(horizontal.size() + vertical.size());
    std::vector<int> parent(static_cast<size_t>(n));
    std::iota(parent.begin(), parent.end(), 0);
    for (int h = 0; h < horizontal.size(); ++h)
        for (int v = 0; v < vertical.size(); ++v)
            if (crosses(horizontal.at(h), vertical.at(v), int(tolerance)))
                parent[size_t(findRoot(parent, h))] = findRoot(parent, int(horizontal.size()) + v);
    QList<Grid> grids;
    QList<int> roots;
    for (int i = 0; i < n; ++i)
        if (!roots.contains(findRoot(parent, i)))
            roots.append(findRoot(parent, i));
    for (int root : roots) {
        QList<Rule> hs, vs;
        for (int h = 0; h < horizontal.size(); ++h)
            if (findRoot(parent, h) == root)
                hs.append(horizontal.at(h));
        for (int v = 0; v < vertical.size(); ++v)
            if (findRoot(parent, int(horizontal.size()) + v) == root)
                vs.append(vertical.at(v));
        if (hs.size() < 2 || vs.size() < 2)
            continue;
        Grid grid = makeGrid(hs, vs, tolerance);
        if (grid.rows >= 1 && grid.columns >= 2 && grid.box.height() >= minLength / 2)
            grids.append(std::move(grid));
    }
    std::sort(grids.begin(), grids.end(), [](const Grid &a, const Grid &b) { return a.box.top() < b.box.top(); });
    return grids;
}

} // namespace nianbao::ocr
