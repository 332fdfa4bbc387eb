// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison window's looks (issue 16): two agencies named in the title and in a banner; a
// legend with every colour the tables use; the 说明 column wraps instead of being cut; chart
// titles (English too) wrap instead of being cut; the selection keeps the cells' colours.
// Offscreen, on two fixture reports.
#include "tests/fixtures/ReviewFixture.h"

#include "ui/compare/ChartsPanel.h"
#include "ui/compare/CompareLauncher.h"
#include "ui/compare/CompareSession.h"
#include "ui/compare/CompareTableModel.h"
#include "ui/compare/CompareWindow.h"
#include "ui/tables/CellStyle.h"
#include "ui/tables/FramedSelectionDelegate.h"
#include "ui/window/Language.h"

#include <QChart>
#include <QChartView>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QTextDocument>
#include <QtTest>

using namespace nianbao;
using namespace nianbao::ui;

class TestCompareLook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void agenciesNamed_data();
    void agenciesNamed();
    void legendListsEveryColour();
    void noteColumnNotCut();
    void chartTitlesNotCut_data();
    void chartTitlesNotCut();
    void selectionKeepsColours();

private:
    struct Pair
    {
        std::unique_ptr<Review> older, newer;
        std::unique_ptr<CompareWindow> window;
    };
    static Pair open(const QString &olderAgency, const QString &newerAgency, int width = 1500);
};

void TestCompareLook::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("nianbao-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_comparelook"));
}

static std::unique_ptr<Review> report(const QString &agency, int year, const QHash<QString, double> &overrides = {})
{
    fixture::Built b = fixture::buildFixture(overrides);
    b.record.agency = agency;
    b.record.year = year;
    b.record.facts.titleYear = year;
    b.record.facts.periodYear = year;
    return std::make_unique<Review>(std::move(b.document), std::move(b.record));
}

TestCompareLook::Pair TestCompareLook::open(const QString &olderAgency, const QString &newerAgency, int width)
{
    Pair p;
    p.older = report(olderAgency, 2020);
    // A big change and a cell of each kind of state in the newer year.
    p.newer = report(newerAgency, 2021, {{QStringLiteral("active.licensing.decisions"), 4080}});
    auto *session = new CompareSession(p.older.get(), p.newer.get());
    p.window = std::make_unique<CompareWindow>(session);
    p.window->setConfirmDiscard(false);
    p.window->resize(width, 900);
    p.window->show();
    if (!QTest::qWaitForWindowExposed(p.window.get()))
        qWarning("window not exposed");
    return p;
}

void TestCompareLook::agenciesNamed_data()
{
    QTest::addColumn<QString>("older");
    QTest::addColumn<QString>("newer");
    QTest::addColumn<bool>("differ");
    QTest::newRow("same") << QStringLiteral("示例市测试局") << QStringLiteral("示例市测试局") << false;
    QTest::newRow("same, one with its province") << QStringLiteral("示例市测试局") << QStringLiteral("某某省示例市测试局") << false;
    QTest::newRow("different") << QStringLiteral("示例市测试局") << QStringLiteral("样本县财政局") << true;
}

void TestCompareLook::agenciesNamed()
{
    QFETCH(QString, older);
    QFETCH(QString, newer);
    QFETCH(bool, differ);
    Pair p = open(older, newer);
    const QString title = p.window->windowTitle();
    QVERIFY2(title.contains(newer), qPrintable(title));
    QCOMPARE(title.count(QStringLiteral("局")), differ ? 2 : 1); // one agency named, or both
    auto *banner = p.window->findChild<QLabel *>(QStringLiteral("agencyBanner"));
    QVERIFY(banner);
    QCOMPARE(banner->isVisible(), differ);
    if (differ) {
        QVERIFY(banner->text().contains(older));
        QVERIFY(banner->text().contains(newer));
    }
}

// Every background the table models can give a value cell has its entry in the legend.
void TestCompareLook::legendListsEveryColour()
{
    Pair p = open(QStringLiteral("示例市测试局"), QStringLiteral("示例市测试局"));
    const QString legend = p.window->findChild<QLabel *>(QStringLiteral("compareLegend"))->text();
    QList<QColor> colours{compareCrossFindingBackground(), compareBigChangeBackground(), compareNotComparableBackground()};
    for (CellState s : allCellStates)
        if (s != CellState::Consistent && s != CellState::Culprit) // the comparison shows culprits as violated
            colours.append(cellStateBackground(s));
    for (const QColor &c : colours)
        QVERIFY2(legend.contains(c.name()), qPrintable(c.name()));
    QVERIFY(legend.contains(cellStateLabel(CellState::Inferred)));
    // And every colour shown in a table is among them.
    for (TableSection s : {TableSection::Active, TableSection::Apply, TableSection::Review}) {
        const CompareTableModel *m = p.window->tableModel(s);
        for (int r = 0; r < m->rowCount(); ++r)
            for (int c = 0; c < m->columnCount(); ++c) {
                const QVariant bg = m->index(r, c).data(Qt::BackgroundRole);
                if (bg.isValid())
                    QVERIFY2(legend.contains(bg.value<QColor>().name()), qPrintable(bg.value<QColor>().name()));
            }
    }
}

