// SPDX-License-Identifier: GPL-3.0-or-later
// How fast a report is read, two ways, over the seeds (and any extra files named on the command
// line), each repeated N rounds:
//  - per file, per stage: reading the text tables and extracting a record, ms each;
//  - over all files: load (decode + find tables) + extract + check, the whole work of
//    `nianbao check` per file: reports per second, ms per report and the peak memory.
// A benchmark prints figures, it asserts nothing about time.
//   bench_extract [--rounds N] [--dump] [FILE...]   (--dump also prints every cell as extracted)
#include "core/document/DocumentLoader.h"
#include "core/document/TextTableReader.h"
#include "core/extract/Extractor.h"
#include "core/rules/Rules.h"

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

static void dump(const Record &r, QTextStream &out)
{
    out << "format " << formatName(r.format) << " agency " << r.agency << " year " << r.year
        << " title [" << r.facts.title << "] period " << r.facts.periodYear << "\n"
        << "evidence " << r.facts.formatEvidence << "\nsections " << r.facts.sectionsFound.join(u' ')
        << "\n";
    for (const TextClaim &c : r.facts.claims)
        out << "claim " << c.kind << " = " << c.value << " [" << c.quote << "]\n";
    const Schema &s = r.schema();
    for (qsizetype i = 0; i < s.size(); ++i) {
        const CellValue &c = r.cells.at(i);
        out << s.at(i).id << "\t" << cellSourceName(c.source) << "\t"
            << (c.value ? QString::number(*c.value) : QStringLiteral("null")) << "\t[" << c.raw
            << "]\t" << c.span.start << "\n";
    }
}

// Per stage, one file: reading the text tables, then extracting the record from them.
static void timeStages(const QByteArray &bytes, const QString &file, int rounds, bool dumpCells,
                       QTextStream &out)
{
    auto doc = loadDocumentFromBytes(bytes, file);
    if (!doc) {
        out << file << ": " << doc.error() << "\n";
        return;
    }
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < rounds; ++i)
        doc->tables = readTextTables(doc->text);
    const double readMs = double(timer.nsecsElapsed()) / 1e6 / rounds;
    timer.restart();
    Record record;
    for (int i = 0; i < rounds; ++i)
        record = extractRecord(*doc);
    const double extractMs = double(timer.nsecsElapsed()) / 1e6 / rounds;
    out << file << ": " << doc->tables.size() << " tables, read " << QString::number(readMs, 'f', 3)
        << " ms, extract " << QString::number(extractMs, 'f', 3) << " ms\n";
    if (dumpCells)
        dump(record, out);
}

// Over all files: load + extract + check, as `nianbao check` does.
static void timeThroughput(const QList<QByteArray> &contents, const QStringList &files, int rounds,
                           QTextStream &out)
{
    const long rssBefore = peakRssKb();
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
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool dumpCells = args.removeAll(QStringLiteral("--dump")) > 0;
    int rounds = 200;
    const qsizetype roundsAt = args.indexOf(QStringLiteral("--rounds"));
    if (roundsAt >= 0 && roundsAt + 1 < args.size()) {
        rounds = qMax(1, args.at(roundsAt + 1).toInt());
        args.remove(roundsAt, 2);
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

    out << "per stage, " << rounds << " rounds each:\n";
    for (qsizetype i = 0; i < files.size(); ++i)
        timeStages(contents.at(i), files.at(i), rounds, dumpCells, out);
    out << "throughput:\n";
    timeThroughput(contents, files, rounds, out);
    return 0;
}
