// SPDX-License-Identifier: GPL-3.0-or-later
// The season's views of a project (ui/season, issue 11) on the offscreen platform: the table
// model under QAbstractItemModelTester and a sort proxy; 总览 for a year (every agency, sorted by
// any column, filtered, open values shown open and never 0, exported to xlsx in the order shown
// and read back); 机关历年 (an agency found under a name written differently, its years, the
// trend chart's points with a line broken at an open year, the comparison window opened on two
// of its years with the project's corrections, and from the project's record when the file is
// gone); the 项目 menu's actions enabled only with a project.
#include "ui/compare/CompareSession.h"
#include "ui/compare/CompareWindow.h"
#include "ui/season/AgencyYearsWindow.h"
#include "ui/season/OverviewWindow.h"
#include "ui/season/ProjectCompare.h"
#include "ui/season/SeasonTableModel.h"
#include "ui/season/SeasonViews.h"
#include "ui/season/TrendCharts.h"

#include "core/project/Project.h"
#include "core/review/Review.h"

#include "tests/fixtures/SeasonFixture.h"
#include "tests/fixtures/XlsxReader.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QDirIterator>
#include <QComboBox>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;
using namespace nianbao::ui;

namespace {

int totalIndex(const QString &label)
{
    return int(keyTotalLabels().indexOf(label));
}

// A column of the view as shown (after sorting and filtering).
QStringList columnShown(const QAbstractItemModel *model, int column)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, column).data().toString();
    return out;
}

QList<QPointF> pointsOf(const QList<QLineSeries *> &segments, int segment)
{
    return segment < segments.size() ? segments.at(segment)->points() : QList<QPointF>{};
}

} // namespace

