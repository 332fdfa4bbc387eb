// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Opens a report or a saved review off the GUI thread (QtConcurrent), so the window never
// freezes on a large PDF; the review arrives back on the GUI thread.
#include <QObject>
#include <QStringList>
#include <memory>

class QFutureWatcherBase;

namespace nianbao {
class Review;
}

namespace nianbao::ui {

struct LoadResult
{
    QString path;
    std::unique_ptr<Review> review; // null on failure
    QString error;
    QStringList warnings;
    bool reviewFile = false; // a saved review (*.nianbao) rather than a report
    // A saved review whose report is neither where it was nor next to the review file: the path
    // saved in the review (the window asks where the report is now).
    QString missingSource;
    qint64 elapsedMs = 0;
};

class ReviewLoader final : public QObject
{
    Q_OBJECT
public:
    explicit ReviewLoader(QObject *parent = nullptr);
    ~ReviewLoader() override;

    // Starts loading; false when a load is already running. For a saved review, `source` (when
    // given) is where its report is now.
    bool start(const QString &path, const QString &source = {});
    bool isBusy() const { return m_busy; }
    // A saved review: *.nianbao, or JSON holding a review (core's isReviewFile).
    static bool isReviewFile(const QString &path);
    // The saved review of a report, when one stands beside it (REPORT's base name + .nianbao) and
    // its report is this file; empty otherwise. Opening the report opens that review.
    static QString savedReviewFor(const QString &reportPath);
    // Loads on the calling thread, the same way (for callers with no window to keep live).
    static std::shared_ptr<LoadResult> loadNow(const QString &path, const QString &source = {});

Q_SIGNALS:
    void finished(std::shared_ptr<nianbao::ui::LoadResult> result);
    // The loader's progress in percent, when the format reports it (PDF pages, conversions).
    void progress(int percent);

private:
    bool m_busy = false;
    QFutureWatcherBase *m_watcher = nullptr;
};

} // namespace nianbao::ui
