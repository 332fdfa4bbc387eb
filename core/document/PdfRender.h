// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A PDF's pages drawn into pixels by poppler's Splash device, for the page view. Kept in core
// without QtGui: the pixels come back as bytes in the layout of QImage::Format_RGB32, and the
// window (ui/document/PageRenderer) wraps them. One renderer per thread: poppler's documents are
// not shared between threads, so each renderer opens the file itself.
#include <QByteArray>
#include <QSizeF>
#include <QString>

#include <atomic>
#include <memory>

namespace nianbao {

struct RenderedPage
{
    QByteArray pixels;     // 0xffRRGGBB per pixel, top row first (QImage::Format_RGB32)
    int width = 0, height = 0, bytesPerLine = 0;
    double scale = 0;      // pixels per point it was drawn at (less than asked for past the bound)
    // Why the page cannot be shown, or shows only in part (poppler's complaint); empty when it
    // was drawn whole. Pixels may still hold what could be drawn.
    QString problem;
    bool cancelled = false;
};

class PdfRenderer
{
public:
    PdfRenderer();
    ~PdfRenderer();
    PdfRenderer(const PdfRenderer &) = delete;
    PdfRenderer &operator=(const PdfRenderer &) = delete;

    // Opens the file (read from disk as pages are drawn, not held in memory). Empty when it
    // opened, else a message naming the file.
    QString open(const QString &path);
    int pageCount() const;
    // The page as shown (its rotation applied), in points; an A4 page when it cannot be read.
    QSizeF pageSize(int index) const;
    // Draws page `index` at `scale` pixels per point, never more than `maxPixels` pixels (the scale
    // is lowered to fit). `cancel`, when set, stops a drawing no longer wanted.
    RenderedPage render(int index, double scale, qint64 maxPixels, const std::atomic<bool> *cancel = nullptr) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace nianbao
