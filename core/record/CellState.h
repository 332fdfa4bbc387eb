// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The state of a cell of a record: what the window colours, the xlsx marks and the report view
// underlines (CellState), and the status word the json, csv and xlsx long form write
// (cellStatus). One home for both: they are read from the cell (value, source, corrected,
// inferred) and the violations that name it, never from the interface.
#include "core/record/Record.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace nianbao {

enum class CellState {
    Consistent, // read as printed, in no violated relation
    Violated,   // in a relation that fails
    Missing,    // blank, not found, or unreadable text: no value
    Text,       // text meaning "nothing to report" ("/", "无"): kept, no value
    Corrected,  // changed by the reviewer
    Inferred,   // reconstructed, to be confirmed
    Culprit,    // violated, and the likely wrong cell: changed by a repair hint of the best rank
};

inline constexpr CellState allCellStates[] = {CellState::Consistent, CellState::Violated,
                                              CellState::Missing,    CellState::Text,
                                              CellState::Corrected,  CellState::Inferred,
                                              CellState::Culprit};

// Violated, the culprit included.
inline bool isViolated(CellState state) { return state == CellState::Violated || state == CellState::Culprit; }

// One cell: violated first, then no (finite) value (Text when the report wrote "/" or "无", else
// Missing), then corrected, then inferred; Consistent otherwise.
CellState cellState(const CellValue &cell, bool violated);
// The cell `cellId` of a record (its findings and hints as they stand); Missing for an unknown id.
CellState cellState(const Record &record, QStringView cellId);

// The states of every cell of a record and the findings naming each, computed in one pass over
// the findings (the window rebuilds them after each change).
class CellStates
{
public:
    CellStates() = default;
    explicit CellStates(const Record &record) { rebuild(record); }
    void rebuild(const Record &record);
    // Missing for an index beyond the record.
    CellState at(qsizetype cellIndex) const { return m_states.value(cellIndex, CellState::Missing); }
    qsizetype size() const { return m_states.size(); }
    // The findings (indexes into record.findings) that name a cell.
    QList<int> findingsOf(qsizetype cellIndex) const { return m_findings.value(cellIndex); }
    // The repair hint of the best rank that changes a cell (index into record.hints), or -1.
    int hintOf(qsizetype cellIndex) const { return m_hints.value(cellIndex, -1); }

private:
    QList<CellState> m_states;
    QList<QList<int>> m_findings;
    QList<int> m_hints;
};

// The status word of a cell in RECORD.md's "status" (json) and the csv and xlsx long forms: "ok",
// "violation", "blank", "text", "invalid", "not_found", "corrected", "inferred".
// violation: named by a violation finding; corrected: changed by the reviewer (even when cleared);
// blank / text / invalid / not_found: still without a value (how the report gave it; a read value
// cleared by hand is "blank"); inferred: reconstructed, to be confirmed; ok: read as printed.
// Empty for an index outside the schema.
QString cellStatus(const Record &record, qsizetype cellIndex);
// The status of every cell, indexed like Schema::cells() (one pass over the findings).
QStringList cellStatuses(const Record &record);

} // namespace nianbao
