// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/DigitRunSplitter.h"

#include "core/util/TextNormalize.h"

#include <algorithm>

namespace nianbao {

namespace {

constexpr int kMaxCellChars = 15;
constexpr qint64 kMaxSteps = 1'000'000; // search nodes per call: bounds the time on any input

bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }
bool isSign(QChar c) { return c == u'+' || c == u'-'; }

bool digitsWithoutLeadingZero(QStringView t)
{
    if (t.isEmpty() || !std::all_of(t.begin(), t.end(), isDigit))
        return false;
    return t.size() == 1 || t.front() != u'0';
}

bool isValidCell(QStringView t, CellKind kind)
{
    switch (kind) {
    case CellKind::Count:
        return digitsWithoutLeadingZero(t);
    case CellKind::Signed:
        return digitsWithoutLeadingZero(!t.isEmpty() && isSign(t.front()) ? t.mid(1) : t);
    case CellKind::Amount: {
        const qsizetype dot = t.indexOf(u'.');
        if (dot < 0)
            return digitsWithoutLeadingZero(t);
        const QStringView decimals = t.mid(dot + 1);
        return digitsWithoutLeadingZero(t.left(dot)) && !decimals.isEmpty()
            && std::all_of(decimals.begin(), decimals.end(), isDigit);
    }
    }
    return false;
}

// The value of a valid cell (digits, an optional sign, an optional decimal point).
double valueOf(QStringView t)
{
    double v = 0;
    double scale = 0; // > 0 once past the decimal point
    bool negative = false;
    for (QChar c : t) {
        if (c == u'-') {
            negative = true;
        } else if (c == u'.') {
            scale = 1;
        } else if (isDigit(c)) {
            const int d = c.unicode() - u'0';
            if (scale > 0) {
                scale /= 10;
                v += d * scale;
            } else {
                v = v * 10 + d;
            }
        }
    }
    return negative ? -v : v;
}

struct Chunk
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// Depth-first enumeration of the splits; one instance per call. When the relation is checked and
// a sum group closes the row (the total of an application row, the last group of a review row),
// that total is a suffix of the run: each suffix is tried first, and the cells before it may then
// neither exceed its length nor add up beyond it, which keeps long runs of big numbers cheap.
class Search
{
public:
    Search(const QString &run, const QList<Chunk> &chunks, const RowShape &shape, bool relation, int cap)
        : m_run(run), m_chunks(chunks), m_shape(shape), m_relation(relation), m_cap(cap)
    {
        m_charsAfter.resize(chunks.size(), 0);
        for (qsizetype i = chunks.size() - 2; i >= 0; --i)
            m_charsAfter[i] = m_charsAfter[i + 1] + (chunks[i + 1].end - chunks[i + 1].start);
        for (const SumGroup &g : shape.sums)
            if (relation && g.count >= 2 && g.first + g.count == shape.cells())
                m_closing = g;
        m_wholeChunks = run.contains(u'\t') || run.contains(u'\n');
    }

    void run()
    {
        if (!m_chunks.isEmpty() && m_shape.cells() > 0)
            visit(0, m_chunks.first().start);
    }
    QList<RunSplit> found;
    bool capped = false;

private:
    struct Total
    {
        qsizetype start = -1;
        qsizetype length = 0;
        double value = 0;
    };

    bool step()
    {
        if (capped || ++m_steps > kMaxSteps)
            capped = true;
        return !capped;
    }

    bool closesFailingGroup(int cell) const
    {
        for (const SumGroup &g : m_shape.sums) {
            if (g.count < 2 || cell != g.first + g.count - 1)
                continue;
            double sum = 0;
            for (int i = g.first; i < cell; ++i)
                sum += m_cells[i].value;
            if (sum != m_cells[cell].value)
                return true;
        }
        return false;
    }

    // Where the cells being placed must stop inside `chunk`: the chunk's end, or the start of the
    // fixed total in the last chunk.
    qsizetype stopOf(int chunk) const
    {
        return (m_total.start >= 0 && chunk == m_chunks.size() - 1) ? m_total.start : m_chunks[chunk].end;
    }

