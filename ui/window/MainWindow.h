// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The review window: the report on the left, its three tables on the right, the findings and the
// audit trail under them. Selecting links both ways. The window lays out the panels and places
// the actions; its collaborators do the work: ReportSession (files, loading, saving, autosave,
// recent files), ReviewActions (undo, findings, fill, confirm) and CompareEntry (comparisons).
#include "ui/session/ReportSession.h"

#include "core/schema/CellSchema.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QToolBar;

namespace nianbao {
class Review;
struct Finding;
}

namespace nianbao::ui {

class AuditPanel;
class CompareEntry;
class CompareLauncher;
class CorrectionsModel;
class DocumentView;
class FindBar;
class FindingsModel;
class FindingsView;
class PageView;
class ReviewActions;
class HintActions;
class ProjectActions;
class TablesPanel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    using OpenMode = ReportSession::OpenMode;
    using SourceLocator = ReportSession::SourceLocator;

    ReportSession *session() const { return m_session; }
    ReviewActions *actions() const { return m_actions; }
    CompareEntry *compareEntry() const { return m_compare; }
    // The season's project: the panel (a dock on the left), 文件 › 打开文件夹…, the 项目 menu.
    ProjectActions *projectActions() const { return m_project; }
    QMenu *projectMenu() const;
    QDockWidget *projectDock() const { return m_projectDock; }

    // Shorthands for the collaborators' work (see ReportSession, ReviewActions, CompareEntry).
    bool openFile(const QString &path, OpenMode mode = OpenMode::Normal) { return m_session->openFile(path, mode); }
    void setReview(std::unique_ptr<Review> review, const QString &reviewPath = {})
    {
        m_session->setReview(std::move(review), reviewPath);
    }
    Review *review() const { return m_session->review(); }
    QString reviewPath() const { return m_session->reviewPath(); }
    bool isDirty() const { return m_session->isDirty(); }
    bool saveReviewAs(const QString &path) { return m_session->saveReviewAs(path); }
    bool exportRecord(const QString &path) { return m_session->exportRecord(path); }
    void setConfirmDiscard(bool ask) { m_session->setConfirmDiscard(ask); }
    void setSourceLocator(SourceLocator locator) { m_session->setSourceLocator(std::move(locator)); }
    Autosave *autosave() const { return m_session->autosave(); }
    using RestoreAnswer = ReportSession::RestoreAnswer;
    void setRestoreChooser(ReportSession::RestoreChooser chooser) { m_session->setRestoreChooser(std::move(chooser)); }
    bool offerPendingAutosaves() { return m_session->offerPendingAutosaves(); }
    void nextFinding();
    void previousFinding();
    void fillBlanks(TableSection section);
    int confirmSelectedInferred();
    bool compareWith(const QString &path);
    bool compareFiles(const QString &first, const QString &second);
    CompareLauncher *compareLauncher() const;

    // Selects a cell in its table and shows its number in the report.
    void selectCell(int cellIndex);
    // Ctrl+plus / Ctrl+minus: both panes' text one step larger or smaller (0 is the default).
    void zoom(int steps);
    int zoomStep() const { return m_zoom; }
    // F1: the keyboard shortcuts.
    void showShortcuts();
    FindBar *findBar() const { return m_findBar; }

    TablesPanel *tablesPanel() const { return m_tables; }
    DocumentView *documentView() const { return m_document; }
    PageView *pageView() const { return m_pages; }
    // Ctrl+Shift+P: the left pane shows the report's pages (a PDF) or its text.
    void setPagesShown(bool pages);
    bool pagesShown() const;
    FindingsView *findingsView() const { return m_findingsView; }
    FindingsModel *findingsModel() const { return m_findings; }
    CorrectionsModel *correctionsModel() const { return m_corrections; }
    AuditPanel *auditPanel() const { return m_audit; }
    HintActions *hintActions() const { return m_hintActions; }

Q_SIGNALS:
    // A file finished loading (ok) or failed (message shown in the window).
    void loaded(const QString &path, bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // MainWindow.cpp: the panels and the links between them
    void buildLayout();
    void connectViews();
    void connectCollaborators();
    void placeProject();
    void onReviewChanged(Review *review);
    void showFinding(const Finding &finding);
    void showMessage(const QString &text, int timeout);
    void showProgress(int percent);
    void updateTitle();
    void updateStatus();
    // MainWindowMenus.cpp: menus, toolbar, panel shortcuts, language, about
    void createActions();
    void createMenus();
    void retranslate();
    void switchLanguage(const QString &language);
    void showAbout();
    void restoreWindowState();
    void saveWindowState() const;

    ReportSession *m_session = nullptr;
    ReviewActions *m_actions = nullptr;
    CompareEntry *m_compare = nullptr;
    ProjectActions *m_project = nullptr;
    QDockWidget *m_projectDock = nullptr;

    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    DocumentView *m_document = nullptr;
    PageView *m_pages = nullptr;
    QStackedWidget *m_leftStack = nullptr;
    QWidget *m_textPane = nullptr;
    TablesPanel *m_tables = nullptr;
    QTabWidget *m_bottomTabs = nullptr;
    FindingsModel *m_findings = nullptr;
    FindingsView *m_findingsView = nullptr;
    HintActions *m_hintActions = nullptr;
    CorrectionsModel *m_corrections = nullptr;
    AuditPanel *m_audit = nullptr;

    QLabel *m_reportLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QProgressBar *m_progress = nullptr;

    QMenu *m_fileMenu = nullptr, *m_exportMenu = nullptr, *m_editMenu = nullptr, *m_viewMenu = nullptr,
          *m_languageMenu = nullptr, *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_quitAct = nullptr, *m_chineseAct = nullptr, *m_englishAct = nullptr, *m_aboutAct = nullptr;
    QAction *m_tableActs[3] = {};
    QAction *m_focusDocAct = nullptr, *m_focusFindingsAct = nullptr, *m_focusCorrectionsAct = nullptr,
            *m_focusNoteAct = nullptr, *m_findAct = nullptr, *m_findNextAct = nullptr, *m_findPrevAct = nullptr,
            *m_zoomInAct = nullptr, *m_zoomOutAct = nullptr, *m_shortcutsAct = nullptr, *m_pagesAct = nullptr,
            *m_fitWidthAct = nullptr;
    FindBar *m_findBar = nullptr;
    int m_zoom = 0;
    qreal m_documentPoints = 0, m_tablePoints = 0; // the default sizes (zoom 0)
};

} // namespace nianbao::ui
