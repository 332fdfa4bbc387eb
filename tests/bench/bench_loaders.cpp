// SPDX-License-Identifier: GPL-3.0-or-later
// Prints, per document: the loader's time (ms, best of N runs), the tables and cells found, and the
// peak RSS of a process that loaded only that document (N times); for PDFs also the time of the whole
// `nianbao check` process (start-up included, build/app/nianbao), the time of `pdftotext -layout` on
// the same file (process included), the floor to compare with, and their ratio (target: within 2).
// Best of N for every figure. Not run by ctest.
//   bench_loaders [--runs N] [FILE...]   (default: the fixtures and ../shared/corpus PDFs)
//   bench_loaders --dump FILE...         the text and the table grids, for looking at a loader's output
#include "core/document/DocumentLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

#include <sys/resource.h>

using namespace nianbao;

namespace {

long peakRssKb()
{
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Best wall time of `program args` run `runs` times; -1 when it does not run or crashes. `check`
// exits 1 when a relation fails, which is a finished run.
double processMs(const QString &program, const QStringList &args, int runs, int maxExitCode)
{
    double best = -1;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() > maxExitCode)
            return -1;
        const double ms = timer.nsecsElapsed() / 1e6;
        best = best < 0 ? ms : std::min(best, ms);
    }
    return best;
}

void dump(QTextStream &out, const Document &doc)
{
    out << doc.text << "\n";
    for (qsizetype t = 0; t < doc.tables.size(); ++t) {
        const Table &table = doc.tables.at(t);
        out << "== table " << t << " page " << table.page << " rows " << table.rows.size() << "\n";
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            out << r << ":";
            for (const TableCell &c : table.rows.at(r).cells) {
                out << " [" << c.column;
                if (c.colSpan > 1)
                    out << "+" << c.colSpan;
                if (c.rowSpan > 1)
                    out << "v" << c.rowSpan;
                out << (c.continuation ? " ^" : " ") << QString(c.text).replace(u'\n', u'|') << "]";
            }
            out << "\n";
        }
    }
}

QStringList defaultFiles()
{
    QStringList files;
    const QDir fixtures(QStringLiteral(NIANBAO_SOURCE_DIR "/tests/data/input/formats"));
    for (const QString &f : fixtures.entryList(QDir::Files, QDir::Name)) {
        if (!f.endsWith(u".md"))
            files << fixtures.filePath(f);
    }
    const QDir corpus(QStringLiteral(NIANBAO_SOURCE_DIR "/../shared/corpus"));
    for (const QString &f : corpus.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name))
        files << corpus.filePath(f);
    return files;
}

} // namespace

// Loads one file `runs` times in this process and prints: kind, best ms, tables, cells, peak RSS.
int measureOne(const QString &file, int runs)
{
    double best = -1;
    Result<Document> doc = Result<Document>::failure(QString());
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        doc = loadDocument(file);
        const double ms = timer.nsecsElapsed() / 1e6;
        best = best < 0 ? ms : std::min(best, ms);
    }
    qsizetype cells = 0;
    if (doc) {
        for (const Table &t : doc->tables) {
            for (const TableRow &r : t.rows)
                cells += r.cells.size();
        }
    }
    QTextStream(stdout) << (doc ? doc->kind : QStringLiteral("FAILED")) << '\t' << QString::number(best, 'f', 1) << '\t'
                        << (doc ? doc->tables.size() : 0) << '\t' << cells << '\t'
                        << QString::number(peakRssKb() / 1024.0, 'f', 1) << '\n';
    return doc ? 0 : 1;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 3;
    if (args.size() >= 2 && args.first() == u"--runs") {
        runs = std::max(1, args.at(1).toInt());
        args = args.mid(2);
    }
    if (args.size() == 2 && args.first() == u"--one")
        return measureOne(args.at(1), runs);
    QTextStream out(stdout);
    if (!args.isEmpty() && args.first() == u"--dump") {
        for (const QString &file : args.mid(1)) {
            auto doc = loadDocument(file);
            if (doc)
                dump(out, *doc);
            else
                out << doc.error() << "\n";
        }
        return 0;
    }
    // Each file in a process of its own, so that the peak RSS is that file's.
    const QStringList files = args.isEmpty() ? defaultFiles() : args;
    const QString nianbao = app.applicationDirPath() + QStringLiteral("/../app/nianbao");
    out << "file\tkind\tms\ttables\tcells\tpeak_rss_mb\tcheck_ms\tpdftotext_ms\tratio\n";
    for (const QString &file : files) {
        QProcess child;
        child.start(app.applicationFilePath(), {QStringLiteral("--runs"), QString::number(runs), QStringLiteral("--one"), file});
        child.waitForFinished(600000);
        const QString figures = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
        const double check = processMs(nianbao, {QStringLiteral("check"), file}, runs, 1);
        out << QFileInfo(file).fileName() << '\t' << (figures.isEmpty() ? QStringLiteral("CRASHED") : figures) << '\t'
            << QString::number(check, 'f', 1);
        if (QFileInfo(file).suffix().toLower() == u"pdf") {
            const double floor = processMs(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")}, runs, 0);
            out << '\t' << QString::number(floor, 'f', 1) << '\t'
                << (check > 0 && floor > 0 ? QString::number(check / floor, 'f', 1) : QStringLiteral("-")) << "\n";
        } else {
            out << "\t-\t-\n";
        }
        out.flush();
    }
    return 0;
}
