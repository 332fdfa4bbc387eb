// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The checks of FORMAT.md: hard relations 1–5 (violation), blank / text / not-found cells
// (missing), and the soft checks (warning). Each rule is one small function; adding a rule is
// adding a line to the table in Rules.cpp.
#include "core/record/Record.h"
#include "core/util/Result.h"

namespace nianbao {

// All findings of one record, in a stable order: violations, then missing, then warnings.
QList<Finding> checkRecord(const Record &record);

// record.findings = checkRecord(record), record.hints = repairHints(record) (Hints.h), and the
// record's settlements applied to the findings they name (status, reason).
void recheck(Record &record);

// For each cell of the record (indexed like its cells): how many of the hard relations (1–4 of
// FORMAT.md) that take it in hold, and how many do not (fail, or cannot be evaluated for a missing
// operand). The checksum by which a scanned report's values are accepted (core/ocr).
struct CellRelations
{
    int held = 0;
    int open = 0;
};
QList<CellRelations> relationsByCell(const Record &record);

// The message for a value a reviewer typed, or empty when the value fits the cell
// (a count must be a non-negative integer, 本年增/减 an integer, an amount non-negative).
QString validateValue(const CellSpec &spec, double value);

// What a reviewer typed into a cell, read and validated in one place (the window's tables and the
// comparison's): the value, nullopt for an empty text (the cell becomes missing), or the message
// saying why it is refused (not a number; or validateValue's). Lives with validateValue, whose
// words need the cell labels of the rules.
Result<std::optional<double>> parseCellInput(const CellSpec &spec, QStringView text);

} // namespace nianbao
