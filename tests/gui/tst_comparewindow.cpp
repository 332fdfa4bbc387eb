// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison window (issue 5) through its public interface, on the offscreen platform, on the
// pairs of tests/data/input/pairs (make_pairs.py): the planted carried-over mismatch found, fixed
// in the newer report, undone and redone; both years' cells and text selected for a finding; big
// changes; 2019 against 2021 format; the charts' numbers; exports; the review window's hook-up.
#include "ui/compare/ChartData.h"
#include "ui/compare/ChartsPanel.h"
#include "ui/compare/CompareLauncher.h"
#include "ui/compare/CompareSession.h"
#include "ui/compare/CompareTableModel.h"
#include "ui/compare/CompareWindow.h"
#include "ui/document/DocumentView.h"
#include "ui/findings/FindingsModel.h"
#include "ui/findings/FindingsView.h"
#include "ui/window/MainWindow.h"

#include "core/review/Review.h"
#include "core/review/ReviewFile.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QAbstractButton>
#include <QMessageBox>
#include <QMimeData>
#include <QLineEdit>
#include <QLegend>
#include <QTextBlock>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;
using namespace nianbao::ui;

#define PAIR(name) QFINDTESTDATA("../data/input/pairs/" name)

class TestCompareWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void crossYearFindingsListed_data();
    void crossYearFindingsListed();
    void findingSelectsCellsInBothYears();
    void fixingMismatchRemovesFindingAndUndoBringsItBack();
    void clickingNumberSelectsItsRow_data();
    void clickingNumberSelectsItsRow();
    void badInputRefused_data();
    void badInputRefused();
    void olderReportGoesFirst();
    void bigChangesMarked();
    void thresholdsAdjustable();
    void format2019Against2021();
    void chartsHoldTheNumbers_data();
    void chartsHoldTheNumbers();
    void chartSeriesAndLegend();
    void exports();
    void reviewWindowComparesItsReport();
    void droppingSecondFileOffersComparison();

private:
    static std::unique_ptr<CompareWindow> open(const QString &a, const QString &b);
    static int findingRow(const FindingsModel *model, const QString &rule);
};

void TestCompareWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("nianbao-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_comparewindow"));
}

std::unique_ptr<CompareWindow> TestCompareWindow::open(const QString &a, const QString &b)
{
    QString error;
    std::unique_ptr<CompareWindow> w(CompareLauncher::openFiles(a, b, &error));
    if (!w) {
        qWarning("%s", qPrintable(error));
        return w;
    }
    w->setAttribute(Qt::WA_DeleteOnClose, false); // the test owns it
    w->setConfirmDiscard(false);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        qWarning("window not exposed");
    // Every table model is checked while the test runs (edits, undo, new thresholds).
    for (TableSection s : {TableSection::Active, TableSection::Apply, TableSection::Review})
        new QAbstractItemModelTester(w->tableModel(s), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     w.get());
    return w;
}

int TestCompareWindow::findingRow(const FindingsModel *model, const QString &rule)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->findingAt(r)->rule == rule)
            return r;
    return -1;
}

void TestCompareWindow::crossYearFindingsListed_data()
{
    QTest::addColumn<QString>("older");
    QTest::addColumn<QString>("newer");
    QTest::addColumn<QStringList>("rules");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("consistent") << PAIR("sifa_2022.txt") << PAIR("sifa_2023.txt") << QStringList() << QString();
    QTest::newRow("carried mismatch") << PAIR("sifa_2022.txt") << PAIR("sifa_2023_carried_mismatch.txt")
                                      << QStringList{QStringLiteral("cross.carried_over")}
                                      << QStringLiteral("上年结转·商业企业");
    QTest::newRow("other agency") << PAIR("sifa_2022.txt") << PAIR("caizheng_2023.txt")
                                  << QStringList{QStringLiteral("cross.agency")} << QStringLiteral("青山县财政局");
    QTest::newRow("same year") << PAIR("sifa_2023.txt") << PAIR("sifa_2023_carried_mismatch.txt")
                               << QStringList{QStringLiteral("cross.carried_over"), QStringLiteral("cross.in_force"),
                                              QStringLiteral("cross.in_force"), QStringLiteral("cross.years")}
                               << QStringLiteral("年度相同");
}

