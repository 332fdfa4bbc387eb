// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/GuiMain.h"

#include "ui/document/DocumentView.h"
#include "ui/findings/FindingsView.h"
#include "ui/io/Autosave.h"
#include "ui/tables/SectionTableModel.h"
#include "ui/tables/TablesPanel.h"
#include "ui/window/Language.h"
#include "ui/document/PageView.h"
#include "ui/window/MainWindow.h"
#include "ui/compare/CompareLauncher.h"

#include "core/review/Review.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace nianbao::ui {

// Edits a cell and undoes it 21 times, timing each step from the edit to the repainted table,
// report and findings list (the re-check, the models, the marks, the paint). Prints the median
// and the worst, in milliseconds.
static void measureEditLatency(MainWindow &window)
{
    Review *review = window.review();
    if (!review)
        return;
    const Record &rec = review->record();
    int cell = -1;
    for (int i = 0; i < rec.cells.size() && cell < 0; ++i)
        if (rec.schema().at(i).table == TableSection::Apply && rec.schema().at(i).kind == ValueKind::Count)
            cell = i;
    if (cell < 0)
        return;
    const QString id = rec.schema().at(cell).id;
    const std::optional<double> before = rec.cells.at(cell).value;
    window.tablesPanel()->tabs()->setCurrentIndex(int(TableSection::Apply));
    QTableView *view = window.tablesPanel()->view(TableSection::Apply);
    // What a frame costs: the edit (re-check, models, marks) and the paint of what it dirtied.
    QList<double> times, check, paint, full;
    for (int round = 0; round < 21; ++round) {
        QElapsedTimer timer;
        timer.start();
        review->setCellValue(id, before.value_or(0) + 1 + round);
        const double t0 = timer.nsecsElapsed() / 1e6;
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        const double t1 = timer.nsecsElapsed() / 1e6;
        times.append(t1);
        check.append(t0);
        paint.append(t1 - t0);
        review->undoStack()->undo();
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        // For comparison: repainting the three views completely.
        QElapsedTimer whole;
        whole.start();
        view->viewport()->repaint();
        window.documentView()->viewport()->repaint();
        window.findingsView()->view()->viewport()->repaint();
        full.append(whole.nsecsElapsed() / 1e6);
    }
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    std::fprintf(stderr, "edit-to-colours parts (median ms): edit+re-check+models %.2f, paint of what changed %.2f; "
                         "a full repaint of table+report+findings would take %.2f\n",
                 median(check), median(paint), median(full));
    review->undoStack()->clear(); // the measurement leaves nothing to undo or redo
    std::sort(times.begin(), times.end());
    std::fprintf(stderr, "edit-to-colours: median %.2f ms, worst %.2f ms over %lld edits (%s)\n",
                 times.at(times.size() / 2), times.last(), qlonglong(times.size()), qPrintable(id));
    view->viewport()->repaint();
}

int guiMain(int argc, char *argv[])
{
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("nianbao"));
    QApplication::setApplicationDisplayName(QStringLiteral("年报审核"));
    QApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));
    QApplication::setOrganizationName(QStringLiteral("nianbao"));
    setLanguage(preferredLanguage(), false);

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("files"), MainWindow::tr("要打开的报告或审核文件"));
    // Hidden: grab the window once the report is checked, print the timings, quit.
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("png"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption language(QStringLiteral("lang"), QString(), QStringLiteral("zh_CN|en"));
    language.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption compare(QStringLiteral("compare"), MainWindow::tr("对比两个年度的报告（给出两个文件）"));
    parser.addOptions({screenshot, language, compare});
    parser.process(app);
    if (parser.isSet(language))
        setLanguage(parser.value(language), false);

    const QStringList files = parser.positionalArguments();
    if (parser.isSet(compare) && files.size() == 2)
        return runCompare(files.at(0), files.at(1), parser.value(screenshot));
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();

    if (parser.isSet(screenshot)) {
        const QString out = parser.value(screenshot);
        window->setConfirmDiscard(false);
        QObject::connect(window, &MainWindow::loaded, window, [window, out, &sinceLaunch](const QString &, bool ok) {
            QApplication::processEvents();
            window->repaint();
            std::fprintf(stderr, "launch-to-checked-report: %lld ms (loaded: %s)\n",
                         qlonglong(sinceLaunch.elapsed()), ok ? "yes" : "no");
            measureEditLatency(*window);
            // Show the first problem (or the table of applications when there is none).
            window->tablesPanel()->tabs()->setCurrentIndex(int(TableSection::Apply));
            if (window->review() && !window->review()->record().findings.isEmpty())
                window->nextFinding();
            // On the pages: the first boxed value of the table of applications when no finding
            // outlined one.
            if (window->review() && window->pagesShown() && window->pageView()->outlinedCells().isEmpty()) {
                const Record &rec = window->review()->record();
                for (int cell : window->pageView()->boxedCells())
                    if (rec.schema().at(cell).table == TableSection::Apply) {
                        window->selectCell(cell);
                        break;
                    }
            }
            QApplication::processEvents();
            // The pages in sight drawn first (off the GUI thread), when the pages are shown.
            QElapsedTimer drawing;
            drawing.start();
            while (window->pagesShown() && !window->pageView()->visiblePagesDrawn() && drawing.elapsed() < 30000)
                QApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
            window->grab().save(out);
            std::fprintf(stderr, "screenshot: %s\n", qPrintable(out));
            QTimer::singleShot(0, qApp, &QApplication::quit);
        });
        if (files.isEmpty() || !window->openFile(files.first())) {
            window->grab().save(out);
            return 0;
        }
        return app.exec();
    }

    if (!files.isEmpty())
        window->openFile(files.first());
    for (qsizetype i = 1; i < files.size(); ++i) {
        auto *w = new MainWindow;
        w->setAttribute(Qt::WA_DeleteOnClose);
        w->show();
        w->openFile(files.at(i));
    }
    if (files.isEmpty())
        QTimer::singleShot(0, window, [window] { window->offerPendingAutosaves(); });
    return app.exec();
}

} // namespace nianbao::ui
