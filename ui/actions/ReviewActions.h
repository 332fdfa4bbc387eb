// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The review window's review actions: undo and redo (through the review's undo stack), moving
// from finding to finding (F8 / Shift+F8, the cell gets the keyboard), filling a table's blanks
// with 0, confirming inferred values. Each acts on the review on show; the window places the
// actions in its menus and toolbar.
#include "core/schema/CellSchema.h"

#include <QObject>
#include <functional>

class QAction;
class QTabWidget;
class QUndoGroup;

namespace nianbao {
class Review;
}

namespace nianbao::ui {

class FindingsView;
class TablesPanel;

class ReviewActions final : public QObject
{
    Q_OBJECT
public:
    // The views the actions work in; `bottomTabs` shows the findings list on F8.
    ReviewActions(TablesPanel *tables, FindingsView *findings, QTabWidget *bottomTabs, QObject *parent);

    // The review the actions act on (null: disabled).
    void setReview(Review *review);

    void nextFinding();
    void previousFinding();
    void fillBlanks(TableSection section);
    // Confirms the inferred values among the selected cells of the visible table (undoable).
    int confirmSelectedInferred();

    QAction *undoAction() const { return m_undoAct; }
    QAction *redoAction() const { return m_redoAct; }
    QAction *nextAction() const { return m_nextAct; }
    QAction *previousAction() const { return m_prevAct; }
    QAction *fillAction() const { return m_fillAct; }
    QAction *confirmAction() const { return m_confirmAct; }
    void retranslate();

Q_SIGNALS:
    // A line for the status bar.
    void message(const QString &text, int timeout);

private:
    void createActions();
    TableSection visibleSection() const;
    void focusVisibleTable();

    Review *m_review = nullptr;
    TablesPanel *m_tables;
    FindingsView *m_findingsView;
    QTabWidget *m_bottomTabs;
    QUndoGroup *m_undoGroup = nullptr;
    QAction *m_undoAct = nullptr, *m_redoAct = nullptr, *m_nextAct = nullptr, *m_prevAct = nullptr,
            *m_fillAct = nullptr, *m_confirmAct = nullptr;
};

} // namespace nianbao::ui
