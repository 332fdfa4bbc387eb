// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/Finding.h"
#include "core/record/Hint.h"

#include <QCoreApplication>

namespace nianbao {

QString fillArgs(const QString &pattern, const QStringList &args)
{
    QString out;
    out.reserve(pattern.size() + 16 * args.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            qsizetype j = i + 1;
            int n = 0;
            while (j < pattern.size() && j < i + 3 && pattern.at(j).isDigit())
                n = n * 10 + pattern.at(j++).digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args.at(n - 1);
                i = j - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString MessageText::chinese() const
{
    return source ? fillArgs(QString::fromUtf8(source), args) : QString();
}

QString MessageText::translated() const
{
    return source ? fillArgs(QCoreApplication::translate(context, source), args) : QString();
}

Finding makeFinding(FindingKind kind, const QString &rule, const QStringList &cells, MessageText text,
                    const QStringList &previousCells)
{
    Finding f;
    f.kind = kind;
    f.rule = rule;
    f.cells = cells;
    f.previousCells = previousCells;
    f.message = text.chinese();
    f.text = std::move(text);
    return f;
}

QString displayMessage(const Finding &finding)
{
    return finding.text.isNull() ? finding.message : finding.text.translated();
}

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

QString displayMessage(const Hint &hint)
{
    if (hint.text.isEmpty())
        return hint.message;
    QString out;
    for (const MessageText &part : hint.text)
        out += part.translated();
    return out;
}

} // namespace nianbao
