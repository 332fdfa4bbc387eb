// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/TextTableReader.h"

namespace nianbao {

namespace {

// One line of the text: [start, end) without its '\n'.
struct Line
{
    qsizetype start = 0;
    qsizetype end = 0;
};

bool isLayoutSpace(QChar c)
{
    // Only the layout's own white space: full-width spaces belong to the printed value.
    // NBSP and zero-width marks are converter padding too.
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\v' || c == u'\f' || c == u'\u00a0'
           || c == u'\u200b' || c == u'\ufeff';
}

QList<Line> splitLines(const QString &text)
{
    QList<Line> lines;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text.at(i) == u'\n') {
            lines.append({start, i});
            start = i + 1;
        }
    }
    if (start < n)
        lines.append({start, n});
    return lines;
}

class Reader
{
public:
    explicit Reader(const QString &text)
        : m_text(text)
        , m_lines(splitLines(text))
    {
    }

    QList<Table> read()
    {
        QList<Table> tables;
        qsizetype i = 0;
        while (i < m_lines.size()) {
            qsizetype next = i + 1;
            Table table;
            if (startsCellStream(i))
                next = readCellStream(i, table);
            else if (isPipeLine(i))
                next = readMarkdown(i, table);
            else if (hasTab(i))
                next = readTabBlock(i, table);
            else if (startsSpacedBlock(i))
                next = readSpacedBlock(i, table);
            if (full())
                return {}; // a page of cells is no report: the caller refuses the text
            if (cellCount(table) >= 2)
                tables.append(std::move(table));
            i = std::max(next, i + 1);
        }
        return tables;
    }

    bool full() const { return m_cells > kMaxTextTableCells; }

private:
    const QString &m_text;
    QList<Line> m_lines;
    mutable qsizetype m_cells = 0; // made so far: the reading stops past kMaxTextTableCells

    QStringView view(qsizetype i) const
    {
        const Line &l = m_lines.at(i);
        return QStringView(m_text).mid(l.start, l.end - l.start);
    }

    bool hasTab(qsizetype i) const { return view(i).contains(u'\t'); }

    bool isBlank(qsizetype i) const
    {
        for (QChar c : view(i))
            if (!(c.isSpace() && c != u'\t'))
                return false;
        return true;
    }

    // A flattened Word cell: the line starts with a tab and holds no other tab.
    bool isCellLine(qsizetype i) const
    {
        const QStringView v = view(i);
        return v.startsWith(u'\t') && v.indexOf(u'\t', 1) < 0;
    }

    static qsizetype cellCount(const Table &t)
    {
        qsizetype n = 0;
        for (const TableRow &r : t.rows)
            n += r.cells.size();
        return n;
    }

    // [from, to) trimmed of the layout's white space.
    void trimRange(qsizetype &from, qsizetype &to) const
    {
        while (from < to && isLayoutSpace(m_text.at(from)))
            ++from;
        while (to > from && isLayoutSpace(m_text.at(to - 1)))
            --to;
    }

    TableCell makeCell(qsizetype from, qsizetype to, int column) const
    {
        qsizetype a = from, b = to;
        trimRange(a, b);
        ++m_cells;
        TableCell cell;
        cell.column = column;
        cell.span = Span{a, b - a};
        cell.text = m_text.mid(a, b - a);
        return cell;
    }

    static void closeRow(TableRow &row, Table &table)
    {
        if (row.cells.isEmpty())
            return;
        table.rows.append(std::move(row));
        row = TableRow{};
    }

    static void finishTable(Table &table)
    {
        if (table.rows.isEmpty())
            return;
        const qsizetype start = table.rows.constFirst().span.start;
        table.span = Span{start, table.rows.constLast().span.end() - start};
    }

    // ---- tables with bars: markdown, and web-page text ("规章 | 0 | 0 |", "｜a｜b｜") ---------

    static bool isBar(QChar c) { return c == u'|' || c == u'\uff5c'; }

