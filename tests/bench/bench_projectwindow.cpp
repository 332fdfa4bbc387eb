// SPDX-License-Identifier: GPL-3.0-or-later
// Prints what the season's project costs in the window (issue 11), on the offscreen platform:
//  - a project of N reports (N = 1000 by default) opened to a usable list: the project opened, its
//    reports read from the database into the panel's model, sorted, the panel painted (nothing
//    re-read; aim: under 1 s), beside listing the report folder's files (what any start would
//    cost at least) and reading the reports from their files (what opening them without a project
//    costs, measured on 20 and scaled);
//  - the next report (Ctrl+PgDown) shown with its checked tables: the record and corrections from
//    the project, the document read for the left pane, the review built, the views painted (aim:
//    under 100 ms), beside the same kind of report opened on its own (Ctrl+O: read from its file,
//    extracted, checked, the same views painted).
// `bench_projectwindow [N]`. The project is made by copying the fixture reports under a temporary
// folder and scanning it once.
#include "tests/fixtures/ProjectFixture.h"

#include "ui/project/ProjectActions.h"
#include "ui/project/ProjectFilterModel.h"
#include "ui/project/ProjectPanel.h"
#include "ui/project/ProjectReviewLink.h"
#include "ui/project/ProjectSession.h"
#include "ui/window/MainWindow.h"

#include "core/project/Project.h"
#include "core/report/Report.h"
#include "core/review/Review.h"

#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace nianbao;
using namespace nianbao::ui;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double worst(const QList<double> &v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.cbegin(), v.cend());
}

// CPU time of the calling (GUI) thread, ms: on a shared machine the wall time also counts the
// waits for a core, which this does not.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

QList<double> g_cpu; // the GUI thread's CPU time of each measured step

// Waits for the next report shown; its time from the request to the views painted, ms.
double showNext(MainWindow &w, int step)
{
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = threadCpuMs();
    QEventLoop loop;
    bool shown = false;
    auto c = QObject::connect(w.projectActions(), &ProjectActions::reportShown, &loop, [&] {
        shown = true;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!w.projectActions()->step(step))
        return -1;
    if (!shown)
        loop.exec();
    QObject::disconnect(c);
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents); // the views repainted
    w.repaint();
    g_cpu.append(threadCpuMs() - cpu0);
    return shown ? double(timer.nsecsElapsed()) / 1e6 : -1;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("nianbao-bench"));
    const int count = argc > 1 ? std::max(2, atoi(argv[1])) : 1000;
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("reports"));
    const QStringList files = projectfixture::makeReportFolder(folder, count);
    if (files.size() != count) {
        std::fprintf(stderr, "cannot make %d reports under %s\n", count, qPrintable(folder));
        return 2;
    }
    const QString project = dir.filePath(QStringLiteral("season.nbproj"));
    {
        QElapsedTimer timer;
        timer.start();
        auto p = Project::open(project, Project::Access::Write);
        if (!p || !p->scan({folder})) {
            std::fprintf(stderr, "cannot scan %s\n", qPrintable(folder));
            return 2;
        }
        std::printf("project of %d reports scanned once in %.0f ms (all cores)\n", count,
                    double(timer.nsecsElapsed()) / 1e6);
    }

    // References: the folder listed; reports read from their files.
    QList<double> listing;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        int n = 0;
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            n += it.fileInfo().size() > 0;
        }
        listing.append(double(timer.nsecsElapsed()) / 1e6);
        if (n != count)
            return 2;
    }
    QList<double> reading;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!readReport(files.at(i * (count / 20))))
            return 2;
        reading.append(double(timer.nsecsElapsed()) / 1e6);
    }

    // Opened to a usable list, five times (a new window each time).
    QList<double> opening, openingCpu, databaseOnly;
    for (int round = 0; round < 5; ++round) {
        {
            QElapsedTimer timer;
            timer.start();
            auto p = Project::open(project, Project::Access::Read);
            const auto list = p->reports();
            if (!list || list->size() != count)
                return 2;
            databaseOnly.append(double(timer.nsecsElapsed()) / 1e6);
        }
        MainWindow w;
        w.show();
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = threadCpuMs();
        if (!w.projectActions()->openProject(project))
            return 2;
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        w.projectActions()->panel()->view()->viewport()->repaint();
        opening.append(double(timer.nsecsElapsed()) / 1e6);
        openingCpu.append(threadCpuMs() - cpu0);
        if (w.projectActions()->panel()->filterModel()->rowCount() != count)
            return 2;
    }
    std::printf("open to a usable list (%d rows): median %.1f ms, worst %.1f ms (aim < 1000), CPU %.1f ms; of which "
                "Project::open + reports() %.1f ms\n",
                count, median(opening), worst(opening), median(openingCpu), median(databaseOnly));
    std::printf("  reference: listing the folder's %d files %.1f ms; reading the reports from their files "
                "%.1f ms each, %.0f ms for all %d (one thread)\n",
                count, median(listing), median(reading), median(reading) * count, count);

    // Next report: Ctrl+PgDown through 60 reports.
    MainWindow w;
    w.resize(1440, 900);
    w.show();
    if (!w.projectActions()->openProject(project))
        return 2;
    QCoreApplication::processEvents();
    w.projectActions()->openReport(w.projectActions()->panel()->neighbour(0, 1));
    showNext(w, 1); // warm: the first review's views made
    g_cpu.clear();
    QList<double> next;
    for (int i = 0; i < 60; ++i) {
        const double ms = showNext(w, i % 10 == 9 ? -1 : 1);
        if (ms < 0)
            return 2;
        next.append(ms);
    }
    // The same reports opened on their own (Ctrl+O: read from the file off the GUI thread, the
    // same views), in another window.
    const QList<double> nextCpu = g_cpu;
    QList<double> fromFile, fromFileCpu;
    MainWindow single;
    single.setConfirmDiscard(false);
    single.resize(1440, 900);
    single.show();
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = threadCpuMs();
        QEventLoop loop;
        bool ok = false;
        auto c = QObject::connect(&single, &MainWindow::loaded, &loop, [&](const QString &, bool loaded) {
            ok = loaded;
            loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        if (!single.openFile(files.at(i)))
            return 2;
        loop.exec();
        QObject::disconnect(c);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        single.repaint();
        if (!ok)
            return 2;
        fromFile.append(double(timer.nsecsElapsed()) / 1e6);
        fromFileCpu.append(threadCpuMs() - cpu0);
    }
    std::printf("next report shown with its checked tables (%lld steps): median %.1f ms, worst %.1f ms (aim < 100), "
                "GUI thread CPU %.1f ms\n",
                qlonglong(next.size()), median(next), worst(next), median(nextCpu));
    std::printf("  reference: a report opened on its own (Ctrl+O: load, extract, check off the GUI thread, the same "
                "views) median %.1f ms, worst %.1f ms, GUI thread CPU %.1f ms; reading one from its file without "
                "the views %.1f ms\n",
                median(fromFile), worst(fromFile), median(fromFileCpu), median(reading));
    return 0;
}
