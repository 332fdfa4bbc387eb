// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Draws PDF pages off the GUI thread: one worker thread with its own poppler document
// (core/document/PdfRender.h) takes the pages the view wants, nearest first; a page no longer
// wanted is dropped, and one being drawn is stopped.
#include <QImage>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSizeF>
#include <QWaitCondition>

#include <atomic>
#include <memory>
#include <thread>

namespace nianbao {
class PdfRenderer;
}

namespace nianbao::ui {

class PageRenderer final : public QObject
{
    Q_OBJECT
public:
    explicit PageRenderer(QObject *parent = nullptr);
    ~PageRenderer() override;

    // Opens `path` (the worker opens its own copy); empty on success, else a message naming it.
    QString open(const QString &path);
    void close();
    int pageCount() const { return int(m_sizes.size()); }
    QSizeF pageSize(int page) const { return m_sizes.value(page); }
    // The pages wanted now, first first, each `widths[i]` pixels wide; replaces what was wanted.
    void request(const QList<int> &pages, const QList<int> &widths, qint64 maxPixels);
    int renderedCount() const { return m_rendered.load(); }

Q_SIGNALS:
    // A page drawn (`problem` empty) or not (or in part): `image` may be null.
    void pageReady(int page, int width, const QImage &image, const QString &problem);

private:
    struct Job
    {
        int page, width;
    };
    void run();
    void stopWorker();

    QList<QSizeF> m_sizes;
    QMutex m_mutex;
    QWaitCondition m_wake;
    QList<Job> m_jobs;       // guarded by m_mutex
    Job m_current{-1, 0};    // guarded by m_mutex
    qint64 m_maxPixels = 0;  // guarded by m_mutex
    bool m_stop = false;     // guarded by m_mutex
    std::atomic<bool> m_cancel{false};
    std::atomic<int> m_rendered{0};
    std::unique_ptr<PdfRenderer> m_worker; // used by the thread only
    std::thread m_thread;
};

} // namespace nianbao::ui