    // The positions of the line's cell separators (a bar not escaped by a backslash).
    QList<qsizetype> bars(qsizetype i) const
    {
        QList<qsizetype> at;
        const Line &l = m_lines.at(i);
        for (qsizetype p = l.start; p < l.end; ++p)
            if (isBar(m_text.at(p)) && !(p > l.start && m_text.at(p - 1) == u'\\'))
                at.append(p);
        return at;
    }

    // A row of a table with bars: markdown ("| a | b |"), or web-page text whose cells are closed
    // by a bar without a leading one ("规章 | 0 | 0 |", "第二十条 ||||"), or bars only between
    // cells ("a | b"). A line must hold two cells, or be a markdown row.
    bool isPipeLine(qsizetype i) const
    {
        const QStringView t = view(i).trimmed();
        if (t.size() < 2)
            return false;
        if (isBar(t.front()) && (t.indexOf(u'|', 1) > 0 || t.indexOf(u'\uff5c', 1) > 0))
            return true;
        const QList<qsizetype> at = bars(i);
        if (at.isEmpty())
            return false;
        // Text before the first bar and something after it, or a run of closing bars.
        return at.size() >= 2 || !QStringView(m_text).mid(at.last() + 1, m_lines.at(i).end - at.last() - 1).trimmed().isEmpty();
    }

    bool isPipeSeparator(qsizetype i) const
    {
        bool dash = false;
        for (QChar c : view(i)) {
            if (c == u'-')
                dash = true;
            else if (!isBar(c) && c != u':' && !c.isSpace())
                return false;
        }
        return dash;
    }

    qsizetype readMarkdown(qsizetype first, Table &table) const
    {
        qsizetype i = first;
        for (; i < m_lines.size() && isPipeLine(i) && !full(); ++i) {
            if (isPipeSeparator(i))
                continue;
            const Line &l = m_lines.at(i);
            const QList<qsizetype> at = bars(i);
            qsizetype a = l.start, b = l.end;
            trimRange(a, b);
            // Cells lie between the separators; a leading bar opens the first cell, a closing bar
            // ends the last one (nothing after it is a cell).
            QList<qsizetype> cuts;
            if (at.constFirst() != a)
                cuts.append(a - 1);
            cuts.append(at);
            if (at.constLast() != b - 1)
                cuts.append(b);
            TableRow row;
            row.span = Span{l.start, l.end - l.start};
            int column = 0;
            for (qsizetype k = 0; k + 1 < cuts.size() && !full(); ++k)
                row.cells.append(makeCell(cuts.at(k) + 1, cuts.at(k + 1), column++));
            if (cuts.size() == 1) // "|abc" without a closing pipe
                row.cells.append(makeCell(cuts.constFirst() + 1, l.end, column++));
            closeRow(row, table);
        }
        finishTable(table);
        return i;
    }

    // ---- one cell per line between lines of bars (web-page text) ----------------------------
    //
    // "|\n规章\n|\n2\n|\n0\n|\n35\n|\n行政规范性文件\n|…": the rows are not marked, so they are
    // made from the cells: label cells, then the values that follow them. Of the labels before a
    // run of values, the last (with a group cell such as "（三）不予公开" just before it) is the
    // row's label and the others a header row of their own; a bare column header ("总计") before
    // the values labels no row (section 四's 15 numbers after its headers).

    bool isBarOnly(qsizetype i) const
    {
        bool bar = false;
        for (QChar c : view(i)) {
            if (isBar(c))
                bar = true;
            else if (c != u' ' && c != u'\u00a0' && c != u'\r') // a tab makes a tab row
                return false;
        }
        return bar;
    }

    // A line that may be one cell of a stream: short, no tab, no bars, no aligned columns.
    bool isStreamCellLine(qsizetype i) const
    {
        const QStringView t = view(i).trimmed();
        return !t.isEmpty() && t.size() <= 80 && !hasTab(i) && !t.contains(u"  ") && bars(i).isEmpty();
    }

