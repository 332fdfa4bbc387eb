// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/opinion/OpinionPrint.h"

#include "core/opinion/OpinionDocx.h"
#include "core/opinion/OpinionHtml.h"
#include "core/opinion/PdfToUnicode.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace nianbao::ui {

// The official page: A4, 2.5 cm at the top, 2.2 cm at the bottom (the page number under the text),
// 2.8 cm at the binding, 2.6 cm outside.
QPageLayout opinionPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(28, 25, 26, 22),
                       QPageLayout::Millimeter);
}

namespace {

QFont bodyFont(qreal points)
{
    QFont font;
    font.setFamilies(opinionFontFamilies());
    font.setPointSizeF(points);
    return font;
}

// The laid-out text and the height kept for the page number under it.
struct Layout
{
    QTextDocument text;
    QSizeF body;
    qreal footer = 0;
};

void layOut(Layout &l, const OpinionDocument &document, QPagedPaintDevice *device)
{
    const QRectF page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    l.footer = device->logicalDpiY() * 0.3; // about 7.6 mm
    l.body = QSizeF(page.width(), page.height() - l.footer);
    l.text.documentLayout()->setPaintDevice(device); // points as the device measures them
    l.text.setDefaultFont(bodyFont(11));
    l.text.setDocumentMargin(0);
    // Lengths in CSS pixels (1/96 inch): the layout scales them to the device itself.
    l.text.setHtml(opinionHtml(document));
    l.text.setPageSize(l.body);
}

} // namespace

bool printOpinion(const OpinionDocument &document, QPagedPaintDevice *device)
{
    Layout l;
    layOut(l, document, device);
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const int pages = l.text.pageCount();
    const QFont footerFont = bodyFont(9);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device->newPage())
            return false;
        painter.save();
        painter.translate(0, -i * l.body.height());
        l.text.drawContents(&painter, QRectF(0, i * l.body.height(), l.body.width(), l.body.height()));
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, l.body.height(), l.body.width(), l.footer), Qt::AlignHCenter | Qt::AlignBottom,
                         u"第 %1 页，共 %2 页"_s.arg(i + 1).arg(pages));
    }
    return painter.end();
}

Status writeOpinionPdf(const OpinionDocument &document, const QString &path)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageLayout(opinionPageLayout());
        pdf.setResolution(300);
        pdf.setTitle(OpinionDocument::title());
        pdf.setCreator(u"年报审核 Nianbao"_s);
        if (!printOpinion(document, &pdf))
            return Status::failure(u"%1：无法生成 PDF"_s.arg(path));
    }
    QByteArray bytes = buffer.data();
    foldPdfToUnicodeRadicals(bytes); // 工 for ⼯ in the text of the PDF (PdfToUnicode.h)
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(u"%1：无法写入（%2）"_s.arg(path, file.errorString()));
    return {};
}

Status writeOpinionFile(const OpinionDocument &document, const QString &path)
{
    if (path.endsWith(u".docx"_s, Qt::CaseInsensitive))
        return writeOpinionDocx(document, path);
    return writeOpinionPdf(document, path);
}

int opinionPageCount(const OpinionDocument &document)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setPageLayout(opinionPageLayout());
    pdf.setResolution(300);
    Layout l;
    layOut(l, document, &pdf);
    return l.text.pageCount();
}

} // namespace nianbao::ui
