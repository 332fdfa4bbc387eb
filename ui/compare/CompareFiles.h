// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The comparison window's files: saving either year's review (*.nianbao), exporting the
// comparison (.xlsx, .json), and asking before a review the comparison loaded itself goes with
// unsaved corrections. Its actions are placed by the window.
#include "ui/compare/CompareSession.h"

#include <QObject>
#include <array>

class QAction;
class QWidget;

namespace nianbao::ui {

class CompareFiles final : public QObject
{
    Q_OBJECT
public:
    // `window`: parent of the dialogs.
    CompareFiles(CompareSession *session, QWidget *window);

    // Saves one year's review (its corrections and the source's hash) as a *.nianbao file.
    bool saveReviewAs(Side side, const QString &path);
    // Exports the comparison: .xlsx (both years, changes, findings) or .json.
    bool exportComparison(const QString &path);
    // Before the window closes: Save / Discard / Cancel for each owned review with unsaved
    // corrections. True when it may close.
    bool maybeClose();
    void setConfirmDiscard(bool ask) { m_confirmDiscard = ask; }

    QAction *saveAction(Side side) const { return m_saveActs.at(side == Side::Older ? 0 : 1); }
    QAction *exportXlsxAction() const { return m_exportXlsxAct; }
    QAction *exportJsonAction() const { return m_exportJsonAct; }

Q_SIGNALS:
    // A line for the status bar.
    void message(const QString &text, int timeout);

private:
    void chooseAndSave(Side side);
    void chooseAndExport(const QString &suffix);
    void updateSaveActions();

    CompareSession *m_session;
    QWidget *m_window;
    QString m_lastError;
    bool m_confirmDiscard = true;
    std::array<QAction *, 2> m_saveActs{};
    QAction *m_exportXlsxAct = nullptr, *m_exportJsonAct = nullptr;
};

} // namespace nianbao::ui
