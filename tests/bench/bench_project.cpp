// SPDX-License-Identifier: GPL-3.0-or-later
// Prints the scan of a season's project (core/project): the first scan of N text reports (read on
// every core, one transaction per report) beside the rescan of the same folder unchanged (size
// and mtime only; aim: at least 5 times faster) and after 1% of the reports changed, and beside
// reading the same files without a project (load, extract, check; one thread) for what the
// database adds. `bench_project [N]`, N = 1000 by default.
#include "core/document/DocumentLoader.h"
#include "core/extract/Extractor.h"
#include "core/project/Project.h"
#include "core/rules/Rules.h"
#include "tests/fixtures/ProjectFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <ctime>

using namespace nianbao;

namespace {

// CPU time of the whole process (all threads), ms: on a shared machine the wall time also counts
// the waits for a core.
double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

double scanMs(const QString &project, const QString &folder, ScanStats *stats, double *cpu)
{
    const double cpu0 = cpuMs();
    QElapsedTimer timer;
    timer.start();
    auto p = Project::open(project, Project::Access::Write);
    if (!p) {
        std::fprintf(stderr, "%s\n", qPrintable(p.error()));
        std::exit(2);
    }
    auto s = p->scan({folder});
    if (!s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        std::exit(2);
    }
    *stats = *s;
    p = Result<Project>::failure({}); // closed: the WAL merged, as at the end of `nianbao scan`
    *cpu = cpuMs() - cpu0;
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 1000;
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("reports"));
    const QStringList files = projectfixture::makeReportFolder(folder, count);
    if (files.size() != count) {
        std::fprintf(stderr, "cannot make %d reports under %s\n", count, qPrintable(folder));
        return 2;
    }
    const QString project = dir.filePath(QStringLiteral("season.nbproj"));

    const double plainCpu0 = cpuMs();
    QElapsedTimer timer;
    timer.start();
    qsizetype findings = 0;
    for (const QString &file : files) {
        auto doc = loadDocument(file);
        if (!doc)
            continue;
        Record record = extractRecord(*doc);
        recheck(record);
        findings += record.findings.size();
    }
    const double plainMs = double(timer.nsecsElapsed()) / 1e6;
    const double plainCpu = cpuMs() - plainCpu0;

    ScanStats first, again, touched;
    double firstCpu = 0, againCpu = 0, changedCpu = 0;
    const double firstMs = scanMs(project, folder, &first, &firstCpu);
    const double againMs = scanMs(project, folder, &again, &againCpu);
    for (int i = 0; i < count; i += 100) {
        QFile f(files.at(i));
        if (f.open(QIODevice::Append))
            f.write("\n补充说明。\n");
    }
    const double changedMs = scanMs(project, folder, &touched, &changedCpu);

    std::printf("%d text reports, %d cores; project file %.1f MB\n", count, QThread::idealThreadCount(),
                double(QFileInfo(project).size()) / 1e6);
    std::printf("%-52s %10s %10s\n", "", "wall ms", "CPU ms");
    std::printf("%-52s %10.1f %10.1f   (%lld findings)\n", "reference: load+extract+check, 1 thread, no project",
                plainMs, plainCpu, (long long)findings);
    std::printf("%-52s %10.1f %10.1f\n", qPrintable(QStringLiteral("first scan (%1 added)").arg(first.added)),
                firstMs, firstCpu);
    std::printf("%-52s %10.1f %10.1f   %.1fx faster than the first scan (wall)\n",
                qPrintable(QStringLiteral("rescan unchanged (%1 unchanged, %2 opened)").arg(again.unchanged).arg(again.opened)),
                againMs, againCpu, firstMs / againMs);
    std::printf("%-52s %10.1f %10.1f\n",
                qPrintable(QStringLiteral("rescan with %1 changed (%1 re-read)").arg(touched.reread)), changedMs,
                changedCpu);
    return 0;
}