    bool hopeless(int chunk, qsizetype pos) const
    {
        const bool fixed = m_total.start >= 0;
        const int cellsLeft = m_shape.cells() - int(m_cells.size()) - (fixed ? 1 : 0);
        const qsizetype charsLeft = (m_chunks[chunk].end - pos) + m_charsAfter[chunk] - (fixed ? m_total.length : 0);
        qsizetype chunksLeft = m_chunks.size() - chunk;
        if (fixed && m_total.start == m_chunks.last().start)
            --chunksLeft; // the total fills the last chunk
        const int widest = fixed ? int(m_total.length) : kMaxCellChars;
        return chunksLeft > cellsLeft || charsLeft < cellsLeft || charsLeft > qsizetype(cellsLeft) * widest;
    }

    void record()
    {
        RunSplit split{m_cells};
        for (SplitCell &c : split.cells)
            c.text = m_run.mid(c.start, c.length);
        found.append(split);
        capped = found.size() >= m_cap;
    }

    void visit(int chunk, qsizetype pos)
    {
        if (!step())
            return;
        const int cell = int(m_cells.size());
        if (cell == m_shape.cells()) {
            if (chunk == m_chunks.size())
                record();
            return;
        }
        if (m_closing && cell == m_closing->first && m_total.start < 0) {
            visitTotals(chunk, pos);
            return;
        }
        if (m_total.start >= 0 && cell == m_shape.cells() - 1) {
            placeTotal(chunk, pos);
            return;
        }
        if (chunk >= m_chunks.size() || hopeless(chunk, pos))
            return;
        const qsizetype stop = stopOf(chunk);
        qsizetype maxLength = std::min<qsizetype>(kMaxCellChars, stop - pos);
        if (m_total.start >= 0)
            maxLength = std::min(maxLength, m_total.length);
        for (qsizetype length = 1; length <= maxLength && !capped; ++length) {
            if (m_wholeChunks && length != m_chunks[chunk].end - pos)
                continue;
            const QStringView text = QStringView(m_run).mid(pos, length);
            if (!isValidCell(text, m_shape.kinds[cell]))
                continue;
            const double value = valueOf(text);
            if (m_total.start >= 0 && m_groupSum + value > m_total.value)
                break; // longer cells are larger still
            m_cells.append(SplitCell{pos, length, QString(), value});
            m_groupSum += m_total.start >= 0 ? value : 0;
            if (!m_relation || !closesFailingGroup(cell)) {
                const bool endsChunk = pos + length == m_chunks[chunk].end;
                const int nextChunk = endsChunk ? chunk + 1 : chunk;
                const qsizetype nextPos = !endsChunk ? pos + length
                    : (nextChunk < m_chunks.size() ? m_chunks[nextChunk].start : pos + length);
                visit(nextChunk, nextPos);
            }
            m_groupSum -= m_total.start >= 0 ? value : 0;
            m_cells.removeLast();
        }
    }

    // The closing group's total is each valid suffix of the last chunk in turn.
    void visitTotals(int chunk, qsizetype pos)
    {
        const Chunk &last = m_chunks.last();
        const CellKind kind = m_shape.kinds.last();
        for (qsizetype length = 1; length <= std::min<qsizetype>(kMaxCellChars, last.end - last.start) && !capped; ++length) {
            const qsizetype start = last.end - length;
            if (start < pos)
                break;
            const QStringView text = QStringView(m_run).mid(start, length);
            if (!isValidCell(text, kind) || kind != CellKind::Count || (m_wholeChunks && start != last.start))
                continue;
            m_total = Total{start, length, valueOf(text)};
            m_groupSum = 0;
            visit(chunk, pos);
            m_total = Total{};
        }
    }

