// SPDX-License-Identifier: GPL-3.0-or-later
// Reviewing at speed in the window, on the offscreen platform, with the in-code fixture and
// （七）总计·自然人 printed 4 instead of 3: the culprit of the top repair hint has a state of its
// own (not the red of the other cells of the failing relations), F8 lands on it, Ctrl+Enter
// accepts the hint as a correction noted 按勾稽关系更正 (undoable), F9 / Shift+F9 confirm or
// dismiss the selected finding (undoable; a dismissed one leaves the counts).
#include "tests/fixtures/ReviewFixture.h"

#include "ui/actions/HintActions.h"
#include "ui/audit/CorrectionsModel.h"
#include "ui/findings/FindingsModel.h"
#include "ui/findings/FindingsView.h"
#include "ui/tables/CellStyle.h"
#include "ui/tables/SectionTableModel.h"
#include "ui/tables/TablesPanel.h"
#include "ui/window/MainWindow.h"

#include "core/review/Review.h"

#include <QLabel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

using namespace nianbao;
using namespace nianbao::ui;
using namespace Qt::StringLiterals;

namespace {

const QString kCulprit = u"apply.total.natural"_s;

std::unique_ptr<MainWindow> wrongTotalWindow()
{
    auto w = std::make_unique<MainWindow>();
    w->setConfirmDiscard(false);
    w->setReview(fixture::makeReview({{kCulprit, 4}}));
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        qWarning("window not exposed");
    QApplication::setActiveWindow(w.get());
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("window not active");
    return w;
}

QModelIndex indexOf(MainWindow &w, const QString &id)
{
    const int cell = w.review()->record().schema().indexOf(id);
    return w.tablesPanel()->model(w.review()->record().schema().at(cell).table)->indexOfCell(cell);
}

CellState stateOf(MainWindow &w, const QString &id)
{
    return CellState(indexOf(w, id).data(SectionTableModel::CellStateRole).toInt());
}

} // namespace

class TestReviewHints final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"nianbao-test"_s);
        QCoreApplication::setApplicationName(u"tst_reviewhints"_s);
    }

    // The culprit has its own state, colour and font; the other cells of the failing relations
    // stay violated; the legend names the culprit's colour; the tooltip gives the hint.
    void culpritStandsOut_data()
    {
        QTest::addColumn<QString>("other");
        QTest::newRow("balance") << u"apply.new.natural"_s;
        QTest::newRow("column total") << u"apply.granted.natural"_s;
        QTest::newRow("row total") << u"apply.total.total"_s;
    }
    void culpritStandsOut()
    {
        QFETCH(QString, other);
        auto w = wrongTotalWindow();
        QCOMPARE(stateOf(*w, kCulprit), CellState::Culprit);
        QCOMPARE(stateOf(*w, other), CellState::Violated);
        const QModelIndex culprit = indexOf(*w, kCulprit), violated = indexOf(*w, other);
        QVERIFY(culprit.data(Qt::BackgroundRole).value<QColor>() != violated.data(Qt::BackgroundRole).value<QColor>());
        QVERIFY(culprit.data(Qt::FontRole).value<QFont>().underline());
        QVERIFY(!violated.data(Qt::FontRole).value<QFont>().underline());
        QVERIFY2(culprit.data(Qt::ToolTipRole).toString().contains(u"更正建议"_s),
                 qPrintable(culprit.data(Qt::ToolTipRole).toString()));
        bool legend = false;
        for (const QLabel *l : w->findChildren<QLabel *>())
            legend = legend || l->text() == cellStateLabel(CellState::Culprit);
        QVERIFY(legend);
    }

    // F8: the first finding, its culprit selected and given the keyboard; the status bar says
    // what the hint would change.
    void f8LandsOnCulprit()
    {
        auto w = wrongTotalWindow();
        QTest::keyClick(w.get(), Qt::Key_F8);
        const Finding *f = w->findingsView()->currentFinding();
        QVERIFY(f);
        QVERIFY(f->cells.first() != kCulprit); // the balance names 本年新收 first
        QTableView *view = w->tablesPanel()->view(TableSection::Apply);
        QCOMPARE(view->currentIndex(), indexOf(*w, kCulprit));
        QCOMPARE(QApplication::focusWidget(), view);
        QVERIFY2(w->statusBar()->currentMessage().contains(u"更正建议"_s), qPrintable(w->statusBar()->currentMessage()));
    }

    // Ctrl+Enter: the hint accepted as one correction with the prefilled note; Ctrl+Z takes it back.
    void acceptHintKey()
    {
        auto w = wrongTotalWindow();
        QTest::keyClick(w.get(), Qt::Key_F8);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        const Record &r = w->review()->record();
        QCOMPARE(r.value(kCulprit), std::optional<double>(3));
        QCOMPARE(r.count(FindingKind::Violation), 0);
        QCOMPARE(w->correctionsModel()->rowCount(), 1);
        QCOMPARE(r.corrections.first().note, u"按勾稽关系更正"_s);
        QCOMPARE(stateOf(*w, kCulprit), CellState::Corrected);
        QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(r.value(kCulprit), std::optional<double>(4));
        QCOMPARE(stateOf(*w, kCulprit), CellState::Culprit);
        QCOMPARE(w->correctionsModel()->rowCount(), 0);
    }

    // F9 confirms, Shift+F9 dismisses (the reason asked), each undoable; a dismissed finding
    // leaves the counts and says so in the list; the same key again takes the decision back.
    void settleKeys()
    {
        auto w = wrongTotalWindow();
        const Record &r = w->review()->record();
        QString asked;
        w->hintActions()->setReasonPrompt([&](const Finding &f) -> std::optional<QString> {
            asked = f.message;
            return u"口径不同，已核实"_s;
        });
        QTest::keyClick(w.get(), Qt::Key_F8);
        const int index = w->findingsView()->currentFindingIndex();
        QVERIFY(index >= 0);

        QTest::keyClick(w.get(), Qt::Key_F9);
        QCOMPARE(r.findings.at(index).status, FindingStatus::Confirmed);
        QCOMPARE(w->findingsView()->currentFindingIndex(), index);
        QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(r.findings.at(index).status, FindingStatus::Open);

        w->findingsView()->setCurrentFindingIndex(index); // the list was rebuilt by the undo
        QTest::keyClick(w.get(), Qt::Key_F9, Qt::ShiftModifier);
        QCOMPARE(asked, r.findings.at(index).message);
        QCOMPARE(r.findings.at(index).status, FindingStatus::Dismissed);
        QCOMPARE(r.findings.at(index).reason, u"口径不同，已核实"_s);
        QCOMPARE(w->findingsModel()->count(FindingKind::Violation), 2);
        const QString shown = w->findingsModel()->index(index, FindingsModel::MessageColumn).data().toString();
        QVERIFY2(shown.startsWith(u"［已排除：口径不同，已核实］"_s), qPrintable(shown));

        w->findingsView()->setCurrentFindingIndex(index);
        QTest::keyClick(w.get(), Qt::Key_F9, Qt::ShiftModifier); // again: open once more
        QCOMPARE(r.findings.at(index).status, FindingStatus::Open);
        QCOMPARE(w->findingsModel()->count(FindingKind::Violation), 3);
        QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(r.findings.at(index).status, FindingStatus::Dismissed);
    }
};

QTEST_MAIN(TestReviewHints)
#include "tst_reviewhints.moc"
