// SPDX-License-Identifier: GPL-3.0-or-later
// The review window at speed (issue 16): the selection keeps a cell's state colour, Ctrl+0 fills
// cells that were not found, Enter moves on to the next cell to fill, Ctrl+F finds in the report,
// Ctrl+plus/minus zoom both panes, F1 lists the shortcuts, keys reach the corrections list and
// the note, a new report shows its findings, the tables fit a 1280×800 screen, the window
// remembers its geometry. Offscreen, on the built-in fixture.
#include "tests/fixtures/ReviewFixture.h"

#include "ui/actions/ReviewActions.h"
#include "ui/audit/AuditPanel.h"
#include "ui/document/DocumentView.h"
#include "ui/document/FindBar.h"
#include "ui/findings/FindingsView.h"
#include "ui/tables/CellStyle.h"
#include "ui/tables/FramedSelectionDelegate.h"
#include "ui/tables/SectionTableModel.h"
#include "ui/tables/TablesPanel.h"
#include "ui/window/MainWindow.h"
#include "ui/window/ShortcutsDialog.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace nianbao;
using namespace nianbao::ui;

class TestWindowKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void selectionKeepsStateColour_data();
    void selectionKeepsStateColour();
    void fillAlsoFillsNotFound();
    void enterMovesToNextMissing_data();
    void enterMovesToNextMissing();
    void findHighlightsHits();
    void zoomBothPanes();
    void shortcutsListed();
    void keysReachCorrectionsAndNote_data();
    void keysReachCorrectionsAndNote();
    void openedReportShowsFindings();
    void tablesFitTheWindow_data();
    void tablesFitTheWindow();
    void geometryRemembered();
};

// The fixture with these cells of table 三 not found at all (no value, no place in the text).
static std::unique_ptr<Review> reviewWithNotFound(const QStringList &notFound)
{
    fixture::Built b = fixture::buildFixture();
    for (const QString &id : notFound) {
        CellValue &c = b.record.cells[fixture::cellIndex(id)];
        c.value.reset();
        c.raw.clear();
        c.source = CellSource::NotFound;
        c.span = {};
    }
    return std::make_unique<Review>(std::move(b.document), std::move(b.record));
}

static const QStringList notFoundCells{QStringLiteral("apply.other_handling.other.natural"),
                                       QStringLiteral("apply.other_handling.other.commercial"),
                                       QStringLiteral("apply.other_handling.other.total")};

static std::unique_ptr<MainWindow> makeWindow(std::unique_ptr<Review> review)
{
    auto w = std::make_unique<MainWindow>();
    w->setConfirmDiscard(false);
    w->setReview(std::move(review));
    w->show();
    QApplication::setActiveWindow(w.get());
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("window not active");
    return w;
}

static QModelIndex indexOf(MainWindow &w, const QString &id, QTableView **viewOut = nullptr)
{
    const int cell = w.review()->record().schema().indexOf(id);
    const TableSection section = w.review()->record().schema().at(cell).table;
    if (viewOut)
        *viewOut = w.tablesPanel()->view(section);
    return w.tablesPanel()->model(section)->indexOfCell(cell);
}

void TestWindowKeys::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("nianbao-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowkeys"));
}

void TestWindowKeys::init()
{
    QSettings().remove(QStringLiteral("window")); // every test starts from the default geometry
}

void TestWindowKeys::selectionKeepsStateColour_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("state");
    QTest::newRow("violated") << QStringLiteral("apply.new.total") << int(CellState::Violated);
    QTest::newRow("blank") << fixture::blankCell << int(CellState::Missing);
    QTest::newRow("consistent") << QStringLiteral("apply.granted.natural") << int(CellState::Consistent);
}

