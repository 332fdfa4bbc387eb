// SPDX-License-Identifier: GPL-3.0-or-later
// The season's project in the window (ui/project): the list model under QAbstractItemModelTester,
// a folder opened (its project beside it, the list filling from the background scan), statuses
// kept across a reopen, next / previous in the panel's order (有问题的优先 too), the filters and
// the search, and corrections written to the project as they are made (undo appends, notes
// rewritten), while a report opened on its own keeps its files and autosave.
#include "tests/fixtures/ProjectFixture.h"

#include "ui/actions/HintActions.h"
#include "ui/compare/CompareSession.h"
#include "ui/compare/CompareWindow.h"
#include "ui/findings/FindingsModel.h"
#include "ui/findings/FindingsView.h"
#include "ui/io/Autosave.h"
#include "ui/project/ProjectActions.h"
#include "ui/project/ProjectFilterModel.h"
#include "ui/project/ProjectListModel.h"
#include "ui/project/ProjectPanel.h"
#include "ui/project/ProjectReviewLink.h"
#include "ui/project/ProjectSession.h"
#include "ui/season/ProjectCompare.h"
#include "ui/window/MainWindow.h"
#include "ui/window/ShortcutsDialog.h"

#include "core/project/Project.h"
#include "core/review/Review.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDirIterator>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;
using namespace nianbao::ui;

namespace {

// A season: seed copies and the fixtures with split digit runs and groups (so that some reports
// have problems and inferred cells and some not), in subfolders.
QStringList makeSeason(const QString &root)
{
    QStringList files = projectfixture::makeReportFolder(root + QStringLiteral("/seeds"), 8);
    QDir().mkpath(root + QStringLiteral("/more"));
    for (const char *sub : {"groups", "evidence"}) {
        QDir in(QStringLiteral(NIANBAO_TEST_DATA "/input/") + QLatin1String(sub));
        for (const QString &name : in.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            const QString to = root + QStringLiteral("/more/") + QLatin1String(sub) + u'_' + name;
            QFile::copy(in.filePath(name), to);
            files.append(to);
        }
    }
    // Read on a worker thread when shown (not plain text).
    for (const char *name : {"report.docx", "report.pdf"}) {
        const QString to = root + QStringLiteral("/more/") + QLatin1String(name);
        QFile::copy(QStringLiteral(NIANBAO_TEST_DATA "/input/formats/") + QLatin1String(name), to);
        files.append(to);
    }
    return files;
}

ProjectReport fakeReport(qint64 id, const QString &agency, int year, int violations, int missing,
                         ReviewStatus status = ReviewStatus::Unreviewed)
{
    ProjectReport r;
    r.id = id;
    r.path = QStringLiteral("/season/r%1.txt").arg(id);
    r.agency = agency;
    r.year = year;
    r.format = year >= 2021 ? QStringLiteral("2021") : QStringLiteral("2019");
    r.hasRecord = true;
    r.violations = violations;
    r.missing = missing;
    r.status.status = status;
    return r;
}

QList<qint64> shownIds(const ProjectFilterModel *m)
{
    QList<qint64> out;
    for (int row = 0; row < m->rowCount(); ++row)
        out.append(m->idAt(row));
    return out;
}

} // namespace

class TestProjectPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_reports;
    int m_count = 0;

    // A window with the season's folder opened and read.
    std::unique_ptr<MainWindow> openSeason()
    {
        auto w = std::make_unique<MainWindow>();
        w->setConfirmDiscard(false);
        w->projectActions()->session()->setInteractive(false);
        w->projectActions()->setNoteAsker([](qint64, ReviewStatus, const QString &) { return QString(); });
        if (!w->projectActions()->openFolder(m_reports))
            return nullptr;
        w->projectActions()->session()->waitForScan();
        return w;
    }

    static bool showReport(MainWindow &w, qint64 id)
    {
        QSignalSpy shown(w.projectActions(), &ProjectActions::reportShown);
        if (!w.projectActions()->openReport(id))
            return false;
        // A plain-text report is shown at once; others when read.
        return (!shown.isEmpty() || shown.wait(30000)) && shown.last().at(0).toLongLong() == id && w.review();
    }

    static bool stepAndWait(MainWindow &w, int step, qint64 *id)
    {
        QSignalSpy shown(w.projectActions(), &ProjectActions::reportShown);
        QTest::keyClick(&w, step > 0 ? Qt::Key_PageDown : Qt::Key_PageUp, Qt::ControlModifier);
        if (shown.isEmpty() && !shown.wait(30000))
            return false;
        *id = shown.last().at(0).toLongLong();
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_reports = m_dir.filePath(QStringLiteral("season2023"));
        m_count = int(makeSeason(m_reports).size());
        QVERIFY(m_count >= 12);
    }

    void modelUnderTester()
    {
        ProjectListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProjectFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.sort(ProjectListModel::ViolationsColumn, Qt::DescendingOrder);

        model.setReports({fakeReport(1, QStringLiteral("甲县"), 2023, 0, 0), fakeReport(2, QStringLiteral("乙县"), 2023, 2, 0)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ProjectListModel::ColumnCount));
        // A scan's refresh: one row updated, two appended; the rows of known ids stay where they were.
        model.setReports({fakeReport(1, QStringLiteral("甲县"), 2023, 0, 3), fakeReport(2, QStringLiteral("乙县"), 2023, 2, 0),
                          fakeReport(3, QStringLiteral("丙县"), 2022, 0, 0), fakeReport(4, QString(), 0, 0, 0)});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(1), 0);
        QCOMPARE(model.index(0, ProjectListModel::MissingColumn).data().toInt(), 3);
        QCOMPARE(model.index(3, ProjectListModel::AgencyColumn).data().toString(), QStringLiteral("（未写明机关）"));
        QCOMPARE(filter.rowCount(), 4);
        QCOMPARE(filter.idAt(0), 2); // the most violations first
        // A live count of the review on show stays over the project's extracted counts.
        model.setLiveCounts(2, 0, 0, 0, 1);
        model.setReports({fakeReport(1, QStringLiteral("甲县"), 2023, 0, 3), fakeReport(2, QStringLiteral("乙县"), 2023, 2, 0),
                          fakeReport(3, QStringLiteral("丙县"), 2022, 0, 0), fakeReport(4, QString(), 0, 0, 0)});
        QCOMPARE(model.reportById(2)->violations, 0);
        QCOMPARE(model.index(1, ProjectListModel::CorrectionsColumn).data().toInt(), 1);
        ProjectReport changed = fakeReport(3, QStringLiteral("丙县"), 2022, 0, 0, ReviewStatus::Returned);
        changed.status.note = QStringLiteral("表三不符");
        model.updateReport(changed);
        QCOMPARE(model.index(2, ProjectListModel::StatusColumn).data(ProjectListModel::StatusRole).toInt(),
                 int(ReviewStatus::Returned));
        QVERIFY(model.index(2, ProjectListModel::AgencyColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("表三不符")));
        // Another project: a reset.
        model.setReports({fakeReport(9, QStringLiteral("丁县"), 2021, 1, 1)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(1), -1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void filtersAndProblemsFirst()
    {
        ProjectListModel model;
        ProjectFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.sort(ProjectListModel::AgencyColumn, Qt::AscendingOrder);
        model.setReports({fakeReport(1, QStringLiteral("b 县司法局"), 2023, 0, 0),
                          fakeReport(2, QStringLiteral("a 县人民政府"), 2023, 1, 0, ReviewStatus::Returned),
                          fakeReport(3, QStringLiteral("c 市司法局"), 2022, 0, 4, ReviewStatus::Approved),
                          fakeReport(4, QStringLiteral("d 区司法局"), 2023, 0, 0, ReviewStatus::InReview)});
        QCOMPARE(shownIds(&filter), (QList<qint64>{2, 1, 3, 4}));
        filter.setProblemsFirst(true);
        QCOMPARE(shownIds(&filter), (QList<qint64>{2, 3, 1, 4}));
        filter.sort(ProjectListModel::AgencyColumn, Qt::DescendingOrder); // still first
        QCOMPARE(shownIds(&filter), (QList<qint64>{3, 2, 4, 1}));
        filter.setProblemsFirst(false);
        QCOMPARE(shownIds(&filter), (QList<qint64>{4, 3, 1, 2}));
        filter.setFilter(ProjectFilterModel::Filter::Problems);
        QCOMPARE(shownIds(&filter), (QList<qint64>{3, 2}));
        filter.setFilter(ProjectFilterModel::Filter::Unreviewed);
        QCOMPARE(shownIds(&filter), (QList<qint64>{1}));
        filter.setFilter(ProjectFilterModel::Filter::Returned);
        QCOMPARE(shownIds(&filter), (QList<qint64>{2}));
        filter.setFilter(ProjectFilterModel::Filter::All);
        filter.setSearchText(QStringLiteral("司法局"));
        QCOMPARE(shownIds(&filter), (QList<qint64>{4, 3, 1}));
        filter.setSearchText(QStringLiteral("r2.TXT")); // the file name too, any case
        QCOMPARE(shownIds(&filter), (QList<qint64>{2}));
        filter.setSearchText(QStringLiteral("没有这个机关"));
        QCOMPARE(filter.rowCount(), 0);
        QCOMPARE(filter.nextRow(1, 1), -1);
    }

    // Opening a folder: its project beside it, the list filled by the background scan, one row per
    // report with the project's columns; reopening reads nothing again.
    void openFolderFillsTheList()
    {
        auto w = std::make_unique<MainWindow>();
        w->projectActions()->session()->setInteractive(false);
        QSignalSpy opened(w->projectActions(), &ProjectActions::projectOpened);
        QSignalSpy finished(w->projectActions()->session(), &ProjectSession::scanFinished);
        QVERIFY(w->projectActions()->openFolder(m_reports));
        QCOMPARE(opened.count(), 1); // at once: the scan goes on in the background
        QVERIFY(w->projectActions()->session()->isScanning());
        QVERIFY(w->projectDock()->isVisibleTo(w.get()));
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
        ProjectListModel *model = w->projectActions()->session()->model();
        QCOMPARE(model->rowCount(), m_count);
        const QString project = ProjectSession::defaultProjectFor(m_reports);
        QCOMPARE(project, m_dir.filePath(QStringLiteral("season2023.nbproj")));
        QCOMPARE(w->projectActions()->projectPath(), project);
        auto p = Project::open(project, Project::Access::Read);
        QVERIFY2(p, qPrintable(p.error()));
        const auto reports = *p->reports();
        QCOMPARE(reports.size(), m_count);
        int problems = 0;
        for (const ProjectReport &r : reports) {
            const ProjectReport *row = model->reportById(r.id);
            QVERIFY(row);
            QCOMPARE(row->agency, r.agency);
            QCOMPARE(row->inferred, r.inferred);
            const int at = model->rowOf(r.id);
            QCOMPARE(model->index(at, ProjectListModel::FormatColumn).data().toString(), r.format);
            QCOMPARE(model->index(at, ProjectListModel::StatusColumn).data().toString(), QStringLiteral("未审"));
            problems += ProjectListModel::hasProblems(r);
        }
        QVERIFY(problems > 0 && problems < m_count);
        // The panel's filter box and search box.
        ProjectPanel *panel = w->projectActions()->panel();
        panel->filterBox()->setCurrentIndex(1); // 有问题
        QCOMPARE(panel->filterModel()->rowCount(), problems);
        panel->filterBox()->setCurrentIndex(0);
        const QString agency = reports.first().agency;
        panel->searchEdit()->setText(agency); // as typed (keyClicks takes Latin-1 only)
        QVERIFY(panel->filterModel()->rowCount() >= 1);
        for (int row = 0; row < panel->filterModel()->rowCount(); ++row)
            QVERIFY(panel->filterModel()->index(row, 0).data().toString().contains(agency));
        panel->searchEdit()->clear();
        QCOMPARE(panel->filterModel()->rowCount(), m_count);
        // Reopened: the list from the database, no scan.
        w = std::make_unique<MainWindow>();
        QVERIFY(w->projectActions()->openProject(project));
        QVERIFY(!w->projectActions()->session()->isScanning());
        QCOMPARE(w->projectActions()->session()->model()->rowCount(), m_count);
    }

    // Statuses: one key each, the note asked, saved at once; kept across a reopen; the filters follow.
    void statusesPersistAcrossReopen()
    {
        const QString project = ProjectSession::defaultProjectFor(m_reports);
        qint64 returned = 0, approved = 0;
        {
            auto w = openSeason();
            QVERIFY(w);
            w->show();
            QVERIFY(QTest::qWaitForWindowExposed(w.get()));
            ProjectActions *actions = w->projectActions();
            QString askedNote;
            actions->setNoteAsker([&](qint64, ReviewStatus s, const QString &current) -> std::optional<QString> {
                askedNote = current;
                return s == ReviewStatus::Returned ? QStringLiteral("表三第（六）项合计不符") : QString();
            });
            ProjectPanel *panel = actions->panel();
            returned = panel->filterModel()->idAt(0);
            QVERIFY(panel->selectReport(returned));
            panel->view()->setFocus();
            QTest::keyClick(w.get(), Qt::Key_4, Qt::AltModifier); // 退回整改
            QVERIFY(showReport(*w, panel->filterModel()->idAt(1)));
            approved = actions->currentReportId();
            QTest::keyClick(w.get(), Qt::Key_3, Qt::AltModifier); // 通过, the report on show
            // Cancelling the note dialog sets nothing.
            actions->setNoteAsker([](qint64, ReviewStatus, const QString &) { return std::nullopt; });
            QVERIFY(!actions->setStatus(ReviewStatus::InReview));
            QCOMPARE(actions->session()->model()->reportById(approved)->status.status, ReviewStatus::Approved);
            // Saved at once: another connection sees it while the window is open.
            auto p = Project::open(project, Project::Access::Read);
            QCOMPARE(p->report(returned)->status.status, ReviewStatus::Returned);
            QCOMPARE(p->report(returned)->status.note, QStringLiteral("表三第（六）项合计不符"));
            QCOMPARE(p->report(approved)->status.status, ReviewStatus::Approved);
        }
        auto w = std::make_unique<MainWindow>();
        QVERIFY(w->projectActions()->openProject(project));
        ProjectListModel *model = w->projectActions()->session()->model();
        QCOMPARE(model->reportById(returned)->status.status, ReviewStatus::Returned);
        QCOMPARE(model->reportById(returned)->status.note, QStringLiteral("表三第（六）项合计不符"));
        QCOMPARE(model->reportById(approved)->status.status, ReviewStatus::Approved);
        QCOMPARE(model->index(model->rowOf(approved), ProjectListModel::StatusColumn).data().toString(), QStringLiteral("通过"));
        ProjectPanel *panel = w->projectActions()->panel();
        panel->filterBox()->setCurrentIndex(3); // 退回整改
        QCOMPARE(shownIds(panel->filterModel()), QList<qint64>{returned});
        panel->filterBox()->setCurrentIndex(2); // 未审
        QCOMPARE(panel->filterModel()->rowCount(), m_count - 2);
        QVERIFY(!shownIds(panel->filterModel()).contains(approved));
        auto p = Project::open(project, Project::Access::Read);
        QCOMPARE(p->statusHistory(returned)->size(), 1);
    }

    // Ctrl+PgDown / Ctrl+PgUp: the next / previous report in the panel's order, whatever the sort,
    // with the reports that have problems first when asked.
    void nextAndPrevious()
    {
        auto w = openSeason();
        QVERIFY(w);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        ProjectActions *actions = w->projectActions();
        ProjectFilterModel *order = actions->panel()->filterModel();
        actions->panel()->view()->sortByColumn(ProjectListModel::MissingColumn, Qt::DescendingOrder);
        const QList<qint64> ids = shownIds(order);
        QCOMPARE(ids.size(), m_count);
        QVERIFY(showReport(*w, ids.at(0)));
        qint64 id = 0;
        for (int i = 1; i < 4; ++i) {
            QVERIFY(stepAndWait(*w, 1, &id));
            QCOMPARE(id, ids.at(i));
            QCOMPARE(actions->panel()->currentId(), id); // the panel follows
            QCOMPARE(w->review()->document().path, actions->session()->model()->reportById(id)->path);
            QVERIFY(!w->review()->document().text.isEmpty());
        }
        QVERIFY(stepAndWait(*w, -1, &id));
        QCOMPARE(id, ids.at(2));
        // The last one: no further.
        QVERIFY(showReport(*w, ids.last()));
        QVERIFY(!actions->step(1));
        // With findings first: the reports with problems, then the others, each in the sort's order.
        actions->problemsFirstAction()->setChecked(true);
        const QList<qint64> problemsFirst = shownIds(order);
        bool seenClean = false;
        for (qint64 i : problemsFirst) {
            const bool problem = ProjectListModel::hasProblems(*actions->session()->model()->reportById(i));
            QVERIFY(!(problem && seenClean));
            seenClean = seenClean || !problem;
        }
        QVERIFY(showReport(*w, problemsFirst.at(0)));
        QVERIFY(stepAndWait(*w, 1, &id));
        QCOMPARE(id, problemsFirst.at(1));
        actions->problemsFirstAction()->setChecked(false);
    }

    // A report that is not plain text is read on a worker thread: the window answers meanwhile,
    // and the last report asked for is the one shown.
    void documentReadOffTheGuiThread()
    {
        auto w = openSeason();
        QVERIFY(w);
        ProjectListModel *model = w->projectActions()->session()->model();
        qint64 pdf = 0, docx = 0, txt = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const ProjectReport *r = model->reportAt(row);
            (r->path.endsWith(u".pdf") ? pdf : r->path.endsWith(u".docx") ? docx : txt) = r->id;
        }
        QVERIFY(pdf && docx && txt);
        QSignalSpy shown(w->projectActions(), &ProjectActions::reportShown);
        QVERIFY(w->projectActions()->openReport(pdf));
        QVERIFY(shown.isEmpty()); // not yet: being read
        QVERIFY(w->projectActions()->link()->isLoading());
        QVERIFY(w->projectActions()->openReport(docx)); // asked for meanwhile: shown instead
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().at(0).toLongLong(), docx);
        QVERIFY(w->review()->document().path.endsWith(u".docx"));
        QVERIFY(!w->review()->document().text.isEmpty());
        QCOMPARE(w->review()->record().agency, model->reportById(docx)->agency);
        QCOMPARE(w->projectActions()->currentReportId(), docx);

        // Keys pressed while a report is read move on from the one asked for.
        ProjectPanel *panel = w->projectActions()->panel();
        const int way = panel->neighbour(panel->neighbour(pdf, 1), 1) ? 1 : -1; // wherever the PDF sorts
        const qint64 one = panel->neighbour(pdf, way), two = panel->neighbour(one, way);
        QVERIFY(one && two);
        shown.clear();
        QVERIFY(w->projectActions()->openReport(pdf));
        QVERIFY(w->projectActions()->link()->isLoading());
        QVERIFY(w->projectActions()->step(way));
        QVERIFY(w->projectActions()->step(way));
        QCOMPARE(w->projectActions()->link()->targetId(), two);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !w->projectActions()->link()->isLoading(), 30000);
        QCOMPARE(shown.last().at(0).toLongLong(), two);
        for (const auto &s : std::as_const(shown))
            QVERIFY(s.at(0).toLongLong() != pdf && s.at(0).toLongLong() != one);
        QCOMPARE(panel->currentId(), two);
    }

    // Each correction is in the project as it is made; undo appends a correction that puts the
    // value back; a note rewritten is rewritten there; the review is never "unsaved".
    void correctionsGoToTheProject()
    {
        auto w = openSeason();
        QVERIFY(w);
        ProjectActions *actions = w->projectActions();
        const qint64 id = actions->panel()->filterModel()->idAt(0);
        QVERIFY(showReport(*w, id));
        Review *review = w->review();
        const Schema &schema = review->record().schema();
        QString cell;
        for (const CellSpec &c : schema.cells())
            if (c.kind == ValueKind::Count && review->record().value(c.id)) {
                cell = c.id;
                break;
            }
        QVERIFY(!cell.isEmpty());
        const std::optional<double> before = review->record().value(cell);
        auto p = Project::open(actions->projectPath(), Project::Access::Read);
        QVERIFY(p);
        const int had = int(p->corrections(id)->size());

        QVERIFY(review->setCellValue(cell, *before + 5, QStringLiteral("原文第 2 页")));
        auto trail = *p->corrections(id);
        QCOMPARE(trail.size(), had + 1);
        QCOMPARE(trail.last().cell, cell);
        QCOMPARE(trail.last().from, before);
        QCOMPARE(trail.last().to, std::optional<double>(*before + 5));
        QCOMPARE(trail.last().note, QStringLiteral("原文第 2 页"));
        QTRY_VERIFY(!w->isDirty()); // nothing to save, nothing to autosave
        QCOMPARE(actions->session()->model()->reportById(id)->corrections, had + 1);

        review->setCorrectionNote(review->record().corrections.size() - 1, QStringLiteral("以纸质版为准"));
        QCOMPARE(p->corrections(id)->last().note, QStringLiteral("以纸质版为准"));
        QCOMPARE(p->corrections(id)->size(), had + 1);

        review->undoStack()->undo(); // the note
        QCOMPARE(p->corrections(id)->last().note, QStringLiteral("原文第 2 页"));
        review->undoStack()->undo(); // the value
        trail = *p->corrections(id);
        QCOMPARE(trail.size(), had + 2); // append-only: the undo is a correction of its own
        QCOMPARE(trail.last().from, std::optional<double>(*before + 5));
        QCOMPARE(trail.last().to, before);
        QCOMPARE(p->correctedRecord(id)->value(cell), before);
        review->undoStack()->redo();
        QCOMPARE(p->corrections(id)->size(), had + 3);
        QCOMPARE(p->correctedRecord(id)->value(cell), std::optional<double>(*before + 5));
        QTRY_VERIFY(!w->isDirty());

        // Another report and back: the correction is there.
        QVERIFY(showReport(*w, actions->panel()->filterModel()->idAt(1)));
        QVERIFY(showReport(*w, id));
        QCOMPARE(w->review()->record().value(cell), std::optional<double>(*before + 5));
        QVERIFY(w->review()->record().cell(cell)->corrected);
    }

    // F9 / Shift+F9 on a project's report (the project a version-1 file, brought up to date when the
    // window opens it): each decision is in the project at once, undo and redo follow, and reopened
    // the report shows them in the findings list, its counts without the dismissed finding.
    void findingDecisionsGoToTheProject()
    {
        QString project;
        {
            auto w = openSeason();
            QVERIFY(w);
            project = w->projectActions()->projectPath();
        }
        QVERIFY(projectfixture::downgradeToVersion1(project));
        auto w = std::make_unique<MainWindow>();
        w->setConfirmDiscard(false);
        w->projectActions()->session()->setInteractive(false);
        QVERIFY(w->projectActions()->openProject(project));
        Project *p = w->projectActions()->session()->project();
        QCOMPARE(p->fileVersion(), 2);
        QVERIFY(w->projectActions()->session()->isWritable());
        ProjectActions *actions = w->projectActions();
        qint64 id = 0;
        for (int row = 0; row < actions->panel()->filterModel()->rowCount() && !id; ++row) {
            const qint64 at = actions->panel()->filterModel()->idAt(row);
            QVERIFY(showReport(*w, at));
            if (w->review()->record().findings.size() >= 2)
                id = at;
        }
        QVERIFY(id);
        const Finding first = w->review()->record().findings.at(0);
        const Finding second = w->review()->record().findings.at(1);
        const int countBefore = int(w->review()->record().count(second.kind));
        w->hintActions()->setReasonPrompt([](const Finding &) { return std::optional<QString>(QStringLiteral("口径不同，已核实")); });

        w->findingsView()->setCurrentFindingIndex(0);
        QVERIFY(w->hintActions()->settleCurrent(FindingStatus::Confirmed));
        auto standing = *p->settlements(id);
        QCOMPARE(standing.size(), 1);
        QVERIFY(standing.first().matches(first));
        QCOMPARE(standing.first().status, FindingStatus::Confirmed);
        w->findingsView()->setCurrentFindingIndex(1);
        QVERIFY(w->hintActions()->settleCurrent(FindingStatus::Dismissed));
        standing = *p->settlements(id);
        QCOMPARE(standing.size(), 2);
        QCOMPARE(standing.last().status, FindingStatus::Dismissed);
        QCOMPARE(standing.last().reason, QStringLiteral("口径不同，已核实"));
        QCOMPARE(standing, w->review()->record().settlements);
        QTRY_VERIFY(!w->isDirty()); // in the project: nothing to save
        QCOMPARE(actions->session()->model()->reportById(id)->missing + actions->session()->model()->reportById(id)->violations,
                 int(w->review()->record().count(FindingKind::Missing) + w->review()->record().count(FindingKind::Violation)));

        w->review()->undoStack()->undo(); // the dismissal taken back
        QCOMPARE(p->settlements(id)->size(), 1);
        QCOMPARE(p->settlementTrail(id)->last().status, FindingStatus::Open);
        w->review()->undoStack()->redo();
        QCOMPARE(*p->settlements(id), w->review()->record().settlements);
        QCOMPARE(p->settlements(id)->size(), 2);
        QCOMPARE(p->settlementTrail(id)->size(), 4); // append-only
        QTRY_VERIFY(!w->isDirty());
        // No review file anywhere beside the reports.
        QDirIterator files(m_reports, {QStringLiteral("*.nianbao")}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(!files.hasNext());
        w.reset();

        MainWindow again;
        again.setConfirmDiscard(false);
        QVERIFY(again.projectActions()->openProject(project));
        QVERIFY(showReport(again, id));
        const Record &shown = again.review()->record();
        QCOMPARE(shown.findings.at(0).status, FindingStatus::Confirmed);
        QCOMPARE(shown.findings.at(1).status, FindingStatus::Dismissed);
        QCOMPARE(shown.findings.at(1).reason, QStringLiteral("口径不同，已核实"));
        QCOMPARE(int(shown.count(second.kind)), countBefore - 1);
        QVERIFY(!again.isDirty());
        const QString message0 = again.findingsModel()->index(0, FindingsModel::MessageColumn).data().toString();
        const QString message1 = again.findingsModel()->index(1, FindingsModel::MessageColumn).data().toString();
        QVERIFY2(message0.startsWith(QStringLiteral("［已确认］")), qPrintable(message0));
        QVERIFY2(message1.startsWith(QStringLiteral("［已排除：口径不同，已核实］")), qPrintable(message1));
        // The list's counts (worked out in the background) leave the dismissed finding out.
        ProjectListModel *reopened = again.projectActions()->session()->model();
        const int expected = int(shown.count(FindingKind::Missing) + shown.count(FindingKind::Violation));
        QTRY_COMPARE(reopened->reportById(id)->missing + reopened->reportById(id)->violations, expected);
        // F9 again on a confirmed finding takes the decision back, in the project too.
        again.findingsView()->setCurrentFindingIndex(0);
        QVERIFY(again.hintActions()->settleCurrent(FindingStatus::Confirmed));
        QCOMPARE(again.review()->record().findings.at(0).status, FindingStatus::Open);
        QCOMPARE(again.projectActions()->session()->project()->settlements(id)->size(), 1);
    }

    // A report on show in the review view and corrected in a comparison of the project: the view
    // reads it again (both go on from the same values); corrected in the view, the comparison says
    // it shows the values it opened with.
    void comparisonAndReviewViewOfOneReport()
    {
        auto w = openSeason();
        QVERIFY(w);
        ProjectActions *actions = w->projectActions();
        const qint64 shownId = actions->panel()->filterModel()->idAt(0);
        const qint64 otherId = actions->panel()->filterModel()->idAt(1);
        QVERIFY(showReport(*w, shownId));
        const QString cell = w->review()->record().schema().cells().first().id;
        const QString other = w->review()->record().schema().cells().at(1).id;
        const qsizetype had = actions->session()->project()->corrections(shownId)->size(); // earlier tests'
        const std::optional<double> otherBefore = w->review()->record().value(other);
        QString error;
        std::unique_ptr<CompareWindow> compare(ProjectCompare::openNow(actions->projectPath(), shownId, otherId, &error));
        QVERIFY2(compare, qPrintable(error));
        compare->setConfirmDiscard(false);
        const Side side = compare->session()->older()->record().sha256 == w->review()->record().sha256 ? Side::Older
                                                                                                         : Side::Newer;
        QCOMPARE(compare->session()->review(side)->record().sha256, w->review()->record().sha256);
        QVERIFY(compare->session()->setCellValue(side, cell, 4321, QStringLiteral("对比时更正")));
        QTRY_COMPARE(w->review()->record().value(cell), std::optional<double>(4321));
        QCOMPARE(actions->link()->currentId(), shownId);
        QVERIFY(!w->isDirty());

        // Now the review view: one more entry after the comparison's, the comparison warned.
        QVERIFY(w->review()->setCellValue(other, 77, QStringLiteral("主窗口")));
        const auto trail = *actions->session()->project()->corrections(shownId);
        QCOMPARE(trail.size(), had + 2);
        QCOMPARE(trail.at(had).note, QStringLiteral("对比时更正"));
        QCOMPARE(trail.at(had + 1).note, QStringLiteral("主窗口"));
        QTRY_VERIFY2(compare->statusBar()->currentMessage().contains(QStringLiteral("主窗口")),
                     qPrintable(compare->statusBar()->currentMessage()));
        // Undo in the view puts back only its own step.
        w->review()->undoStack()->undo();
        const Record now = *actions->session()->project()->correctedRecord(shownId);
        QCOMPARE(now.value(cell), std::optional<double>(4321));
        QCOMPARE(now.value(other), otherBefore);
    }

    // The list shows a corrected report's counts after its corrections, also after a reopen.
    void countsFollowTheCorrections()
    {
        auto w = openSeason();
        QVERIFY(w);
        ProjectListModel *model = w->projectActions()->session()->model();
        // A report with a missing cell that a value settles (not a digit run with several splits).
        qint64 id = 0;
        QString cell;
        for (int row = 0; row < model->rowCount() && cell.isEmpty(); ++row) {
            const ProjectReport *r = model->reportAt(row);
            if (r->missing == 0 || r->corrections > 0)
                continue;
            id = r->id;
            QVERIFY(showReport(*w, id));
            for (const Finding &f : w->review()->record().findings)
                if (f.kind == FindingKind::Missing && f.rule != u"ambiguous" && f.cells.size() == 1) {
                    cell = f.cells.first();
                    break;
                }
        }
        QVERIFY(!cell.isEmpty());
        const int missingBefore = model->reportById(id)->missing;
        const Status set = w->review()->setCellValue(cell, 0);
        QVERIFY2(set, qPrintable(set.error()));
        const int missingAfter = int(w->review()->record().count(FindingKind::Missing));
        QVERIFY(missingAfter < missingBefore);
        QCOMPARE(model->reportById(id)->missing, missingAfter); // the review's own counts
        const QString project = w->projectActions()->projectPath();
        w.reset();
        MainWindow again;
        QVERIFY(again.projectActions()->openProject(project));
        ProjectListModel *reopened = again.projectActions()->session()->model();
        QCOMPARE(reopened->reportById(id)->corrections, 1);
        QTRY_COMPARE(reopened->reportById(id)->missing, missingAfter); // worked out in the background
    }

    // A report opened on its own is the session's as before: not the project's, unsaved until saved.
    void singleReportStillWorks()
    {
        auto w = openSeason();
        QVERIFY(w);
        QVERIFY(showReport(*w, w->projectActions()->panel()->filterModel()->idAt(0)));
        QSignalSpy loaded(w.get(), &MainWindow::loaded);
        const QString single = m_dir.filePath(QStringLiteral("single.txt"));
        QVERIFY(QFile::copy(QStringLiteral(NIANBAO_TEST_DATA "/input/seed_004_80a41c86f4ba9762.txt"), single));
        QVERIFY(w->openFile(single));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(w->projectActions()->currentReportId(), 0);
        const QString cell = w->review()->record().schema().cells().first().id;
        QVERIFY(w->review()->setCellValue(cell, 77));
        QCoreApplication::processEvents();
        QVERIFY(w->isDirty());
        QVERIFY(w->autosave()->saveNow().endsWith(QStringLiteral(".nianbao")));
        // Saved beside the report: opening the report again opens that review.
        const QString saved = m_dir.filePath(QStringLiteral("single.nianbao"));
        QVERIFY(w->saveReviewAs(saved));
        MainWindow again;
        again.setConfirmDiscard(false);
        QSignalSpy reloaded(&again, &MainWindow::loaded);
        QVERIFY(again.openFile(single));
        QVERIFY(reloaded.wait(30000));
        QCOMPARE(again.reviewPath(), saved);
        QCOMPARE(again.review()->record().value(cell), std::optional<double>(77));
        QVERIFY(!again.isDirty());
        // A review beside a report that is not its report is left alone.
        const QString other = m_dir.filePath(QStringLiteral("other.txt"));
        QVERIFY(QFile::copy(single, other));
        QVERIFY(QFile::copy(saved, m_dir.filePath(QStringLiteral("other.nianbao"))));
        reloaded.clear();
        QVERIFY(again.openFile(other));
        QVERIFY(reloaded.wait(30000));
        QVERIFY(again.reviewPath().isEmpty());
        QCOMPARE(again.review()->document().path, other);
    }

    // The 项目 menu, 文件 › 打开文件夹…, and the keys in the shortcuts dialog.
    void menuAndShortcuts()
    {
        MainWindow w;
        QMenu *menu = w.projectMenu();
        QVERIFY(w.menuBar()->actions().contains(menu->menuAction()));
        QCOMPARE(menu->title(), QStringLiteral("项目(&P)"));
        ProjectActions *actions = w.projectActions();
        QCOMPARE(actions->openFolderAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+O")));
        QCOMPARE(actions->nextAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_PageDown));
        QCOMPARE(actions->previousAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_PageUp));
        QCOMPARE(actions->statusAction(ReviewStatus::Returned)->shortcut(), QKeySequence(Qt::ALT | Qt::Key_4));
        // No key of the window taken twice.
        QHash<QKeySequence, QString> keys;
        for (const QAction *a : w.findChildren<QAction *>()) {
            for (const QKeySequence &k : a->shortcuts()) {
                if (k.isEmpty() || a->shortcutContext() == Qt::WidgetShortcut)
                    continue;
                QVERIFY2(!keys.contains(k) || keys.value(k) == a->text(),
                         qPrintable(k.toString() + u' ' + a->text() + u' ' + keys.value(k)));
                keys.insert(k, a->text());
            }
        }
        ShortcutsDialog dialog(w.findChildren<QAction *>(), &w);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
        QStringList rows;
        for (int r = 0; r < table->rowCount(); ++r)
            rows.append(table->item(r, 1)->text());
        for (const char *text : {"状态：退回整改", "下一份报告", "打开文件夹", "扫描/重新读取"})
            QVERIFY2(rows.contains(QString::fromUtf8(text)), text);
    }
};

QTEST_MAIN(TestProjectPanel)
#include "tst_projectpanel.moc"
