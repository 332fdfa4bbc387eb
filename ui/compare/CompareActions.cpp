// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/CompareActions.h"

#include "ui/findings/FindingsView.h"

#include "core/review/Review.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QUndoStack>

namespace nianbao::ui {

CompareActions::CompareActions(CompareSession *session, FindingsView *findings, QObject *parent)
    : QObject(parent), m_session(session), m_findingsView(findings)
{
    m_undoAct = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("撤销(&U)"), this);
    m_undoAct->setShortcuts({QKeySequence::Undo});
    connect(m_undoAct, &QAction::triggered, this, &CompareActions::undo);
    m_redoAct = new QAction(QIcon::fromTheme(QStringLiteral("edit-redo")), tr("重做(&R)"), this);
    QList<QKeySequence> redoKeys{QKeySequence(QStringLiteral("Ctrl+Y"))};
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(k))
            redoKeys.append(k);
    m_redoAct->setShortcuts(redoKeys);
    connect(m_redoAct, &QAction::triggered, this, &CompareActions::redo);
    m_nextAct = new QAction(QIcon::fromTheme(QStringLiteral("go-down")), tr("下一个问题"), this);
    m_nextAct->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_nextAct, &QAction::triggered, this, [this] { m_findingsView->next(); });
    m_prevAct = new QAction(QIcon::fromTheme(QStringLiteral("go-up")), tr("上一个问题"), this);
    m_prevAct->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    connect(m_prevAct, &QAction::triggered, this, [this] { m_findingsView->previous(); });

    connect(m_session, &CompareSession::activeSideChanged, this, &CompareActions::updateUndoActions);
    for (Side side : {Side::Older, Side::Newer}) {
        if (Review *r = m_session->review(side)) {
            QUndoStack *stack = r->undoStack();
            for (auto signal : {&QUndoStack::canUndoChanged, &QUndoStack::canRedoChanged})
                connect(stack, signal, this, &CompareActions::updateUndoActions);
            connect(stack, &QUndoStack::indexChanged, this, &CompareActions::updateUndoActions);
        }
    }
    updateUndoActions();
}

// Undo and redo act on the year edited (or moved to) last; the tooltip names it and the step.
void CompareActions::updateUndoActions()
{
    const Side side = m_session->activeSide();
    QUndoStack *stack = m_session->activeStack();
    const QString year = sideName(m_session->record(side), side);
    m_undoAct->setEnabled(stack && stack->canUndo());
    m_redoAct->setEnabled(stack && stack->canRedo());
    m_undoAct->setToolTip(stack && stack->canUndo() ? tr("撤销（%1）：%2（Ctrl+Z）").arg(year, stack->undoText())
                                                    : tr("撤销（%1）（Ctrl+Z）").arg(year));
    m_redoAct->setToolTip(stack && stack->canRedo() ? tr("重做（%1）：%2（Ctrl+Y）").arg(year, stack->redoText())
                                                    : tr("重做（%1）（Ctrl+Y）").arg(year));
}

void CompareActions::undo()
{
    if (QUndoStack *stack = m_session->activeStack())
        stack->undo();
    updateUndoActions();
}

void CompareActions::redo()
{
    if (QUndoStack *stack = m_session->activeStack())
        stack->redo();
    updateUndoActions();
}

QWidget *CompareActions::thresholdsBar()
{
    if (m_thresholdsBar)
        return m_thresholdsBar;
    auto *box = new QWidget;
    box->setObjectName(QStringLiteral("compareThresholds"));
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(4, 2, 4, 2);
    const CompareThresholds &t = m_session->thresholds();
    auto spin = [this](double value, double max, const QString &suffix) {
        auto *s = new QDoubleSpinBox;
        s->setDecimals(0);
        s->setRange(0, max);
        s->setValue(value);
        s->setSuffix(suffix);
        connect(s, &QDoubleSpinBox::valueChanged, this, [this] {
            CompareThresholds nt;
            nt.minAbsolute = m_thresholdBoxes[0]->value();
            nt.minPercent = m_thresholdBoxes[1]->value();
            nt.fromZero = m_thresholdBoxes[2]->value();
            m_session->setThresholds(nt);
        });
        return s;
    };
    m_thresholdBoxes = {spin(t.minAbsolute, 1e9, QString()), spin(t.minPercent, 1e6, QStringLiteral(" %")),
                        spin(t.fromZero, 1e9, QString())};
    layout->addWidget(new QLabel(tr("变化较大：增减 ≥")));
    layout->addWidget(m_thresholdBoxes[0]);
    layout->addWidget(new QLabel(tr("且幅度 ≥")));
    layout->addWidget(m_thresholdBoxes[1]);
    layout->addWidget(new QLabel(tr("，或从 0 增至 ≥")));
    layout->addWidget(m_thresholdBoxes[2]);
    layout->addStretch();
    box->setToolTip(tr("标记可能录入有误的大幅变化"));
    m_thresholdsBar = box;
    return box;
}

void CompareActions::setThresholds(const CompareThresholds &thresholds)
{
    if (m_thresholdsBar) {
        m_thresholdBoxes[0]->setValue(thresholds.minAbsolute);
        m_thresholdBoxes[1]->setValue(thresholds.minPercent);
        m_thresholdBoxes[2]->setValue(thresholds.fromZero);
    }
    m_session->setThresholds(thresholds);
}

} // namespace nianbao::ui