void TestCompareWindow::crossYearFindingsListed()
{
    QFETCH(QString, older);
    QFETCH(QString, newer);
    QFETCH(QStringList, rules);
    QFETCH(QString, messagePart);
    auto w = open(older, newer);
    QVERIFY(w);
    QStringList shown;
    QString messages;
    for (int r = 0; r < w->findingsModel()->rowCount(); ++r) {
        shown << w->findingsModel()->findingAt(r)->rule;
        messages += w->findingsModel()->index(r, FindingsModel::MessageColumn).data().toString();
    }
    shown.sort();
    QCOMPARE(shown, rules);
    QVERIFY2(messagePart.isEmpty() || messages.contains(messagePart), qPrintable(messages));
}

void TestCompareWindow::findingSelectsCellsInBothYears()
{
    auto w = open(PAIR("sifa_2022.txt"), PAIR("sifa_2023_carried_mismatch.txt"));
    QVERIFY(w);
    w->tableTabs()->setCurrentIndex(int(TableSection::Review));
    const int row = findingRow(w->findingsModel(), QStringLiteral("cross.carried_over"));
    QVERIFY(row >= 0);
    // Moving to the finding in its list, as the reviewer does.
    QTableView *list = w->findingsView()->view();
    list->setCurrentIndex(w->findingsView()->proxy()->mapFromSource(w->findingsModel()->index(row, 0)));
    QCOMPARE(w->tableTabs()->currentIndex(), int(TableSection::Apply));
    QCOMPARE(w->selectedCells(Side::Newer), QStringList{QStringLiteral("apply.carried_over.commercial")});
    QCOMPARE(w->selectedCells(Side::Older), QStringList{QStringLiteral("apply.carried_forward.commercial")});
    // Both reports' text shows the number: 1 in 2023's 二、上年结转, 0 in 2022's 四、结转下年度.
    const QTextCursor newer = w->documentView(Side::Newer)->textCursor();
    const QTextCursor older = w->documentView(Side::Older)->textCursor();
    QCOMPARE(newer.selectedText(), QStringLiteral("1"));
    QCOMPARE(older.selectedText(), QStringLiteral("0"));
    QVERIFY(newer.block().text().contains(QStringLiteral("上年结转")));
    QVERIFY(older.block().text().contains(QStringLiteral("结转下年度")));
    // The items are marked as a cross-year mismatch.
    const QModelIndex cell = w->tableModel(TableSection::Apply)->indexOfCell(Side::Newer, u"apply.carried_over.commercial");
    QVERIFY(cell.data(CompareTableModel::CrossFindingRole).toBool());
    QCOMPARE(cell.data(Qt::BackgroundRole).value<QColor>(), compareCrossFindingBackground());
}

