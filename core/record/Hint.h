// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A repair hint: the smallest change of values that makes every failing hard relation hold
// without breaking one that holds (core/rules/Hints.h computes them; RECORD.md `hints`).
#include "core/record/Finding.h"

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
    // The same words in pieces marked for translation, for the window (empty when the hint was
    // read from a record): `message` is their Chinese, one after another. Not part of equality.
    QList<MessageText> text = {};
    friend bool operator==(const Hint &a, const Hint &b)
    {
        return a.rule == b.rule && a.changes == b.changes && a.fixes == b.fixes && a.message == b.message
               && a.rank == b.rank;
    }
};

// The hint's message in the interface's language: its pieces translated, else its Chinese message.
QString displayMessage(const Hint &hint);

} // namespace nianbao
