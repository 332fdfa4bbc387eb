// Throughput of extraction + checking over the seeds (and any extra files named on the command
// line), repeated; prints reports per second, ms per report and the peak memory. A benchmark
// prints figures, it asserts nothing about time.
//   bench_extract [--rounds N] [FILE...]
#include "document/DocumentLoader.h"
#include "extract/Extractor.h"
#include "rules/Rules.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <sys/resource.h>

using namespace nianbao;

static long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int rounds = 200;
    if (args.size() >= 2 && args.first() == u"--rounds") {
        rounds = qMax(1, args.at(1).toInt());
        args = args.mid(2);
    }
    QStringList files = args;
    if (files.isEmpty()) {
        const QDir dir(QStringLiteral(NIANBAO_TEST_DATA "/input"));
        for (const QString &name : dir.entryList({QStringLiteral("seed_*.txt")}, QDir::Files, QDir::Name))
            files.append(dir.filePath(name));
    }
    QTextStream out(stdout);
    QList<QByteArray> contents;
    for (const QString &f : files) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly)) {
            out << "cannot read " << f << '\n';
            return 2;
        }
        contents.append(file.readAll());
    }
    const long rssBefore = peakRssKb();

    // Load (decode + find tables) + extract + check, the whole work of `nianbao check` per file.
    QElapsedTimer timer;
    timer.start();
    qsizetype reports = 0, cellsRead = 0;
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype i = 0; i < files.size(); ++i) {
            auto doc = loadDocumentFromBytes(contents.at(i), files.at(i));
            if (!doc)
                continue;
            Record r = extractRecord(*doc);
            recheck(r);
            ++reports;
            for (const CellValue &c : std::as_const(r.cells))
                cellsRead += c.value.has_value();
        }
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    out << QStringLiteral("files: %1, rounds: %2, reports processed: %3, cells read: %4\n")
               .arg(files.size()).arg(rounds).arg(reports).arg(cellsRead);
    out << QStringLiteral("load+extract+check: %1 ms per report, %2 reports per second\n")
               .arg(reports ? ms / double(reports) : 0.0, 0, 'f', 3)
               .arg(ms > 0 ? double(reports) * 1000.0 / ms : 0.0, 0, 'f', 0);
    out << QStringLiteral("peak RSS: %1 MB (before the loop: %2 MB)\n")
               .arg(double(peakRssKb()) / 1024.0, 0, 'f', 1)
               .arg(double(rssBefore) / 1024.0, 0, 'f', 1);
    return 0;
}