void TestCompareWindow::fixingMismatchRemovesFindingAndUndoBringsItBack()
{
    auto w = open(PAIR("sifa_2022.txt"), PAIR("sifa_2023_carried_mismatch.txt"));
    QVERIFY(w);
    Review *newer = w->session()->newer();
    QVERIFY(findingRow(w->findingsModel(), QStringLiteral("cross.carried_over")) >= 0);
    const qsizetype violationsBefore = newer->record().count(FindingKind::Violation);
    QVERIFY(violationsBefore > 0); // the typing error also breaks the 2023 report's own balance

    // The reviewer types 0 over the 1 in the 2023 column.
    CompareTableModel *model = w->tableModel(TableSection::Apply);
    QTableView *view = w->tableView(TableSection::Apply);
    const QModelIndex cell = model->indexOfCell(Side::Newer, u"apply.carried_over.commercial");
    QVERIFY(model->flags(cell) & Qt::ItemIsEditable);
    w->tableTabs()->setCurrentIndex(int(TableSection::Apply));
    view->setCurrentIndex(cell);
    view->setFocus();
    view->edit(cell);
    auto *editor = view->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("0"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on Return through a queued call

    QCOMPARE(newer->record().value(u"apply.carried_over.commercial"), std::optional<double>(0));
    QCOMPARE(findingRow(w->findingsModel(), QStringLiteral("cross.carried_over")), -1);
    QCOMPARE(w->findingsModel()->rowCount(), 0);
    QCOMPARE(newer->record().count(FindingKind::Violation), 0); // the report's own check follows too
    QCOMPARE(newer->record().corrections.size(), 1);
    QCOMPARE(newer->record().corrections.first().from, std::optional<double>(1));
    QCOMPARE(cell.data().toString(), QStringLiteral("0"));
    QCOMPARE(w->session()->activeSide(), Side::Newer);
    QVERIFY(w->undoAction()->isEnabled());
    QVERIFY(w->undoAction()->toolTip().contains(QStringLiteral("2023")));

    w->undo();
    QCOMPARE(newer->record().value(u"apply.carried_over.commercial"), std::optional<double>(1));
    QVERIFY(findingRow(w->findingsModel(), QStringLiteral("cross.carried_over")) >= 0);
    QCOMPARE(newer->record().count(FindingKind::Violation), violationsBefore);
    QVERIFY(newer->record().corrections.isEmpty());
    QCOMPARE(cell.data().toString(), QStringLiteral("1"));

    w->redo();
    QCOMPARE(findingRow(w->findingsModel(), QStringLiteral("cross.carried_over")), -1);
    QCOMPARE(newer->record().corrections.size(), 1);
    QVERIFY(w->session()->older()->record().corrections.isEmpty()); // the 2022 report untouched
}

void TestCompareWindow::clickingNumberSelectsItsRow_data()
{
    QTest::addColumn<int>("side");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("table");
    QTest::newRow("2022 结转下年度·商业企业") << int(Side::Older) << QStringLiteral("apply.carried_forward.commercial")
                                          << int(TableSection::Apply);
    QTest::newRow("2023 复议·纠正") << int(Side::Newer) << QStringLiteral("review.corrected") << int(TableSection::Review);
    QTest::newRow("2023 行政许可") << int(Side::Newer) << QStringLiteral("active.licensing.decisions")
                                 << int(TableSection::Active);
}

void TestCompareWindow::clickingNumberSelectsItsRow()
{
    QFETCH(int, side);
    QFETCH(QString, cell);
    QFETCH(int, table);
    auto w = open(PAIR("sifa_2022.txt"), PAIR("sifa_2023_carried_mismatch.txt"));
    QVERIFY(w);
    const Side s = Side(side);
    const Span span = w->session()->record(s).cell(cell)->span;
    QVERIFY(span.isValid());
    DocumentView *doc = w->documentView(s);
    QTextCursor c(doc->document());
    c.setPosition(int(span.start));
    doc->setTextCursor(c);
    doc->ensureCursorVisible();
    QTest::mouseClick(doc->viewport(), Qt::LeftButton, {}, doc->cursorRect(c).center() + QPoint(2, 0));
    QCOMPARE(w->tableTabs()->currentIndex(), table);
    const QModelIndex index = w->tableModel(TableSection(table))->indexOfCell(s, cell);
    QCOMPARE(w->tableView(TableSection(table))->currentIndex(), index);
    QCOMPARE(w->selectedCells(s), QStringList{cell});
    QCOMPARE(w->session()->activeSide(), s);
    // The other year's text shows the same row's number.
    const Side other = s == Side::Older ? Side::Newer : Side::Older;
    const ComparisonRow *row = w->tableModel(TableSection(table))->rowAt(index.row());
    const QStringList &otherIds = other == Side::Older ? row->oldCells : row->newCells;
    QCOMPARE(otherIds.size(), 1);
    const Span otherSpan = w->session()->record(other).cell(otherIds.first())->span;
    QCOMPARE(w->documentView(other)->textCursor().selectionStart(), int(otherSpan.start));
}

void TestCompareWindow::badInputRefused_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("negative count") << QStringLiteral("-1");
    QTest::newRow("fraction of a count") << QStringLiteral("1.5");
}