// A selected cell shows its state colour inside, the selection as a frame round it.
void TestWindowKeys::selectionKeepsStateColour()
{
    QFETCH(QString, cell);
    QFETCH(int, state);
    auto w = makeWindow(fixture::makeReview({{QStringLiteral("apply.new.total"), 5}}));
    QTableView *view = nullptr;
    const QModelIndex idx = indexOf(*w, cell, &view);
    // A violated cell may be the culprit the repair hint names: violated all the same.
    const int got = idx.data(SectionTableModel::CellStateRole).toInt();
    if (state == int(CellState::Violated) && got == int(CellState::Culprit))
        state = got;
    QCOMPARE(got, state);
    w->selectCell(fixture::cellIndex(cell));
    QVERIFY(view->selectionModel()->isSelected(idx));
    view->scrollTo(idx);
    QCoreApplication::processEvents();
    const QRect r = view->visualRect(idx);
    QVERIFY(r.width() > 12 && r.height() > 12);
    const QImage image = view->viewport()->grab().toImage();
    const QColor inside = image.pixelColor(r.left() + FramedSelectionDelegate::currentFrameWidth + 3, r.center().y());
    QCOMPARE(inside.name(), cellStateBackground(CellState(state)).name());
    const QColor edge = image.pixelColor(r.center().x(), r.top() + 1);
    QCOMPARE(edge.name(), FramedSelectionDelegate::frameColor().name());
}

// Ctrl+0 fills the blank and the not found cells of the visible table, as one undoable step.
void TestWindowKeys::fillAlsoFillsNotFound()
{
    auto w = makeWindow(reviewWithNotFound(notFoundCells));
    for (const QString &id : notFoundCells)
        QCOMPARE(indexOf(*w, id).data(SectionTableModel::CellStateRole).toInt(), int(CellState::Missing));
    w->tablesPanel()->tabs()->setCurrentIndex(int(TableSection::Apply));
    QTest::keyClick(w.get(), Qt::Key_0, Qt::ControlModifier);
    for (const QString &id : notFoundCells + QStringList{fixture::blankCell})
        QCOMPARE(w->review()->record().value(id), std::optional<double>(0));
    QCOMPARE(w->review()->record().corrections.size(), notFoundCells.size() + 1);
    QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
    for (const QString &id : notFoundCells + QStringList{fixture::blankCell})
        QCOMPARE(w->review()->record().value(id), std::nullopt);
    QCOMPARE(w->review()->record().corrections.size(), 0);
}

void TestWindowKeys::enterMovesToNextMissing_data()
{
    QTest::addColumn<QString>("typedInto");
    QTest::addColumn<QString>("next");
    // Reading order of table 三: 不予公开·国家秘密 comes before 其他处理·其他.
    QTest::newRow("blank to first not found") << fixture::blankCell << notFoundCells.at(0);
    QTest::newRow("along the row") << notFoundCells.at(0) << notFoundCells.at(1);
    QTest::newRow("wraps to the top") << notFoundCells.at(2) << fixture::blankCell;
    QTest::newRow("from a filled cell") << QStringLiteral("apply.new.natural") << fixture::blankCell;
}

