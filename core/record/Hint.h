// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A repair hint: the smallest change of values that makes every failing hard relation hold
// without breaking one that holds (core/rules/Hints.h computes them; RECORD.md `hints`).
#include <QList>
#include <QString>
#include <QStringList>

namespace nianbao {

struct HintChange
{
    QString cell; // id
    double from = 0;
    double to = 0;
    friend bool operator==(const HintChange &, const HintChange &) = default;
};

struct Hint
{
    // What explains it: "hint.swapped_digits", "hint.dropped_digit", "hint.doubled_digit",
    // "hint.neighbour_cell" (a common slip), or "hint.cell" / "hint.cells" (only the arithmetic).
    QString rule;
    QList<HintChange> changes; // one cell, or two
    QStringList fixes;         // rule ids of the failing relations it makes hold (all of them)
    QString message;           // plain Chinese
    int rank = 1;              // 1 = most likely; hints of one rank fit equally well
    friend bool operator==(const Hint &, const Hint &) = default;
};

} // namespace nianbao
