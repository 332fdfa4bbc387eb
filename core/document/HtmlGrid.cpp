// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/HtmlGrid.h"

#include <QString>

#include <algorithm>
#include <vector>

namespace nianbao::loaders {

namespace {

// A grid column at most this wide (CSS pixels, padding included: about 0.8 mm) holds no
// character: it is two rows' rounding of one edge, not a column of the document.
constexpr double kJitterPixels = 3.0;
// Widths found from cells whose other columns were found from cells, … this many times over.
constexpr int kMaxPasses = 8;
// Wider grids are no statistical table (and a hostile page's colspans could ask for millions of
// columns): they are left as they are.
constexpr int kMaxColumns = 2000;

int gridColumnCount(const BlockTable &table)
{
    int n = 0;
    for (const auto &row : table.rows) {
        for (const BlockCell &cell : row)
            n = std::max(n, cell.column + cell.colSpan);
    }
    return n;
}

// The <col> widths when they describe this grid (one per column) and are possible widths: a
// width wider than the whole table is a writer's overflow, not a measure.
QList<std::optional<double>> declaredColumnWidths(const HtmlTableWidths &widths, int columns, double padding)
{
    QList<std::optional<double>> out(columns);
    if (widths.columns.size() != columns)
        return out;
    for (int c = 0; c < columns; ++c) {
        const std::optional<double> w = widths.columns.at(c);
        if (w && (!widths.table || *w + padding <= *widths.table))
            out[c] = *w + padding;
    }
    return out;
}

struct Estimate
{
    int span;
    double width;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// Prefix sums over the grid columns: the known widths and the unknown columns left of each edge.
struct KnownPrefix
{
    explicit KnownPrefix(const QList<std::optional<double>> &outer)
    {
        width.push_back(0.0);
        unknown.push_back(0);
        for (const std::optional<double> &w : outer) {
            const int c = int(lastUnknown.size());
            width.push_back(width.back() + w.value_or(0.0));
            unknown.push_back(unknown.back() + (w ? 0 : 1));
            lastUnknown.push_back(w ? (c > 0 ? lastUnknown.back() : -1) : c);
        }
    }
    std::vector<double> width;
    std::vector<int> unknown;
    std::vector<int> lastUnknown; // the rightmost column of unknown width at or left of each column
};

// One pass over the cells: a cell whose span has exactly one column of unknown width tells that
// width (its own width and padding less the known columns). The cells spanning fewest columns
// carry the least rounding, so only theirs count. Returns whether a column became known.
bool resolveFromCells(const BlockTable &table, const HtmlTableWidths &widths, double padding,
                      QList<std::optional<double>> &outer)
{
    const KnownPrefix prefix(outer);
    QList<QList<Estimate>> estimates(outer.size());
    for (qsizetype r = 0; r < table.rows.size() && r < widths.cells.size(); ++r) {
        const auto &row = table.rows.at(r);
        for (qsizetype i = 0; i < row.size() && i < widths.cells.at(r).size(); ++i) {
            const BlockCell &cell = row.at(i);
            const std::optional<double> w = widths.cells.at(r).at(i);
            const int end = std::min(cell.column + cell.colSpan, int(outer.size()));
            if (cell.continuation || !w || end <= cell.column
                || prefix.unknown[end] - prefix.unknown[cell.column] != 1)
                continue;
            const double known = prefix.width[end] - prefix.width[cell.column];
            estimates[prefix.lastUnknown[end - 1]] << Estimate{cell.colSpan, *w + padding - known};
        }
    }
    bool progress = false;
    for (qsizetype c = 0; c < outer.size(); ++c) {
        if (estimates.at(c).isEmpty())
            continue;
        int fewest = estimates.at(c).first().span;
        for (const Estimate &e : estimates.at(c))
            fewest = std::min(fewest, e.span);
        QList<double> values;
        for (const Estimate &e : estimates.at(c)) {
            if (e.span == fewest)
                values << e.width;
        }
        outer[c] = std::max(0.0, median(values));
        progress = true;
    }
    return progress;
}

// A cell with no text and no table: Word's measuring row (supportMisalignedColumns) is made of them.
bool isBlank(const BlockCell &cell)
{
    return std::all_of(cell.blocks.cbegin(), cell.blocks.cend(),
                       [](const Block &b) { return !b.table && b.paragraph.trimmed().isEmpty(); });
}

// The columns a cell with text holds alone (a cell of one column): the document made them. A
// continuation counts through the cell it continues, blank cells only measure.
QList<bool> heldAlone(const BlockTable &table, int columns)
{
    QList<bool> held(columns, false);
    for (const auto &row : table.rows) {
        for (const BlockCell &cell : row) {
            if (!cell.continuation && cell.colSpan == 1 && cell.column >= 0 && cell.column < columns
                && !isBlank(cell))
                held[cell.column] = true;
        }
    }
    return held;
}

QList<int> keptBefore(const QList<bool> &fold)
{
    QList<int> kept(fold.size() + 1, 0);
    for (qsizetype c = 0; c < fold.size(); ++c)
        kept[c + 1] = kept[c] + (fold.at(c) ? 0 : 1);
    return kept;
}

// Removes the marked columns: each cell starts at the count of kept columns left of it and spans
// the kept columns it covered. A blank cell (or continuation) lying only on marked columns goes
// with them; a cell with text, or a row's last cell, keeps its first column instead.
void removeColumns(BlockTable &table, QList<bool> fold)
{
    const int n = int(fold.size());
    auto clampEdge = [n](int edge) { return std::clamp(edge, 0, n); };
    QList<int> kept = keptBefore(fold);
    auto onlyFolded = [&](const BlockCell &cell) {
        const int start = clampEdge(cell.column), end = clampEdge(cell.column + cell.colSpan);
        return end > start && kept[end] == kept[start];
    };
    auto keep = [&](const BlockCell &cell) {
        fold[clampEdge(cell.column)] = false;
        kept = keptBefore(fold);
    };
    for (const auto &row : std::as_const(table.rows)) {
        if (!row.isEmpty() && std::all_of(row.cbegin(), row.cend(), onlyFolded))
            keep(row.first());
        for (const BlockCell &cell : row) {
            if (!cell.continuation && !isBlank(cell) && onlyFolded(cell))
                keep(cell);
        }
    }
    for (auto &row : table.rows)
        row.removeIf(onlyFolded);
    remapColumns(table, [&](int edge) { return kept[clampEdge(edge)]; });
}

bool declaresWidths(const HtmlTableWidths &widths)
{
    auto any = [](const QList<std::optional<double>> &list) {
        return std::any_of(list.cbegin(), list.cend(), [](const auto &w) { return w.has_value(); });
    };
    return any(widths.columns) || std::any_of(widths.cells.cbegin(), widths.cells.cend(), any);
}

// Each grid column's width with its padding, from the declared widths; nothing where they do not tell.
QList<std::optional<double>> columnWidths(const BlockTable &table, const HtmlTableWidths &widths)
{
    const int columns = gridColumnCount(table);
    const double padding = 2 * std::max(0.0, widths.cellPadding);
    QList<std::optional<double>> outer = declaredColumnWidths(widths, columns, padding);
    for (int pass = 0; pass < kMaxPasses && resolveFromCells(table, widths, padding, outer); ++pass) {
    }
    return outer;
}

} // namespace

std::optional<double> htmlPixelWidth(const char *value)
{
    if (!value)
        return std::nullopt;
    QString text = QString::fromUtf8(value).trimmed().toLower();
    if (text.endsWith(QStringLiteral("px")))
        text.chop(2);
    bool ok = false;
    const double w = text.trimmed().toDouble(&ok);
    if (!ok || !(w >= 0) || w > 1e6)
        return std::nullopt;
    return w;
}

void foldJitterColumns(BlockTable &table, const HtmlTableWidths &widths)
{
    if (!declaresWidths(widths) || gridColumnCount(table) > kMaxColumns)
        return;
    const QList<std::optional<double>> outer = columnWidths(table, widths);
    const QList<bool> held = heldAlone(table, int(outer.size()));
    QList<bool> fold(outer.size(), false);
    bool any = false;
    for (qsizetype c = 0; c < outer.size(); ++c) {
        fold[c] = outer.at(c) && *outer.at(c) <= kJitterPixels && !held.at(c);
        any = any || fold.at(c);
    }
    if (any)
        removeColumns(table, fold);
}

} // namespace nianbao::loaders
