// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/HintActions.h"

#include "core/review/Review.h"
#include "ui/findings/FindingsView.h"
#include "ui/tables/TablesPanel.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>

#include <algorithm>

namespace nianbao::ui {

QList<int> culpritFirst(const Record &record, QList<int> cells)
{
    QList<int> culprits;
    for (const Hint &h : record.hints) {
        if (h.rank != 1)
            break;
        for (const HintChange &c : h.changes)
            culprits.append(record.schema().indexOf(c.cell));
    }
    std::stable_partition(cells.begin(), cells.end(), [&](int cell) { return culprits.contains(cell); });
    return cells;
}

HintActions::HintActions(TablesPanel *tables, FindingsView *findings, QObject *parent)
    : QObject(parent), m_tables(tables), m_findings(findings)
{
    m_accept = new QAction(this);
    m_accept->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(m_accept, &QAction::triggered, this, &HintActions::acceptHint);
    m_confirm = new QAction(this);
    m_confirm->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_confirm, &QAction::triggered, this, [this] { settleCurrent(FindingStatus::Confirmed); });
    m_dismiss = new QAction(this);
    m_dismiss->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F9));
    connect(m_dismiss, &QAction::triggered, this, [this] { settleCurrent(FindingStatus::Dismissed); });
    for (QAction *a : actions())
        a->setShortcutContext(Qt::WindowShortcut);
    m_prompt = [this](const Finding &finding) -> std::optional<QString> {
        bool ok = false;
        const QString reason = QInputDialog::getText(m_tables->window(), tr("排除问题"),
                                                     tr("%1\n\n排除的理由：").arg(finding.message), QLineEdit::Normal,
                                                     tr("口径不同，已核实"), &ok);
        return ok ? std::optional<QString>(reason) : std::nullopt;
    };
    setReview(nullptr);
    retranslate();
}

void HintActions::setReview(Review *review)
{
    m_review = review;
    for (QAction *a : actions())
        a->setEnabled(review != nullptr);
}

bool HintActions::acceptHint()
{
    Review *review = m_review;
    if (!review || review->record().hints.isEmpty()) {
        Q_EMIT message(tr("没有更正建议"), 4000);
        return false;
    }
    const Record &rec = review->record();
    qsizetype chosen = 0;
    const int cell = m_tables->currentCell();
    // The current cell's own hint when it has one (the first that changes it), else the top one.
    for (qsizetype h = 0; h < rec.hints.size() && cell >= 0; ++h) {
        bool changesCell = false;
        for (const HintChange &c : rec.hints.at(h).changes)
            changesCell = changesCell || rec.schema().indexOf(c.cell) == cell;
        if (changesCell) {
            chosen = h;
            break;
        }
    }
    const QString text = displayMessage(rec.hints.at(chosen));
    const Status s = review->acceptHint(chosen);
    if (!s) {
        Q_EMIT message(s.error(), 6000);
        return false;
    }
    Q_EMIT message(tr("已按更正建议修改（可撤销）：%1").arg(text), 8000);
    return true;
}

bool HintActions::settleCurrent(FindingStatus status)
{
    Review *review = m_review;
    const int index = m_findings->currentFindingIndex();
    if (!review || index < 0 || index >= review->record().findings.size()) {
        Q_EMIT message(tr("请先在问题清单中选中一条问题（F8）"), 4000);
        return false;
    }
    if (const QString refused = m_settleRefused ? m_settleRefused() : QString(); !refused.isEmpty()) {
        Q_EMIT message(refused, 8000);
        return false;
    }
    const Finding finding = review->record().findings.at(index);
    QString reason;
    if (finding.status == status) { // the same key again takes the decision back
        status = FindingStatus::Open;
    } else if (status == FindingStatus::Dismissed) {
        const std::optional<QString> given = m_prompt(finding);
        if (!given || given->trimmed().isEmpty())
            return false;
        reason = *given;
    }
    const Status s = review->settleFinding(index, status, reason);
    if (!s) {
        Q_EMIT message(s.error(), 6000);
        return false;
    }
    m_findings->setCurrentFindingIndex(index);
    Q_EMIT message(status == FindingStatus::Confirmed   ? tr("已确认为报告的错误（可撤销）")
                          : status == FindingStatus::Dismissed ? tr("已排除：%1（可撤销）").arg(reason)
                                                               : tr("已撤销对这条问题的处理"),
                          6000);
    return true;
}

void HintActions::retranslate()
{
    m_accept->setText(tr("采纳更正建议"));
    m_accept->setToolTip(tr("按勾稽关系更正：把最可能出错的单元格改为建议值（Ctrl+Enter，可撤销）"));
    m_confirm->setText(tr("确认问题（报告确有错误）"));
    m_dismiss->setText(tr("排除问题（写明理由）…"));
}

} // namespace nianbao::ui
