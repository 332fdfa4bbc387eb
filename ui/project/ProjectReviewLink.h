// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A project's report in the review view: opened from the project (its record as extracted, the
// reviewer's corrections and decisions on findings from the project applied; the document read
// off the GUI thread for the left pane) and followed while it is on show by a ProjectReviewWriter,
// so that each correction and each decision (F9 / Shift+F9) is written to the project as it is
// made — no *.nianbao file, nothing to lose when the window closes or is killed.
#include "core/record/Record.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <memory>

namespace nianbao {
class Review;
}

namespace nianbao::ui {

class ProjectReviewWriter;
class ProjectSession;
class ReportSession;

class ProjectReviewLink final : public QObject
{
    Q_OBJECT
public:
    ProjectReviewLink(ProjectSession *project, ReportSession *reports, QObject *parent = nullptr);
    ~ProjectReviewLink() override;

    // Starts showing report `id`; reportShown() follows. While another is loading, the last one
    // asked for is shown next. False when the project has no such report with a record, or the
    // reviewer kept a single report's unsaved corrections.
    bool openReport(qint64 id);
    // The project's report on show (0: none, or a report opened on its own).
    qint64 currentId() const { return m_id; }
    bool isLoading() const { return m_loading; }
    // The report that will be on show once the loading ends (the current one when none is loading):
    // next / previous count from it, so that keys pressed while a PDF is read move on.
    qint64 targetId() const { return m_queued ? m_queued : m_loading ? m_loadingId : m_id; }

Q_SIGNALS:
    void reportShown(qint64 id, qint64 elapsedMs);
    void message(const QString &text, int timeout);

private:
    struct Load;
    bool startLoad(qint64 id);
    void onLoaded(const std::shared_ptr<Load> &load);
    void onReviewChanged(Review *review);
    void publishCounts();

    ProjectSession *m_project;
    ReportSession *m_reports;
    QPointer<ProjectReviewWriter> m_writer; // follows the review on show
    Review *m_expected = nullptr; // the review being handed to the session
    qint64 m_id = 0;
    bool m_loading = false;
    qint64 m_queued = 0;    // asked for while loading
    qint64 m_loadingId = 0; // being loaded
};

} // namespace nianbao::ui
