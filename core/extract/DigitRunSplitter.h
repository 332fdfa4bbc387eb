// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Splitting a run of digits whose cell separators were lost (a table flattened by a web crawler:
// "640020470" for 64|0|0|2|0|4|70) into the row's cells. Every split is enumerated; the row's own
// relation (a total that is the sum of the cells before it) keeps the ones that fit.
//
// Rules of a reading: white space in the run is a hard separator (a cell never spans it); when the
// run holds a tab or a line break its cells were never run together, so each stretch between white
// space is exactly one cell (blank cells then leave too few stretches: no reading); a count
// has no leading zero ("0" is a cell, "05" is not); a signed cell (本年增/减) may start with + or -;
// an amount may hold one decimal point inside it ("2.5", "0.31"); a cell has at most 15 characters.
// Anything else in the run (letters, Chinese, commas) makes it unreadable: no split at all.
#include <QList>
#include <QString>
#include <QStringView>
#include <compare>
#include <optional>

namespace nianbao {

enum class CellKind { Count, Signed, Amount };

// The last cell of [first, first + count) equals the sum of the cells before it in the group.
struct SumGroup
{
    int first = 0;
    int count = 0;
};

struct RowShape
{
    QList<CellKind> kinds; // one per cell
    QList<SumGroup> sums;  // the row's relations (none for a free row)
    int cells() const { return int(kinds.size()); }

    static RowShape applicationRow(); // section 三: 6 applicant counts and their total
    static RowShape reviewRow();      // section 四: 3 groups of 5, the fifth the sum of four
    static RowShape freeRow(const QList<CellKind> &kinds); // no relation (section 二)
};

struct SplitCell
{
    qsizetype start = 0;  // offset in the run (UTF-16 units)
    qsizetype length = 0;
    QString text;         // the cell's characters, width folded ("０" -> "0")
    double value = 0;     // counts are exact (at most 15 digits)
};

struct RunSplit
{
    QList<SplitCell> cells;
    QList<qint64> counts() const; // the values as integers (amounts truncated)
};

// How a person would read a run, used to order the splits that fit (lower first) when they are
// offered to the reviewer; never to take one of several as a value (FlattenedTables.h): the
// smallest numbers, that is the shortest longest cell, then the fewest cells of two or more
// characters; among equals the split whose earlier cells are longer comes first (the first
// columns, 自然人 / 上一年项目数量, usually hold the larger numbers).
struct ReadingCost
{
    int longestCell = 0;
    int multiDigitCells = 0;
    friend auto operator<=>(const ReadingCost &, const ReadingCost &) = default;
    friend bool operator==(const ReadingCost &, const ReadingCost &) = default;
};
ReadingCost readingCost(const RunSplit &split);

struct SplitResult
{
    QList<RunSplit> splits;   // every split that fits the relation, preferred first
    bool capped = false;      // the enumeration hit its cap: `splits` is incomplete, do not trust it
    // The digits allow exactly one split at all (as many characters as cells, say), whether or
    // not it fits the relation: it is what was printed, and the relation check will report it.
    std::optional<RunSplit> onlyReading;
};

// Enumerates the splits of `run` into shape.cells() cells. At most `cap` fitting splits are
// listed, and the search stops after a bounded number of steps, so no input can hang it.
SplitResult splitDigitRun(QStringView run, const RowShape &shape, int cap = 10000);

// True for the characters a flattened run may hold (digits of either width, white space, the
// decimal point and signs).
bool isRunCharacter(QChar c);

} // namespace nianbao
