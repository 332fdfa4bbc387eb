// SPDX-License-Identifier: GPL-3.0-or-later
// checkRecord(): the table of checks, in the order of the findings (violations, missing,
// warnings). Adding a rule is one function in its file and one line here.
#include "core/rules/Rules.h"

#include "core/rules/Hints.h"
#include "core/rules/RuleChecks.h"

#include <algorithm>

namespace nianbao {

namespace {

constexpr rules::Check kChecks[] = {
    // violations
    rules::checkRelations,
    rules::checkValues,
    // missing
    rules::checkMissingCells,
    // warnings
    rules::checkApplicationsClaim,
    rules::checkReviewClaim,
    rules::checkLitigationClaim,
    rules::checkSections,
    rules::checkYear,
    rules::checkOutdatedFormat,
    rules::checkNoTables,
    rules::checkCellsNotRead,
    rules::checkInferredCells,
};

} // namespace

QList<Finding> checkRecord(const Record &record)
{
    QList<Finding> findings;
    findings.reserve(64);
    for (rules::Check check : kChecks)
        check(record, findings);
    // The table is already in this order; keep it so whatever a check appends.
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return int(a.kind) < int(b.kind); });
    return findings;
}

void recheck(Record &record)
{
    record.findings = checkRecord(record);
    record.hints = repairHints(record);
    for (Finding &f : record.findings)
        for (const Settlement &s : std::as_const(record.settlements))
            if (s.matches(f)) { // the latest decision stands
                f.status = s.status;
                f.reason = s.reason;
            }
}

} // namespace nianbao