// A long 说明 (2019 format against 2021: rows summed or not comparable) wraps: its row is as tall
// as its lines, nothing is elided.
void TestCompareLook::noteColumnNotCut()
{
    QString error;
    std::unique_ptr<CompareWindow> w(CompareLauncher::openFiles(QFINDTESTDATA("../data/input/pairs/sifa_2020_format2019.txt"),
                                                                QFINDTESTDATA("../data/input/pairs/sifa_2021.txt"), &error));
    QVERIFY2(w, qPrintable(error));
    w->setAttribute(Qt::WA_DeleteOnClose, false);
    w->setConfirmDiscard(false);
    w->resize(1100, 900);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    w->tableTabs()->setCurrentIndex(int(TableSection::Apply));
    QTableView *view = w->tableView(TableSection::Apply);
    QVERIFY(view->wordWrap());
    const CompareTableModel *m = w->tableModel(TableSection::Apply);
    int checked = 0;
    QTRY_VERIFY(view->columnWidth(CompareTableModel::NoteColumn) > 0);
    for (int r = 0; r < m->rowCount(); ++r) {
        const QString note = m->index(r, CompareTableModel::NoteColumn).data().toString();
        if (note.isEmpty())
            continue;
        const int width = view->columnWidth(CompareTableModel::NoteColumn) - 8;
        const QRect needed = view->fontMetrics().boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, note);
        QTRY_VERIFY2(view->rowHeight(r) >= needed.height(), qPrintable(note));
        ++checked;
    }
    QVERIFY(checked > 0);
}

void TestCompareLook::chartTitlesNotCut_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN");
    QTest::newRow("English") << QStringLiteral("en");
}

// Each line of a chart's title fits the chart; together they are the whole title.
void TestCompareLook::chartTitlesNotCut()
{
    QFETCH(QString, language);
    setLanguage(language, false);
    Pair p = open(QStringLiteral("示例市测试局"), QStringLiteral("示例市测试局"), 1280);
    ChartsPanel *charts = p.window->charts();
    QVERIFY(charts->chartCount() >= 4);
    for (int i = 0; i < charts->chartCount(); ++i) {
        QChartView *view = charts->chartView(i);
        QTRY_VERIFY(view->width() > 0);
        const QString full = charts->data().at(i).title;
        if (language == QLatin1String("en"))
            QVERIFY2(!full.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))), qPrintable(full));
        const QString shown = view->chart()->title();
        const QStringList lines = shown.split(QStringLiteral("<br>"));
        const QFontMetrics fm(view->chart()->titleFont());
        QString joined;
        for (const QString &l : lines) {
            QTextDocument doc;
            doc.setHtml(l);
            const QString plain = doc.toPlainText();
            QVERIFY2(fm.horizontalAdvance(plain) <= view->width() - 16, qPrintable(plain));
            joined += plain;
        }
        QCOMPARE(joined.remove(QLatin1Char(' ')), QString(full).remove(QLatin1Char(' ')));
    }
    setLanguage(QStringLiteral("zh_CN"), false);
}

// The comparison's tables frame the selection and keep each cell's colour.
void TestCompareLook::selectionKeepsColours()
{
    Pair p = open(QStringLiteral("示例市测试局"), QStringLiteral("示例市测试局"));
    p.window->tableTabs()->setCurrentIndex(int(TableSection::Active));
    QTableView *view = p.window->tableView(TableSection::Active);
    QVERIFY(qobject_cast<FramedSelectionDelegate *>(view->itemDelegate()));
    const CompareTableModel *m = p.window->tableModel(TableSection::Active);
    QModelIndex coloured;
    for (int r = 0; r < m->rowCount() && !coloured.isValid(); ++r)
        if (m->index(r, CompareTableModel::ChangeColumn).data(Qt::BackgroundRole).isValid())
            coloured = m->index(r, CompareTableModel::ChangeColumn);
    QVERIFY(coloured.isValid());
    view->selectionModel()->setCurrentIndex(coloured, QItemSelectionModel::ClearAndSelect);
    view->scrollTo(coloured);
    QCoreApplication::processEvents();
    const QRect r = view->visualRect(coloured);
    const QImage image = view->viewport()->grab().toImage();
    QCOMPARE(image.pixelColor(r.left() + FramedSelectionDelegate::currentFrameWidth + 3, r.center().y()).name(),
             coloured.data(Qt::BackgroundRole).value<QColor>().name());
    QCOMPARE(image.pixelColor(r.center().x(), r.top() + 1).name(), FramedSelectionDelegate::frameColor().name());
}

QTEST_MAIN(TestCompareLook)
#include "tst_comparelook.moc"