void TestCompareWindow::badInputRefused()
{
    QFETCH(QString, input);
    auto w = open(PAIR("sifa_2022.txt"), PAIR("sifa_2023_carried_mismatch.txt"));
    QVERIFY(w);
    CompareTableModel *model = w->tableModel(TableSection::Apply);
    QSignalSpy refused(model, &CompareTableModel::inputRefused);
    const QModelIndex cell = model->indexOfCell(Side::Older, u"apply.new.natural");
    QVERIFY(!model->setData(cell, input));
    QCOMPARE(refused.size(), 1);
    QVERIFY(!model->lastError().isEmpty());
    QCOMPARE(w->session()->older()->record().value(u"apply.new.natural"), std::optional<double>(10));
    QVERIFY(w->session()->older()->record().corrections.isEmpty());
}

void TestCompareWindow::olderReportGoesFirst()
{
    auto w = open(PAIR("sifa_2023.txt"), PAIR("sifa_2022.txt")); // given newer first
    QVERIFY(w);
    QCOMPARE(w->session()->record(Side::Older).year, 2022);
    QCOMPARE(w->session()->record(Side::Newer).year, 2023);
    const CompareTableModel *model = w->tableModel(TableSection::Apply);
    QCOMPARE(model->headerData(CompareTableModel::OldColumn, Qt::Horizontal).toString(), QStringLiteral("2022 年"));
    QCOMPARE(model->headerData(CompareTableModel::NewColumn, Qt::Horizontal).toString(), QStringLiteral("2023 年"));
}

void TestCompareWindow::bigChangesMarked()
{
    auto w = open(PAIR("sifa_2022.txt"), PAIR("sifa_2023.txt"));
    QVERIFY(w);
    const CompareTableModel *model = w->tableModel(TableSection::Apply);
    // 自然人 applications 10 → 20: +10, +100 %: big under the default thresholds.
    const QModelIndex natural = model->indexOfCell(Side::Newer, u"apply.new.natural");
    QCOMPARE(natural.siblingAtColumn(CompareTableModel::OldColumn).data().toString(), QStringLiteral("10"));
    QCOMPARE(natural.data().toString(), QStringLiteral("20"));
    QCOMPARE(natural.siblingAtColumn(CompareTableModel::ChangeColumn).data().toString(), QStringLiteral("▲ +10"));
    QCOMPARE(natural.siblingAtColumn(CompareTableModel::PercentColumn).data().toString(), QStringLiteral("+100.0%"));
    QVERIFY(natural.data(CompareTableModel::BigChangeRole).toBool());
    QCOMPARE(natural.siblingAtColumn(CompareTableModel::ChangeColumn).data(Qt::BackgroundRole).value<QColor>(),
             compareBigChangeBackground());
    // 商业企业 2 → 3: +1, +50 %: not big (the change is under 10).
    const QModelIndex commercial = model->indexOfCell(Side::Newer, u"apply.new.commercial");
    QCOMPARE(commercial.siblingAtColumn(CompareTableModel::ChangeColumn).data().toString(), QStringLiteral("+1"));
    QVERIFY(!commercial.data(CompareTableModel::BigChangeRole).toBool());
    // 科研机构 0 → 1: new, no percentage.
    const QModelIndex research = model->indexOfCell(Side::Newer, u"apply.new.research");
    QCOMPARE(research.siblingAtColumn(CompareTableModel::PercentColumn).data().toString(), QStringLiteral("新增"));
    // Decreases are shown with their sign: 行政处罚 35 → 20 (−15, −42.9 %: under 50 %, not big).
    const QModelIndex penalty = w->tableModel(TableSection::Active)->indexOfCell(Side::Newer, u"active.penalty.decisions");
    QCOMPARE(penalty.siblingAtColumn(CompareTableModel::ChangeColumn).data().toString(), QStringLiteral("-15"));
    QCOMPARE(penalty.siblingAtColumn(CompareTableModel::PercentColumn).data().toString(), QStringLiteral("-42.9%"));
    QVERIFY(!penalty.data(CompareTableModel::BigChangeRole).toBool());
}

