// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The comparison window's review actions: undo and redo acting on the year edited (or moved to)
// last, moving from finding to finding, and the thresholds of a big change (their bar of spin
// boxes). The window places the actions and the bar.
#include "ui/compare/CompareSession.h"

#include <QObject>
#include <array>

class QAction;
class QDoubleSpinBox;
class QWidget;

namespace nianbao::ui {

class FindingsView;

class CompareActions final : public QObject
{
    Q_OBJECT
public:
    CompareActions(CompareSession *session, FindingsView *findings, QObject *parent);

    void undo();
    void redo();
    // Sets the thresholds through the boxes, so that they show what is used.
    void setThresholds(const CompareThresholds &thresholds);
    // The bar of threshold boxes (built once, owned by whoever places it).
    QWidget *thresholdsBar();

    QAction *undoAction() const { return m_undoAct; }
    QAction *redoAction() const { return m_redoAct; }
    QAction *nextAction() const { return m_nextAct; }
    QAction *previousAction() const { return m_prevAct; }

private:
    void updateUndoActions();

    CompareSession *m_session;
    FindingsView *m_findingsView;
    std::array<QDoubleSpinBox *, 3> m_thresholdBoxes{};
    QWidget *m_thresholdsBar = nullptr;
    QAction *m_undoAct = nullptr, *m_redoAct = nullptr, *m_nextAct = nullptr, *m_prevAct = nullptr;
};

} // namespace nianbao::ui