// Typing a value and Enter: the value is taken and the next cell to fill of the table is current.
void TestWindowKeys::enterMovesToNextMissing()
{
    QFETCH(QString, typedInto);
    QFETCH(QString, next);
    auto w = makeWindow(reviewWithNotFound(notFoundCells));
    QTableView *view = nullptr;
    const QModelIndex idx = indexOf(*w, typedInto, &view);
    w->tablesPanel()->tabs()->setCurrentIndex(int(TableSection::Apply));
    view->setFocus();
    view->setCurrentIndex(idx);
    view->edit(idx);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(idx));
    QVERIFY(editor);
    editor->clear();
    editor->insert(QStringLiteral("7"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(w->review()->record().value(typedInto), std::optional<double>(7));
    QCOMPARE(w->tablesPanel()->model(TableSection::Apply)->cellIndexAt(view->currentIndex()), fixture::cellIndex(next));
    // The next value goes straight there.
    QTest::keyClick(view, Qt::Key_4);
    editor = qobject_cast<QLineEdit *>(view->indexWidget(view->currentIndex()));
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(w->review()->record().value(next), std::optional<double>(4));
}

// Ctrl+F: every hit highlighted, Enter / Shift+Enter step through them (wrapping), Esc clears.
void TestWindowKeys::findHighlightsHits()
{
    auto w = makeWindow(fixture::makeReview());
    const QString text = w->review()->document().text;
    const QString needle = QStringLiteral("政府信息");
    const int expected = int(text.count(needle));
    QVERIFY(expected >= 3);
    const int marks = int(w->documentView()->extraSelections().size());
    QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(w->findBar()->isVisible());
    QLineEdit *edit = w->findBar()->lineEdit();
    QVERIFY(edit->hasFocus());
    edit->setText(needle);
    QCOMPARE(w->documentView()->searchHits(), expected);
    QCOMPARE(w->documentView()->extraSelections().size(), marks + expected);
    QCOMPARE(w->findBar()->countLabel()->text(), QStringLiteral("1/%1").arg(expected));
    QCOMPARE(w->documentView()->textCursor().selectedText(), needle);
    const int first = w->documentView()->textCursor().selectionStart();
    QCOMPARE(first, int(text.indexOf(needle)));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(w->findBar()->countLabel()->text(), QStringLiteral("2/%1").arg(expected));
    QCOMPARE(w->documentView()->textCursor().selectionStart(), int(text.indexOf(needle, first + 1)));
    QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(w->findBar()->countLabel()->text(), QStringLiteral("%1/%1").arg(expected));
    edit->setText(QStringLiteral("不在报告里的字"));
    QCOMPARE(w->documentView()->searchHits(), 0);
    QVERIFY(!w->findBar()->countLabel()->text().isEmpty());
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!w->findBar()->isVisible());
    QCOMPARE(w->documentView()->extraSelections().size(), marks);
}