    void placeTotal(int chunk, qsizetype pos)
    {
        if (chunk != m_chunks.size() - 1 || pos != m_total.start || m_groupSum != m_total.value)
            return;
        m_cells.append(SplitCell{m_total.start, m_total.length, QString(), m_total.value});
        if (!closesFailingGroup(int(m_cells.size()) - 1))
            visit(chunk + 1, m_chunks[chunk].end);
        m_cells.removeLast();
    }

    const QString &m_run;
    const QList<Chunk> &m_chunks;
    const RowShape &m_shape;
    const bool m_relation;
    const int m_cap;
    QList<qsizetype> m_charsAfter;
    QList<SplitCell> m_cells;
    std::optional<SumGroup> m_closing; // the group whose total ends the row
    Total m_total;                     // that total, once fixed
    double m_groupSum = 0;             // its group's cells placed so far
    qint64 m_steps = 0;
    bool m_wholeChunks = false; // the run's stretches are its cells (a tab or line break was kept)
};

// The run's stretches between white space; empty when the run holds anything but run characters.
std::optional<QList<Chunk>> chunksOf(const QString &run)
{
    QList<Chunk> chunks;
    for (qsizetype i = 0; i < run.size(); ++i) {
        const QChar c = run.at(i);
        if (c.isSpace())
            continue;
        if (!isDigit(c) && !isSign(c) && c != u'.')
            return std::nullopt;
        if (chunks.isEmpty() || chunks.last().end != i)
            chunks.append(Chunk{i, i});
        chunks.last().end = i + 1;
    }
    return chunks;
}

// Preferred first: lower cost, then longer earlier cells.
bool preferred(const RunSplit &a, const RunSplit &b)
{
    const ReadingCost ca = readingCost(a), cb = readingCost(b);
    if (ca != cb)
        return ca < cb;
    for (qsizetype i = 0; i < a.cells.size() && i < b.cells.size(); ++i) {
        if (a.cells[i].length != b.cells[i].length)
            return a.cells[i].length > b.cells[i].length;
    }
    return false;
}

} // namespace

RowShape RowShape::applicationRow()
{
    return RowShape{QList<CellKind>(7, CellKind::Count), {SumGroup{0, 7}}};
}

RowShape RowShape::reviewRow()
{
    return RowShape{QList<CellKind>(15, CellKind::Count), {SumGroup{0, 5}, SumGroup{5, 5}, SumGroup{10, 5}}};
}

RowShape RowShape::freeRow(const QList<CellKind> &kinds)
{
    return RowShape{kinds, {}};
}

QList<qint64> RunSplit::counts() const
{
    QList<qint64> out;
    out.reserve(cells.size());
    for (const SplitCell &c : cells)
        out.append(qint64(c.value));
    return out;
}

ReadingCost readingCost(const RunSplit &split)
{
    ReadingCost cost;
    for (const SplitCell &c : split.cells) {
        if (c.length > 1)
            ++cost.multiDigitCells;
        cost.longestCell = std::max(cost.longestCell, int(c.length));
    }
    return cost;
}

bool isRunCharacter(QChar c)
{
    const QChar f = foldWidth(QStringView(&c, 1)).at(0);
    return f.isSpace() || isDigit(f) || isSign(f) || f == u'.';
}

SplitResult splitDigitRun(QStringView input, const RowShape &shape, int cap)
{
    SplitResult result;
    const QString run = foldWidth(input); // one character for one: offsets stay valid
    const auto chunks = chunksOf(run);
    if (!chunks || shape.cells() == 0 || cap < 1)
        return result;
    Search fitting(run, *chunks, shape, true, cap);
    fitting.run();
    result.capped = fitting.capped;
    result.splits = std::move(fitting.found);
    std::stable_sort(result.splits.begin(), result.splits.end(), preferred);
    if (result.splits.isEmpty() && !result.capped && !shape.sums.isEmpty()) {
        Search any(run, *chunks, shape, false, 2);
        any.run();
        if (any.found.size() == 1 && !any.capped)
            result.onlyReading = any.found.first();
    }
    return result;
}

} // namespace nianbao
