// SPDX-License-Identifier: GPL-3.0-or-later
// OCR of scanned reports against the truth: each scanned fixture (tests/tools/make-scans, made at
// build time by the target scanned_fixtures) is read by core/ocr and compared cell by cell with
// the record of the text PDF it was scanned from. Prints per fixture: values read, accepted,
// marked (inferred), exact, wrong-and-marked, wrong-and-unmarked (must be 0), values of the truth
// not read, and seconds per page (wall and CPU); the seconds of reading the text PDF itself stand
// beside them as the reference of the same run. --dump prints the text read and why each right
// value stays marked. Not run by ctest.
//   bench_ocr [--dump] [SCAN.pdf=TRUTH.pdf ...]   (default: every fixture of the scans folder)
#include "core/document/DocumentLoader.h"
#include "core/ocr/Ocr.h"
#include "core/ocr/PageImage.h"
#include "core/report/Report.h"
#include "core/rules/Rules.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cmath>
#include <ctime>

using namespace nianbao;

namespace {

QString truthFor(const QString &scan)
{
    // report-split-scan-300.pdf → tests/data/input/formats/report-split.pdf
    QString base = QFileInfo(scan).completeBaseName();
    base = base.left(base.lastIndexOf(QLatin1String("-scan-")));
    return QStringLiteral(NIANBAO_TEST_DATA "/input/formats/") + base + QStringLiteral(".pdf");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    const bool dump = args.removeAll(QStringLiteral("--dump")) > 0;
    QList<QPair<QString, QString>> pairs;
    for (const QString &a : std::as_const(args)) {
        const qsizetype eq = a.indexOf(u'=');
        pairs.append(eq > 0 ? qMakePair(a.left(eq), a.mid(eq + 1)) : qMakePair(a, truthFor(a)));
    }
    if (args.size() == 2 && args.first() == QLatin1String("--grids")) {
        // The grids found on each page of one scan (for looking at the grid finder).
        QFile file(args.at(1));
        if (!file.open(QIODevice::ReadOnly))
            return 2;
        const QByteArray bytes = file.readAll();
        ocr::PdfRaster raster;
        raster.open(bytes);
        for (int p = 0; p < raster.pageCount(); ++p) {
            const ocr::GrayImage scan = raster.render(p, 300, 40'000'000);
            const double skew = ocr::estimateSkew(scan);
            const ocr::GrayImage page = ocr::rotated(scan, skew);
            const int threshold = ocr::inkThreshold(page);
            out << "page " << p << " skew " << skew << " threshold " << threshold << "\n";
            for (const ocr::Grid &g : ocr::findGrids(page, threshold)) {
                out << "  grid " << g.rows << "x" << g.columns << " at " << g.box.top() << "," << g.box.left() << "\n";
                for (const ocr::GridCell &c : g.cells)
                    out << "    r" << c.row << " c" << c.column << " " << c.rowSpan << "x" << c.colSpan << " y" << c.box.top() << "-" << c.box.bottom() << "\n";
            }
        }
        return 0;
    }
    if (pairs.isEmpty())
        for (const QFileInfo &f : QDir(QStringLiteral(NIANBAO_SCANS_DIR)).entryInfoList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name))
            pairs.append({f.filePath(), truthFor(f.filePath())});
    if (const QString why = ocrUnavailableReason(); !why.isEmpty()) {
        out << "OCR unavailable: " << why << "\n";
        return 1;
    }
    out << "fixture\tread\taccepted\tmarked\texact\twrong_marked\twrong_unmarked\tnot_read\ts/page\tcpu_s/page\ttext_pdf_s\n";
    int unmarkedWrong = 0;
    for (const auto &[scanPath, truthPath] : pairs) {
        QElapsedTimer textClock;
        textClock.start();
        const Result<Report> truth = readReport(truthPath);
        const double textSeconds = double(textClock.nsecsElapsed()) / 1e9;
        if (!truth) {
            out << QFileInfo(scanPath).fileName() << "\tno truth: " << truth.error() << "\n";
            continue;
        }
        QFile file(scanPath);
        if (!file.open(QIODevice::ReadOnly)) {
            out << QFileInfo(scanPath).fileName() << "\tcannot read\n";
            continue;
        }
        const QByteArray bytes = file.readAll();
        Document imageOnly;
        imageOnly.path = scanPath;
        imageOnly.kind = QStringLiteral("pdf");
        const std::clock_t cpuStart = std::clock();
        Result<OcrReading> reading = recognizeScannedPdf(bytes, imageOnly);
        const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        if (!reading) {
            out << QFileInfo(scanPath).fileName() << "\t" << reading.error() << "\n";
            continue;
        }
        OcrReading r = std::move(reading).value();
        const Record record = extractRecognised(r);
        if (dump)
            out << r.document.text << "\n";
        int read = 0, accepted = 0, marked = 0, exact = 0, wrongMarked = 0, wrongUnmarked = 0, notRead = 0;
        const Schema &schema = record.schema();
        const QList<CellRelations> relations = relationsByCell(record);
        for (qsizetype i = 0; i < record.cells.size() && i < truth->record.cells.size(); ++i) {
            const CellValue &got = record.cells.at(i);
            const std::optional<double> want = truth->record.cells.at(i).value;
            if (!got.value) {
                notRead += want ? 1 : 0;
                if (dump && want)
                    out << "  " << schema.at(i).id << ": not read (" << got.raw << ")\n";
                continue;
            }
            ++read;
            (got.inferred ? marked : accepted) += 1;
            const bool right = want && std::abs(*want - *got.value) < 1e-9;
            if (dump && got.inferred && right) {
                // Why a right value stays marked: its confidence, its place, its relations.
                const OcrCellBox *box = ocrBoxOf(record, r.boxes, schema.at(i).id);
                const CellRelations rel = i < relations.size() ? relations.at(i) : CellRelations{};
                out << "  " << schema.at(i).id << ": marked " << got.raw << " confidence "
                    << (box ? box->confidence : -1) << (box && box->rowByPosition ? " row-by-position" : "")
                    << " relations held " << rel.held << " open " << rel.open << "\n";
            }
            exact += right ? 1 : 0;
            if (!right) {
                (got.inferred ? wrongMarked : wrongUnmarked) += 1;
                if (dump || !got.inferred)
                    out << "  " << schema.at(i).id << ": read " << *got.value << " (" << got.raw << "), truth "
                        << (want ? QString::number(*want) : QStringLiteral("none"))
                        << (got.inferred ? " marked" : " UNMARKED") << "\n";
            }
        }
        unmarkedWrong += wrongUnmarked;
        out << QFileInfo(scanPath).fileName() << "\t" << read << "\t" << accepted << "\t" << marked << "\t" << exact
            << "\t" << wrongMarked << "\t" << wrongUnmarked << "\t" << notRead << "\t"
            << QString::number(r.seconds / std::max(1, r.pages), 'f', 2) << "\t"
            << QString::number(cpuSeconds / std::max(1, r.pages), 'f', 2) << "\t"
            << QString::number(textSeconds, 'f', 3) << "\n";
        out.flush();
    }
    return unmarkedWrong == 0 ? 0 : 1;
}
