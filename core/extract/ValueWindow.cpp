// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/ValueWindow.h"

#include "core/extract/TextMatch.h"

#include "core/util/TextNormalize.h"

#include <QHash>
#include <QPair>

namespace nianbao::extract {

namespace {

// Words that mean "nothing to report" beyond the shared marks.
bool isNothingWord(QStringView t)
{
    static const QStringList words = {QStringLiteral("暂无"), QStringLiteral("没有"),
                                      QStringLiteral("无此项"), QStringLiteral("未发生"),
                                      QStringLiteral("不涉及"), QStringLiteral("未涉及"),
                                      QStringLiteral("未产生"), QStringLiteral("无数据")};
    return isNothingMark(t) || words.contains(t.toString());
}

QString layoutTrimmed(const QString &text)
{
    qsizetype a = 0, b = text.size();
    // The layout's white space only: a full-width space printed with the value stays.
    auto space = [](QChar c) {
        return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n' || c == u'\u00a0'
               || c == u'\u200b' || c == u'\ufeff';
    };
    while (a < b && space(text.at(a)))
        ++a;
    while (b > a && space(text.at(b - 1)))
        --b;
    return text.mid(a, b - a);
}

// The starts whose window covers the most non-empty cells after the label.
QList<int> bestStarts(const WindowRow &r, int width)
{
    const QList<TableCell> &cells = r.row->cells;
    const int n = int(cells.size());
    const int first = r.lastLabel + 1;
    const int lastStart = std::max(first, n - width);
    QList<int> empty(n + 1, 0); // prefix sums of non-empty cells
    for (int i = 0; i < n; ++i)
        empty[i + 1] = empty[i] + (isEmptyCell(cells.at(i)) ? 0 : 1);
    int best = -1;
    QList<int> starts;
    for (int s = first; s <= lastStart; ++s) {
        const int end = std::min(n, s + width);
        const int covered = s < n ? empty[end] - empty[s] : 0;
        if (covered > best) {
            best = covered;
            starts = {s};
        } else if (covered == best) {
            starts.append(s);
        }
    }
    return starts;
}

} // namespace

bool isEmptyCell(const TableCell &cell)
{
    return cell.continuation || valueText(cell.text).isEmpty();
}

bool isLabelText(QStringView text)
{
    const QString t = valueText(text);
    if (t.isEmpty() || isNothingWord(t) || parseNumber(t))
        return false;
    int ideographs = 0;
    for (QChar c : t)
        if (isIdeograph(c) && ++ideographs >= 2)
            return true;
    return false;
}

int lastLabelIndex(const TableRow &row)
{
    // The labels end where the values start: text after a number is no label ("0 | 0 | 暂无数据").
    int last = -1;
    for (int i = 0; i < row.cells.size(); ++i) {
        const TableCell &cell = row.cells.at(i);
        if (cell.continuation)
            continue;
        if (isLabelText(cell.text)) {
            last = i;
            continue;
        }
        const QString t = valueText(cell.text);
        if (last >= 0 && !t.isEmpty() && (parseNumber(t) || isNothingWord(t)))
            break;
    }
    return last;
}

CellValue readCell(const TableCell *cell)
{
    CellValue v;
    v.source = CellSource::Blank;
    if (!cell)
        return v;
    v.span = cell->span;
    v.inferred = cell->inferred;
    if (isEmptyCell(*cell))
        return v;
    const QString t = valueText(cell->text);
    v.raw = layoutTrimmed(cell->text);
    if (const auto number = parseNumber(t)) {
        v.value = *number;
        v.source = CellSource::Read;
    } else if (isNothingWord(t)) {
        v.source = CellSource::Text;
    } else {
        v.source = CellSource::Invalid;
    }
    return v;
}

QList<int> chooseWindows(const QList<WindowRow> &rows, int width)
{
    QList<QList<int>> options;
    options.reserve(rows.size());
    for (const WindowRow &r : rows)
        options.append(bestStarts(r, width));

    // Votes of the rows whose window is certain: by start, by start and label column, by start
    // and number of cells (rows that look like an uncertain one tell where its values stand).
    QHash<int, int> byStart;
    QHash<QPair<int, int>, int> byLabel, byCells;
    for (qsizetype j = 0; j < rows.size(); ++j) {
        if (options.at(j).size() != 1)
            continue;
        const int s = options.at(j).constFirst();
        ++byStart[s];
        ++byLabel[{s, rows.at(j).lastLabel}];
        ++byCells[{s, int(rows.at(j).row->cells.size())}];
    }

    QList<int> chosen;
    chosen.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QList<int> &mine = options.at(i);
        int bestStart = mine.isEmpty() ? rows.at(i).lastLabel + 1 : mine.constFirst();
        int bestScore = 0;
        if (mine.size() > 1) {
            const int n = int(rows.at(i).row->cells.size());
            for (int s : mine) {
                const int score = byStart.value(s) + 2 * byLabel.value({s, rows.at(i).lastLabel})
                                  + 2 * byCells.value({s, n});
                if (score > bestScore) {
                    bestScore = score;
                    bestStart = s;
                }
            }
        }
        chosen.append(bestStart);
    }
    return chosen;
}

} // namespace nianbao::extract