// Ctrl+plus / Ctrl+minus change both panes' text by the same step.
void TestWindowKeys::zoomBothPanes()
{
    auto w = makeWindow(fixture::makeReview());
    QTableView *table = w->tablesPanel()->view(TableSection::Apply);
    const qreal doc = w->documentView()->font().pointSizeF();
    const qreal cells = table->font().pointSizeF();
    const int rowHeight = table->rowHeight(0);
    QTest::keyClick(w.get(), Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(w.get(), Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(w->zoomStep(), 2);
    QCOMPARE(w->documentView()->font().pointSizeF(), doc + 2);
    for (TableSection s : {TableSection::Active, TableSection::Apply, TableSection::Review})
        QCOMPARE(w->tablesPanel()->view(s)->font().pointSizeF(), cells + 2);
    QVERIFY(table->rowHeight(0) > rowHeight);
    QTest::keyClick(w.get(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(w.get(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(w->zoomStep(), 0);
    QCOMPARE(w->documentView()->font().pointSizeF(), doc);
    QCOMPARE(table->font().pointSizeF(), cells);
}

// F1 lists the window's shortcuts, the keys of the cell editors among them.
void TestWindowKeys::shortcutsListed()
{
    auto w = makeWindow(fixture::makeReview());
    QTest::keyClick(w.get(), Qt::Key_F1);
    auto *dialog = w->findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QStringList keys;
    for (int r = 0; r < dialog->table()->rowCount(); ++r)
        keys.append(dialog->table()->item(r, 0)->text());
    for (const QKeySequence &k : {QKeySequence(Qt::Key_F8), QKeySequence(QStringLiteral("Ctrl+F")),
                                  QKeySequence(QStringLiteral("Ctrl+0")), QKeySequence(QStringLiteral("Ctrl+6")),
                                  QKeySequence(QStringLiteral("Ctrl+7")), QKeySequence(Qt::Key_F1),
                                  QKeySequence(QStringLiteral("Ctrl+Z"))}) {
        const QString native = k.toString(QKeySequence::NativeText);
        QVERIFY2(std::any_of(keys.cbegin(), keys.cend(), [&](const QString &s) { return s.contains(native); }),
                 qPrintable(native));
    }
    QVERIFY(keys.contains(QStringLiteral("F2")));
}

void TestWindowKeys::keysReachCorrectionsAndNote_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("target");
    QTest::newRow("Ctrl+6 corrections") << int(Qt::Key_6) << QStringLiteral("correctionsView");
    QTest::newRow("Ctrl+7 note") << int(Qt::Key_7) << QStringLiteral("correctionNote");
    QTest::newRow("Ctrl+5 findings") << int(Qt::Key_5) << QString();
}

void TestWindowKeys::keysReachCorrectionsAndNote()
{
    QFETCH(int, key);
    QFETCH(QString, target);
    auto w = makeWindow(fixture::makeReview());
    w->tablesPanel()->view(TableSection::Apply)->setFocus();
    QTest::keyClick(w.get(), Qt::Key(key), Qt::ControlModifier);
    QWidget *expected = target.isEmpty() ? static_cast<QWidget *>(w->findingsView()->view())
                                         : w->findChild<QWidget *>(target);
    QVERIFY(expected);
    QVERIFY(expected->isVisible());
    QCOMPARE(QApplication::focusWidget(), expected);
}

// Whatever the bottom pane showed, a report opened shows its findings there.
void TestWindowKeys::openedReportShowsFindings()
{
    auto w = makeWindow(fixture::makeReview());
    auto *tabs = w->findChild<QTabWidget *>(QStringLiteral("bottomTabs"));
    tabs->setCurrentWidget(w->auditPanel());
    w->setReview(fixture::makeReview({{QStringLiteral("apply.new.total"), 5}}));
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(w->findingsView()));
    QVERIFY(w->findingsView()->view()->model()->rowCount() > 0);
}

void TestWindowKeys::tablesFitTheWindow_data()
{
    QTest::addColumn<QSize>("window");
    // 92 % of what a 1280×800 screen leaves under a panel, and larger screens.
    QTest::newRow("1280x800") << QSize(1177, 700);
    QTest::newRow("1366x768") << QSize(1256, 680);
    QTest::newRow("1920x1080") << QSize(1766, 960);
}

// Every column of the three tables is in view without scrolling sideways; on a larger window
// the label columns keep their full width.
void TestWindowKeys::tablesFitTheWindow()
{
    QFETCH(QSize, window);
    auto w = makeWindow(fixture::makeReview());
    w->resize(window);
    for (TableSection s : {TableSection::Apply, TableSection::Active, TableSection::Review}) {
        w->tablesPanel()->tabs()->setCurrentIndex(int(s));
        QTableView *view = w->tablesPanel()->view(s);
        QTRY_VERIFY(view->viewport()->width() > 0);
        QCoreApplication::processEvents();
        int sum = 0;
        for (int c = 0; c < view->model()->columnCount(); ++c)
            sum += view->columnWidth(c);
        QVERIFY2(sum <= view->viewport()->width(),
                 qPrintable(QStringLiteral("table %1: columns %2 > viewport %3").arg(int(s)).arg(sum).arg(view->viewport()->width())));
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
        // A number of five digits fits its value column.
        const int value = view->columnWidth(view->model()->columnCount() - 1);
        QVERIFY(value >= view->fontMetrics().horizontalAdvance(QStringLiteral("88888")));
    }
    if (window.width() > 1700)
        QCOMPARE(w->tablesPanel()->view(TableSection::Apply)->columnWidth(2), 196);
}

// Closing keeps the window's size and place; the next window comes back so.
void TestWindowKeys::geometryRemembered()
{
    {
        MainWindow first;
        first.setConfirmDiscard(false);
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        first.resize(1010, 690);
        QCoreApplication::processEvents();
        QVERIFY(first.close());
    }
    MainWindow second;
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QCOMPARE(second.size(), QSize(1010, 690));
}

QTEST_MAIN(TestWindowKeys)
#include "tst_windowkeys.moc"
