// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/PageRenderer.h"

#include "core/document/PdfRender.h"

#include <QPointer>

namespace nianbao::ui {

PageRenderer::PageRenderer(QObject *parent) : QObject(parent) { }

PageRenderer::~PageRenderer()
{
    stopWorker();
}

void PageRenderer::stopWorker()
{
    if (!m_thread.joinable())
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_jobs.clear();
        m_cancel = true;
    }
    m_wake.wakeAll();
    m_thread.join();
    m_worker.reset();
}

void PageRenderer::close()
{
    stopWorker();
    m_sizes.clear();
}

QString PageRenderer::open(const QString &path)
{
    close();
    PdfRenderer sizes; // page sizes read here, once: the view lays out every page from them
    if (QString error = sizes.open(path); !error.isEmpty())
        return error;
    const int count = sizes.pageCount();
    m_sizes.reserve(count);
    for (int i = 0; i < count; ++i)
        m_sizes.append(sizes.pageSize(i));
    m_worker = std::make_unique<PdfRenderer>();
    if (QString error = m_worker->open(path); !error.isEmpty()) {
        m_sizes.clear();
        return error;
    }
    m_stop = false;
    m_cancel = false;
    m_jobs.clear();
    m_thread = std::thread([this] { run(); });
    return {};
}

void PageRenderer::request(const QList<int> &pages, const QList<int> &widths, qint64 maxPixels)
{
    {
        QMutexLocker lock(&m_mutex);
        m_jobs.clear();
        for (qsizetype i = 0; i < pages.size(); ++i)
            m_jobs.append({pages.at(i), widths.value(i)});
        m_maxPixels = maxPixels;
        // The page being drawn goes on only while it is still wanted at that width.
        if (m_current.page >= 0) {
            bool wanted = false;
            for (qsizetype i = 0; i < m_jobs.size(); ++i)
                if (m_jobs.at(i).page == m_current.page && m_jobs.at(i).width == m_current.width) {
                    wanted = true;
                    m_jobs.removeAt(i);
                    break;
                }
            if (!wanted)
                m_cancel = true;
        }
    }
    m_wake.wakeAll();
}

void PageRenderer::run()
{
    for (;;) {
        Job job{-1, 0};
        qint64 maxPixels = 0;
        {
            QMutexLocker lock(&m_mutex);
            m_current = {-1, 0};
            while (!m_stop && m_jobs.isEmpty())
                m_wake.wait(&m_mutex);
            if (m_stop)
                return;
            job = m_jobs.takeFirst();
            m_current = job;
            maxPixels = m_maxPixels;
            m_cancel = false;
        }
        const QSizeF size = m_sizes.value(job.page);
        const double scale = size.width() > 0 ? job.width / size.width() : 1.0;
        RenderedPage out = m_worker->render(job.page, scale, maxPixels, &m_cancel);
        if (out.cancelled)
            continue;
        ++m_rendered;
        QImage image;
        if (out.width > 0 && out.height > 0) {
            // The bytes stay alive with the image (QImage holds a copy of the QByteArray).
            auto *keep = new QByteArray(std::move(out.pixels));
            image = QImage(reinterpret_cast<const uchar *>(keep->constData()), out.width, out.height, out.bytesPerLine,
                           QImage::Format_RGB32, [](void *p) { delete static_cast<QByteArray *>(p); }, keep);
        }
        const int page = job.page, width = job.width;
        const QString problem = out.problem;
        QMetaObject::invokeMethod(
            this, [this, page, width, image, problem] { Q_EMIT pageReady(page, width, image, problem); },
            Qt::QueuedConnection);
    }
}

} // namespace nianbao::ui