void TestCompareWindow::thresholdsAdjustable()
{
    auto w = open(PAIR("sifa_2022.txt"), PAIR("sifa_2023.txt"));
    QVERIFY(w);
    const CompareTableModel *model = w->tableModel(TableSection::Apply);
    const QModelIndex commercial = model->indexOfCell(Side::Newer, u"apply.new.commercial");
    const qsizetype before = w->session()->comparison().bigChangeCount();
    QVERIFY(!commercial.data(CompareTableModel::BigChangeRole).toBool());
    CompareThresholds t;
    t.minAbsolute = 1;
    t.minPercent = 50;
    t.fromZero = 1;
    w->setThresholds(t);
    QVERIFY(commercial.data(CompareTableModel::BigChangeRole).toBool()); // +1, +50 %
    QVERIFY(w->session()->comparison().bigChangeCount() > before);
    t.minAbsolute = 1000;
    t.fromZero = 1000;
    w->setThresholds(t);
    QCOMPARE(w->session()->comparison().bigChangeCount(), 0);
}

void TestCompareWindow::format2019Against2021()
{
    auto w = open(PAIR("sifa_2020_format2019.txt"), PAIR("sifa_2021.txt"));
    QVERIFY(w);
    QCOMPARE(w->session()->record(Side::Older).format, FormatVersion::V2019);
    QCOMPARE(w->session()->record(Side::Newer).format, FormatVersion::V2021);
    // Section 二: every row not comparable, greyed, with the reason.
    const CompareTableModel *active = w->tableModel(TableSection::Active);
    QVERIFY(active->rowCount() > 0);
    for (int r = 0; r < active->rowCount(); ++r) {
        const QModelIndex item = active->index(r, CompareTableModel::ItemColumn);
        QVERIFY2(!item.data(CompareTableModel::ComparableRole).toBool(), qPrintable(item.data().toString()));
        QVERIFY(active->rowAt(r)->note.contains(QStringLiteral("第二十条")));
        const QString note = active->index(r, CompareTableModel::NoteColumn).data().toString();
        QVERIFY(note == active->rowAt(r)->note || note == QStringLiteral("同上")); // said once per run of rows
        QVERIFY(item.data(Qt::ToolTipRole).toString().contains(QStringLiteral("第二十条")));
        QCOMPARE(item.data(Qt::BackgroundRole).value<QColor>(), compareNotComparableBackground());
        QVERIFY(active->index(r, CompareTableModel::ChangeColumn).data().toString().isEmpty());
        QVERIFY(!(active->flags(active->index(r, CompareTableModel::NewColumn)) & Qt::ItemIsEditable)
                || active->rowAt(r)->newCells.size() == 1);
    }
    // Section 三: （六）其他处理 of 2020 against the sum of the three 2021 rows (3 = 1 + 0 + 2).
    const CompareTableModel *apply = w->tableModel(TableSection::Apply);
    const QModelIndex other = apply->indexOfCell(Side::Older, u"apply.other_handling.total");
    QVERIFY(other.isValid());
    const ComparisonRow *row = apply->rowAt(other.row());
    QCOMPARE(row->mapping, RowMapping::SummedNew);
    QCOMPARE(other.data().toString(), QStringLiteral("3"));
    QCOMPARE(other.siblingAtColumn(CompareTableModel::NewColumn).data().toString(), QStringLiteral("3"));
    QVERIFY(other.data(CompareTableModel::ComparableRole).toBool());
    QVERIFY(!(apply->flags(other.siblingAtColumn(CompareTableModel::NewColumn)) & Qt::ItemIsEditable));
    QVERIFY(row->note.contains(QStringLiteral("1–3")));
    // The status bar says how many rows cannot be compared.
    QVERIFY(w->findChild<QLabel *>(QStringLiteral("compareCounts"))->text().contains(QStringLiteral("不可比")));
}

