// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The season's project in the window: the project database (core/project) opened on the GUI
// thread for the list, the statuses and the corrections, and the scan of its folders on a worker
// thread with a connection of its own (all cores, cancellable; every report committed as it
// comes). While a scan runs, the list is refreshed from the database a few times a second, so it
// fills as reports come in and the window stays usable.
//
// A folder's project is FOLDER.nbproj beside the folder (reopened when it exists); when that place
// cannot be written, the reviewer is asked where it goes (a file dialog, or the PlaceAsker set by
// tests). See docs/spec/PROJECT.md for the file.
#include "core/project/Project.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace nianbao::ui {

class ProjectListModel;

class ProjectSession final : public QObject
{
    Q_OBJECT
public:
    // `window`: parent of the dialogs.
    explicit ProjectSession(QWidget *window);
    ~ProjectSession() override;

    // FOLDER.nbproj in the folder's parent.
    static QString defaultProjectFor(const QString &folder);
    // Where a folder's project goes when its default place is read-only; empty: the reviewer
    // cancelled. Default: a save dialog.
    using PlaceAsker = std::function<QString(const QString &folder, const QString &suggested)>;
    void setPlaceAsker(PlaceAsker asker) { m_placeAsker = std::move(asker); }
    // Message boxes on errors (off in tests: the message() signal only).
    void setInteractive(bool interactive) { m_interactive = interactive; }

    // Opens (or creates) the folder's project and scans the folder into it in the background.
    bool openFolder(const QString &folder);
    // Opens an existing project: the list from the database at once, nothing read again (scan()
    // takes in changes of the folders).
    bool openProject(const QString &path);
    void close();
    bool isOpen() const { return m_project.has_value(); }
    bool isWritable() const { return m_writable; }
    QString projectPath() const { return m_project ? m_project->path() : QString(); }
    Project *project() { return m_project ? &*m_project : nullptr; }
    ProjectListModel *model() const { return m_model; }

    // Scans the project's folders again (changed and new reports read) in the background.
    bool scan();
    void cancelScan();
    bool isScanning() const { return bool(m_job); }
    // Blocks until the running scan ended and its result was taken in (tests, closing).
    void waitForScan();
    // Re-reads the list from the database (the rows of known reports updated in place).
    void refresh();

    // Sets a report's status with its note, saved at once; the row follows.
    bool setStatus(qint64 id, ReviewStatus status, const QString &note);

Q_SIGNALS:
    void opened(const QString &projectPath);
    void closed();
    // A scan: started (total 0 until known), progressing, finished (ok false: failed; the message
    // says what was read or why it failed).
    void scanStarted();
    void scanProgress(int done, int total);
    void scanFinished(bool ok, bool cancelled, const QString &summary);
    // The list was refreshed (the first time after opening: the list is usable).
    void refreshed(int reports);
    void message(const QString &text, int timeout);

private:
    struct ScanJob;
    bool openAt(const QString &path, bool create);
    bool startScan(const QStringList &folders);
    void onScanTick();
    void onScanDone();
    void fail(const QString &text);
    // The counts of reports with corrections or decisions on findings, after them (the project's
    // columns are those of the record as extracted; a dismissed finding no longer counts): worked
    // out on a worker thread, shown when ready.
    void countCorrected(const QList<ProjectReport> &reports);

    QWidget *m_window;
    std::optional<Project> m_project;
    bool m_writable = false;
    ProjectListModel *m_model = nullptr;
    PlaceAsker m_placeAsker;
    bool m_interactive = true;
    std::shared_ptr<ScanJob> m_job;
    QTimer m_tick; // while scanning: progress and the list's refresh
    int m_lastDone = -1;
    QHash<qint64, QString> m_counted; // id -> the state its corrected counts were worked out for
    bool m_counting = false;
};

} // namespace nianbao::ui
