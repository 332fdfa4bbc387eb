// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The review window's files: the review on show (owned), opening a report or a saved review off
// the GUI thread, saving the review, exporting the record, autosave, the recent files, and asking
// before unsaved corrections go. Its actions (open, save, export, close) are placed by the window.
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace nianbao {
class Review;
}

namespace nianbao::ui {

class Autosave;
class ReviewLoader;
struct LoadResult;

class ReportSession final : public QObject
{
    Q_OBJECT
public:
    enum class OpenMode { Normal, RestoreAutosave };
    // What the reviewer answers when an autosave left by an earlier run is offered; "later"
    // keeps it (Autosave.h).
    enum class RestoreAnswer { Restore, Later, Discard };
    using RestoreChooser = std::function<RestoreAnswer(const QStringList &pending)>;

    // `window`: parent of the dialogs and message boxes.
    explicit ReportSession(QWidget *window);
    ~ReportSession() override;

    // Starts opening a report or a saved review (*.nianbao) off the GUI thread; loaded() follows.
    // False when another file is still loading or the reviewer cancelled (unsaved corrections).
    bool openFile(const QString &path, OpenMode mode = OpenMode::Normal);
    bool isLoading() const;
    // Shows a review built elsewhere (tests, restore); the session owns it.
    void setReview(std::unique_ptr<Review> review, const QString &reviewPath = {});
    Review *review() const { return m_review.get(); }
    QString reviewPath() const { return m_reviewPath; }
    bool isDirty() const;

    // Saves the review (corrections and all) to this file; false with a message otherwise.
    bool saveReviewAs(const QString &path);
    // Exports the cleaned record: the format follows the suffix (.xlsx, .csv, .json).
    bool exportRecord(const QString &path);
    // Before the review goes (close, open another): Save / Discard / Cancel when there are
    // unsaved corrections. True when it may go.
    bool maybeDiscard();
    // The window closes: an autosave with nothing unsaved in it goes.
    void windowClosing();

    // Ask before closing or replacing a review with unsaved corrections; message boxes on errors
    // (both off in tests).
    void setConfirmDiscard(bool ask) { m_confirmDiscard = ask; }
    bool confirmDiscard() const { return m_confirmDiscard; }
    // Where a saved review's report is now, when it is neither where it was nor next to the review:
    // by default the reviewer is asked (a question, then a file dialog); empty to give up.
    using SourceLocator = std::function<QString(const QString &reviewPath, const QString &missingSource)>;
    void setSourceLocator(SourceLocator locator) { m_sourceLocator = std::move(locator); }
    Autosave *autosave() const { return m_autosave; }
    // Replaces the question offering autosaves (tests).
    void setRestoreChooser(RestoreChooser chooser) { m_restoreChooser = std::move(chooser); }
    // At an empty start: every autosave left by an earlier run is offered. True when a restore
    // started loading (loaded() follows).
    bool offerPendingAutosaves();

    // The actions the window places in its menus and toolbar.
    QAction *openAction() const { return m_openAct; }
    QAction *saveAction() const { return m_saveAct; }
    QAction *saveAsAction() const { return m_saveAsAct; }
    QAction *exportAction(const QString &suffix) const;
    QAction *closeAction() const { return m_closeAct; }
    QMenu *recentMenu() const { return m_recentMenu; }
    void retranslate();

Q_SIGNALS:
    // The review on show changed (opened, closed): `review` is the new one (or null); the old one
    // is still alive while this is emitted, so views let go of it here.
    void reviewChanged(nianbao::Review *review);
    // Saved, restored, or edited: the window's title follows.
    void dirtyChanged();
    // A file finished loading (ok) or failed (message shown in the window).
    void loaded(const QString &path, bool ok);
    // Loading: started (percent -1: busy), progressing, finished.
    void loadProgress(int percent);
    void loadFinished();
    // A line for the status bar (timeout 0: until replaced).
    void message(const QString &text, int timeout);

private:
    void createActions();
    void rebuildRecentMenu();
    void chooseAndOpen();
    void onLoaded(const std::shared_ptr<LoadResult> &result);
    bool startLoading(const QString &path, const QString &source);
    QString askWhereSourceIs(const QString &reviewPath, const QString &missingSource);
    RestoreAnswer askRestore(const QStringList &pending);
    bool save();
    bool saveAs();
    void chooseAndExport(const QString &suffix);
    QString suggestedPath(const QString &suffix) const;

    QWidget *m_window;
    std::unique_ptr<Review> m_review;
    QString m_reviewPath;
    bool m_restoredDirty = false;
    bool m_confirmDiscard = true;
    OpenMode m_pendingMode = OpenMode::Normal;
    SourceLocator m_sourceLocator;
    RestoreChooser m_restoreChooser;
    QString m_restoringFrom; // the autosave slot being restored: it becomes this window's
    ReviewLoader *m_loader = nullptr;
    Autosave *m_autosave = nullptr;

    QMenu *m_recentMenu = nullptr;
    QAction *m_openAct = nullptr, *m_saveAct = nullptr, *m_saveAsAct = nullptr, *m_closeAct = nullptr,
            *m_exportXlsxAct = nullptr, *m_exportCsvAct = nullptr, *m_exportJsonAct = nullptr,
            *m_clearRecentAct = nullptr;
};

} // namespace nianbao::ui
