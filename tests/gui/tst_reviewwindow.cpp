// SPDX-License-Identifier: GPL-3.0-or-later
// The review window through its public interface, on the offscreen platform: opening a seed,
// the links between the tables and the report, editing (refusals, re-check, undo), the findings
// list, fill-blanks, saving and reopening a review, exporting.
#include "tests/fixtures/ReviewFixture.h"

#include "ui/audit/AuditPanel.h"
#include "ui/audit/CorrectionsModel.h"
#include "ui/document/DocumentView.h"
#include "ui/findings/FindingsModel.h"
#include "ui/findings/FindingsView.h"
#include "ui/actions/HintActions.h"
#include "ui/tables/CellDelegate.h"
#include "ui/tables/CellStyle.h"
#include "ui/tables/SectionTableModel.h"
#include "ui/tables/TablesPanel.h"
#include "ui/window/MainWindow.h"

#include "core/review/Review.h"
#include "core/util/TextNormalize.h"

#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;
using namespace nianbao::ui;

static const char *seed004 = "../data/input/seed_004_80a41c86f4ba9762.txt";

class TestReviewWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void openSeedShowsItsValues_data();
    void openSeedShowsItsValues();
    void openFailureKeepsWindowUsable();
    void convertedReportSaysSo();
    void selectingCellSelectsItsNumber_data();
    void selectingCellSelectsItsNumber();
    void cellsLandOnTheirNumbers_data();
    void cellsLandOnTheirNumbers();
    void clickingNumberSelectsCell();
    void editBreakingRelationShowsFindingAndUndoRemovesIt();
    void refuseBadValue_data();
    void refuseBadValue();
    void escapeCancelsEdit();
    void findingSelectsItsCells();
    void keyboardFlowFixesFinding();
    void confirmInferredIsUndoable();
    void fillBlanksIsUndoable();
    void noteGoesIntoCorrection();
    void copySelection();
    void saveAndReopenKeepsCorrection();
    void exportWritesFiles_data();
    void exportWritesFiles();

private:
    std::unique_ptr<MainWindow> windowWithFixture(const QHash<QString, double> &overrides = {});
};

void TestReviewWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("nianbao-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_reviewwindow"));
}

std::unique_ptr<MainWindow> TestReviewWindow::windowWithFixture(const QHash<QString, double> &overrides)
{
    auto w = std::make_unique<MainWindow>();
    w->setConfirmDiscard(false);
    w->setReview(fixture::makeReview(overrides));
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        qWarning("window not exposed");
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

// Opens the cell's editor through the view, types, and presses a key; returns the editor if it
// is still open afterwards.
static QLineEdit *typeIntoCell(MainWindow &w, const QString &id, const QString &text, Qt::Key key)
{
    QTableView *view = nullptr;
    const QModelIndex idx = indexOf(w, id, &view);
    w.tablesPanel()->tabs()->setCurrentIndex(int(w.review()->record().schema().find(id)->table));
    view->setFocus();
    view->setCurrentIndex(idx);
    view->edit(idx);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(idx));
    if (!editor)
        return nullptr;
    editor->clear();
    editor->insert(text); // QTest::keyClicks types ASCII only

    QTest::keyClick(editor, key);
    QCoreApplication::processEvents(); // the delegate commits through a queued call
    return qobject_cast<QLineEdit *>(view->indexWidget(idx));
}

void TestReviewWindow::openSeedShowsItsValues_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("shown");
    QTest::newRow("new natural") << QStringLiteral("apply.new.natural") << QStringLiteral("3");
    QTest::newRow("new total") << QStringLiteral("apply.new.total") << QStringLiteral("3");
    QTest::newRow("granted natural") << QStringLiteral("apply.granted.natural") << QStringLiteral("2");
    QTest::newRow("licensing") << QStringLiteral("active.licensing.decisions") << QStringLiteral("408");
    QTest::newRow("fees") << QStringLiteral("active.fees.amount") << QStringLiteral("40.51");
    QTest::newRow("normative in force") << QStringLiteral("active.normative.in_force") << QStringLiteral("2");
}