    // The lines from `first` that a stream can hold (bar lines, blank lines, cell lines).
    qsizetype streamEnd(qsizetype first) const
    {
        qsizetype i = first;
        while (i < m_lines.size() && (isBarOnly(i) || isBlank(i) || isStreamCellLine(i)))
            ++i;
        while (i > first && !isBarOnly(i - 1)) // the stream ends with its last bar line
            --i;
        return i;
    }

    bool startsCellStream(qsizetype i) const
    {
        if (!isBarOnly(i) || (i > 0 && isPipeLine(i - 1)) || (i + 1 < m_lines.size() && isPipeLine(i + 1)))
            return false;
        // Six bar lines and four cells within the next 64 lines (a bounded look: this is asked at
        // every bar line).
        int barLines = 0, cellLines = 0;
        for (qsizetype j = i; j < m_lines.size() && j < i + 64 && (barLines < 6 || cellLines < 4); ++j) {
            if (isBarOnly(j))
                ++barLines;
            else if (isStreamCellLine(j))
                ++cellLines;
            else if (!isBlank(j))
                break;
        }
        return barLines >= 6 && cellLines >= 4;
    }

    static bool isIdeographic(QChar c)
    {
        const char16_t u = c.unicode();
        return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
    }

    // A label cell: two ideographs or more ("无" and "/" are values: nothing to report).
    static bool isStreamLabel(QStringView t)
    {
        int n = 0;
        for (QChar c : t)
            if (isIdeographic(c) && ++n >= 2)
                return true;
        return false;
    }

    // "三、…", "（三）…": a group's cell, printed before its first item's label.
    static bool isGroupCell(QStringView t)
    {
        static const QString numerals = QStringLiteral("一二三四五六七八九十");
        t = t.trimmed();
        if (t.size() >= 3 && (t.front() == u'（' || t.front() == u'(') && numerals.contains(t.at(1)))
            return true;
        return t.size() >= 2 && numerals.contains(t.front()) && t.at(1) == u'、';
    }

    // A column header printed alone before a run of values (the values have no row label).
    static bool isBareColumnHeader(QStringView t)
    {
        static const QStringList headers = {QStringLiteral("总计"), QStringLiteral("合计"), QStringLiteral("其他"),
                                            QStringLiteral("结果维持"), QStringLiteral("结果纠正"),
                                            QStringLiteral("其他结果"), QStringLiteral("尚未审结")};
        QString bare;
        for (QChar c : t)
            if (!isLayoutSpace(c) && c != u'\u3000')
                bare += c;
        return headers.contains(bare);
    }

    // A numbered item's label cut where the line wrapped: it ends on a comma or an enumeration
    // comma, or leaves a bracket open ("1.申请人无正当理由逾期不补正、", "（二）部分公开（区分处理的，").
    static bool isCutItemLabel(QStringView t)
    {
        t = t.trimmed();
        if (t.isEmpty() || !isHeadingMarker(t) || t.startsWith(u'#'))
            return false;
        if (t.back() == u'、' || t.back() == u'，' || t.back() == u',')
            return true;
        // the item's own marker "（二）" excepted
        const qsizetype open = t.count(u'（') + t.count(u'(');
        const qsizetype closed = t.count(u'）') + t.count(u')');
        return open > closed;
    }

    // A label a page's stream printed in two cells: the item's cut first part and an unnumbered
    // rest just before the row's values become one cell, spanning both (the bar between them is
    // layout, which labels ignore).
    void joinWrappedLabel(QList<TableCell> &labels) const
    {
        while (labels.size() >= 2) {
            const TableCell &rest = labels.constLast();
            const TableCell &item = labels.at(labels.size() - 2);
            if (!isCutItemLabel(item.text) || isHeadingMarker(rest.text.trimmed()) || isGroupCell(rest.text)
                || isBareColumnHeader(rest.text))
                return;
            TableCell joined = item;
            joined.span = Span{item.span.start, rest.span.end() - item.span.start};
            joined.text = m_text.mid(joined.span.start, joined.span.length);
            labels.removeLast();
            labels.last() = joined;
        }
    }

