#include "core/record/Finding.h"

namespace nianbao {

QString findingKindName(FindingKind k)
{
    switch (k) {
    case FindingKind::Violation: return QStringLiteral("violation");
    case FindingKind::Missing: return QStringLiteral("missing");
    case FindingKind::Warning: return QStringLiteral("warning");
    }
    return {};
}

QString findingKindLabel(FindingKind k)
{
    switch (k) {
    case FindingKind::Violation: return QStringLiteral("违反勾稽关系");
    case FindingKind::Missing: return QStringLiteral("缺失");
    case FindingKind::Warning: return QStringLiteral("提示");
    }
    return {};
}

bool findingKindFromName(QStringView name, FindingKind *out)
{
    for (FindingKind k : {FindingKind::Violation, FindingKind::Missing, FindingKind::Warning})
        if (name == findingKindName(k)) {
            *out = k;
            return true;
        }
    return false;
}

QString findingStatusName(FindingStatus s)
{
    switch (s) {
    case FindingStatus::Open: return QStringLiteral("open");
    case FindingStatus::Confirmed: return QStringLiteral("confirmed");
    case FindingStatus::Dismissed: return QStringLiteral("dismissed");
    }
    return {};
}

QString findingStatusLabel(FindingStatus s)
{
    switch (s) {
    case FindingStatus::Open: return QStringLiteral("待处理");
    case FindingStatus::Confirmed: return QStringLiteral("已确认");
    case FindingStatus::Dismissed: return QStringLiteral("已排除");
    }
    return {};
}

bool findingStatusFromName(QStringView name, FindingStatus *out)
{
    for (FindingStatus s : {FindingStatus::Open, FindingStatus::Confirmed, FindingStatus::Dismissed})
        if (name == findingStatusName(s)) {
            *out = s;
            return true;
        }
    return false;
}

} // namespace nianbao