// Needs the real extractor (the stub finds no cells).
void TestReviewWindow::openSeedShowsItsValues()
{
    QFETCH(QString, cell);
    QFETCH(QString, shown);
    MainWindow w;
    w.setConfirmDiscard(false);
    w.show();
    QSignalSpy loaded(&w, &MainWindow::loaded);
    const QString path = QFINDTESTDATA(seed004);
    QVERIFY(!path.isEmpty());
    QVERIFY(w.openFile(path));
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.first().at(1).toBool(), true);
    QVERIFY(w.review());
    QVERIFY(w.documentView()->toPlainText().contains(QStringLiteral("聊城市司法局")));
    const QModelIndex idx = indexOf(w, cell);
    QVERIFY(idx.isValid());
    QCOMPARE(idx.data().toString(), shown);
    // The number is marked in the report where it stands.
    QVERIFY(w.documentView()->markedCells() > 100);
    const CellValue *c = w.review()->record().cell(cell);
    QVERIFY(c->span.isValid());
    QCOMPARE(w.documentView()->cellAt(c->span.start), w.review()->record().schema().indexOf(cell));
}

// A report printed in Traditional characters: the status bar says it was read after converting,
// the left pane keeps the text as printed.
void TestReviewWindow::convertedReportSaysSo()
{
    MainWindow w;
    w.setConfirmDiscard(false);
    w.show();
    QSignalSpy loaded(&w, &MainWindow::loaded);
    const QString path = QFINDTESTDATA("../data/input/webtext/hant_web_bars.txt");
    QVERIFY(!path.isEmpty());
    QVERIFY(w.openFile(path));
    QVERIFY(loaded.wait(30000));
    QVERIFY(w.review());
    QCOMPARE(w.review()->record().facts.convertedFrom, QStringLiteral("Hant"));
    QVERIFY(w.documentView()->toPlainText().contains(QStringLiteral("總計")));
    auto *info = w.statusBar()->findChild<QLabel *>(QStringLiteral("reportInfo"));
    QVERIFY(info);
    QVERIFY2(info->text().contains(QStringLiteral("繁体")), qPrintable(info->text()));

    // A report printed in Simplified says nothing of the kind.
    QSignalSpy again(&w, &MainWindow::loaded);
    QVERIFY(w.openFile(QFINDTESTDATA("../data/input/webtext/web_bars.txt")));
    QVERIFY(again.wait(30000));
    QVERIFY(!info->text().contains(QStringLiteral("繁体")));
    QVERIFY(info->text().contains(QStringLiteral("某某县测试局")));
}

void TestReviewWindow::openFailureKeepsWindowUsable()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-such-report.docx"));
    MainWindow w;
    w.setConfirmDiscard(false);
    QSignalSpy loaded(&w, &MainWindow::loaded);
    // The failure is reported in a message box: close it as soon as it shows.
    QTimer closer;
    connect(&closer, &QTimer::timeout, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    closer.start(50);
    QVERIFY(w.openFile(missing));
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.first().at(1).toBool(), false);
    QVERIFY(!w.review());
    QVERIFY(w.openFile(missing)); // not stuck "busy"
    QVERIFY(loaded.wait(30000));
}

void TestReviewWindow::selectingCellSelectsItsNumber_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("number");
    QTest::newRow("apply") << QStringLiteral("apply.new.natural") << QStringLiteral("3");
    QTest::newRow("active") << QStringLiteral("active.licensing.decisions") << QStringLiteral("408");
    QTest::newRow("slash") << fixture::textCell << QStringLiteral("/");
    QTest::newRow("review") << QStringLiteral("review.upheld") << QStringLiteral("1");
    QTest::newRow("last") << QStringLiteral("litigation.after_review.total") << QStringLiteral("0");
}