    void flushStreamRow(QList<TableCell> &labels, QList<TableCell> &values, Table &table) const
    {
        if (labels.isEmpty() && values.isEmpty())
            return;
        if (!values.isEmpty())
            joinWrappedLabel(labels);
        qsizetype rowLabel = labels.size();
        if (!values.isEmpty() && !labels.isEmpty() && !isBareColumnHeader(labels.constLast().text)) {
            rowLabel = labels.size() - 1;
            if (rowLabel > 0 && isGroupCell(labels.at(rowLabel - 1).text))
                --rowLabel;
        }
        const auto addRow = [&](QList<TableCell> cells) {
            if (cells.isEmpty())
                return;
            TableRow row;
            for (qsizetype k = 0; k < cells.size(); ++k)
                cells[k].column = int(k);
            const qsizetype start = cells.constFirst().span.start;
            row.span = Span{start, cells.constLast().span.end() - start};
            row.cells = std::move(cells);
            table.rows.append(std::move(row));
        };
        addRow(labels.mid(0, rowLabel));
        addRow(labels.mid(rowLabel) + values);
        labels.clear();
        values.clear();
    }

    qsizetype readCellStream(qsizetype first, Table &table) const
    {
        const qsizetype end = streamEnd(first);
        QList<TableCell> labels, values;
        qsizetype cellFirst = -1, cellLast = -1; // the lines of the cell being read
        bool open = false;                       // a bar line opened a cell
        for (qsizetype i = first; i < end && !full(); ++i) {
            if (isBlank(i))
                continue;
            if (!isBarOnly(i)) {
                if (cellFirst < 0)
                    cellFirst = i;
                cellLast = i;
                continue;
            }
            if (cellFirst >= 0) {
                TableCell cell = makeCell(m_lines.at(cellFirst).start, m_lines.at(cellLast).end, 0);
                if (isStreamLabel(cell.text)) {
                    if (!values.isEmpty())
                        flushStreamRow(labels, values, table);
                    labels.append(cell);
                } else {
                    values.append(cell);
                }
            } else if (open && !(labels.isEmpty() && values.isEmpty())) {
                // Two bar lines with nothing between: an empty cell.
                const qsizetype at = m_lines.at(i).start;
                TableCell empty;
                empty.span = Span{at, 0};
                values.append(empty);
                ++m_cells;
            }
            open = true;
            cellFirst = cellLast = -1;
        }
        while (!values.isEmpty() && values.constLast().text.isEmpty())
            values.removeLast();
        flushStreamRow(labels, values, table);
        finishTable(table);
        return end;
    }

    // ---- tab rows and flattened Word tables -----------------------------------------------

    static bool isHeadingMarker(QStringView t)
    {
        if (t.isEmpty())
            return false;
        static const QString numerals = QStringLiteral("一二三四五六七八九十");
        if (t.startsWith(u'#') || t.startsWith(u'（') || t.startsWith(u'('))
            return true;
        qsizetype k = 0;
        while (k < t.size() && (numerals.contains(t.at(k)) || t.at(k).isDigit()))
            ++k;
        return k > 0 && k < t.size() && (t.at(k) == u'、' || t.at(k) == u'.' || t.at(k) == u'．');
    }

    static bool looksNumeric(QStringView t)
    {
        t = t.trimmed();
        if (t.isEmpty())
            return false;
        for (QChar c : t)
            if (!(c.isDigit() || c == u'.' || c == u',' || c == u'+' || c == u'-' || c.isSpace()))
                return false;
        return true;
    }

