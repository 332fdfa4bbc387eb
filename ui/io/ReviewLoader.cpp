// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/io/ReviewLoader.h"

#include "core/review/ReviewFile.h"
#include "core/review/SavedReview.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace nianbao::ui {

using ResultPtr = std::shared_ptr<LoadResult>;

ReviewLoader::ReviewLoader(QObject *parent)
    : QObject(parent)
{
}

ReviewLoader::~ReviewLoader()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

bool ReviewLoader::isReviewFile(const QString &path)
{
    return nianbao::isReviewFile(path);
}

QString ReviewLoader::savedReviewFor(const QString &reportPath)
{
    const QFileInfo report(reportPath);
    if (!report.isFile() || isReviewFile(reportPath))
        return {};
    const QString candidate = report.absoluteDir().filePath(report.completeBaseName() + QStringLiteral(".nianbao"));
    if (!QFileInfo(candidate).isFile())
        return {};
    const auto saved = readReviewFile(candidate);
    if (!saved)
        return {};
    const QString source = locateReviewSource(candidate, *saved);
    return !source.isEmpty() && QFileInfo(source).canonicalFilePath() == report.canonicalFilePath() ? candidate : QString();
}

// A report or a saved review (its source with the same options), on the calling thread.
static ResultPtr loadWith(const QString &path, const QString &source, const LoadOptions &options)
{
    auto result = std::make_shared<LoadResult>();
    result->path = path;
    result->reviewFile = ReviewLoader::isReviewFile(path);
    QElapsedTimer timer;
    timer.start();
    if (result->reviewFile) {
        const auto saved = readReviewFile(path);
        auto opened = saved ? openReview(path, *saved, options, source) : Result<OpenedReview>::failure(saved.error());
        if (opened) {
            result->review = std::move(opened->review);
            result->warnings = opened->warnings;
            if (!source.isEmpty())
                result->warnings.prepend(ReviewLoader::tr("审核改用 %1 处的报告（原位置已找不到）。保存审核后会记住这个新位置。")
                                             .arg(QDir::toNativeSeparators(source)));
        } else {
            result->error = opened.error();
            if (saved && source.isEmpty() && locateReviewSource(path, *saved).isEmpty())
                result->missingSource = saved->sourcePath.isEmpty() ? saved->record.sourceFile : saved->sourcePath;
        }
    } else {
        auto review = Review::open(path, options);
        if (review)
            result->review = std::move(review).value();
        else
            result->error = review.error();
    }
    result->elapsedMs = timer.elapsed();
    return result;
}

ResultPtr ReviewLoader::loadNow(const QString &path, const QString &source)
{
    return loadWith(path, source, {});
}

// Runs on a worker thread; the review (and its undo stack) are handed to the GUI thread.
static ResultPtr load(const QString &path, const QString &source, QThread *guiThread, ReviewLoader *loader)
{
    LoadOptions options;
    // Emitted from this thread; delivered queued to the window.
    options.progress = [loader](int percent) { Q_EMIT loader->progress(percent); };
    ResultPtr result = loadWith(path, source, options);
    if (result->review) {
        result->review->undoStack()->moveToThread(guiThread);
        result->review->moveToThread(guiThread);
    }
    return result;
}

bool ReviewLoader::start(const QString &path, const QString &source)
{
    if (m_busy)
        return false;
    m_busy = true;
    auto *watcher = new QFutureWatcher<ResultPtr>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<ResultPtr>::finished, this, [this, watcher] {
        ResultPtr result = watcher->result();
        m_busy = false;
        m_watcher = nullptr;
        watcher->deleteLater();
        Q_EMIT finished(result);
    });
    watcher->setFuture(QtConcurrent::run(load, path, source, QCoreApplication::instance()->thread(), this));
    return true;
}

} // namespace nianbao::ui
