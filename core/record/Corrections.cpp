// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/Corrections.h"

namespace nianbao {

bool isCorrected(const QList<Correction> &corrections, QStringView cellId, const std::optional<double> &value)
{
    const Correction *first = nullptr;
    for (const Correction &c : corrections) {
        if (c.cell != cellId)
            continue;
        if (c.from == c.to)
            return true; // a confirmation
        if (!first)
            first = &c;
    }
    return first && value != first->from;
}

void markCorrected(Record &record, const QStringList &ids)
{
    for (const QString &id : ids) {
        if (CellValue *cell = record.cell(id))
            cell->corrected = isCorrected(record.corrections, id, cell->value);
    }
}

QStringList applyCorrections(Record &record, const QList<Correction> &corrections)
{
    QStringList applied;
    for (const Correction &c : corrections) {
        CellValue *cell = record.cell(c.cell);
        if (!cell)
            continue;
        cell->value = c.to;
        record.corrections.append(c);
        applied.append(c.cell);
    }
    markCorrected(record, applied);
    return applied;
}

} // namespace nianbao
