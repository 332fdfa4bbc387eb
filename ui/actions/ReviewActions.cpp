// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/ReviewActions.h"

#include "ui/findings/FindingsView.h"
#include "ui/tables/TableTitle.h"
#include "ui/tables/TablesPanel.h"

#include "core/review/Review.h"

#include <QAction>
#include <QTabWidget>
#include <QTableView>
#include <QUndoGroup>

namespace nianbao::ui {

ReviewActions::ReviewActions(TablesPanel *tables, FindingsView *findings, QTabWidget *bottomTabs, QObject *parent)
    : QObject(parent), m_tables(tables), m_findingsView(findings), m_bottomTabs(bottomTabs)
{
    m_undoGroup = new QUndoGroup(this);
    createActions();
    connect(m_tables, &TablesPanel::fillBlanksRequested, this, &ReviewActions::fillBlanks);
    m_tables->addContextActions({m_confirmAct, m_fillAct});
    setReview(nullptr);
}

void ReviewActions::createActions()
{
    // Short fixed texts (the toolbar stays narrow); the tooltip names the step.
    m_undoAct = new QAction(this);
    m_undoAct->setShortcuts({QKeySequence::Undo});
    m_undoAct->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undoAct->setEnabled(false);
    connect(m_undoAct, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, m_undoAct, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this,
            [this](const QString &text) { m_undoAct->setToolTip(tr("撤销：%1（Ctrl+Z）").arg(text)); });
    m_redoAct = new QAction(this);
    // Ctrl+Y everywhere, plus the platform's own redo keys (without a duplicate, which would
    // make the shortcut ambiguous).
    QList<QKeySequence> redoKeys{QKeySequence(QStringLiteral("Ctrl+Y"))};
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(k))
            redoKeys.append(k);
    m_redoAct->setShortcuts(redoKeys);
    m_redoAct->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redoAct->setEnabled(false);
    connect(m_redoAct, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, m_redoAct, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, this,
            [this](const QString &text) { m_redoAct->setToolTip(tr("重做：%1（Ctrl+Y）").arg(text)); });

    m_nextAct = new QAction(this);
    m_nextAct->setShortcut(QKeySequence(Qt::Key_F8));
    m_nextAct->setIcon(QIcon::fromTheme(QStringLiteral("go-down")));
    connect(m_nextAct, &QAction::triggered, this, &ReviewActions::nextFinding);
    m_prevAct = new QAction(this);
    m_prevAct->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_prevAct->setIcon(QIcon::fromTheme(QStringLiteral("go-up")));
    connect(m_prevAct, &QAction::triggered, this, &ReviewActions::previousFinding);
    m_fillAct = new QAction(this);
    m_fillAct->setShortcut(QKeySequence(QStringLiteral("Ctrl+0")));
    connect(m_fillAct, &QAction::triggered, this, [this] { fillBlanks(visibleSection()); });
    m_confirmAct = new QAction(this);
    m_confirmAct->setShortcut(QKeySequence(QStringLiteral("Ctrl+K")));
    connect(m_confirmAct, &QAction::triggered, this, &ReviewActions::confirmSelectedInferred);
}

void ReviewActions::retranslate()
{
    m_undoAct->setText(tr("撤销(&U)"));
    m_redoAct->setText(tr("重做(&R)"));
    m_nextAct->setText(tr("下一个问题"));
    m_nextAct->setToolTip(tr("下一个问题（F8）"));
    m_prevAct->setText(tr("上一个问题"));
    m_prevAct->setToolTip(tr("上一个问题（Shift+F8）"));
    m_fillAct->setText(tr("本表空白按 0 处理"));
    m_confirmAct->setText(tr("确认所选推断值"));
    m_confirmAct->setToolTip(tr("所选单元格中由勾稽关系拆分出的数值与原文核对无误：记为已确认（Ctrl+K）"));
}

void ReviewActions::setReview(Review *review)
{
    m_review = review;
    if (review) {
        m_undoGroup->addStack(review->undoStack());
        m_undoGroup->setActiveStack(review->undoStack());
    }
    for (QAction *a : {m_nextAct, m_prevAct, m_fillAct, m_confirmAct})
        a->setEnabled(review != nullptr);
}

TableSection ReviewActions::visibleSection() const
{
    return TableSection(qBound(0, m_tables->tabs()->currentIndex(), 2));
}

void ReviewActions::focusVisibleTable()
{
    m_tables->view(visibleSection())->setFocus();
}

// F8 / Shift+F8: the finding's first cell gets the keyboard, so typing a number corrects it.
void ReviewActions::nextFinding()
{
    m_bottomTabs->setCurrentWidget(m_findingsView);
    if (!m_findingsView->next()) {
        Q_EMIT message(tr("没有问题"), 3000);
        return;
    }
    focusVisibleTable();
}

void ReviewActions::previousFinding()
{
    m_bottomTabs->setCurrentWidget(m_findingsView);
    if (!m_findingsView->previous()) {
        Q_EMIT message(tr("没有问题"), 3000);
        return;
    }
    focusVisibleTable();
}

int ReviewActions::confirmSelectedInferred()
{
    if (!m_review)
        return 0;
    const Record &rec = m_review->record();
    QStringList ids;
    for (int cell : m_tables->selectedCells())
        if (rec.cells.at(cell).inferred && !rec.cells.at(cell).corrected)
            ids.append(rec.schema().at(cell).id);
    const int n = ids.isEmpty() ? 0 : m_review->confirmCells(ids);
    if (n > 0)
        Q_EMIT message(tr("已确认 %1 个推断值（可撤销）").arg(n), 5000);
    else
        Q_EMIT message(tr("所选单元格中没有待确认的推断值"), 4000);
    return n;
}

void ReviewActions::fillBlanks(TableSection section)
{
    if (!m_review)
        return;
    const int n = m_review->fillBlanks(section);
    // What is left without a value is text that is not a number ("3件"): the reviewer's call.
    qsizetype left = 0;
    const Record &rec = m_review->record();
    for (qsizetype i = 0; i < rec.cells.size(); ++i)
        left += rec.schema().at(i).table == section && !rec.cells.at(i).value;
    if (n > 0)
        Q_EMIT message(tr("%1：%2 个空白或未找到的单元格已按 0 处理（可撤销）").arg(tableTitle(section)).arg(n), 6000);
    else if (left > 0)
        Q_EMIT message(tr("%1：%2 个单元格的文字不是数字，请逐个填写").arg(tableTitle(section)).arg(left), 6000);
    else
        Q_EMIT message(tr("%1：没有空白单元格").arg(tableTitle(section)), 4000);
}

} // namespace nianbao::ui