    // A short line without a tab right after a flattened cell continues that cell's text.
    bool isContinuation(qsizetype i, qsizetype previousCellLine, int depth = 0) const
    {
        if (previousCellLine < 0 || depth > 3 || i >= m_lines.size() || hasTab(i) || isBlank(i))
            return false;
        const QStringView t = view(i).trimmed();
        if (t.size() > 40 || isHeadingMarker(t))
            return false;
        const QStringView prev = view(previousCellLine).mid(1);
        if (looksNumeric(prev))
            return false;
        // The cell's text goes on; the table must go on after it (a cell line or a blank line).
        const qsizetype next = i + 1;
        return next >= m_lines.size() || hasTab(next) || isBlank(next)
               || isContinuation(next, previousCellLine, depth + 1);
    }

    qsizetype readTabBlock(qsizetype first, Table &table) const
    {
        // Gather the block: tab lines, blank lines followed by more tab lines, continuations.
        QList<qsizetype> block;
        qsizetype lastCellLine = -1;
        qsizetype i = first;
        while (i < m_lines.size()) {
            if (hasTab(i)) {
                block.append(i);
                lastCellLine = isCellLine(i) ? i : -1;
                ++i;
            } else if (isBlank(i)) {
                qsizetype j = i;
                while (j < m_lines.size() && isBlank(j))
                    ++j;
                if (j >= m_lines.size() || !hasTab(j))
                    break;
                block.append(i); // one blank stands for the whole run
                lastCellLine = -1;
                i = j;
            } else if (lastCellLine >= 0 && isContinuation(i, lastCellLine)) {
                block.append(i);
                ++i;
            } else {
                break;
            }
        }
        qsizetype tabLines = 0, cellLines = 0;
        for (qsizetype b : block) {
            if (hasTab(b)) {
                ++tabLines;
                cellLines += isCellLine(b);
            }
        }
        if (cellLines * 2 > tabLines)
            readFlattened(block, table);
        else
            readTabRows(block, table);
        finishTable(table);
        return i;
    }

    void readTabRows(const QList<qsizetype> &block, Table &table) const
    {
        for (qsizetype b : block) {
            if (full())
                return;
            if (!hasTab(b))
                continue; // blank lines inside the table
            const Line &l = m_lines.at(b);
            TableRow row;
            row.span = Span{l.start, l.end - l.start};
            int column = 0;
            qsizetype cellStart = l.start;
            for (qsizetype p = l.start; p <= l.end && !full(); ++p) {
                if (p == l.end || m_text.at(p) == u'\t') {
                    row.cells.append(makeCell(cellStart, p, column++));
                    cellStart = p + 1;
                }
            }
            closeRow(row, table);
        }
    }

    void readFlattened(const QList<qsizetype> &block, Table &table) const
    {
        TableRow row;
        qsizetype rowEnd = -1;
        for (qsizetype b : block) {
            if (full())
                return;
            const Line &l = m_lines.at(b);
            if (isBlank(b)) {
                if (!row.cells.isEmpty())
                    row.span.length = rowEnd - row.span.start;
                closeRow(row, table);
                continue;
            }
            if (row.cells.isEmpty())
                row.span = Span{l.start, 0};
            rowEnd = l.end;
            if (hasTab(b)) {
                // A cell line; a stray tab row inside the block adds its cells in order.
                qsizetype cellStart = l.start;
                bool leading = true;
                for (qsizetype p = l.start; p <= l.end && !full(); ++p) {
                    if (p == l.end || m_text.at(p) == u'\t') {
                        if (!(leading && p == l.start))
                            row.cells.append(makeCell(cellStart, p, int(row.cells.size())));
                        leading = false;
                        cellStart = p + 1;
                    }
                }
            } else if (!row.cells.isEmpty()) {
                appendContinuation(row.cells.last(), l);
            }
        }
        if (!row.cells.isEmpty())
            row.span.length = rowEnd - row.span.start;
        closeRow(row, table);
    }

    // ---- rows aligned with runs of spaces (pdftotext -layout) ---------------------------------