void TestCompareWindow::chartsHoldTheNumbers_data()
{
    QTest::addColumn<QString>("older");
    QTest::addColumn<QString>("newer");
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QList<double>>("olderValues");
    QTest::addColumn<QList<double>>("newerValues");
    const QString y22 = PAIR("sifa_2022.txt"), y23 = PAIR("sifa_2023.txt");
    QTest::newRow("applicants") << y22 << y23 << QStringLiteral("applicants")
                                << QList<double>{10, 2, 0, 0, 0, 0} << QList<double>{20, 3, 1, 0, 0, 0};
    QTest::newRow("outcomes") << y22 << y23 << QStringLiteral("outcomes")
                              << QList<double>{7, 2, 0, 3, 0, 0} << QList<double>{17, 3, 0, 3, 1, 0};
    QTest::newRow("review") << y22 << y23 << QStringLiteral("review") << QList<double>{1, 0, 0, 0}
                            << QList<double>{1, 1, 0, 0};
    QTest::newRow("litigation") << y22 << y23 << QStringLiteral("litigation") << QList<double>{0, 0, 0, 0}
                                << QList<double>{0, 0, 0, 0};
    // 2019 format: its single （六）其他处理 row against the three 2021 rows.
    QTest::newRow("outcomes 2019 vs 2021") << PAIR("sifa_2020_format2019.txt") << PAIR("sifa_2021.txt")
                                           << QStringLiteral("outcomes") << QList<double>{1, 0, 0, 0, 0, 3}
                                           << QList<double>{3, 0, 0, 0, 0, 3};
}

// The numbers the chart draws: the bar set of each year, read back in the chart's category order.
static QList<double> barValues(QChartView *view, const QString &year, QStringList *categories)
{
    auto *series = qobject_cast<QHorizontalBarSeries *>(view->chart()->series().value(0));
    if (!series)
        return {};
    const auto axes = view->chart()->axes(Qt::Vertical);
    auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
    QList<double> values;
    for (QBarSet *set : series->barSets()) {
        if (!set->label().startsWith(year))
            continue;
        for (int i = set->count() - 1; i >= 0; --i) // drawn bottom-up: reversed to read top-down
            values.append(set->at(i));
    }
    if (axis) {
        QStringList c = axis->categories();
        std::reverse(c.begin(), c.end());
        *categories = c;
    }
    return values;
}

void TestCompareWindow::chartsHoldTheNumbers()
{
    QFETCH(QString, older);
    QFETCH(QString, newer);
    QFETCH(QString, chart);
    QFETCH(QList<double>, olderValues);
    QFETCH(QList<double>, newerValues);
    auto w = open(older, newer);
    QVERIFY(w);
    auto *view = w->findChild<QChartView *>(QStringLiteral("chart_") + chart);
    QVERIFY(view);
    QStringList categories;
    const QString oldYear = QString::number(w->session()->record(Side::Older).year);
    const QString newYear = QString::number(w->session()->record(Side::Newer).year);
    QCOMPARE(barValues(view, oldYear, &categories), olderValues);
    QCOMPARE(barValues(view, newYear, &categories), newerValues);
    int index = -1;
    for (int i = 0; i < w->charts()->data().size(); ++i)
        if (w->charts()->data().at(i).key == chart)
            index = i;
    QVERIFY(index >= 0);
    QCOMPARE(categories, w->charts()->data().at(index).categories);
}

