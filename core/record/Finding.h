#pragma once
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace nianbao {

enum class FindingKind { Violation, Missing, Warning };

QString findingKindName(FindingKind k);            // "violation" / "missing" / "warning"
QString findingKindLabel(FindingKind k);           // 违反勾稽关系 / 缺失 / 提示
bool findingKindFromName(QStringView name, FindingKind *out);

// How the reviewer settled a finding without changing a value: confirmed as a real error of the
// report (it goes into the findings report), or dismissed with a reason (checked and accepted; it
// no longer counts in the summary or the exit code).
enum class FindingStatus { Open, Confirmed, Dismissed };

QString findingStatusName(FindingStatus s);        // "open" / "confirmed" / "dismissed"
QString findingStatusLabel(FindingStatus s);       // 待处理 / 已确认 / 已排除
bool findingStatusFromName(QStringView name, FindingStatus *out);

struct Finding
{
    FindingKind kind = FindingKind::Violation;
    QString rule;              // "apply.balance", "blank", "text.applications", …
    QStringList cells;         // ids of the report's cells (the NEW report in a comparison)
    QStringList previousCells; // ids in the OLD report (comparison findings only)
    QString message;           // plain Chinese, with the numbers
    FindingStatus status = FindingStatus::Open; // from the record's settlements (recheck())
    QString reason = {};       // the reviewer's words when settled
    friend bool operator==(const Finding &, const Finding &) = default;
};

// The reviewer's decision on one finding, kept in the record (the audit trail) and applied to the
// finding of the same kind, rule and cells each time the record is checked.
struct Settlement
{
    FindingKind kind = FindingKind::Violation;
    QString rule;
    QStringList cells;
    FindingStatus status = FindingStatus::Confirmed;
    QString reason;
    QDateTime at; // UTC
    bool matches(const Finding &f) const { return f.kind == kind && f.rule == rule && f.cells == cells; }
    friend bool operator==(const Settlement &, const Settlement &) = default;
};

} // namespace nianbao
