#pragma once
// The review window: the report on the left, its three tables on the right, the findings and the
// audit trail under them. Selecting links both ways; edits go through the review's undo stack.
#include "core/schema/CellSchema.h"

#include <QMainWindow>
#include <functional>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QToolBar;
class QUndoGroup;

namespace nianbao {
class Review;
struct Finding;
}

namespace nianbao::ui {

class AuditPanel;
class Autosave;
class CompareLauncher;
class CorrectionsModel;
class DocumentView;
class FindingsModel;
class FindingsView;
class ReviewLoader;
class TablesPanel;
struct LoadResult;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    enum class OpenMode { Normal, RestoreAutosave };
    // Starts opening a report or a saved review (*.nianbao) off the GUI thread; loaded() follows.
    // False when another file is still loading or the reviewer cancelled (unsaved corrections).
    bool openFile(const QString &path, OpenMode mode = OpenMode::Normal);
    // Shows a review built elsewhere (tests, restore); the window owns it.
    void setReview(std::unique_ptr<Review> review, const QString &reviewPath = {});
    Review *review() const { return m_review.get(); }

    // Saves the review (corrections and all) to this file; false with a message box otherwise.
    bool saveReviewAs(const QString &path);
    // Exports the cleaned record: the format follows the suffix (.xlsx, .csv, .json).
    bool exportRecord(const QString &path);

    // Selects a cell in its table and shows its number in the report.
    void selectCell(int cellIndex);
    void nextFinding();
    void previousFinding();
    void fillBlanks(TableSection section);
    // Confirms the inferred values among the selected cells of the visible table (undoable).
    int confirmSelectedInferred();
    bool isDirty() const;
    // Ask before closing or replacing a review with unsaved corrections (off in tests).
    void setConfirmDiscard(bool ask) { m_confirmDiscard = ask; }
    // Where a saved review's report is now, when it is neither where it was nor next to the review:
    // by default the reviewer is asked (a question, then a file dialog); empty to give up. Tests
    // answer for the reviewer.
    using SourceLocator = std::function<QString(const QString &reviewPath, const QString &missingSource)>;
    void setSourceLocator(SourceLocator locator) { m_sourceLocator = std::move(locator); }

    TablesPanel *tablesPanel() const { return m_tables; }
    DocumentView *documentView() const { return m_document; }
    FindingsView *findingsView() const { return m_findingsView; }
    FindingsModel *findingsModel() const { return m_findings; }
    CorrectionsModel *correctionsModel() const { return m_corrections; }
    AuditPanel *auditPanel() const { return m_audit; }
    Autosave *autosave() const { return m_autosave; }
    QString reviewPath() const { return m_reviewPath; }
    // Compares this window's report with another file (ui/compare/MainWindowCompare.cpp).
    bool compareWith(const QString &path);
    // Compares two files (reports or saved reviews), loaded off the GUI thread with progress.
    bool compareFiles(const QString &first, const QString &second);
    CompareLauncher *compareLauncher() const { return m_compareLauncher; }

Q_SIGNALS:
    // A file finished loading (ok) or failed (message shown in the window).
    void loaded(const QString &path, bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // MainWindow.cpp: layout and the links between the views
    void buildLayout();
    void connectViews();
    void onReviewChanged();
    void showFinding(const Finding &finding);
    void updateTitle();
    void updateStatus();
    // MainWindowActions.cpp: actions, menus, toolbar, language
    void createActions();
    void createMenus();
    void retranslate();
    void rebuildRecentMenu();
    void switchLanguage(const QString &language);
    // MainWindowFiles.cpp: open, save, export, close
    void chooseAndOpen();
    void onLoaded(const std::shared_ptr<LoadResult> &result);
    bool startLoading(const QString &path, const QString &source);
    QString askWhereSourceIs(const QString &reviewPath, const QString &missingSource);
    bool save();
    bool saveAs();
    void chooseAndExport(const QString &suffix);
    bool maybeDiscard();
    void showAbout();
    QString suggestedPath(const QString &suffix) const;
    // ui/compare/MainWindowCompare.cpp: File > 与其他年度比较…, dropping a second file
    void setupCompare();
    void chooseAndCompare();
    bool offerCompare(const QString &path);

    std::unique_ptr<Review> m_review;
    QString m_reviewPath;
    bool m_restoredDirty = false;
    bool m_confirmDiscard = true;
    OpenMode m_pendingMode = OpenMode::Normal;
    SourceLocator m_sourceLocator;

    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    DocumentView *m_document = nullptr;
    TablesPanel *m_tables = nullptr;
    QTabWidget *m_bottomTabs = nullptr;
    FindingsModel *m_findings = nullptr;
    FindingsView *m_findingsView = nullptr;
    CorrectionsModel *m_corrections = nullptr;
    AuditPanel *m_audit = nullptr;
    ReviewLoader *m_loader = nullptr;
    Autosave *m_autosave = nullptr;
    QUndoGroup *m_undoGroup = nullptr;

    QLabel *m_reportLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QProgressBar *m_progress = nullptr;

    QMenu *m_fileMenu = nullptr, *m_recentMenu = nullptr, *m_exportMenu = nullptr, *m_editMenu = nullptr,
          *m_viewMenu = nullptr, *m_languageMenu = nullptr, *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_openAct = nullptr, *m_saveAct = nullptr, *m_saveAsAct = nullptr, *m_closeAct = nullptr,
            *m_quitAct = nullptr, *m_exportXlsxAct = nullptr, *m_exportCsvAct = nullptr,
            *m_exportJsonAct = nullptr, *m_undoAct = nullptr, *m_redoAct = nullptr,
            *m_nextAct = nullptr, *m_prevAct = nullptr, *m_fillAct = nullptr, *m_confirmAct = nullptr, *m_chineseAct = nullptr,
            *m_englishAct = nullptr, *m_aboutAct = nullptr, *m_clearRecentAct = nullptr;
    QAction *m_tableActs[3] = {};
    QAction *m_focusDocAct = nullptr, *m_focusFindingsAct = nullptr;
    QAction *m_compareAct = nullptr;
    CompareLauncher *m_compareLauncher = nullptr;
};

} // namespace nianbao::ui