void TestCompareWindow::chartSeriesAndLegend()
{
    auto w = open(PAIR("sifa_2022.txt"), PAIR("sifa_2023_carried_mismatch.txt"));
    QVERIFY(w);
    QChartView *view = w->findChild<QChartView *>(QStringLiteral("chart_applicants"));
    QVERIFY(view);
    QStringList categories;
    QCOMPARE(barValues(view, QStringLiteral("2022"), &categories), (QList<double>{10, 2, 0, 0, 0, 0}));
    QCOMPARE(categories.first(), QStringLiteral("自然人"));
    QCOMPARE(categories.last(), QStringLiteral("其他"));
    QVERIFY(view->chart()->legend()->isVisible());
    QStringList years;
    for (QBarSet *set : qobject_cast<QHorizontalBarSeries *>(view->chart()->series().first())->barSets())
        years << set->label();
    years.sort();
    QCOMPARE(years, (QStringList{QStringLiteral("2022 年"), QStringLiteral("2023 年")}));
    // A correction redraws the chart: 2023 自然人 20 → 25.
    QVERIFY(w->session()->setCellValue(Side::Newer, QStringLiteral("apply.new.natural"), 25.0));
    view = w->findChild<QChartView *>(QStringLiteral("chart_applicants"));
    QCOMPARE(barValues(view, QStringLiteral("2023"), &categories).first(), 25.0);
    // A blank is drawn as 0 and said so.
    QVERIFY(w->session()->setCellValue(Side::Newer, QStringLiteral("apply.new.legal"), std::nullopt));
    QCOMPARE(w->charts()->data().first().missing, QStringList{QStringLiteral("2023 年·法律服务机构")});
    QVERIFY(w->charts()->note(0).contains(QStringLiteral("2023 年·法律服务机构")));
    // No 行政诉讼 in either year: the empty chart says why.
    QCOMPARE(w->charts()->data().at(3).key, QStringLiteral("litigation"));
    QCOMPARE(w->charts()->note(3), QStringLiteral("两个年度都是 0"));
    QVERIFY(w->charts()->note(1).isEmpty());
}

void TestCompareWindow::exports()
{
    auto w = open(PAIR("sifa_2022.txt"), PAIR("sifa_2023_carried_mismatch.txt"));
    QVERIFY(w);
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("对比.json"));
    QVERIFY(w->exportComparison(json));
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(o.value(QStringLiteral("old")).toObject().value(QStringLiteral("year")).toInt(), 2022);
    QCOMPARE(o.value(QStringLiteral("new")).toObject().value(QStringLiteral("year")).toInt(), 2023);
    const QJsonArray findings = o.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().toObject().value(QStringLiteral("rule")).toString(), QStringLiteral("cross.carried_over"));

    const QString xlsx = dir.filePath(QStringLiteral("对比.xlsx"));
    QVERIFY(w->exportComparison(xlsx));
    QFile x(xlsx);
    QVERIFY(x.open(QIODevice::ReadOnly));
    QCOMPARE(x.read(2), QByteArray("PK")); // a zip: the workbook

    for (int i = 0; i < w->charts()->chartCount(); ++i) {
        const QString png = dir.filePath(QStringLiteral("chart%1.png").arg(i));
        QVERIFY(w->charts()->exportPng(i, png));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 720 && image.height() >= 420);
    }
    QVERIFY(!w->charts()->exportPng(99, dir.filePath(QStringLiteral("none.png"))));

    // A correction of the year the comparison loaded itself is saved as a review and reopens.
    QVERIFY(w->session()->owns(Side::Older));
    QVERIFY(w->session()->setCellValue(Side::Older, QStringLiteral("apply.carried_forward.commercial"), 1.0,
                                       QStringLiteral("核对原件")));
    QCOMPARE(w->findingsModel()->rowCount(), 0); // 2022 now carries 1 forward, as 2023 says
    QVERIFY(w->session()->older()->isModified());
    const QString saved = dir.filePath(QStringLiteral("2022.nianbao"));
    QVERIFY(w->saveReviewAs(Side::Older, saved));
    QVERIFY(!w->session()->older()->isModified());
    auto reopened = openReview(saved);
    QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error()));
    QCOMPARE(reopened->review->record().value(u"apply.carried_forward.commercial"), std::optional<double>(1));
    QCOMPARE(reopened->review->record().corrections.size(), 1);
    QCOMPARE(reopened->review->record().corrections.first().note, QStringLiteral("核对原件"));
    // A saved review opens in a comparison like a report, corrections in.
    QString error;
    std::unique_ptr<CompareWindow> again(CompareLauncher::openFiles(saved, PAIR("sifa_2023_carried_mismatch.txt"), &error));
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->session()->record(Side::Older).corrections.size(), 1);
    QCOMPARE(again->session()->comparison().findings.size(), 0);
}

