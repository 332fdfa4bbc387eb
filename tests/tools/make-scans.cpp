// SPDX-License-Identifier: GPL-3.0-or-later
// make-scans: a text PDF turned into what a scanner gives: every page rendered (pdftoppm, gray) at
// a resolution, turned by a slight skew, with sensor noise and specks, JPEG-compressed, and wrapped
// as an image-only PDF (one DCT image per page, no text). The fixtures of the OCR tests and of
// bench_ocr are made by it (tests/CMakeLists.txt runs it at build time; tests/tools/make-fixtures
// says how to run it by hand).
//
//   make-scans IN.pdf OUT.pdf [--dpi 300] [--skew 0.7] [--noise 12] [--specks 0.0005]
//                             [--quality 60] [--seed 1]
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>
#include <cstdio>

namespace {

struct Options
{
    int dpi = 300;
    double skew = 0.7; // degrees, counter-clockwise
    double noise = 12; // gray levels of Gaussian noise (sigma)
    double specks = 0.0005; // share of pixels turned into a dark or light speck
    int quality = 60;
    quint32 seed = 1;
};

QImage scanned(const QImage &page, const Options &o, QRandomGenerator &random)
{
    QImage out(page.size(), QImage::Format_Grayscale8);
    out.fill(Qt::white);
    {
        QPainter p(&out);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.translate(page.width() / 2.0, page.height() / 2.0);
        p.rotate(-o.skew);
        p.translate(-page.width() / 2.0, -page.height() / 2.0);
        p.drawImage(0, 0, page);
    }
    for (int y = 0; y < out.height(); ++y) {
        uchar *line = out.scanLine(y);
        for (int x = 0; x < out.width(); ++x) {
            // Box–Muller, one value per pixel
            const double u1 = std::max(1e-12, random.generateDouble()), u2 = random.generateDouble();
            double v = line[x] + o.noise * std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
            if (random.generateDouble() < o.specks)
                v = line[x] > 128 ? 40 : 230;
            line[x] = uchar(std::clamp(v, 0.0, 255.0));
        }
    }
    return out;
}

QByteArray jpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    return writer.write(image) ? bytes : QByteArray();
}

// An image-only PDF: one page per JPEG, its size the image's at `dpi`.
QByteArray imagePdf(const QList<QByteArray> &jpegs, const QList<QSize> &sizes, int dpi)
{
    QByteArray pdf("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    QList<qint64> offsets;
    const auto object = [&](const QByteArray &body) {
        offsets << pdf.size();
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    const int n = int(jpegs.size());
    // 1 catalog, 2 pages, then per page: page, content, image
    object("<< /Type /Catalog /Pages 2 0 R >>");
    QByteArray kids;
    for (int i = 0; i < n; ++i)
        kids += QByteArray::number(3 + 3 * i) + " 0 R ";
    object("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(n) + " >>");
    for (int i = 0; i < n; ++i) {
        const double w = sizes.at(i).width() * 72.0 / dpi, h = sizes.at(i).height() * 72.0 / dpi;
        const QByteArray W = QByteArray::number(w, 'f', 2), H = QByteArray::number(h, 'f', 2);
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + W + " " + H + "] /Resources << /XObject << /Im"
               + QByteArray::number(i) + " " + QByteArray::number(5 + 3 * i) + " 0 R >> >> /Contents "
               + QByteArray::number(4 + 3 * i) + " 0 R >>");
        const QByteArray content = "q " + W + " 0 0 " + H + " 0 0 cm /Im" + QByteArray::number(i) + " Do Q";
        object("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream");
        object("<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(sizes.at(i).width()) + " /Height "
               + QByteArray::number(sizes.at(i).height()) + " /ColorSpace /DeviceGray /BitsPerComponent 8"
               + " /Filter /DCTDecode /Length " + QByteArray::number(jpegs.at(i).size()) + " >>\nstream\n"
               + jpegs.at(i) + "\nendstream");
    }
    const qint64 xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qint64 o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "make-scans: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    Options o;
    QStringList files;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a.startsWith(QLatin1String("--")) && i + 1 < args.size()) {
            const QString v = args.at(++i);
            if (a == QLatin1String("--dpi")) o.dpi = v.toInt();
            else if (a == QLatin1String("--skew")) o.skew = v.toDouble();
            else if (a == QLatin1String("--noise")) o.noise = v.toDouble();
            else if (a == QLatin1String("--specks")) o.specks = v.toDouble();
            else if (a == QLatin1String("--quality")) o.quality = v.toInt();
            else if (a == QLatin1String("--seed")) o.seed = v.toUInt();
            else return fail(QStringLiteral("unknown option %1").arg(a));
        } else {
            files << a;
        }
    }
    if (files.size() != 2 || o.dpi < 50 || o.dpi > 600)
        return fail(QStringLiteral("usage: make-scans IN.pdf OUT.pdf [--dpi N] [--skew DEG] [--noise SIGMA] "
                                   "[--specks SHARE] [--quality Q] [--seed S]"));
    QTemporaryDir tmp;
    QProcess render;
    render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-gray"), QStringLiteral("-r"), QString::number(o.dpi),
                                              files.at(0), tmp.filePath(QStringLiteral("page"))});
    if (!render.waitForFinished(120000) || render.exitCode() != 0)
        return fail(QStringLiteral("pdftoppm failed on %1 (apt-get install poppler-utils)").arg(files.at(0)));
    QStringList pages = QDir(tmp.path()).entryList({QStringLiteral("page*.pgm")}, QDir::Files, QDir::Name);
    if (pages.isEmpty())
        return fail(QStringLiteral("no pages rendered from %1").arg(files.at(0)));
    QRandomGenerator random(o.seed);
    QList<QByteArray> jpegs;
    QList<QSize> sizes;
    for (const QString &name : pages) {
        QImage page(tmp.filePath(name));
        if (page.isNull())
            return fail(QStringLiteral("cannot read %1").arg(name));
        const QImage scan = scanned(page.convertToFormat(QImage::Format_Grayscale8), o, random);
        jpegs << jpeg(scan, o.quality);
        sizes << scan.size();
        if (jpegs.last().isEmpty())
            return fail(QStringLiteral("no JPEG writer (Qt's imageformats plugin libqjpeg)"));
    }
    QFile out(files.at(1));
    if (!out.open(QIODevice::WriteOnly) || out.write(imagePdf(jpegs, sizes, o.dpi)) < 0)
        return fail(QStringLiteral("cannot write %1").arg(files.at(1)));
    return 0;
}
