// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/GuiMain.h"
#include "ui/actions/HintActions.h"

#include "ui/document/DocumentView.h"
#include "ui/findings/FindingsView.h"
#include "ui/io/Autosave.h"
#include "ui/tables/SectionTableModel.h"
#include "ui/tables/TablesPanel.h"
#include "ui/window/Language.h"
#include "ui/document/PageView.h"
#include "ui/window/MainWindow.h"
#include "ui/compare/CompareLauncher.h"
#include "ui/season/SeasonViews.h"
#include "ui/project/ProjectActions.h"
#include "ui/project/ProjectFilterModel.h"
#include "ui/project/ProjectPanel.h"
#include "ui/project/ProjectReviewLink.h"
#include "ui/project/ProjectSession.h"

#include "core/project/Project.h"

#include "core/review/Review.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
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

// A folder (its project beside it) or a project file named on the command line.
static bool isProjectArgument(const QString &path)
{
    return QFileInfo(path).isDir() || (Project::isProjectFile(path) && QFileInfo(path).isFile());
}

static bool openProjectArgument(MainWindow *window, const QString &path)
{
    ProjectActions *project = window->projectActions();
    return QFileInfo(path).isDir() ? project->openFolder(path) : project->openProject(path);
}

// Test hooks: once the project's list is there (read, or scanned), the panel's first report is
// opened, as a reviewer's first click would.
static void openFirstReportWhenListed(MainWindow *window)
{
    ProjectActions *project = window->projectActions();
    auto openFirst = [project] {
        const qint64 id = project->panel()->neighbour(0, 1);
        if (id && !project->link()->currentId() && !project->link()->isLoading())
            project->openReport(id);
    };
    QObject::connect(project->session(), &ProjectSession::refreshed, window, openFirst);
    QObject::connect(project->session(), &ProjectSession::scanFinished, window, openFirst);
}

// Test-only (tests/gui/tst_projectkill): NIANBAO_TEST_EDIT=CELL=VALUE opens the first report of the
// project named on the command line, corrects CELL to VALUE as the reviewer would, and says
// "NIANBAO_TEST_EDIT done" on standard error once the correction is in the project.
static void installTestEdit(MainWindow *window)
{
    const QString spec = qEnvironmentVariable("NIANBAO_TEST_EDIT");
    const QString cell = spec.section(u'=', 0, 0);
    const double value = spec.section(u'=', 1).toDouble();
    ProjectActions *project = window->projectActions();
    openFirstReportWhenListed(window);
    auto done = std::make_shared<bool>(false);
    QObject::connect(project, &ProjectActions::reportShown, window, [window, cell, value, done] {
        if (*done || !window->review())
            return;
        *done = true;
        const Status s = window->review()->setCellValue(cell, value, QStringLiteral("测试"));
        std::fprintf(stderr, "NIANBAO_TEST_EDIT %s\n", s ? "done" : qPrintable(s.error()));
        std::fflush(stderr);
    });
}

// Test-only (tests/gui/tst_projectprocess): NIANBAO_TEST_SETTLE=confirm or dismiss=REASON opens the
// reports of the project named on the command line in the panel's order until one has a finding,
// settles its first finding as F9 / Shift+F9 do (REASON answering the dialog), and says
// "NIANBAO_TEST_SETTLE done" on standard error once the decision is in the project, or
// "NIANBAO_TEST_SETTLE refused: MESSAGE" with what the window said.
static void installTestSettle(MainWindow *window)
{
    const QString spec = qEnvironmentVariable("NIANBAO_TEST_SETTLE");
    const FindingStatus status = spec.startsWith(u"dismiss") ? FindingStatus::Dismissed : FindingStatus::Confirmed;
    const QString reason = spec.section(u'=', 1);
    ProjectActions *project = window->projectActions();
    window->hintActions()->setReasonPrompt([reason](const Finding &) { return std::optional<QString>(reason); });
    openFirstReportWhenListed(window);
    auto said = std::make_shared<QString>();
    QObject::connect(window->hintActions(), &HintActions::message, window, [said](const QString &text) { *said = text; });
    auto done = std::make_shared<bool>(false);
    QObject::connect(project, &ProjectActions::reportShown, window, [window, project, status, said, done] {
        if (*done || !window->review())
            return;
        if (window->review()->record().findings.isEmpty()) {
            if (!project->step(1)) {
                *done = true;
                std::fprintf(stderr, "NIANBAO_TEST_SETTLE refused: no report with findings\n");
                std::fflush(stderr);
            }
            return;
        }
        *done = true;
        window->findingsView()->setCurrentFindingIndex(0);
        const bool settled = window->hintActions()->settleCurrent(status);
        if (settled)
            std::fprintf(stderr, "NIANBAO_TEST_SETTLE done\n");
        else
            std::fprintf(stderr, "NIANBAO_TEST_SETTLE refused: %s\n", qPrintable(*said));
        std::fflush(stderr);
    });
}

