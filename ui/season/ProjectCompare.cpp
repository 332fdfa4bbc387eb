// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/season/ProjectCompare.h"

#include "ui/compare/CompareLauncher.h"
#include "ui/compare/CompareWindow.h"
#include "ui/io/ReviewLoader.h"
#include "ui/project/ProjectReviewWriter.h"

#include "core/project/Project.h"
#include "core/review/Review.h"

#include <QDir>
#include <QMessageBox>
#include <QStatusBar>
#include <QWidget>

namespace nianbao::ui {

namespace {

// The project a comparison window writes its corrections to (a connection of its own, so the
// window may outlive the project's place in the main window), and the two writers following its
// reviews. A child of the window: it goes with it.
class ProjectCompareStore final : public QObject
{
public:
    ProjectCompareStore(Project project, QObject *parent) : QObject(parent), m_project(std::move(project)) {}
    Project *project() { return &m_project; }

private:
    Project m_project;
};

// The review of report `id`: as loaded from its file, or from the project's record when the file
// did not load; the project's corrections applied. Null with `error` set when neither works.
std::unique_ptr<Review> projectReview(const Project &project, qint64 id, LoadResult &loaded, QString *error,
                                      QStringList *warnings, int *correctionCount)
{
    std::unique_ptr<Review> review = std::move(loaded.review);
    if (warnings)
        warnings->append(loaded.warnings);
    if (!review) {
        auto record = project.extractedRecord(id);
        if (!record) {
            *error = loaded.error + QLatin1Char('\n') + record.error();
            return nullptr;
        }
        for (CellValue &c : record->cells)
            c.span = {}; // no text to point into
        Document document;
        document.path = record->sourceFile;
        review = std::make_unique<Review>(std::move(document), std::move(*record));
        if (warnings)
            warnings->append(ProjectCompare::tr("%1\n对比用项目中保存的记录（没有原文）。").arg(loaded.error));
    }
    auto corrections = project.corrections(id);
    auto settlements = project.settlements(id);
    if (!corrections || !settlements) {
        *error = !corrections ? corrections.error() : settlements.error();
        return nullptr;
    }
    if (!settlements->isEmpty())
        review->applySavedSettlements(*settlements);
    if (!corrections->isEmpty())
        review->applySavedCorrections(*corrections);
    if (correctionCount)
        *correctionCount = int(corrections->size());
    return review;
}

// Both reports: their paths in the project, or why not.
bool reportPaths(const Project &project, const std::array<qint64, 2> &ids, std::array<QString, 2> &paths,
                 QString *error)
{
    for (int i = 0; i < 2; ++i) {
        auto r = project.report(ids[i]);
        if (!r) {
            *error = r.error();
            return false;
        }
        paths[i] = r->path;
    }
    return true;
}

CompareWindow *finish(const QString &projectPath, const std::array<qint64, 2> &ids,
                      std::array<std::shared_ptr<LoadResult>, 2> &results, QString *error, QStringList *warnings)
{
    // Written to as the reviewer corrects either year; read-only (a project on a read-only medium):
    // the corrections stay in the comparison, and the window offers to save them as review files.
    auto project = Project::open(projectPath, Project::Access::Write);
    const bool writable = bool(project);
    if (!project)
        project = Project::open(projectPath, Project::Access::Read);
    if (!project) {
        *error = project.error();
        return nullptr;
    }
    std::array<std::unique_ptr<Review>, 2> reviews;
    std::array<Review *, 2> shown{};
    std::array<int, 2> corrections{};
    for (int i = 0; i < 2; ++i) {
        reviews[i] = projectReview(*project, ids[i], *results[i], error, warnings, &corrections[i]);
        if (!reviews[i])
            return nullptr;
        shown[i] = reviews[i].get();
    }
    CompareWindow *window = CompareLauncher::openReviews(std::move(reviews[0]), std::move(reviews[1]));
    if (!window)
        return nullptr;
    const QString name = QDir::toNativeSeparators(project->path());
    if (!writable) {
        if (warnings)
            warnings->append(ProjectCompare::tr("项目以只读方式打开：对比中的修改不能保存到项目 %1").arg(name));
        return window;
    }
    auto *store = new ProjectCompareStore(std::move(*project), window);
    std::array<const QObject *, 2> writers{};
    for (int i = 0; i < 2; ++i) {
        auto *writer = new ProjectReviewWriter(store->project(), ids[i], shown[i], corrections[i], store);
        writers[i] = writer;
        QObject::connect(writer, &ProjectReviewWriter::failed, window, [window](const QString &message) {
            window->statusBar()->showMessage(ProjectCompare::tr("修改没能保存到项目：%1").arg(message));
        });
    }
    // The review view corrected one of the two reports meanwhile: the comparison shows the values
    // it opened with, and says so.
    const QString path = store->project()->path();
    QObject::connect(ProjectWrites::instance(), &ProjectWrites::written, window,
                     [window, path, ids, writers](const QString &at, qint64 id, const QObject *writer) {
                         if (at != path || (id != ids[0] && id != ids[1]) || writer == writers[0] || writer == writers[1])
                             return;
                         window->statusBar()->showMessage(
                             ProjectCompare::tr("其中一份报告在主窗口中作了修改：这里显示的是打开对比时的数值，请重新打开对比"));
                     });
    window->statusBar()->showMessage(ProjectCompare::tr("两年报告的修改直接保存到项目 %1").arg(name), 10000);
    return window;
}

} // namespace

ProjectCompare::ProjectCompare(const QString &projectPath, QWidget *parent)
    : QObject(parent), m_projectPath(projectPath), m_parent(parent)
{
    for (int slot = 0; slot < 2; ++slot) {
        m_loaders[slot] = new ReviewLoader(this);
        connect(m_loaders[slot], &ReviewLoader::finished, this,
                [this, slot](const std::shared_ptr<LoadResult> &result) { onLoaded(slot, result); });
    }
}

bool ProjectCompare::start(qint64 first, qint64 second)
{
    if (isBusy() || first == second)
        return false;
    auto project = Project::open(m_projectPath, Project::Access::Read);
    std::array<QString, 2> paths;
    QString error;
    if (!project)
        error = project.error();
    if (project && reportPaths(*project, {first, second}, paths, &error)) {
        m_ids = {first, second};
        m_results = {};
        m_pending = 2;
        for (int slot = 0; slot < 2; ++slot)
            m_loaders[slot]->start(paths[slot]);
        return true;
    }
    Q_EMIT failed(error);
    return false;
}

void ProjectCompare::onLoaded(int slot, const std::shared_ptr<LoadResult> &result)
{
    m_results[slot] = result;
    if (--m_pending > 0)
        return;
    QString error;
    QStringList warnings;
    CompareWindow *window = finish(m_projectPath, m_ids, m_results, &error, &warnings);
    m_results = {};
    if (!window) {
        Q_EMIT failed(error);
        if (m_parent && m_parent->isVisible()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("无法对比"), error, QMessageBox::Ok, m_parent);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        return;
    }
    window->show();
    CompareLauncher::showWarnings(window, warnings);
    Q_EMIT opened(window);
}

CompareWindow *ProjectCompare::openNow(const QString &projectPath, qint64 first, qint64 second, QString *error,
                                       QStringList *warnings)
{
    QString message;
    auto project = Project::open(projectPath, Project::Access::Read);
    std::array<QString, 2> paths;
    if (!project)
        message = project.error();
    CompareWindow *window = nullptr;
    if (project && first != second && reportPaths(*project, {first, second}, paths, &message)) {
        std::array<std::shared_ptr<LoadResult>, 2> results{ReviewLoader::loadNow(paths[0]),
                                                            ReviewLoader::loadNow(paths[1])};
        window = finish(projectPath, {first, second}, results, &message, warnings);
    } else if (project && first == second) {
        message = tr("请选择两份不同的报告");
    }
    if (!window && error)
        *error = message;
    return window;
}

} // namespace nianbao::ui
