// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to rules/: the pieces checkRecord() runs, in the order of its table (Rules.cpp).
// Each check appends its findings; none builds a string for a cell or relation that passes.
#include "core/record/Record.h"

#include <optional>

namespace nianbao::rules {

// The words of a finding of the rules: `source` is marked where it is written with
// QT_TRANSLATE_NOOP("nianbao::Rules", "…"), so lupdate finds it and the window translates it.
inline MessageText rulesText(const char *source, QStringList args = {})
{
    return {"nianbao::Rules", source, std::move(args)};
}


// One check of the table: reads the record, appends findings.
using Check = void (*)(const Record &record, QList<Finding> &out);

// The value of cell `index`, or null when missing or when the record's cells are short.
inline std::optional<double> valueAt(const Record &record, qsizetype index)
{
    return index >= 0 && index < record.cells.size() ? record.cells.at(index).value : std::nullopt;
}

// Σ of the cells, or null when one is missing. Missing cells that a printed group stands for (all
// the sub-rows of one of its columns, every one among `cells`) count as the group's value.
std::optional<double> relationSum(const Record &record, const QList<int> &cells);

// Relations.cpp: hard relations 1–4 of FORMAT.md (rules apply.balance, apply.total,
// apply.row_sum, review.sum, litigation.direct.sum, litigation.after_review.sum).
void checkRelations(const Record &record, QList<Finding> &out);
// The same relations as bare sums (Σ left = Σ right over cell indices of the format's schema),
// in the order checkRelations() reports them; for the repair hints (Hints.cpp).
struct RelationCells
{
    QString rule;
    QList<int> left, right;
};
const QList<RelationCells> &relationCells(FormatVersion format);

// ValueChecks.cpp: relation 5 (value.integer, value.nonnegative).
void checkValues(const Record &record, QList<Finding> &out);
// The rule and message for one value, or nothing when it fits the cell.
struct ValueProblem
{
    QString rule;
    MessageText text;
};
std::optional<ValueProblem> valueProblem(const CellSpec &spec, const QString &label, double value);

// MissingCells.cpp: one finding per cell whose value is null (blank, text, invalid, not_found).
void checkMissingCells(const Record &record, QList<Finding> &out);

// SoftChecks.cpp: warnings from the facts (text against tables, structure).
void checkApplicationsClaim(const Record &record, QList<Finding> &out);
void checkReviewClaim(const Record &record, QList<Finding> &out);
void checkLitigationClaim(const Record &record, QList<Finding> &out);
void checkSections(const Record &record, QList<Finding> &out);
void checkYear(const Record &record, QList<Finding> &out);
void checkOutdatedFormat(const Record &record, QList<Finding> &out);
void checkNoTables(const Record &record, QList<Finding> &out);
// Tables found, but not one cell of a section read from them: the layout was not understood.
void checkCellsNotRead(const Record &record, QList<Finding> &out);
// InferredCells.cpp: cells split out of run-together digits, to be confirmed (inferred). A run
// the report does not settle has no value: MissingCells.cpp says so ("ambiguous", its readings).
void checkInferredCells(const Record &record, QList<Finding> &out);

} // namespace nianbao::rules