// --screenshot with a folder or a project: the list filled (the scan finished), the first report
// with problems shown, the window grabbed; the timings printed.
static int projectScreenshot(QApplication &app, MainWindow *window, const QString &path, const QString &out)
{
    ProjectActions *project = window->projectActions();
    QElapsedTimer timer;
    timer.start();
    auto shoot = [window, project, out](qint64 id, qint64 ms) {
        std::fprintf(stderr, "project-report-shown: %lld ms (report %lld)\n", qlonglong(ms), qlonglong(id));
        QApplication::processEvents();
        if (window->review() && !window->review()->record().findings.isEmpty())
            window->nextFinding();
        QApplication::processEvents();
        window->grab().save(out);
        std::fprintf(stderr, "screenshot: %s\n", qPrintable(out));
        QTimer::singleShot(0, qApp, &QApplication::quit);
    };
    QObject::connect(project, &ProjectActions::reportShown, window, shoot);
    auto showOne = [project, &timer] {
        std::fprintf(stderr, "project-open-to-list: %lld ms (%d reports)\n", qlonglong(timer.elapsed()),
                     project->panel()->filterModel()->rowCount());
        project->problemsFirstAction()->setChecked(true);
        const qint64 id = project->panel()->neighbour(0, 1);
        if (!id || !project->openReport(id))
            QTimer::singleShot(0, qApp, &QApplication::quit);
    };
    const bool folder = QFileInfo(path).isDir();
    if (folder)
        QObject::connect(project->session(), &ProjectSession::scanFinished, window, showOne);
    if (!openProjectArgument(window, path)) {
        window->grab().save(out);
        return 2;
    }
    if (!folder)
        showOne();
    return app.exec();
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
    parser.addPositionalArgument(QStringLiteral("files"), MainWindow::tr("要打开的报告、审核文件，或一个文件夹（其中的报告作为项目）、项目文件 .nbproj"));
    // Hidden: grab the window once the report is checked, print the timings, quit.
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("png"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption language(QStringLiteral("lang"), QString(), QStringLiteral("zh_CN|en"));
    language.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption compare(QStringLiteral("compare"), MainWindow::tr("对比两个年度的报告（给出两个文件）"));
    // Hidden, with --screenshot: select this cell (an id of cells-2021.tsv) before the grab, so that
    // the report is shown where the cell's number stands.
    QCommandLineOption selectCell(QStringLiteral("select-cell"), QString(), QStringLiteral("id"));
    selectCell.setFlags(QCommandLineOption::HiddenFromHelp);
    // Hidden: a project's season views (issue 11) by themselves, for --screenshot.
    QCommandLineOption overview(QStringLiteral("overview"), QString(), QStringLiteral("project"));
    QCommandLineOption agencyYears(QStringLiteral("agency-years"), QString(), QStringLiteral("project"));
    QCommandLineOption year(QStringLiteral("year"), QString(), QStringLiteral("year"));
    QCommandLineOption agency(QStringLiteral("agency"), QString(), QStringLiteral("name"));
    for (QCommandLineOption *o : {&overview, &agencyYears, &year, &agency})
        o->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({screenshot, language, compare, selectCell, overview, agencyYears, year, agency});
    parser.process(app);
    if (parser.isSet(language))
        setLanguage(parser.value(language), false);

    if (parser.isSet(overview))
        return runSeasonView(QStringLiteral("overview"), parser.value(overview), parser.value(year),
                             parser.value(screenshot));
    if (parser.isSet(agencyYears))
        return runSeasonView(QStringLiteral("agency-years"), parser.value(agencyYears), parser.value(agency),
                             parser.value(screenshot));
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(compare) && files.size() == 2)
        return runCompare(files.at(0), files.at(1), parser.value(screenshot));
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();

    // Test-only: where a folder's project goes when the place beside it is read-only (instead of
    // the file dialog), tests/gui/tst_projectprocess.
    if (const QString place = qEnvironmentVariable("NIANBAO_TEST_PLACE"); !place.isEmpty())
        window->projectActions()->session()->setPlaceAsker([place](const QString &, const QString &) { return place; });
    if (parser.isSet(screenshot) && !files.isEmpty() && isProjectArgument(files.first())) {
        window->setConfirmDiscard(false);
        return projectScreenshot(app, window, files.first(), parser.value(screenshot));
    }
    if (parser.isSet(screenshot)) {
        const QString out = parser.value(screenshot);
        const QString cell = parser.value(selectCell);
        window->setConfirmDiscard(false);
        QObject::connect(window, &MainWindow::loaded, window, [window, out, cell, &sinceLaunch](const QString &, bool ok) {
            QApplication::processEvents();
            window->repaint();
            std::fprintf(stderr, "launch-to-checked-report: %lld ms (loaded: %s)\n",
                         qlonglong(sinceLaunch.elapsed()), ok ? "yes" : "no");
            measureEditLatency(*window);
            // Show the first problem (or the table of applications when there is none).
            window->tablesPanel()->tabs()->setCurrentIndex(int(TableSection::Apply));
            if (window->review() && !window->review()->record().findings.isEmpty())
                window->nextFinding();
            if (window->review() && !cell.isEmpty()) {
                const qsizetype index = window->review()->record().schema().indexOf(cell);
                if (index >= 0)
                    window->selectCell(int(index));
            }
            // On the pages: the first boxed value of the table of applications when no finding
            // outlined one.
            if (window->review() && window->pagesShown() && window->pageView()->outlinedCells().isEmpty()) {
                const Record &rec = window->review()->record();
                for (int boxed : window->pageView()->boxedCells())
                    if (rec.schema().at(boxed).table == TableSection::Apply) {
                        window->selectCell(boxed);
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

    if (qEnvironmentVariableIsSet("NIANBAO_TEST_EDIT"))
        installTestEdit(window);
    if (qEnvironmentVariableIsSet("NIANBAO_TEST_SETTLE"))
        installTestSettle(window);
    if (!files.isEmpty() && isProjectArgument(files.first()))
        openProjectArgument(window, files.first());
    else if (!files.isEmpty())
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
