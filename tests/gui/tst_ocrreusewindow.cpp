// SPDX-License-Identifier: GPL-3.0-or-later
// The window reopening a saved review of a scan whose OCR reading was kept with it
// (core/report/OcrReadingJson.h): opened as the reviewer opens it (the file, through the loader),
// where Tesseract cannot run (an empty model folder, as in tst_pageview), it shows the same values
// and the same boxes on the pages as the session that saved it, and the status bar says the values
// come from the saved review. The reading is the fixture's (tests/fixtures/OcrReadingFixture.h).
#include "ui/document/PageView.h"
#include "ui/window/MainWindow.h"

#include "core/report/Report.h"
#include "core/review/Review.h"
#include "core/review/ReviewFile.h"

#include "tests/fixtures/OcrReadingFixture.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;
using namespace nianbao::ui;
using namespace Qt::StringLiterals;

class TestOcrReuseWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void reopenedReviewShowsKeptReading_data();
    void reopenedReviewShowsKeptReading();

private:
    QTemporaryDir m_noModels;
};

void TestOcrReuseWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"nianbao-test"_s);
    QCoreApplication::setApplicationName(u"tst_ocrreusewindow"_s);
    QVERIFY(m_noModels.isValid());
    qputenv("TESSDATA_PREFIX", QFile::encodeName(m_noModels.path()));
}

void TestOcrReuseWindow::reopenedReviewShowsKeptReading_data()
{
    QTest::addColumn<int>("lowEvery"); // every n-th number read with low confidence (marked)
    QTest::newRow("some marked") << 7;
    QTest::newRow("many marked") << 2;
}

void TestOcrReuseWindow::reopenedReviewShowsKeptReading()
{
    QFETCH(int, lowEvery);
    const QString scan = QFINDTESTDATA("../data/input/pages/report-scanned.pdf");
    const QString textPdf = QFINDTESTDATA("../data/input/formats/report.pdf");
    QVERIFY(!scan.isEmpty() && !textPdf.isEmpty());
    QVERIFY(!ocrUnavailableReason().isEmpty()); // OCR cannot run in this test
    const auto reading = ocrfixture::readingFrom(textPdf, scan, lowEvery);
    QVERIFY(reading);

    // The session that saved the review: the scan's reading, one value corrected.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"scan.nianbao"_s);
    auto report = readReport(scan, {}, {}, &*reading);
    QVERIFY2(report, qPrintable(report.error()));
    MainWindow first;
    first.setConfirmDiscard(false);
    {
        auto review = std::make_unique<Review>(std::move(report->document), std::move(report->record));
        review->setOcrReading(std::move(report->ocrReading));
        QVERIFY(review->setCellValue(u"apply.new.natural"_s, 99, u"更正"_s).ok());
        first.setReview(std::move(review));
    }
    QVERIFY(first.saveReviewAs(path));
    const QList<int> boxed = first.pageView()->boxedCells();
    QVERIFY(boxed.size() > 100);

    // Reopened from the file, as the reviewer opens it.
    MainWindow w;
    w.setConfirmDiscard(false);
    w.resize(1400, 900);
    w.show();
    QSignalSpy loaded(&w, &MainWindow::loaded);
    QVERIFY(w.openFile(path));
    QVERIFY(loaded.wait(60000));
    QVERIFY(loaded.first().at(1).toBool());
    QVERIFY(w.review());
    const Record &got = w.review()->record(), &want = first.review()->record();
    QVERIFY(got.facts.ocr.fromReview);
    QCOMPARE(got.facts.ocr.marked, want.facts.ocr.marked);
    QCOMPARE(got.facts.ocr.accepted, want.facts.ocr.accepted);
    for (qsizetype i = 0; i < want.cells.size(); ++i) {
        const QByteArray id = want.schema().at(i).id.toUtf8();
        QVERIFY2(got.cells.at(i).value == want.cells.at(i).value, id.constData());
        QVERIFY2(got.cells.at(i).inferred == want.cells.at(i).inferred, id.constData());
        QVERIFY2(got.cells.at(i).corrected == want.cells.at(i).corrected, id.constData());
    }
    QCOMPARE(got.value(u"apply.new.natural"), std::optional<double>(99));
    QVERIFY(w.pagesShown());
    QCOMPARE(w.pageView()->boxedCells(), boxed);
    for (int cell : boxed) {
        QCOMPARE(w.pageView()->cellPage(cell), first.pageView()->cellPage(cell));
        QCOMPARE(w.pageView()->cellBox(cell), first.pageView()->cellBox(cell));
    }
    // The status bar says where the values come from.
    bool said = false;
    for (const QLabel *label : w.findChildren<QLabel *>())
        said = said || label->text().contains(u"取自保存的审核"_s);
    QVERIFY(said);
}

QTEST_MAIN(TestOcrReuseWindow)
#include "tst_ocrreusewindow.moc"
