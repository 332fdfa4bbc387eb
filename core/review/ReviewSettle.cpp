// SPDX-License-Identifier: GPL-3.0-or-later
// Settling findings without changing a value, and accepting a repair hint: Review's undoable
// steps beside the value edits of Review.cpp. A settlement command holds the record's settlements
// before and after, so undo and redo are exact whatever happened to the values in between.
#include "core/review/Review.h"

#include "core/rules/Rules.h"

#include <QUndoCommand>

namespace nianbao {

class SettleCommand final : public QUndoCommand
{
public:
    SettleCommand(Review *review, QList<Settlement> after, const QString &text)
        : QUndoCommand(text), m_review(review), m_before(review->record().settlements), m_after(std::move(after))
    {
    }
    void redo() override { m_review->applySettlements(m_after); }
    void undo() override { m_review->applySettlements(m_before); }

private:
    Review *m_review;
    QList<Settlement> m_before;
    QList<Settlement> m_after;
};

Status Review::settleFinding(qsizetype index, FindingStatus status, const QString &reason)
{
    if (index < 0 || index >= m_record.findings.size())
        return Status::failure(QStringLiteral("没有第 %1 条问题").arg(index + 1));
    const Finding &f = m_record.findings.at(index);
    if (status == FindingStatus::Dismissed && reason.trimmed().isEmpty())
        return Status::failure(QStringLiteral("排除一条问题须写明理由"));
    if (f.status == status && f.reason == reason.trimmed())
        return {};
    QList<Settlement> after = m_record.settlements;
    // One decision per finding in the list: the new one replaces an earlier one; "open" removes it.
    after.removeIf([&](const Settlement &s) { return s.matches(f); });
    if (status != FindingStatus::Open)
        after.append({f.kind, f.rule, f.cells, status, reason.trimmed(), QDateTime::currentDateTimeUtc()});
    const QString text = status == FindingStatus::Open ? QStringLiteral("撤销对问题的处理")
                         : status == FindingStatus::Confirmed ? QStringLiteral("确认问题")
                                                              : QStringLiteral("排除问题");
    m_undo.push(new SettleCommand(this, std::move(after), text));
    return {};
}

Status Review::acceptHint(qsizetype index, const QString &note)
{
    if (index < 0 || index >= m_record.hints.size())
        return Status::failure(QStringLiteral("没有第 %1 条更正建议").arg(index + 1));
    const Hint hint = m_record.hints.at(index);
    QList<QPair<QString, std::optional<double>>> values;
    QStringList labels;
    for (const HintChange &c : hint.changes) {
        values.append({c.cell, c.to});
        labels.append(c.cell);
    }
    return setCellValues(values, note.isEmpty() ? QStringLiteral("按勾稽关系更正") : note,
                         QStringLiteral("按勾稽关系更正 %1").arg(labels.join(QStringLiteral("、"))));
}

void Review::applySavedSettlements(const QList<Settlement> &settlements)
{
    applySettlements(settlements);
    m_undo.clear();
}

void Review::applySettlements(const QList<Settlement> &settlements)
{
    m_record.settlements = settlements;
    recheck(m_record);
    Q_EMIT changed({});
}

} // namespace nianbao
