#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace nianbao {

enum class FindingKind { Violation, Missing, Warning };

QString findingKindName(FindingKind k);            // "violation" / "missing" / "warning"
QString findingKindLabel(FindingKind k);           // 违反勾稽关系 / 缺失 / 提示
bool findingKindFromName(QStringView name, FindingKind *out);

struct Finding
{
    FindingKind kind = FindingKind::Violation;
    QString rule;              // "apply.balance", "blank", "text.applications", …
    QStringList cells;         // ids of the report's cells (the NEW report in a comparison)
    QStringList previousCells; // ids in the OLD report (comparison findings only)
    QString message;           // plain Chinese, with the numbers
    friend bool operator==(const Finding &, const Finding &) = default;
};

} // namespace nianbao
