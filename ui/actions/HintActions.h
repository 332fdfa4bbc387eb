// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The review window's keys for reviewing at speed: accept the repair hint as a correction
// (Ctrl+Enter, note 按勾稽关系更正), confirm the selected finding as a real error (F9), dismiss
// it with a reason (Shift+F9). Each is one undoable step of the review on show; the window places
// the actions in its menus.
#include "core/record/Record.h"

#include <QObject>
#include <functional>
#include <optional>

class QAction;

namespace nianbao {
class Review;
}

namespace nianbao::ui {

class FindingsView;
class TablesPanel;

// The cells of a finding with the likely wrong ones (changed by a best-ranked hint) first, so
// that F8 lands on the culprit.
QList<int> culpritFirst(const Record &record, QList<int> cells);

class HintActions final : public QObject
{
    Q_OBJECT
public:
    HintActions(TablesPanel *tables, FindingsView *findings, QObject *parent);

    // The review the actions act on (null: disabled).
    void setReview(Review *review);

    QAction *acceptHintAction() const { return m_accept; }
    QAction *confirmAction() const { return m_confirm; }
    QAction *dismissAction() const { return m_dismiss; }
    QList<QAction *> actions() const { return {m_accept, m_confirm, m_dismiss}; }

    // Accepts the best hint that changes the current cell, else the top hint. False when none.
    bool acceptHint();
    // Settles the finding selected in the findings list. False when none (or no reason given).
    bool settleCurrent(FindingStatus status);

    // Asks the reason of a dismissal (default: a dialog prefilled with 口径不同，已核实); nullopt
    // cancels. Tests answer for the reviewer.
    using ReasonPrompt = std::function<std::optional<QString>(const Finding &finding)>;
    void setReasonPrompt(ReasonPrompt prompt) { m_prompt = std::move(prompt); }
    // Why a decision on a finding cannot be kept where the review is saved (a report of a project
    // opened read-only), or empty when it can; when not empty F9 / Shift+F9 say it and do nothing,
    // so that no reason the reviewer types is lost.
    void setSettleRefused(std::function<QString()> refused) { m_settleRefused = std::move(refused); }

    void retranslate();

Q_SIGNALS:
    // A line for the status bar.
    void message(const QString &text, int timeout);

private:
    std::function<QString()> m_settleRefused;
    Review *m_review = nullptr;
    TablesPanel *m_tables;
    FindingsView *m_findings;
    ReasonPrompt m_prompt;
    QAction *m_accept;
    QAction *m_confirm;
    QAction *m_dismiss;
};

} // namespace nianbao::ui
