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
    qint64 elapsedMs = 0;
};

class ReviewLoader final : public QObject
{
    Q_OBJECT
public:
    explicit ReviewLoader(QObject *parent = nullptr);
    ~ReviewLoader() override;

    // Starts loading; false when a load is already running.
    bool start(const QString &path);
    bool isBusy() const { return m_busy; }
    // A saved review: *.nianbao, or JSON holding a review (core's isReviewFile).
    static bool isReviewFile(const QString &path);
    // Loads on the calling thread, the same way (for callers with no window to keep live).
    static std::shared_ptr<LoadResult> loadNow(const QString &path);

Q_SIGNALS:
    void finished(std::shared_ptr<nianbao::ui::LoadResult> result);
    // The loader's progress in percent, when the format reports it (PDF pages, conversions).
    void progress(int percent);

private:
    bool m_busy = false;
    QFutureWatcherBase *m_watcher = nullptr;
};

} // namespace nianbao::ui