void TestReviewWindow::selectingCellSelectsItsNumber()
{
    QFETCH(QString, cell);
    QFETCH(QString, number);
    auto w = windowWithFixture();
    QTableView *view = nullptr;
    const QModelIndex idx = indexOf(*w, cell, &view);
    QVERIFY(idx.isValid());
    w->tablesPanel()->tabs()->setCurrentIndex(int(w->review()->record().schema().find(cell)->table));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(idx).center());
    QCOMPARE(view->currentIndex(), idx);
    const QTextCursor cursor = w->documentView()->textCursor();
    const Span span = w->review()->record().cell(cell)->span;
    QCOMPARE(cursor.selectionStart(), span.start);
    QCOMPARE(cursor.selectionEnd(), span.end());
    QCOMPARE(cursor.selectedText(), number);
    // It is scrolled into view.
    const QRect shown = w->documentView()->cursorRect(cursor);
    QVERIFY(w->documentView()->viewport()->rect().intersects(shown));
}

void TestReviewWindow::cellsLandOnTheirNumbers_data()
{
    QTest::addColumn<QString>("report");
    const QDir dir(QFileInfo(QFINDTESTDATA(seed004)).absolutePath());
    for (const QString &name : dir.entryList({QStringLiteral("seed_*.txt")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
    // The same report in every format the loaders read (.doc through LibreOffice when installed).
    const QDir formats(dir.filePath(QStringLiteral("formats")));
    QStringList names{QStringLiteral("report.txt"), QStringLiteral("report.docx"), QStringLiteral("report.html"),
                      QStringLiteral("report-gb2312.html"), QStringLiteral("report.pdf"), QStringLiteral("report-split.pdf")};
    if (!QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
        names << QStringLiteral("report.doc");
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << formats.filePath(name);
}

// For every cell the extractor placed in a report, moving to it in its table selects exactly its
// printed text in the report, the text reads as the cell's value, and that text leads back to the
// cell (the link the window follows when the reviewer clicks a number).
void TestReviewWindow::cellsLandOnTheirNumbers()
{
    QFETCH(QString, report);
    QVERIFY2(QFileInfo::exists(report), qPrintable(report));
    MainWindow w;
    w.setConfirmDiscard(false);
    w.show();
    QSignalSpy loaded(&w, &MainWindow::loaded);
    QVERIFY(w.openFile(report));
    QVERIFY(loaded.wait(60000));
    QVERIFY(w.review());
    const Record &rec = w.review()->record();
    const QString &text = w.review()->document().text;
    int checked = 0;
    for (int i = 0; i < rec.cells.size(); ++i) {
        const CellValue &c = rec.cells.at(i);
        if (!c.span.isValid() || c.span.length == 0)
            continue;
        QTableView *view = nullptr;
        const QModelIndex idx = indexOf(w, rec.schema().at(i).id, &view);
        QVERIFY(idx.isValid());
        view->setCurrentIndex(idx);
        const QTextCursor cursor = w.documentView()->textCursor();
        QCOMPARE(cursor.selectionStart(), c.span.start);
        QCOMPARE(cursor.selectedText(), text.mid(c.span.start, c.span.length));
        if (c.source == CellSource::Read && !c.inferred)
            QCOMPARE(parseNumber(valueText(cursor.selectedText())), c.value);
        QCOMPARE(w.documentView()->cellAt(c.span.start), i);
        ++checked;
    }
    // The format fixtures print every one of their 200 cells.
    if (report.contains(QStringLiteral("/formats/")))
        QCOMPARE(checked, rec.cells.size());
    QVERIFY(checked > 0);
}

void TestReviewWindow::clickingNumberSelectsCell()
{
    auto w = windowWithFixture();
    const QString cell = QStringLiteral("review.upheld");
    const Span span = w->review()->record().cell(cell)->span;
    DocumentView *doc = w->documentView();
    QTextCursor c(doc->document());
    c.setPosition(int(span.start));
    doc->setTextCursor(c);
    doc->ensureCursorVisible();
    const QPoint at = doc->cursorRect(c).center() + QPoint(2, 0); // on the digit
    QTest::mouseClick(doc->viewport(), Qt::LeftButton, {}, at);
    QTableView *view = nullptr;
    const QModelIndex idx = indexOf(*w, cell, &view);
    QCOMPARE(w->tablesPanel()->tabs()->currentIndex(), int(TableSection::Review));
    QCOMPARE(view->currentIndex(), idx);
    QVERIFY(view->selectionModel()->isSelected(idx));
}

// Needs the real rules (the stub reports no violation).
void TestReviewWindow::editBreakingRelationShowsFindingAndUndoRemovesIt()
{
    auto w = windowWithFixture();
    const QString cell = QStringLiteral("apply.total.natural");
    QCOMPARE(w->findingsModel()->count(FindingKind::Violation), 0);
    QLineEdit *open = typeIntoCell(*w, cell, QStringLiteral("9"), Qt::Key_Return);
    QCOMPARE(w->review()->record().value(cell), std::optional<double>(9));
    QVERIFY(!open);
    QCOMPARE(w->correctionsModel()->rowCount(), 1);
    QVERIFY(w->isWindowModified());
    const QModelIndex idx = indexOf(*w, cell);
    QCOMPARE(idx.data().toString(), QStringLiteral("9"));
    // The re-check names the cell in a violation; the cell turns red.
    QVERIFY(w->findingsModel()->count(FindingKind::Violation) > 0);
    bool named = false;
    for (const Finding &f : w->findingsModel()->findings())
        named = named || (f.kind == FindingKind::Violation && f.cells.contains(cell));
    QVERIFY(named);
    // Violated; the one wrong cell is also the likely culprit of the repair hint.
    QVERIFY(isViolated(CellState(idx.data(SectionTableModel::CellStateRole).toInt())));
    // Ctrl+Z undoes it: the value, the finding and the correction go.
    QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w->review()->record().value(cell), std::optional<double>(3));
    QCOMPARE(w->findingsModel()->count(FindingKind::Violation), 0);
    QCOMPARE(w->correctionsModel()->rowCount(), 0);
    QCOMPARE(idx.data(SectionTableModel::CellStateRole).toInt(), int(CellState::Consistent));
    // Ctrl+Y redoes it.
    QTest::keyClick(w.get(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(w->review()->record().value(cell), std::optional<double>(9));
    QVERIFY(w->findingsModel()->count(FindingKind::Violation) > 0);
}

void TestReviewWindow::refuseBadValue_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("input");
    QTest::newRow("letters") << QStringLiteral("apply.new.natural") << QStringLiteral("abc");
    QTest::newRow("number with unit") << QStringLiteral("apply.new.natural") << QStringLiteral("3件");
    // These two need the real rules' validateValue.
    QTest::newRow("negative count") << QStringLiteral("apply.new.natural") << QStringLiteral("-1");
    QTest::newRow("fraction for a count") << QStringLiteral("review.upheld") << QStringLiteral("1.5");
}

void TestReviewWindow::refuseBadValue()
{
    QFETCH(QString, cell);
    QFETCH(QString, input);
    auto w = windowWithFixture();
    const std::optional<double> before = w->review()->record().value(cell);
    QLineEdit *editor = typeIntoCell(*w, cell, input, Qt::Key_Return);
    QVERIFY2(editor, "the editor stays open on a refused value");
    QCOMPARE(editor->text(), input);
    QLabel *message = w->tablesPanel()->delegate(w->review()->record().schema().find(cell)->table)->errorLabel();
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QCOMPARE(message->objectName(), QStringLiteral("cellInputError"));
    QCOMPARE(w->review()->record().value(cell), before);
    QVERIFY(w->review()->record().corrections.isEmpty());
    QVERIFY(!w->isWindowModified());
    // Esc leaves it as it was.
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(w->review()->record().value(cell), before);
    QVERIFY(!message->isVisible());
}

void TestReviewWindow::escapeCancelsEdit()
{
    auto w = windowWithFixture();
    const QString cell = QStringLiteral("apply.new.natural");
    QVERIFY(!typeIntoCell(*w, cell, QStringLiteral("5"), Qt::Key_Escape));
    QCOMPARE(w->review()->record().value(cell), std::optional<double>(3));
    QVERIFY(w->review()->record().corrections.isEmpty());
}

// Needs the real rules: the planted inconsistency must produce findings.
void TestReviewWindow::findingSelectsItsCells()
{
    auto w = windowWithFixture({{QStringLiteral("apply.total.natural"), 4}});
    QVERIFY(w->findingsModel()->rowCount() > 0);
    QTest::keyClick(w.get(), Qt::Key_F8);
    const Finding *f = w->findingsView()->currentFinding();
    QVERIFY(f);
    QCOMPARE(f, &w->findingsModel()->findings().at(0));
    QVERIFY(!f->cells.isEmpty());
    const Schema &schema = w->review()->record().schema();
    for (const QString &id : f->cells) {
        QTableView *view = nullptr;
        const QModelIndex idx = indexOf(*w, id, &view);
        QVERIFY2(view->selectionModel()->isSelected(idx), qPrintable(id));
    }
    QCOMPARE(w->tablesPanel()->tabs()->currentIndex(), int(schema.find(f->cells.first())->table));
    // The report shows the first of its cells that has a place in the text, the likely wrong
    // cell (the top repair hint's) first.
    QStringList shownFirst;
    for (int cell : culpritFirst(w->review()->record(), [&] {
             QList<int> cells;
             for (const QString &id : f->cells)
                 cells.append(schema.indexOf(id));
             return cells;
         }()))
        shownFirst.append(schema.at(cell).id);
    for (const QString &id : shownFirst) {
        const Span span = w->review()->record().cell(id)->span;
        if (span.isValid()) {
            QCOMPARE(w->documentView()->textCursor().selectionStart(), span.start);
            break;
        }
    }
    // F8 again moves on; Shift+F8 comes back.
    const int rows = w->findingsView()->proxy()->rowCount();
    QTest::keyClick(w.get(), Qt::Key_F8);
    QCOMPARE(w->findingsView()->view()->currentIndex().row(), rows > 1 ? 1 : 0);
    QTest::keyClick(w.get(), Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(w->findingsView()->view()->currentIndex().row(), 0);
}

// F8 goes to the first finding and gives its likely wrong cell (the top repair hint's) the
// keyboard: typing a number and Enter corrects it, without the mouse. Needs the real rules (the
// planted error must be found).
void TestReviewWindow::keyboardFlowFixesFinding()
{
    auto w = windowWithFixture({{QStringLiteral("apply.total.natural"), 4}});
    QApplication::setActiveWindow(w.get());
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    QTest::keyClick(w.get(), Qt::Key_F8);
    const Finding *f = w->findingsView()->currentFinding();
    QVERIFY(f);
    const QString first = QStringLiteral("apply.total.natural");
    QVERIFY(f->cells.contains(first));
    QTableView *view = nullptr;
    const QModelIndex idx = indexOf(*w, first, &view);
    QCOMPARE(QApplication::focusWidget(), view);
    QCOMPARE(view->currentIndex(), idx);
    QTest::keyClick(view, Qt::Key_7); // starts editing with the typed digit
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(w->review()->record().value(first), std::optional<double>(7));
    QCOMPARE(w->correctionsModel()->rowCount(), 1);
}

// Inferred values (digits the extractor split by the relations) are confirmed by the reviewer:
// they turn "corrected", the rules stop asking, and undo brings the question back.
void TestReviewWindow::confirmInferredIsUndoable()
{
    fixture::Built b = fixture::buildFixture();
    const QStringList inferred = {QStringLiteral("apply.new.natural"), QStringLiteral("apply.new.total")};
    for (const QString &id : inferred)
        b.record.cell(id)->inferred = true;
    auto w = std::make_unique<MainWindow>();
    w->setConfirmDiscard(false);
    w->setReview(std::make_unique<Review>(std::move(b.document), std::move(b.record)));
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    auto inferredFinding = [&] {
        for (const Finding &f : w->findingsModel()->findings())
            if (f.rule.startsWith(QLatin1String("inferred")))
                return true;
        return false;
    };
    QVERIFY(inferredFinding());
    QTableView *view = nullptr;
    const QModelIndex natural = indexOf(*w, inferred.at(0), &view);
    const QModelIndex total = indexOf(*w, inferred.at(1));
    const QModelIndex plain = indexOf(*w, QStringLiteral("apply.new.commercial"));
    QCOMPARE(natural.data(SectionTableModel::CellStateRole).toInt(), int(CellState::Inferred));
    w->tablesPanel()->tabs()->setCurrentIndex(int(TableSection::Apply));
    view->selectionModel()->select(natural, QItemSelectionModel::Select);
    view->selectionModel()->select(total, QItemSelectionModel::Select);
    view->selectionModel()->select(plain, QItemSelectionModel::Select); // not inferred: left alone
    QTest::keyClick(w.get(), Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(w->review()->record().corrections.size(), 2);
    for (const Correction &c : w->review()->record().corrections) {
        QVERIFY(inferred.contains(c.cell));
        QCOMPARE(c.from, c.to);
    }
    QCOMPARE(natural.data(SectionTableModel::CellStateRole).toInt(), int(CellState::Corrected));
    QCOMPARE(w->review()->record().value(inferred.at(0)), std::optional<double>(3));
    QVERIFY(!inferredFinding());
    QVERIFY(w->isDirty());
    QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(natural.data(SectionTableModel::CellStateRole).toInt(), int(CellState::Inferred));
    QVERIFY(w->review()->record().corrections.isEmpty());
    QVERIFY(inferredFinding());
}

void TestReviewWindow::fillBlanksIsUndoable()
{
    auto w = windowWithFixture();
    QCOMPARE(w->review()->record().value(fixture::blankCell), std::nullopt);
    w->fillBlanks(TableSection::Apply);
    QCOMPARE(w->review()->record().value(fixture::blankCell), std::optional<double>(0));
    const QModelIndex idx = indexOf(*w, fixture::blankCell);
    QCOMPARE(idx.data().toString(), QStringLiteral("0"));
    QCOMPARE(idx.data(SectionTableModel::CellStateRole).toInt(), int(CellState::Corrected));
    QCOMPARE(w->correctionsModel()->rowCount(), 1);
    // The "/" of section 二 is untouched by filling section 三.
    QCOMPARE(w->review()->record().value(fixture::textCell), std::nullopt);
    QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w->review()->record().value(fixture::blankCell), std::nullopt);
    QCOMPARE(idx.data(SectionTableModel::CellStateRole).toInt(), int(CellState::Missing));
    QCOMPARE(w->correctionsModel()->rowCount(), 0);
    // Section 二: the "/" becomes 0, through the table's own button.
    w->tablesPanel()->tabs()->setCurrentIndex(int(TableSection::Active));
    auto *button = w->tablesPanel()->findChild<QPushButton *>(QStringLiteral("fillBlanks0"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(w->review()->record().value(fixture::textCell), std::optional<double>(0));
}

void TestReviewWindow::noteGoesIntoCorrection()
{
    auto w = windowWithFixture();
    auto *note = w->findChild<QLineEdit *>(QStringLiteral("correctionNote"));
    QVERIFY(note);
    note->insert(QStringLiteral("据纸质原件"));
    QVERIFY(!typeIntoCell(*w, QStringLiteral("apply.new.natural"), QStringLiteral("4"), Qt::Key_Return));
    QCOMPARE(w->review()->record().corrections.size(), 1);
    const Correction &c = w->review()->record().corrections.first();
    QCOMPARE(c.cell, QStringLiteral("apply.new.natural"));
    QCOMPARE(c.from, std::optional<double>(3));
    QCOMPARE(c.to, std::optional<double>(4));
    QCOMPARE(c.note, QStringLiteral("据纸质原件"));
    QVERIFY(c.at.isValid());
    QCOMPARE(w->correctionsModel()->index(0, CorrectionsModel::NoteColumn).data().toString(),
             QStringLiteral("据纸质原件"));

    // The note rewritten in the audit trail: F2 on its cell, type, Enter; Ctrl+Z brings it back.
    auto *trail = w->findChild<QTableView *>(QStringLiteral("correctionsView"));
    QVERIFY(trail);
    auto *tabs = w->findChild<QTabWidget *>(QStringLiteral("bottomTabs"));
    QVERIFY(tabs);
    tabs->setCurrentWidget(w->auditPanel());
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    trail->setFocus();
    trail->setCurrentIndex(w->correctionsModel()->index(0, CorrectionsModel::NoteColumn));
    QTest::keyClick(trail, Qt::Key_F2);
    auto *editor = trail->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    editor->insert(QStringLiteral("据电子原件")); // typed (keyClicks takes ASCII only)
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits from the event loop
    QTRY_COMPARE(w->review()->record().corrections.first().note, QStringLiteral("据电子原件"));
    QCOMPARE(w->review()->record().value(QStringLiteral("apply.new.natural")), std::optional<double>(4));
    w->review()->undoStack()->undo();
    QCOMPARE(w->review()->record().corrections.first().note, QStringLiteral("据纸质原件"));
}

void TestReviewWindow::copySelection()
{
    auto w = windowWithFixture();
    QTableView *view = nullptr;
    const QModelIndex natural = indexOf(*w, QStringLiteral("apply.new.natural"), &view);
    const QModelIndex commercial = indexOf(*w, QStringLiteral("apply.new.commercial"));
    const QModelIndex below = indexOf(*w, QStringLiteral("apply.carried_over.commercial"));
    w->tablesPanel()->tabs()->setCurrentIndex(int(TableSection::Apply));
    view->setFocus();
    for (const QModelIndex &idx : {natural, commercial, below})
        view->selectionModel()->select(idx, QItemSelectionModel::Select);
    QCOMPARE(w->tablesPanel()->selectionAsText(), QStringLiteral("3\t1\n\t0"));
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("3\t1\n\t0"));
}

// Needs the JSON record (recordToJson / recordFromJson) of the exports work item.
void TestReviewWindow::saveAndReopenKeepsCorrection()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("report.txt"));
    QVERIFY(QFile::copy(QFINDTESTDATA(seed004), source));
    const QString saved = dir.filePath(QStringLiteral("report.nianbao"));
    const QString cell = QStringLiteral("apply.new.commercial");
    {
        MainWindow w;
        w.setConfirmDiscard(false);
        QSignalSpy loaded(&w, &MainWindow::loaded);
        QVERIFY(w.openFile(source));
        QVERIFY(loaded.wait(30000));
        QVERIFY(w.review());
        QVERIFY(w.review()->setCellValue(cell, 2, QStringLiteral("复核")).ok());
        QVERIFY(w.isDirty());
        QVERIFY(w.saveReviewAs(saved));
        QVERIFY(!w.isDirty());
    }
    MainWindow w;
    w.setConfirmDiscard(false);
    QSignalSpy loaded(&w, &MainWindow::loaded);
    QVERIFY(w.openFile(saved));
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.first().at(1).toBool(), true);
    QVERIFY(w.review());
    QCOMPARE(w.review()->record().value(cell), std::optional<double>(2));
    QCOMPARE(indexOf(w, cell).data().toString(), QStringLiteral("2"));
    QCOMPARE(indexOf(w, cell).data(SectionTableModel::CellStateRole).toInt() == int(CellState::Consistent), false);
    QCOMPARE(w.correctionsModel()->rowCount(), 1);
    QCOMPARE(w.correctionsModel()->index(0, CorrectionsModel::NoteColumn).data().toString(), QStringLiteral("复核"));
    QCOMPARE(w.reviewPath(), saved);
    QVERIFY(!w.isDirty());
}

void TestReviewWindow::exportWritesFiles_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("json") << QStringLiteral("json");
}

// Needs the exports work item (the stubs write nothing).
void TestReviewWindow::exportWritesFiles()
{
    QFETCH(QString, suffix);
    auto w = windowWithFixture();
    QVERIFY(w->review()->setCellValue(QStringLiteral("apply.new.natural"), 4).ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.") + suffix);
    QVERIFY(w->exportRecord(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.size() > 100);
    if (suffix == QLatin1String("json"))
        QVERIFY(bytes.contains("\"apply.new.natural\": 4"));
    if (suffix == QLatin1String("csv"))
        QVERIFY(bytes.contains("apply.new.natural"));
    if (suffix == QLatin1String("xlsx"))
        QVERIFY(bytes.startsWith("PK"));
}

QTEST_MAIN(TestReviewWindow)
#include "tst_reviewwindow.moc"
