// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Repair hints: from the failing hard relations (1–4 of FORMAT.md), the smallest changes of values
// that make every one of them hold without breaking one that holds. First single cells (a cell
// whose change by d fixes each failing relation it belongs to and breaks none), then, when no
// single cell does, pairs. Common slips rank first: two digits swapped, a digit dropped or
// doubled, a value typed in the neighbouring cell. Hints that fit equally share a rank and say so.
#include "core/record/Record.h"

namespace nianbao {

// The hints for `record` as it stands (its cells; its findings are not read), best first; empty
// when every relation holds or nothing small explains the failures. At most 12.
QList<Hint> repairHints(const Record &record);

// The slip that turns the right value `right` into the printed `printed`: "hint.swapped_digits",
// "hint.dropped_digit", "hint.doubled_digit", or empty (also for anything but non-negative
// integers).
QString digitSlip(double printed, double right);

} // namespace nianbao
