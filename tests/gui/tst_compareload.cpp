// SPDX-License-Identifier: GPL-3.0-or-later
// File › 与上一年度比较… with no report open: both files (reports of any format, or saved reviews)
// load off the GUI thread, with the status bar's progress bar, and the comparison opens when both
// are back. compareFiles() returns before anything is loaded (the window stays live); a second
// request while loading is refused; a file that does not open is reported without a blocking
// dialog; what reopening a saved review has to say is shown over the comparison.
#include "ui/compare/CompareLauncher.h"
#include "ui/compare/CompareSession.h"
#include "ui/compare/CompareWindow.h"
#include "ui/window/MainWindow.h"

#include "core/review/Review.h"
#include "core/review/ReviewFile.h"

#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;
using namespace nianbao::ui;
using namespace Qt::StringLiterals;

namespace {

const QString kCell = u"apply.carried_over.commercial"_s;
const QString kMismatch = u"sifa_2023_carried_mismatch.txt"_s;

QString input(const QString &relative)
{
    return QFINDTESTDATA(u"../data/input/"_s + relative);
}

// The mismatched 2023 report copied into `dir`, its planted error corrected (1 → 0), saved as a
// review; `changeAfter` appends to the report afterwards (its hash no longer fits).
QString makeReview(const QTemporaryDir &dir, bool changeAfter = false)
{
    const QString source = dir.filePath(kMismatch);
    const QString path = dir.filePath(u"2023.nianbao"_s);
    if (!QFile::copy(input(u"pairs/"_s + kMismatch), source))
        return {};
    auto review = Review::open(source);
    if (!review || !(*review)->setCellValue(kCell, 0, u"更正"_s) || !saveReview(**review, path))
        return {};
    if (changeAfter) {
        QFile f(source);
        if (!f.open(QIODevice::Append))
            return {};
        f.write("\n补充说明。\n");
    }
    return path;
}

QProgressBar *progressBar(MainWindow &window)
{
    return window.statusBar()->findChild<QProgressBar *>();
}

} // namespace

class TestCompareLoad : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bothFilesLoadOffTheGuiThread_data();
    void bothFilesLoadOffTheGuiThread();
    void failureReportedWithoutBlocking();
    void reviewWarningsShown();
};

void TestCompareLoad::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"nianbao-test"_s);
    QCoreApplication::setApplicationName(u"tst_compareload"_s);
}

void TestCompareLoad::bothFilesLoadOffTheGuiThread_data()
{
    QTest::addColumn<QString>("first");        // relative to tests/data/input, or "review"
    QTest::addColumn<QString>("second");
    QTest::addColumn<int>("olderYear");
    QTest::addColumn<int>("newerYear");
    QTest::addColumn<QString>("rule");   // a cross-year finding between the two
    QTest::addColumn<bool>("present");   // … present or absent
    QTest::addColumn<QString>("pdfSide"); // which side is a PDF (progress reported), or empty
    const QString carried = u"cross.carried_over"_s;
    QTest::newRow("two reports") << u"pairs/sifa_2022.txt"_s << u"pairs/"_s + kMismatch << 2022 << 2023
                                 << carried << true << QString();
    QTest::newRow("report and saved review, newer first")
        << u"review"_s << u"pairs/sifa_2022.txt"_s << 2022 << 2023 << carried << false << QString();
    // The PDF is 示例市司法局's 2023 report.
    QTest::newRow("a PDF") << u"pairs/sifa_2022.txt"_s << u"formats/report.pdf"_s << 2022 << 2023
                           << u"cross.agency"_s << true << u"pdf"_s;
}