    // The cells of a line split at runs of two or more spaces, indentation ignored.
    QList<TableCell> spacedCells(qsizetype i) const
    {
        const Line &l = m_lines.at(i);
        QList<TableCell> cells;
        qsizetype p = l.start;
        while (p < l.end && !full()) {
            while (p < l.end && m_text.at(p) == u' ')
                ++p;
            if (p >= l.end)
                break;
            qsizetype end = p;
            while (end < l.end && !(m_text.at(end) == u' ' && end + 1 < l.end && m_text.at(end + 1) == u' '))
                ++end;
            cells.append(makeCell(p, end, int(cells.size())));
            p = end;
        }
        return cells;
    }

    // How many cells spacedCells(i) makes, counted up to `atMost` without making them.
    int spacedCellCount(qsizetype i, int atMost) const
    {
        const Line &l = m_lines.at(i);
        int count = 0;
        qsizetype p = l.start;
        while (p < l.end && count < atMost) {
            while (p < l.end && m_text.at(p) == u' ')
                ++p;
            if (p >= l.end)
                break;
            while (p < l.end && !(m_text.at(p) == u' ' && p + 1 < l.end && m_text.at(p + 1) == u' '))
                ++p;
            ++count;
        }
        return count;
    }

    bool isSpacedRow(qsizetype i) const
    {
        if (i < 0 || i >= m_lines.size() || hasTab(i) || isPipeLine(i)) // -1: no line
            return false;
        const QStringView t = view(i).trimmed();
        return t.contains(u"  ") && spacedCellCount(i, 2) >= 2;
    }

    // The next non-blank line after `i` (at most `within` lines on), -1 when none.
    qsizetype nextNonBlank(qsizetype i, int within) const
    {
        for (qsizetype j = i + 1; j < m_lines.size() && j <= i + within + 1; ++j)
            if (!isBlank(j))
                return j;
        return -1;
    }

    // One of the next `lines` non-blank lines is an aligned row.
    bool spacedRowFollows(qsizetype i, int lines) const
    {
        for (int k = 0; k < lines; ++k) {
            i = nextNonBlank(i, 1);
            if (i < 0)
                return false;
            if (isSpacedRow(i))
                return true;
            if (view(i).trimmed().size() > 40)
                return false;
        }
        return false;
    }

    bool startsSpacedBlock(qsizetype i) const
    {
        return isSpacedRow(i) && isSpacedRow(nextNonBlank(i, 1));
    }

    qsizetype readSpacedBlock(qsizetype first, Table &table) const
    {
        qsizetype i = first;
        qsizetype lastRow = first;
        while (i < m_lines.size() && !full()) {
            if (isBlank(i)) {
                ++i;
                continue;
            }
            const bool row = isSpacedRow(i);
            // A short line between aligned rows: a wrapped label or a lone value.
            const bool inside = !row && view(i).trimmed().size() <= 40 && spacedRowFollows(i, 2);
            if (!row && !inside)
                break;
            if (i - lastRow > 5)
                break; // too many blank lines: the table has ended
            const Line &l = m_lines.at(i);
            TableRow r;
            r.span = Span{l.start, l.end - l.start};
            r.cells = spacedCells(i);
            closeRow(r, table);
            lastRow = i;
            ++i;
        }
        finishTable(table);
        return lastRow + 1;
    }

    void appendContinuation(TableCell &cell, const Line &l) const
    {
        qsizetype a = l.start, b = l.end;
        trimRange(a, b);
        if (a >= b)
            return;
        const qsizetype start = cell.span.length > 0 ? cell.span.start : a;
        cell.span = Span{start, b - start};
        cell.text = m_text.mid(start, b - start);
    }
};

} // namespace

QList<Table> readTextTables(const QString &text, bool *tooManyCells)
{
    Reader reader(text);
    QList<Table> tables = reader.read();
    if (tooManyCells)
        *tooManyCells = reader.full();
    return tables;
}

} // namespace nianbao