void TestCompareWindow::reviewWindowComparesItsReport()
{
    auto main = std::make_unique<MainWindow>();
    main->setConfirmDiscard(false);
    auto review = Review::open(PAIR("sifa_2023_carried_mismatch.txt"));
    QVERIFY(review);
    Review *own = review->get();
    main->setReview(std::move(review).value());
    main->show();
    QSignalSpy opened(main->compareLauncher(), &CompareLauncher::opened);
    QVERIFY(main->compareWith(PAIR("sifa_2022.txt")));
    QVERIFY(opened.wait(30000));
    QPointer<CompareWindow> w = opened.first().first().value<CompareWindow *>();
    QVERIFY(w);
    // The window's own review is the newer year: the comparison's corrections are its corrections.
    QCOMPARE(w->session()->newer(), own);
    QCOMPARE(w->session()->record(Side::Older).year, 2022);
    QVERIFY(findingRow(w->findingsModel(), QStringLiteral("cross.carried_over")) >= 0);
    QVERIFY(w->tableModel(TableSection::Apply)
                ->setData(w->tableModel(TableSection::Apply)->indexOfCell(Side::Newer, u"apply.carried_over.commercial"),
                          QStringLiteral("0")));
    QCOMPARE(own->record().corrections.size(), 1);
    QVERIFY(main->isDirty());
    QCOMPARE(findingRow(w->findingsModel(), QStringLiteral("cross.carried_over")), -1);
    // Undone in the review window: the comparison follows.
    own->undoStack()->undo();
    QVERIFY(findingRow(w->findingsModel(), QStringLiteral("cross.carried_over")) >= 0);
    // Closing the report in the review window closes the comparison.
    main->setReview(nullptr);
    QTRY_VERIFY(w.isNull());
}

void TestCompareWindow::droppingSecondFileOffersComparison()
{
    auto main = std::make_unique<MainWindow>();
    auto review = Review::open(PAIR("sifa_2023_carried_mismatch.txt"));
    QVERIFY(review);
    main->setReview(std::move(review).value());
    main->show();
    QVERIFY(QTest::qWaitForWindowExposed(main.get()));
    QSignalSpy opened(main->compareLauncher(), &CompareLauncher::opened);
    // The question comes up; the reviewer chooses 对比两个年度.
    QString question;
    QTimer::singleShot(0, this, [&question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        question = box->text();
        for (QAbstractButton *b : box->buttons())
            if (b->text() == QStringLiteral("对比两个年度"))
                b->click();
    });
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(PAIR("sifa_2022.txt"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(main.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(main.get(), &drop);
    QVERIFY2(question.contains(QStringLiteral("sifa_2022.txt")), qPrintable(question));
    QVERIFY(opened.wait(30000));
    QPointer<CompareWindow> w = opened.first().first().value<CompareWindow *>();
    QVERIFY(w);
    QCOMPARE(w->session()->record(Side::Older).year, 2022);
    QCOMPARE(main->review()->document().path, w->session()->newer()->document().path);
    QCOMPARE(main->review(), w->session()->newer()); // the window still shows its own report
    w->setConfirmDiscard(false);
    w->close();
    QTRY_VERIFY(w.isNull());
    main->setConfirmDiscard(false);
}

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"
