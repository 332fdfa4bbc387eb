// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/project/ProjectSession.h"

#include "ui/project/ProjectListModel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFuture>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace nianbao::ui {

// What the worker thread shares with the window: the cancel flag, the progress, the result.
struct ProjectSession::ScanJob
{
    std::atomic<bool> cancel{false};
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    QFuture<void> future;
    // Written by the worker before it ends, read after the future finished.
    bool ok = false;
    ScanStats stats;
    QString error;
};

ProjectSession::ProjectSession(QWidget *window)
    : QObject(window), m_window(window), m_model(new ProjectListModel(this))
{
    m_tick.setInterval(250); // the list's refresh while scanning: four times a second at most
    connect(&m_tick, &QTimer::timeout, this, &ProjectSession::onScanTick);
}

ProjectSession::~ProjectSession()
{
    if (m_job) {
        m_job->cancel = true;
        m_job->future.waitForFinished();
    }
}

QString ProjectSession::defaultProjectFor(const QString &folder)
{
    const QFileInfo info(QDir::cleanPath(QFileInfo(folder).absoluteFilePath()));
    return info.absoluteDir().filePath(info.fileName() + QLatin1Char('.') + Project::suffix());
}

void ProjectSession::fail(const QString &text)
{
    Q_EMIT message(text, 10000);
    if (m_interactive) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("无法打开项目"), text, QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

bool ProjectSession::openFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.isDir()) {
        fail(tr("%1：不是文件夹").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    QString path = defaultProjectFor(folder);
    const QFileInfo place(path);
    const bool writable = QFileInfo(place.absolutePath()).isWritable() && (!place.exists() || place.isWritable());
    if (!writable) {
        const QString suggested = QDir::home().filePath(place.fileName());
        path = m_placeAsker ? m_placeAsker(folder, suggested)
                            : QFileDialog::getSaveFileName(
                                  m_window, tr("项目保存到哪里？（%1 所在的文件夹只读）").arg(info.fileName()),
                                  suggested, tr("年报审核项目 (*.nbproj)"));
        if (path.isEmpty())
            return false;
        if (QFileInfo(path).suffix().compare(Project::suffix(), Qt::CaseInsensitive) != 0)
            path += QLatin1Char('.') + Project::suffix();
    }
    if (!openAt(path, true))
        return false;
    return startScan({QDir::cleanPath(info.absoluteFilePath())});
}

bool ProjectSession::openProject(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        fail(tr("%1：项目文件不存在").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return openAt(path, false);
}

bool ProjectSession::openAt(const QString &path, bool create)
{
    close();
    auto result = Project::open(path, Project::Access::Write);
    bool writable = bool(result);
    if (!result && !create) {
        // A project on a read-only medium can still be looked at.
        auto readOnly = Project::open(path, Project::Access::Read);
        if (readOnly) {
            result = std::move(readOnly);
            Q_EMIT message(tr("项目以只读方式打开：状态和修改不能保存"), 8000);
        }
    }
    if (!result) {
        fail(result.error());
        return false;
    }
    m_project.emplace(std::move(*result));
    m_writable = writable;
    refresh();
    Q_EMIT opened(m_project->path());
    return true;
}

void ProjectSession::close()
{
    if (!m_project)
        return;
    if (m_job) {
        m_job->cancel = true;
        waitForScan();
    }
    m_project.reset();
    m_writable = false;
    m_counted.clear();
    m_model->clear();
    Q_EMIT closed();
}

void ProjectSession::refresh()
{
    if (!m_project)
        return;
    const auto list = m_project->reports();
    if (!list) {
        Q_EMIT message(list.error(), 8000);
        return;
    }
    m_model->setReports(*list);
    Q_EMIT refreshed(int(list->size()));
    countCorrected(*list);
}

void ProjectSession::countCorrected(const QList<ProjectReport> &reports)
{
    if (m_counting || !m_project)
        return;
    QList<qint64> ids;
    for (const ProjectReport &r : reports) {
        if ((r.corrections == 0 && r.settlementEntries == 0) || !r.hasRecord)
            continue;
        const QString state = r.sha256 + u'/' + QString::number(r.corrections) + u'/'
                              + QString::number(r.settlementEntries);
        if (m_counted.value(r.id) != state) {
            m_counted.insert(r.id, state);
            ids.append(r.id);
        }
    }
    if (ids.isEmpty())
        return;
    struct Counted
    {
        qint64 id;
        int violations, missing, inferred, corrections;
    };
    m_counting = true;
    const QString path = m_project->path();
    auto *watcher = new QFutureWatcher<QList<Counted>>(this);
    connect(watcher, &QFutureWatcher<QList<Counted>>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_counting = false;
        if (!m_project || m_project->path() != path)
            return;
        for (const Counted &c : watcher->result())
            m_model->setLiveCounts(c.id, c.violations, c.missing, c.inferred, c.corrections);
    });
    watcher->setFuture(QtConcurrent::run([path, ids] {
        QList<Counted> out;
        auto project = Project::open(path, Project::Access::Read); // a connection of its own
        if (!project)
            return out;
        for (qint64 id : ids) {
            const auto record = project->correctedRecord(id);
            if (!record)
                continue;
            int inferred = 0;
            for (const Finding &f : record->findings)
                if (f.rule == u"inferred" || f.rule.startsWith(u"inferred."))
                    inferred += int(f.cells.size());
            out.append({id, int(record->count(FindingKind::Violation)), int(record->count(FindingKind::Missing)),
                        inferred, int(record->corrections.size())});
        }
        return out;
    }));
}

bool ProjectSession::scan()
{
    if (!m_project)
        return false;
    const auto roots = m_project->roots();
    if (!roots || roots->isEmpty()) {
        Q_EMIT message(tr("这个项目还没有扫描过文件夹：请用“打开文件夹”"), 6000);
        return false;
    }
    return startScan({});
}

bool ProjectSession::startScan(const QStringList &folders)
{
    if (!m_project || m_job)
        return false;
    if (!m_writable) {
        Q_EMIT message(tr("项目以只读方式打开，不能扫描"), 6000);
        return false;
    }
    auto job = std::make_shared<ScanJob>();
    const QString path = m_project->path();
    // A connection of the worker's own: the GUI's stays free for the list, statuses, corrections.
    job->future = QtConcurrent::run([job, path, folders] {
        auto project = Project::open(path, Project::Access::Write);
        if (!project) {
            job->error = project.error();
            return;
        }
        const auto stats = project->scan(
            folders,
            [job](int done, int total, const QString &) {
                job->total = total;
                job->done = done;
            },
            0, &job->cancel);
        if (!stats) {
            job->error = stats.error();
            return;
        }
        job->stats = *stats;
        job->ok = true;
    });
    m_job = job;
    m_lastDone = -1;
    m_tick.start();
    Q_EMIT scanStarted();
    Q_EMIT message(tr("正在读取 %1 中的报告…").arg(QFileInfo(path).completeBaseName()), 0);
    return true;
}

void ProjectSession::cancelScan()
{
    if (m_job)
        m_job->cancel = true;
}

void ProjectSession::onScanTick()
{
    if (!m_job)
        return;
    const int done = m_job->done.load();
    if (done != m_lastDone) {
        m_lastDone = done;
        Q_EMIT scanProgress(done, m_job->total.load());
        refresh();
    }
    if (m_job->future.isFinished())
        onScanDone();
}

void ProjectSession::waitForScan()
{
    if (!m_job)
        return;
    m_job->future.waitForFinished();
    onScanDone();
}

void ProjectSession::onScanDone()
{
    if (!m_job)
        return;
    const std::shared_ptr<ScanJob> job = std::move(m_job);
    m_tick.stop();
    refresh();
    if (!job->ok) {
        Q_EMIT scanFinished(false, false, job->error);
        fail(job->error);
        return;
    }
    const ScanStats &s = job->stats;
    QString summary = s.cancelled ? tr("已取消读取：已读入的报告保留，其余下次扫描时读取")
                                  : tr("读取完毕：%1 份报告，新增 %2，有变化 %3，未变 %4").arg(s.found).arg(s.added)
                                        .arg(s.reread).arg(s.unchanged + s.touched);
    if (s.unreadable > 0)
        summary += tr("，无法读取 %1").arg(s.unreadable);
    if (s.disappeared > 0)
        summary += tr("，已不在文件夹中 %1").arg(s.disappeared);
    Q_EMIT scanFinished(true, s.cancelled, summary);
    Q_EMIT message(summary, 10000);
}

bool ProjectSession::setStatus(qint64 id, ReviewStatus status, const QString &note)
{
    if (!m_project)
        return false;
    const Status s = m_project->setStatus(id, status, note);
    if (!s) {
        Q_EMIT message(s.error(), 8000);
        return false;
    }
    if (const auto r = m_project->report(id))
        m_model->updateReport(*r);
    return true;
}

} // namespace nianbao::ui
