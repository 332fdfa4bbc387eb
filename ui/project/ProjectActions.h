// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The season's project in the main window: opening a folder (文件 › 打开文件夹…, Ctrl+Shift+O) or
// a project, the project panel, the scan's progress in the status bar (cancellable), and the
// 项目 menu: 扫描/重新读取, 下一份 / 上一份 (Ctrl+PgDown / Ctrl+PgUp, in the panel's order, 有问题
// 的优先 when checked) and one key per review status (Alt+1..4, with an optional note). The
// window only places what this gives: menu(), openFolderAction(), panel(), scanIndicator().
//
// Other season views add their actions to menu() (after the section this class fills); they
// find the project through projectPath() / session() and the report on show through
// currentReportId(), and follow projectOpened() / projectClosed().
#include "core/project/Project.h"

#include <QObject>
#include <functional>
#include <optional>

class QAction;
class QMenu;
class QProgressBar;
class QToolButton;
class QWidget;

namespace nianbao::ui {

class ProjectPanel;
class ProjectReviewLink;
class ProjectSession;
class ReportSession;

class ProjectActions final : public QObject
{
    Q_OBJECT
public:
    // `window`: the main window (parent of the panel, the dialogs); `reports`: its session, which
    // shows the project's reports in the review view.
    ProjectActions(QWidget *window, ReportSession *reports);
    ~ProjectActions() override;

    ProjectSession *session() const { return m_session; }
    ProjectReviewLink *link() const { return m_link; }
    ProjectPanel *panel() const { return m_panel; }
    QMenu *menu() const { return m_menu; }
    QAction *openFolderAction() const { return m_openFolderAct; }
    QAction *statusAction(ReviewStatus s) const { return m_statusActs[int(s)]; }
    QAction *nextAction() const { return m_nextAct; }
    QAction *previousAction() const { return m_prevAct; }
    QAction *problemsFirstAction() const { return m_problemsFirstAct; }
    QAction *scanAction() const { return m_scanAct; }
    // The scan's progress bar and its cancel button, for the status bar.
    QWidget *scanIndicator() const { return m_indicator; }

    QString projectPath() const;
    // The project's report on show in the review view (0: none).
    qint64 currentReportId() const;

    // Opens a folder (its project beside it, scanned in the background) or a project file.
    bool openFolder(const QString &folder);
    bool openProject(const QString &path);
    // Shows the report in the review view and selects it in the panel.
    bool openReport(qint64 id);
    // The next (step 1) or previous (-1) report in the panel's order; false at the end.
    bool step(int step);
    // Sets the status of the report concerned (the panel's current row when the panel has the
    // focus, else the report on show), asking for the note.
    bool setStatus(ReviewStatus status);
    // Replaces the note dialog (tests): nullopt cancels.
    using NoteAsker = std::function<std::optional<QString>(qint64 id, ReviewStatus status, const QString &current)>;
    void setNoteAsker(NoteAsker asker) { m_noteAsker = std::move(asker); }
    void retranslate();

Q_SIGNALS:
    void projectOpened(const QString &projectPath);
    void projectClosed();
    // A report of the project is on show (id), after `elapsedMs` from the request.
    void reportShown(qint64 id, qint64 elapsedMs);
    void message(const QString &text, int timeout);

private:
    void createActions();
    void chooseFolder();
    void chooseProject();
    qint64 statusTarget() const;
    std::optional<QString> askNote(qint64 id, ReviewStatus status, const QString &current);
    void updateEnabled();
    void updateTitle();

    QWidget *m_window;
    ReportSession *m_reports;
    ProjectSession *m_session = nullptr;
    ProjectReviewLink *m_link = nullptr;
    ProjectPanel *m_panel = nullptr;
    QMenu *m_menu = nullptr;
    QWidget *m_indicator = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    NoteAsker m_noteAsker;
    QAction *m_openFolderAct = nullptr, *m_openProjectAct = nullptr, *m_scanAct = nullptr, *m_cancelAct = nullptr,
            *m_nextAct = nullptr, *m_prevAct = nullptr, *m_problemsFirstAct = nullptr, *m_focusPanelAct = nullptr;
    QAction *m_statusActs[4] = {};
};

} // namespace nianbao::ui
