// SPDX-License-Identifier: GPL-3.0-or-later
// Reopening a saved review of a scan: with the OCR reading kept in the review (review.ocr) against
// the same review without it (as saved before it was kept: OCR runs again), in one run. Prints,
// per scan, the seconds of each (wall and this process's CPU), the review file's size with and
// without the reading, and whether the two reopenings gave the same values. Not run by ctest.
//   bench_ocrreuse [--keep DIR] [SCAN.pdf ...]   (default: the 200 and 300 dpi scanned fixtures;
//   --keep: the reviews with the reading are left in DIR, named after their scans)
#include "core/report/Report.h"
#include "core/review/Review.h"
#include "core/review/ReviewFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace nianbao;

namespace {

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

struct Timed
{
    double wall = 0, cpu = 0;
    Record record;
    bool ok = false;
};

Timed reopen(const QString &path)
{
    Timed t;
    QElapsedTimer clock;
    clock.start();
    const double cpu0 = cpuSeconds();
    auto opened = openReview(path);
    t.cpu = cpuSeconds() - cpu0;
    t.wall = double(clock.elapsed()) / 1000;
    if (opened) {
        t.record = opened->review->record();
        t.ok = true;
    }
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList scans = app.arguments().mid(1);
    QString keepDir;
    if (scans.size() >= 2 && scans.first() == QLatin1String("--keep")) {
        keepDir = scans.at(1);
        scans = scans.mid(2);
    }
    if (scans.isEmpty())
        scans = {QStringLiteral(NIANBAO_SCANS_DIR "/report-scan-200.pdf"), QStringLiteral(NIANBAO_SCANS_DIR "/report-scan-300.pdf")};
    if (const QString why = ocrUnavailableReason(); !why.isEmpty()) {
        out << "OCR cannot run here: " << why << '\n';
        return 1;
    }
    out << "scan\tfirst OCR s\treopen kept s (cpu)\treopen with OCR s (cpu)\tratio\treview kB kept/without\tsame values\n";
    QTemporaryDir dir;
    for (const QString &scan : std::as_const(scans)) {
        auto review = Review::open(scan);
        if (!review) {
            out << scan << ": " << review.error() << '\n';
            continue;
        }
        const double firstSeconds = (*review)->record().facts.ocr.seconds;
        const QString kept = dir.filePath(QStringLiteral("kept.nianbao"));
        const QString without = dir.filePath(QStringLiteral("without.nianbao"));
        saveReview(**review, kept);
        saveReview((*review)->record(), (*review)->document(), without); // no reading: the old form
        const Timed a = reopen(kept);
        const Timed b = reopen(without);
        bool same = a.ok && b.ok && a.record.cells.size() == b.record.cells.size();
        for (qsizetype i = 0; same && i < a.record.cells.size(); ++i)
            same = a.record.cells.at(i).value == b.record.cells.at(i).value
                   && a.record.cells.at(i).inferred == b.record.cells.at(i).inferred;
        out << QFileInfo(scan).fileName() << '\t' << QString::number(firstSeconds, 'f', 1) << '\t'
            << QString::number(a.wall, 'f', 3) << " (" << QString::number(a.cpu, 'f', 3) << ")\t"
            << QString::number(b.wall, 'f', 2) << " (" << QString::number(b.cpu, 'f', 2) << ")\t"
            << QString::number(b.wall / std::max(a.wall, 1e-6), 'f', 0) << "x\t"
            << QFileInfo(kept).size() / 1024 << '/' << QFileInfo(without).size() / 1024 << '\t'
            << (same ? "yes" : "no (Tesseract read the same pages differently)") << '\n';
        out.flush();
        if (!keepDir.isEmpty())
            QFile::copy(kept, keepDir + u'/' + QFileInfo(scan).completeBaseName() + QStringLiteral(".nianbao"));
        QFile::remove(kept);
        QFile::remove(without);
    }
    return 0;
}
