// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What "corrected" means, in one place: the reviewer's corrections and the corrected flag of a
// cell they leave behind. The window's review (every edit, undo and redo), the replay of a saved
// review and the reading of a record from json all mark cells by these.
#include "core/record/Record.h"

#include <QStringList>

namespace nianbao {

// A cell is corrected while a correction names it and its value differs from the value the report
// printed (the `from` of the first correction naming it), or while a confirmation (a correction
// keeping the value, from == to) names it. Correcting a cell back to the printed value therefore
// leaves it uncorrected, though the corrections stay in the audit trail.
bool isCorrected(const QList<Correction> &corrections, QStringView cellId, const std::optional<double> &value);

// Sets the corrected flag of the cells `ids` from record.corrections (unknown ids are skipped).
void markCorrected(Record &record, const QStringList &ids);

// Applies corrections to a record in order: each sets its cell's value and is appended to
// record.corrections; then the cells named are marked (markCorrected). Corrections naming
// unknown cells are skipped. Returns the ids applied. The caller re-checks.
QStringList applyCorrections(Record &record, const QList<Correction> &corrections);

} // namespace nianbao
