// SPDX-License-Identifier: GPL-3.0-or-later
// Pages into pixels with poppler's Splash device (libpoppler-private-dev's SplashOutputDev): the
// device poppler-qt itself draws with, in the byte order of QImage::Format_RGB32.
#include "core/document/PdfRender.h"

#include <Error.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <SplashOutputDev.h>
#include <splash/SplashBitmap.h>

#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <cstring>

namespace nianbao {

namespace {

// poppler complains through one process-wide callback; the complaints of the page being drawn on
// this thread are collected, the others are dropped (the loader's messages say what matters).
thread_local QString *t_complaints = nullptr;

void collectErrors(ErrorCategory category, Goffset, const char *message)
{
    if (!t_complaints || category == errSyntaxWarning || !t_complaints->isEmpty())
        return;
    *t_complaints = QString::fromUtf8(message);
}

void initPoppler()
{
    static GlobalParamsIniter initer(collectErrors);
    static const bool installed = [] {
        setErrorCallback(collectErrors); // when the loader made the parameters first
        return true;
    }();
    Q_UNUSED(installed);
}

bool cancelled(void *flag)
{
    return static_cast<const std::atomic<bool> *>(flag)->load();
}

} // namespace

struct PdfRenderer::Private
{
    std::unique_ptr<PDFDoc> doc;
    QString name;
};

PdfRenderer::PdfRenderer() : d(std::make_unique<Private>()) { }
PdfRenderer::~PdfRenderer() = default;

QString PdfRenderer::open(const QString &path)
{
    initPoppler();
    d->name = QFileInfo(path).fileName();
    d->doc = std::make_unique<PDFDoc>(std::make_unique<GooString>(QFile::encodeName(path).toStdString()));
    if (d->doc->isOk())
        return {};
    const bool encrypted = d->doc->getErrorCode() == errEncrypted;
    d->doc.reset();
    return encrypted ? QStringLiteral("%1：PDF 已加密，需要密码才能显示页面").arg(d->name)
                     : QStringLiteral("%1：无法打开 PDF 以显示页面").arg(d->name);
}

int PdfRenderer::pageCount() const
{
    return d->doc ? d->doc->getNumPages() : 0;
}

QSizeF PdfRenderer::pageSize(int index) const
{
    const QSizeF a4(595.3, 841.9);
    if (!d->doc || index < 0 || index >= pageCount() || !d->doc->getPage(index + 1))
        return a4;
    const int n = index + 1;
    const double w = d->doc->getPageCropWidth(n), h = d->doc->getPageCropHeight(n);
    if (!(w > 0) || !(h > 0))
        return a4;
    return d->doc->getPageRotate(n) % 180 != 0 ? QSizeF(h, w) : QSizeF(w, h);
}

RenderedPage PdfRenderer::render(int index, double scale, qint64 maxPixels, const std::atomic<bool> *cancel) const
{
    RenderedPage out;
    const QString where = QStringLiteral("%1 第 %2 页").arg(d->name).arg(index + 1);
    if (!d->doc || index < 0 || index >= pageCount() || !d->doc->getPage(index + 1)) {
        out.problem = QStringLiteral("%1：页面无法读取").arg(where);
        return out;
    }
    const QSizeF size = pageSize(index);
    const double pixels = size.width() * size.height() * scale * scale;
    if (pixels > double(maxPixels))
        scale *= std::sqrt(double(maxPixels) / pixels);
    out.scale = scale;
    SplashColor white = {0xff, 0xff, 0xff, 0xff};
    SplashOutputDev device(splashModeXBGR8, 4, false, white, true);
    device.setFontAntialias(true);
    device.setVectorAntialias(true);
    device.startDoc(d->doc.get());
    QString complaint;
    t_complaints = &complaint;
    const double dpi = 72.0 * scale;
    d->doc->displayPageSlice(&device, index + 1, dpi, dpi, 0, false, true, false, -1, -1, -1, -1,
                             cancel ? cancelled : nullptr, const_cast<std::atomic<bool> *>(cancel));
    t_complaints = nullptr;
    if (cancel && cancel->load()) {
        out.cancelled = true;
        return out;
    }
    SplashBitmap *bitmap = device.getBitmap();
    if (!bitmap || bitmap->getWidth() <= 0 || bitmap->getHeight() <= 0) {
        out.problem = QStringLiteral("%1：页面无法显示").arg(where);
        return out;
    }
    out.width = bitmap->getWidth();
    out.height = bitmap->getHeight();
    out.bytesPerLine = out.width * 4;
    out.pixels.resize(qsizetype(out.bytesPerLine) * out.height);
    const unsigned char *src = bitmap->getDataPtr();
    for (int y = 0; y < out.height; ++y)
        std::memcpy(out.pixels.data() + qsizetype(y) * out.bytesPerLine, src + qsizetype(y) * bitmap->getRowSize(),
                    size_t(out.bytesPerLine));
    if (!complaint.isEmpty())
        out.problem = QStringLiteral("%1：页面的部分内容无法显示（%2）").arg(where, complaint);
    return out;
}

} // namespace nianbao
