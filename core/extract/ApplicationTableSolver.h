// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The application table's relations (section 三) choosing among the readings of its rows when
// their cells ran together (FlattenedTables.h): each row comes with the splits that fit its own
// total, and the search keeps the readings of the whole table that satisfy the columns' relations.
#include "core/extract/DigitRunSplitter.h"

#include <QList>

namespace nianbao {

enum class ApplyRole { New, CarriedOver, Outcome, Total, CarriedForward };

struct SolverRow
{
    ApplyRole role = ApplyRole::Outcome;
    QList<RunSplit> candidates; // the row's readings (7 counts each), preferred first; empty = row missing
};

struct TableChoice
{
    QList<int> chosen;       // per row: index into candidates (-1 for a missing row)
    QList<int> alternatives; // per row: other readings that also fit the table (0 = unique)
    // Per row: the candidates (indexes, preferred first) that some fitting table reading uses; all
    // of the row's candidates when the relations could not be applied to it.
    QList<QList<int>> usable;
    qint64 fitting = 0;      // readings of the table satisfying its relations (0: not applied / none fit)
    bool relationsApplied = false; // false: each row keeps its own preferred reading
};

// Relations (FORMAT.md 1 and 2), per column: new + carried_over = total + carried_forward, and
// total = Σ outcome rows. Each is used only when all its rows are present. Among the table readings
// that satisfy them, the preferred one has the smallest sum of the rows' longest cells, then the
// fewest multi-digit cells, then the one keeping the rows' own preferred readings from the top of
// the table down (DigitRunSplitter.h); `fitting` tells the reviewer how many there were. When no table
// reading satisfies them, every row keeps its own preferred reading (relationsApplied = false).
// The caller shows a row's reading as values only when it is the row's one usable reading
// (`usable`); a row with several is left open, its usable readings offered in that order.
TableChoice solveApplicationTable(const QList<SolverRow> &rows);

} // namespace nianbao