void TestCompareLoad::bothFilesLoadOffTheGuiThread()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(int, olderYear);
    QFETCH(int, newerYear);
    QFETCH(QString, rule);
    QFETCH(bool, present);
    QFETCH(QString, pdfSide);
    QTemporaryDir dir;
    auto resolve = [&dir](const QString &name) { return name == u"review" ? makeReview(dir) : input(name); };
    const QString a = resolve(first);
    const QString b = resolve(second);
    QVERIFY(!a.isEmpty() && !b.isEmpty());

    MainWindow main;
    main.setConfirmDiscard(false);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    CompareLauncher *launcher = main.compareLauncher();
    QSignalSpy opened(launcher, &CompareLauncher::opened);
    QSignalSpy failed(launcher, &CompareLauncher::failed);
    QSignalSpy progress(launcher, &CompareLauncher::progress);

    QVERIFY(main.compareFiles(a, b));
    // Back at once: nothing loaded yet, the loads run on other threads, the window shows progress.
    QVERIFY(launcher->isBusy());
    QCOMPARE(opened.count(), 0);
    QVERIFY(progressBar(main)->isVisible());
    QVERIFY(!main.compareFiles(a, b)); // one comparison at a time

    QVERIFY(opened.wait(60000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(!launcher->isBusy());
    QVERIFY(!progressBar(main)->isVisible());
    QPointer<CompareWindow> w = opened.first().first().value<CompareWindow *>();
    QVERIFY(w);
    QVERIFY(w->isVisible());
    const CompareSession *session = w->session();
    QCOMPARE(session->record(Side::Older).year, olderYear);
    QCOMPARE(session->record(Side::Newer).year, newerYear);
    bool found = false;
    for (const Finding &f : session->comparison().findings)
        found = found || f.rule == rule;
    QCOMPARE(found, present);
    if (first == u"review") { // the reopened review: the corrected value, its correction
        const Record &newer = session->record(Side::Newer);
        QCOMPARE(newer.value(kCell), std::optional<double>(0));
        QCOMPARE(newer.corrections.size(), 1);
    }
    if (!pdfSide.isEmpty()) {
        QVERIFY(session->record(Side::Older).kind == pdfSide || session->record(Side::Newer).kind == pdfSide);
        QVERIFY(progress.count() > 0); // the PDF's pages, averaged over both loads
        for (const QList<QVariant> &p : progress)
            QVERIFY(p.first().toInt() >= 0 && p.first().toInt() <= 100);
    }
    w->setConfirmDiscard(false);
    w->close();
    QTRY_VERIFY(w.isNull());
}

void TestCompareLoad::failureReportedWithoutBlocking()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"不存在.txt"_s);
    MainWindow main;
    main.setConfirmDiscard(false);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    QSignalSpy opened(main.compareLauncher(), &CompareLauncher::opened);
    QSignalSpy failed(main.compareLauncher(), &CompareLauncher::failed);
    QVERIFY(main.compareFiles(input(u"pairs/sifa_2022.txt"_s), missing));
    QVERIFY(failed.wait(60000));
    QCOMPARE(opened.count(), 0);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(missing), qPrintable(message));
    QVERIFY(!progressBar(main)->isVisible());
    QVERIFY2(main.statusBar()->currentMessage().contains(missing), qPrintable(main.statusBar()->currentMessage()));
    // The message is a window-modal box opened over the window, not a nested event loop.
    auto *box = main.findChild<QMessageBox *>();
    QVERIFY(box);
    QVERIFY(box->text().contains(missing));
    box->close();
    QVERIFY(!main.compareLauncher()->isBusy());
}

void TestCompareLoad::reviewWarningsShown()
{
    QTemporaryDir dir;
    const QString review = makeReview(dir, true);
    QVERIFY(!review.isEmpty());
    MainWindow main;
    main.setConfirmDiscard(false);
    main.show();
    QSignalSpy opened(main.compareLauncher(), &CompareLauncher::opened);
    QVERIFY(main.compareFiles(input(u"pairs/sifa_2022.txt"_s), review));
    QVERIFY(opened.wait(60000));
    QPointer<CompareWindow> w = opened.first().first().value<CompareWindow *>();
    QVERIFY(w);
    QCOMPARE(w->session()->record(Side::Newer).value(kCell), std::optional<double>(0));
    auto *box = w->findChild<QMessageBox *>();
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"改变"_s), qPrintable(box->text()));
    QVERIFY2(box->text().contains(kMismatch), qPrintable(box->text()));
    w->setConfirmDiscard(false);
    w->close();
    QTRY_VERIFY(w.isNull());
}

QTEST_MAIN(TestCompareLoad)
#include "tst_compareload.moc"
