#pragma once
// The state a cell is shown in (colour in the tables, mark in the report, legend entry).
#include "core/record/Record.h"

#include <QColor>
#include <QList>
#include <QString>

namespace nianbao::ui {

enum class CellState {
    Consistent, // read as printed, in no violated relation
    Violated,   // in a relation that fails
    Missing,    // blank, not found, or unreadable text: no value
    Text,       // text meaning "nothing to report" ("/", "无"): kept, no value
    Corrected,  // changed by the reviewer
    Inferred,   // reconstructed, to be confirmed
    Culprit,    // violated, and the likely wrong cell: changed by the top repair hint
};

inline constexpr CellState allCellStates[] = {CellState::Consistent, CellState::Violated,
                                              CellState::Missing,    CellState::Text,
                                              CellState::Corrected,  CellState::Inferred,
                                              CellState::Culprit};

// Violated, the culprit included.
inline bool isViolated(CellState state) { return state == CellState::Violated || state == CellState::Culprit; }

QString cellStateLabel(CellState state);       // 一致 / 违反勾稽关系 / …
QColor cellStateBackground(CellState state);   // for the tables
QColor cellStateMark(CellState state);         // for the numbers in the report (lighter)
QColor cellStateForeground(CellState state);

// The states of every cell of a record, recomputed after each change.
class CellStates
{
public:
    void rebuild(const Record &record);
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

} // namespace nianbao::ui
