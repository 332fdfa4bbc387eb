#pragma once
// The checks of FORMAT.md: hard relations 1–5 (violation), blank / text / not-found cells
// (missing), and the soft checks (warning). Each rule is one small function; adding a rule is
// adding a line to the table in Rules.cpp.
#include "core/record/Record.h"

namespace nianbao {

// All findings of one record, in a stable order: violations, then missing, then warnings.
QList<Finding> checkRecord(const Record &record);

// record.findings = checkRecord(record), record.hints = repairHints(record) (Hints.h), and the
// record's settlements applied to the findings they name (status, reason).
void recheck(Record &record);

// The message for a value a reviewer typed, or empty when the value fits the cell
// (a count must be a non-negative integer, 本年增/减 an integer, an amount non-negative).
QString validateValue(const CellSpec &spec, double value);

} // namespace nianbao
