// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/CellState.h"

#include <QSet>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nianbao {

CellState cellState(const CellValue &cell, bool violated)
{
    if (violated)
        return CellState::Violated;
    if (!cell.value || !std::isfinite(*cell.value))
        return cell.source == CellSource::Text ? CellState::Text : CellState::Missing;
    if (cell.corrected)
        return CellState::Corrected;
    if (cell.inferred)
        return CellState::Inferred;
    return CellState::Consistent;
}

static bool namedByViolation(const Record &record, QStringView cellId)
{
    for (const Finding &f : record.findings)
        if (f.kind == FindingKind::Violation && f.cells.contains(cellId))
            return true;
    return false;
}

static bool changedByBestHint(const Record &record, QStringView cellId)
{
    for (const Hint &h : record.hints)
        if (h.rank == 1)
            for (const HintChange &c : h.changes)
                if (c.cell == cellId)
                    return true;
    return false;
}

CellState cellState(const Record &record, QStringView cellId)
{
    const CellValue *cell = record.cell(cellId);
    if (!cell)
        return CellState::Missing;
    const CellState state = cellState(*cell, namedByViolation(record, cellId));
    return state == CellState::Violated && changedByBestHint(record, cellId) ? CellState::Culprit : state;
}

void CellStates::rebuild(const Record &record)
{
    const qsizetype n = record.cells.size();
    m_states = QList<CellState>(n, CellState::Consistent);
    m_findings = QList<QList<int>>(n);
    QList<bool> violated(n, false);
    const Schema &schema = record.schema();
    m_hints = QList<int>(n, -1);
    // The cells the best-ranked hints change (all of them when several fit equally).
    for (int h = 0; h < record.hints.size() && record.hints.at(h).rank == 1; ++h)
        for (const HintChange &c : record.hints.at(h).changes)
            if (const int i = schema.indexOf(c.cell); i >= 0 && i < n && m_hints.at(i) < 0)
                m_hints[i] = h;
    for (int f = 0; f < record.findings.size(); ++f) {
        const Finding &finding = record.findings.at(f);
        for (const QString &id : finding.cells) {
            const int i = schema.indexOf(id);
            if (i < 0 || i >= n)
                continue;
            m_findings[i].append(f);
            if (finding.kind == FindingKind::Violation)
                violated[i] = true;
        }
    }
    for (qsizetype i = 0; i < n; ++i) {
        const CellState state = cellState(record.cells.at(i), violated.at(i));
        m_states[i] = state == CellState::Violated && m_hints.at(i) >= 0 ? CellState::Culprit : state;
    }
}

namespace {

QSet<QString> violatedCells(const Record &record)
{
    QSet<QString> ids;
    for (const Finding &f : record.findings)
        if (f.kind == FindingKind::Violation)
            for (const QString &id : f.cells)
                ids.insert(id);
    return ids;
}

QString statusOf(const Record &record, qsizetype i, const QSet<QString> &violated)
{
    const Schema &schema = record.schema();
    if (i < 0 || i >= schema.size())
        return {};
    if (violated.contains(schema.at(i).id))
        return u"violation"_s;
    if (i >= record.cells.size())
        return cellSourceName(CellSource::NotFound);
    const CellValue &c = record.cells.at(i);
    if (c.corrected)
        return u"corrected"_s;
    if (!c.value)
        return cellSourceName(c.source == CellSource::Read ? CellSource::Blank : c.source);
    if (c.inferred)
        return u"inferred"_s;
    return u"ok"_s;
}

} // namespace

QString cellStatus(const Record &record, qsizetype cellIndex)
{
    return statusOf(record, cellIndex, violatedCells(record));
}

QStringList cellStatuses(const Record &record)
{
    const QSet<QString> violated = violatedCells(record);
    QStringList out;
    for (qsizetype i = 0; i < record.schema().size(); ++i)
        out.append(statusOf(record, i, violated));
    return out;
}

} // namespace nianbao