class TestSeasonViews : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_folder;
    QString m_project;

    Project open() const
    {
        auto p = Project::open(m_project, Project::Access::Write);
        if (!p)
            qFatal("%s", qPrintable(p.error()));
        return std::move(*p);
    }

    qint64 reportId(const QString &relative) const
    {
        return open().reportId(m_folder + QLatin1Char('/') + relative).value_or(0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.filePath(QStringLiteral("season"));
        QVERIFY(seasonfixture::makeSeasonFolder(m_folder));
        m_project = m_dir.filePath(QStringLiteral("season.nbproj"));
        Project p = open();
        auto stats = p.scan({m_folder});
        QVERIFY2(stats, qPrintable(stats.error()));
        QCOMPARE(stats->added, 12);
        QVERIFY(p.setStatus(reportId(QStringLiteral("聊城/2023.txt")), ReviewStatus::Returned, QStringLiteral("合计不符")));
        QVERIFY(p.setStatus(reportId(QStringLiteral("司法局/2023.txt")), ReviewStatus::Approved));
    }

    void modelUnderTester()
    {
        const Project p = open();
        const QList<AgencyGroup> groups = groupByAgency(*p.reports());
        for (auto lead : {SeasonTableModel::Lead::Agency, SeasonTableModel::Lead::Year}) {
            SeasonTableModel model(lead);
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QSortFilterProxyModel proxy;
            proxy.setSourceModel(&model);
            proxy.setSortRole(SeasonTableModel::SortRole);
            QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(model.columnCount(), 5 + 7 + 1);
            for (int year : {2023, 2022, 2019})
                model.setRows(overviewOfYear(p, groups, year));
            model.setRows(agencyYears(p, groups.at(3)));
            for (int c = 0; c < model.columnCount(); ++c) {
                proxy.sort(c, Qt::DescendingOrder);
                proxy.sort(c, Qt::AscendingOrder);
            }
            model.setRows({});
            QCOMPARE(proxy.rowCount(), 0);
        }
    }

    void overviewOfAYear()
    {
        OverviewWindow window(m_project);
        QVERIFY2(window.error().isEmpty(), qPrintable(window.error()));
        QCOMPARE(window.years(), (QList<int>{2019, 2020, 2021, 2022, 2023, 2024}));
        QCOMPARE(window.year(), 2024); // the newest
        QVERIFY(window.setYear(2023));
        QVERIFY(!window.setYear(2018));
        QCOMPARE(window.year(), 2023);
        QCOMPARE(window.yearBox()->currentText(), QStringLiteral("2023 年"));
        const QSortFilterProxyModel *proxy = window.proxy();
        QCOMPARE(proxy->rowCount(), 7);
        QCOMPARE(columnShown(proxy, SeasonTableModel::LeadColumn),
                 (QStringList{QStringLiteral("重庆市大渡口区司法局"), QStringLiteral("聊城市司法局"),
                              QStringLiteral("青山县财政局"), QStringLiteral("青山县司法局"), QStringLiteral("区司法局"),
                              QStringLiteral("武陟县司法局"), QStringLiteral("湛河区司法局")}));
        QCOMPARE(columnShown(proxy, SeasonTableModel::StatusColumn),
                 (QStringList{QStringLiteral("未审"), QStringLiteral("退回整改"), QStringLiteral("未审"),
                              QStringLiteral("通过"), QStringLiteral("无本年度报告"), QStringLiteral("未审"),
                              QStringLiteral("无本年度报告")}));

        // By 本年新收, largest first: the agencies without a report last, shown without figures.
        const int received = window.model()->totalColumn(totalIndex(QStringLiteral("本年新收")));
        window.view()->sortByColumn(received, Qt::DescendingOrder);
        QCOMPARE(columnShown(proxy, received),
                 (QStringList{QStringLiteral("24"), QStringLiteral("24"), QStringLiteral("3"), QStringLiteral("0"),
                              QStringLiteral("0"), QString(), QString()}));
        QCOMPARE(columnShown(proxy, SeasonTableModel::LeadColumn).mid(5),
                 (QStringList{QStringLiteral("区司法局"), QStringLiteral("湛河区司法局")}));
        // By status: 未审 < 审核中 < 通过 < 退回整改, no report first.
        window.view()->sortByColumn(SeasonTableModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(columnShown(proxy, SeasonTableModel::StatusColumn).mid(4),
                 (QStringList{QStringLiteral("未审"), QStringLiteral("通过"), QStringLiteral("退回整改")}));
        // By violations in 2022: the planted ones first.
        QVERIFY(window.setYear(2022));
        window.view()->sortByColumn(SeasonTableModel::ViolationsColumn, Qt::DescendingOrder);
        QCOMPARE(proxy->index(0, SeasonTableModel::LeadColumn).data().toString(), QStringLiteral("聊城市司法局"));
        QCOMPARE(proxy->index(0, SeasonTableModel::ViolationsColumn).data().toString(), QStringLiteral("3"));
        QVERIFY(proxy->index(0, SeasonTableModel::ViolationsColumn).data(Qt::FontRole).value<QFont>().bold());

        // Opened on a year, or on the newest when the project has not that year.
        QCOMPARE(OverviewWindow(m_project, nullptr, 2021).year(), 2021);
        QCOMPARE(OverviewWindow(m_project, nullptr, 1999).year(), 2024);

        // Typing an agency filters.
        window.filterEdit()->setText(QStringLiteral("青山"));
        QCOMPARE(proxy->rowCount(), 2);
        window.filterEdit()->clear();
        QCOMPARE(proxy->rowCount(), 7);
    }

    // The 2019 format has no fees: open, shown "—", sorted below 0, never 0.
    void openValuesShownOpen()
    {
        OverviewWindow window(m_project);
        QVERIFY(window.setYear(2020));
        const int fees = window.model()->totalColumn(totalIndex(QStringLiteral("行政事业性收费")));
        const QSortFilterProxyModel *proxy = window.proxy();
        bool seen = false;
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QModelIndex index = proxy->index(r, fees);
            if (proxy->index(r, SeasonTableModel::LeadColumn).data().toString() != QStringLiteral("青山县司法局"))
                continue;
            seen = true;
            QCOMPARE(index.data().toString(), QStringLiteral("—"));
            QVERIFY(index.data(SeasonTableModel::OpenRole).toBool());
            QVERIFY(index.data(SeasonTableModel::SortRole).toDouble() < 0);
            QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
        }
        QVERIFY(seen);
    }

    void exportsTheRowsShown()
    {
        OverviewWindow window(m_project);
        QVERIFY(window.setYear(2023));
        const int received = window.model()->totalColumn(totalIndex(QStringLiteral("本年新收")));
        window.view()->sortByColumn(received, Qt::AscendingOrder);
        const QString path = m_dir.filePath(QStringLiteral("overview 2023.xlsx"));
        const Status written = window.exportXlsx(path);
        QVERIFY2(written, qPrintable(written.error()));

        xlsxreader::Workbook wb;
        QVERIFY(wb.open(path));
        QCOMPARE(wb.names, QStringList{QStringLiteral("2023 年总览")});
        const auto sheet = wb.sheets.value(wb.names.first());
        QStringList header;
        for (const auto &cell : sheet.value(1))
            header << cell.value;
        QCOMPARE(header, (QStringList{QStringLiteral("机关"), QStringLiteral("年度"), QStringLiteral("状态"),
                                      QStringLiteral("违反勾稽关系"), QStringLiteral("缺失"), QStringLiteral("推断")}
                          + keyTotalLabels() + QStringList{QStringLiteral("文件")}));
        QCOMPARE(sheet.size(), 1 + 7);
        // In the order shown: the two agencies without a report first (open below every number).
        const QSortFilterProxyModel *proxy = window.proxy();
        for (int r = 0; r < 7; ++r) {
            const auto row = sheet.value(r + 2);
            QCOMPARE(row.value(QStringLiteral("A")).value, proxy->index(r, SeasonTableModel::LeadColumn).data().toString());
            QCOMPARE(row.value(QStringLiteral("B")).value, QStringLiteral("2023"));
            QVERIFY(row.value(QStringLiteral("B")).number);
            QCOMPARE(row.value(QStringLiteral("C")).value, proxy->index(r, SeasonTableModel::StatusColumn).data().toString());
        }
        // No report: no figures at all (empty cells, not 0).
        const auto none = sheet.value(2);
        QCOMPARE(none.value(QStringLiteral("C")).value, QStringLiteral("无本年度报告"));
        for (const char *column : {"D", "E", "F", "G", "M", "N"})
            QVERIFY2(!none.contains(QString::fromLatin1(column)), column);
        // 聊城市司法局: 本年新收 3 (column G), fees 40.51 (M), its file (N).
        int liaocheng = 0;
        for (int r = 2; r <= 8; ++r)
            if (sheet.value(r).value(QStringLiteral("A")).value == QStringLiteral("聊城市司法局"))
                liaocheng = r;
        QVERIFY(liaocheng > 0);
        QCOMPARE(sheet.value(liaocheng).value(QStringLiteral("G")).value, QStringLiteral("3"));
        QVERIFY(sheet.value(liaocheng).value(QStringLiteral("G")).number);
        QCOMPARE(sheet.value(liaocheng).value(QStringLiteral("D")).value, QStringLiteral("0"));
        QCOMPARE(sheet.value(liaocheng).value(QStringLiteral("M")).value.toDouble(), 40.51);
        QVERIFY(sheet.value(liaocheng).value(QStringLiteral("N")).value.endsWith(QStringLiteral("2023.txt")));

        // The sheet of a year with an open value: the cell is empty.
        QVERIFY(window.setYear(2020));
        QVERIFY(window.exportXlsx(path));
        xlsxreader::Workbook wb2020;
        QVERIFY(wb2020.open(path));
        const auto sheet2020 = wb2020.sheets.value(QStringLiteral("2020 年总览"));
        bool seen = false;
        for (auto it = sheet2020.cbegin(); it != sheet2020.cend(); ++it)
            if (it->value(QStringLiteral("A")).value == QStringLiteral("青山县司法局")) {
                seen = true;
                QCOMPARE(it->value(QStringLiteral("G")).value, QStringLiteral("5"));
                QVERIFY(!it->contains(QStringLiteral("M"))); // fees: open
            }
        QVERIFY(seen);
    }

    void agencyYearsAndTrend()
    {
        AgencyYearsWindow window(m_project);
        QVERIFY2(window.error().isEmpty(), qPrintable(window.error()));
        QCOMPARE(window.groups().size(), 7);
        QCOMPARE(window.agencyList()->count(), 7);
        // The agency with the most years is shown first.
        QCOMPARE(window.groups().at(window.currentGroup()).name, QStringLiteral("青山县司法局"));
        QVERIFY(window.selectAgency(QStringLiteral("聊城市司法局")));
        QCOMPARE(window.yearsModel()->rowCount(), 2);
        // A name written with a space still finds the agency.
        QVERIFY(window.selectAgency(QStringLiteral("青山县 司法局")));
        QCOMPARE(window.groups().at(window.currentGroup()).name, QStringLiteral("青山县司法局"));
        QVERIFY(!window.selectAgency(QStringLiteral("东山县司法局")));
        {
            const AgencyYearsWindow opened(m_project, nullptr, QStringLiteral("聊城市 司法局"));
            QCOMPARE(opened.groups().at(opened.currentGroup()).name, QStringLiteral("聊城市司法局"));
            QCOMPARE(opened.yearsModel()->rowCount(), 2);
        }
        QCOMPARE(columnShown(window.yearsProxy(), SeasonTableModel::LeadColumn),
                 (QStringList{QStringLiteral("2020"), QStringLiteral("2021"), QStringLiteral("2022"), QStringLiteral("2023")}));
        QCOMPARE(window.yearsModel()->index(3, SeasonTableModel::StatusColumn).data().toString(), QStringLiteral("通过"));

        TrendCharts *charts = window.charts();
        QCOMPARE(charts->years(), (QList<int>{2020, 2021, 2022, 2023}));
        QCOMPARE(charts->chartCount(), 3);
        const QList<QLineSeries *> received = charts->seriesOf(totalIndex(QStringLiteral("本年新收")));
        QCOMPARE(received.size(), 1);
        QCOMPARE(pointsOf(received, 0), (QList<QPointF>{{2020, 5}, {2021, 7}, {2022, 12}, {2023, 24}}));
        QCOMPARE(received.first()->name(), QStringLiteral("本年新收"));
        QVERIFY(charts->chartView(0)->chart()->series().contains(received.first()));
        // Fees: 2020 is open (2019 format), so the line starts in 2021; no point at 0 for it.
        const QList<QLineSeries *> fees = charts->seriesOf(totalIndex(QStringLiteral("行政事业性收费")));
        QCOMPARE(fees.size(), 1);
        QCOMPARE(pointsOf(fees, 0), (QList<QPointF>{{2021, 1.5}, {2022, 0}, {2023, 0}}));
        QVERIFY2(charts->note().contains(QStringLiteral("2020 年·行政事业性收费")), qPrintable(charts->note()));
        QCOMPARE(charts->chartTotals(1), (QList<int>{totalIndex(QStringLiteral("行政复议总计")),
                                                    totalIndex(QStringLiteral("行政诉讼总计"))}));
    }

    // A value cleared by the reviewer in 2022: the line breaks there instead of falling to 0.
    void trendBreaksAtAnOpenYear()
    {
        const qint64 id = reportId(QStringLiteral("司法局/2022.txt"));
        QVERIFY(open().addCorrection(id, Correction{QStringLiteral("apply.new.total"), {}, std::nullopt, {}, {}}));
        AgencyYearsWindow window(m_project);
        QVERIFY(window.selectAgency(QStringLiteral("青山县司法局")));
        const QList<QLineSeries *> received = window.charts()->seriesOf(totalIndex(QStringLiteral("本年新收")));
        QCOMPARE(received.size(), 2);
        QCOMPARE(pointsOf(received, 0), (QList<QPointF>{{2020, 5}, {2021, 7}}));
        QCOMPARE(pointsOf(received, 1), (QList<QPointF>{{2023, 24}}));
        // one legend entry for the figure
        int visible = 0;
        for (QLegendMarker *m : window.charts()->chartView(0)->chart()->legend()->markers())
            visible += m->isVisible() && m->label() == QStringLiteral("本年新收");
        QCOMPARE(visible, 1);
        QCOMPARE(window.yearsModel()->index(2, window.yearsModel()->totalColumn(0)).data().toString(), QStringLiteral("—"));
        QVERIFY(open().addCorrection(id, Correction{QStringLiteral("apply.new.total"), {}, 12, {}, {}}));
    }

    void comparesTwoYears()
    {
        // A correction in the project shows in the comparison.
        const qint64 id2023 = reportId(QStringLiteral("司法局/2023.txt"));
        QVERIFY(open().addCorrection(id2023, Correction{QStringLiteral("apply.new.natural"), {}, 20, QStringLiteral("核对原件"), {}}));
        AgencyYearsWindow window(m_project);
        QVERIFY(window.selectAgency(QStringLiteral("青山县司法局")));
        // The newest two are selected at first.
        QVERIFY(window.compareButton()->isEnabled());
        window.selectYears(1, 3); // 2021 and 2023
        QVERIFY(window.compareButton()->isEnabled());
        window.selectYears(1, 1);
        QVERIFY(!window.compareButton()->isEnabled());
        QVERIFY(!window.compareSelected());
        window.selectYears(3, 1);
        QSignalSpy opened(window.comparer(), &ProjectCompare::opened);
        QSignalSpy failed(window.comparer(), &ProjectCompare::failed);
        QVERIFY(window.compareSelected());
        QVERIFY(!window.compareButton()->isEnabled()); // while loading
        QVERIFY(opened.wait(20000));
        QCOMPARE(failed.count(), 0);
        auto *compare = opened.first().first().value<CompareWindow *>();
        QVERIFY(compare);
        QCOMPARE(compare->session()->record(Side::Older).year, 2021);
        QCOMPARE(compare->session()->record(Side::Newer).year, 2023);
        QCOMPARE(compare->session()->record(Side::Newer).value(QStringLiteral("apply.new.natural")), std::optional<double>(20));
        QCOMPARE(compare->session()->record(Side::Newer).corrections.size(), 1);
        QCOMPARE(compare->session()->record(Side::Older).corrections.size(), 0);
        QVERIFY(!compare->session()->newer()->document().text.isEmpty()); // read from its file
        compare->setConfirmDiscard(false);
        delete compare;
    }

    // Corrections made in a comparison opened from the project go into the project's reports as
    // they are made (undo appends, as in the review view), not to *.nianbao files; a comparison
    // opened again shows them.
    void comparisonWritesIntoTheProject()
    {
        const qint64 id2021 = reportId(QStringLiteral("司法局/2021.txt"));
        const qint64 id2023 = reportId(QStringLiteral("司法局/2023.txt"));
        const QString cell = QStringLiteral("apply.new.legal");
        const int had2021 = int(open().corrections(id2021)->size());
        const int had2023 = int(open().corrections(id2023)->size());
        QString error;
        std::unique_ptr<CompareWindow> compare(ProjectCompare::openNow(m_project, id2023, id2021, &error));
        QVERIFY2(compare, qPrintable(error));
        compare->setConfirmDiscard(false);
        Review *newer = compare->session()->newer();
        Review *older = compare->session()->older();
        QCOMPARE(older->record().year, 2021);
        const std::optional<double> before = newer->record().value(cell);
        const double typed = before.value_or(0) + 3;
        const Status set = compare->session()->setCellValue(Side::Newer, cell, typed, QStringLiteral("对比时更正"));
        QVERIFY2(set, qPrintable(set.error()));
        auto trail = *open().corrections(id2023);
        QCOMPARE(trail.size(), had2023 + 1);
        QCOMPARE(trail.last().cell, cell);
        QCOMPARE(trail.last().from, before);
        QCOMPARE(trail.last().to, std::optional<double>(typed));
        QCOMPARE(trail.last().note, QStringLiteral("对比时更正"));
        QCOMPARE(open().correctedRecord(id2023)->value(cell), std::optional<double>(typed));
        QTRY_VERIFY(!newer->isModified()); // in the project: nothing to save on closing

        compare->undo();
        trail = *open().corrections(id2023);
        QCOMPARE(trail.size(), had2023 + 2);
        QCOMPARE(trail.last().to, before);
        QCOMPARE(trail.last().note, QStringLiteral("撤销修改"));
        compare->redo();
        QCOMPARE(open().corrections(id2023)->size(), had2023 + 3);
        QCOMPARE(open().correctedRecord(id2023)->value(cell), std::optional<double>(typed));

        // The older year too, into its own report.
        QVERIFY(compare->session()->setCellValue(Side::Older, cell, 9, QStringLiteral("旧年更正")));
        QCOMPARE(open().corrections(id2021)->size(), had2021 + 1);
        QCOMPARE(open().correctedRecord(id2021)->value(cell), std::optional<double>(9));
        QTRY_VERIFY(!older->isModified());
        compare.reset();

        QDirIterator files(m_folder, {QStringLiteral("*.nianbao")}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(!files.hasNext(), qPrintable(files.hasNext() ? files.next() : QString()));
        compare.reset(ProjectCompare::openNow(m_project, id2021, id2023, &error));
        QVERIFY2(compare, qPrintable(error));
        compare->setConfirmDiscard(false);
        QCOMPARE(compare->session()->record(Side::Newer).value(cell), std::optional<double>(typed));
        QCOMPARE(compare->session()->record(Side::Older).value(cell), std::optional<double>(9));
        compare.reset();

        // Put back for the other tests.
        Project p = open();
        QVERIFY(p.addCorrection(id2023, Correction{cell, {}, before, {}, {}}));
        QVERIFY(p.addCorrection(id2021, Correction{cell, {}, open().extractedRecord(id2021)->value(cell), {}, {}}));
    }

    // The 2021 file gone: the comparison uses the record the project kept, and says so.
    void comparesFromTheProjectWhenAFileIsGone()
    {
        const QString gone = m_dir.filePath(QStringLiteral("gone"));
        QVERIFY(QDir().mkpath(gone));
        const QString file = m_folder + QStringLiteral("/财政局/2022.txt");
        const qint64 id2022 = reportId(QStringLiteral("财政局/2022.txt"));
        const qint64 id2023 = reportId(QStringLiteral("财政局/2023.txt"));
        QVERIFY(QFile::rename(file, gone + QStringLiteral("/2022.txt")));
        QString error;
        QStringList warnings;
        std::unique_ptr<CompareWindow> compare(ProjectCompare::openNow(m_project, id2023, id2022, &error, &warnings));
        QVERIFY(QFile::rename(gone + QStringLiteral("/2022.txt"), file));
        QVERIFY2(compare, qPrintable(error));
        QCOMPARE(compare->session()->record(Side::Older).year, 2022); // the older left, whatever the order given
        QCOMPARE(compare->session()->record(Side::Older).value(QStringLiteral("apply.new.total")), std::optional<double>(24));
        QVERIFY(compare->session()->older()->document().text.isEmpty());
        QVERIFY2(warnings.join(QLatin1Char('\n')).contains(QStringLiteral("项目中保存的记录")), qPrintable(warnings.join(u'\n')));
        compare->setConfirmDiscard(false);

        QVERIFY(!ProjectCompare::openNow(m_project, id2023, id2023, &error));
        QVERIFY(!error.isEmpty());
    }

    void menuActions()
    {
        QWidget main;
        QMenu menu;
        QString current;
        QStringList opened;
        const SeasonViewActions actions = addSeasonViewActions(
            &menu, &main, [&current] { return current; }, [&opened](const QString &path) { opened << path; });
        QCOMPARE(menu.actions(), (QList<QAction *>{actions.overview, actions.agencyYears}));
        QCOMPARE(actions.overview->text(), QStringLiteral("总览…"));
        QCOMPARE(actions.agencyYears->text(), QStringLiteral("机关历年…"));
        QVERIFY(!actions.overview->isEnabled());
        QVERIFY(!actions.agencyYears->isEnabled());
        current = m_project;
        QMetaObject::invokeMethod(&menu, "aboutToShow");
        QVERIFY(actions.overview->isEnabled());
        QVERIFY(actions.agencyYears->isEnabled());

        actions.overview->trigger();
        actions.overview->trigger(); // the same window, raised
        const auto overviews = main.findChildren<OverviewWindow *>();
        QCOMPARE(overviews.size(), 1);
        QVERIFY(overviews.first()->isWindow());
        actions.agencyYears->trigger();
        const auto years = main.findChildren<AgencyYearsWindow *>();
        QCOMPARE(years.size(), 1);
        QCOMPARE(years.first()->projectPath(), QFileInfo(m_project).absoluteFilePath());

        // Enter on a row opens its report through the main window.
        OverviewWindow *overview = overviews.first();
        QVERIFY(overview->setYear(2023));
        const QModelIndex row = overview->proxy()->index(1, 0); // 聊城市司法局
        overview->view()->setCurrentIndex(row);
        Q_EMIT overview->view()->activated(row);
        QCOMPARE(opened, QStringList{m_folder + QStringLiteral("/聊城/2023.txt")});

        current.clear();
        QMetaObject::invokeMethod(&menu, "aboutToShow");
        QVERIFY(!actions.overview->isEnabled());
    }

    void notAProject()
    {
        const QString bogus = m_dir.filePath(QStringLiteral("none.nbproj"));
        OverviewWindow overview(bogus);
        QVERIFY(!overview.error().isEmpty());
        QCOMPARE(overview.proxy()->rowCount(), 0);
        AgencyYearsWindow years(bogus);
        QVERIFY(!years.error().isEmpty());
        QCOMPARE(years.groups().size(), 0);
        QVERIFY(!QFileInfo::exists(bogus)); // opened for reading only: nothing created
    }
};

QTEST_MAIN(TestSeasonViews)
#include "tst_seasonviews.moc"
