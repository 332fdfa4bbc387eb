// SPDX-License-Identifier: GPL-3.0-or-later
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

// The words of a message kept apart, so that the window shows them in its language while the
// record, the exports and the command line keep the Chinese text: a Chinese template marked for
// translation (QT_TRANSLATE_NOOP(context, "…%1…")) and the texts of its %1, %2, … (numbers, cell
// labels and quotes of the report, which stay as they are).
struct MessageText
{
    const char *context = nullptr; // e.g. "nianbao::Rules"; both point to string literals
    const char *source = nullptr;  // UTF-8
    QStringList args;
    bool isNull() const { return !source; }
    QString chinese() const;    // the source template filled: what the record keeps
    QString translated() const; // QCoreApplication::translate(context, source) filled
};

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
    QString message;           // plain Chinese, with the numbers (the record, exports, CLI)
    FindingStatus status = FindingStatus::Open; // from the record's settlements (recheck())
    QString reason = {};       // the reviewer's words when settled
    MessageText text = {};     // the same words for the window (null when read from a record)
    // Equal findings say the same: `text` is how `message` was made, not part of it.
    friend bool operator==(const Finding &a, const Finding &b)
    {
        return a.kind == b.kind && a.rule == b.rule && a.cells == b.cells && a.previousCells == b.previousCells
               && a.message == b.message && a.status == b.status && a.reason == b.reason;
    }
};
// A finding whose message is `text` in Chinese.
Finding makeFinding(FindingKind kind, const QString &rule, const QStringList &cells, MessageText text,
                    const QStringList &previousCells = {});
// The finding's message in the interface's language (the window): the translated template when the
// finding has one, else its Chinese message.
QString displayMessage(const Finding &finding);
// Fills %1…%99 of `pattern` with `args` in one pass (an argument's own "%1" is left alone).
QString fillArgs(const QString &pattern, const QStringList &args);
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
