// SPDX-License-Identifier: GPL-3.0-or-later
// The window reopening a saved review of a scan whose OCR reading was kept with it
// (core/report/OcrReadingJson.h): opened as the reviewer opens it (the file, through the loader),
// where Tesseract cannot run (an empty model folder, as in tst_pageview), it shows the same values
// and the same boxes on the pages as the session that saved it, and the status bar says the values
// come from the saved review. A project's scan whose reading the project keeps opens with its
// boxes too. The reading is the fixture's (tests/fixtures/OcrReadingFixture.h).
#include "ui/document/PageView.h"
#include "ui/project/ProjectActions.h"
#include "ui/project/ProjectSession.h"
#include "ui/window/MainWindow.h"

#include "core/export/JsonRecord.h"
#include "core/project/Project.h"
#include "core/project/Sqlite.h"
#include "core/report/OcrReadingJson.h"
#include "core/report/Report.h"
#include "core/review/Review.h"
#include "core/review/ReviewFile.h"

#include "tests/fixtures/OcrReadingFixture.h"

#include <QDir>
#include <QJsonDocument>
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
    void projectReportShowsKeptReading();

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

// A project's scan whose reading the project keeps (ocr_reading beside its record, as a scan read by
// OCR leaves it: written here into the project from the fixture's reading, OCR being unable to run)
// opens in the window with its values boxed on the pages where the reading put them, and says the
// values were not read again.
void TestOcrReuseWindow::projectReportShowsKeptReading()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"reports"_s));
    const QString scan = dir.filePath(u"reports/scan.pdf"_s);
    QVERIFY(QFile::copy(QFINDTESTDATA("../data/input/pages/report-scanned.pdf"), scan));
    const QString projectPath = dir.filePath(u"season.nbproj"_s);
    qint64 id = 0;
    {
        auto project = Project::open(projectPath, Project::Access::Write);
        QVERIFY2(project, qPrintable(project.error()));
        QVERIFY(project->scan({dir.filePath(u"reports"_s)}, {}, 1));
        QVERIFY(!project->ocrReading(*project->reportId(scan))); // OCR could not run: nothing kept
        id = *project->reportId(scan);
    }
    const auto reading = ocrfixture::readingFrom(QFINDTESTDATA("../data/input/formats/report.pdf"), scan);
    QVERIFY(reading);
    auto report = readReport(scan, {}, {}, &*reading);
    QVERIFY2(report, qPrintable(report->record.sourceFile));
    {
        QJsonObject json = recordToJson(report->record);
        json.insert(u"ocr_reading"_s, ocrReadingToJson(*report->ocrReading));
        auto db = sql::Database::open(projectPath, sql::Database::Mode::ReadWrite);
        QVERIFY2(db, qPrintable(db.error()));
        auto st = db->prepare("UPDATE reports SET record = ?1 WHERE id = ?2");
        QVERIFY(st);
        QVERIFY(st->bindBlob(1, qCompress(QJsonDocument(json).toJson(QJsonDocument::Compact))).bind(2, id).run());
    }
    MainWindow w;
    w.setConfirmDiscard(false);
    w.projectActions()->session()->setInteractive(false);
    w.resize(1400, 900);
    w.show();
    QVERIFY(w.projectActions()->openProject(projectPath));
    w.projectActions()->session()->waitForScan();
    QSignalSpy shown(w.projectActions(), &ProjectActions::reportShown);
    QVERIFY(w.projectActions()->openReport(id));
    QVERIFY(!shown.isEmpty() || shown.wait(60000));
    QVERIFY(w.review());
    const Record &got = w.review()->record();
    QVERIFY(got.facts.ocr.fromReview);
    const QList<int> boxed = w.pageView()->boxedCells();
    qsizetype values = 0;
    QList<int> wantBoxed; // the cells the reading boxes when read straight from it
    for (qsizetype i = 0; i < got.cells.size(); ++i) {
        const CellValue &want = report->record.cells.at(i);
        QCOMPARE(got.cells.at(i).value, want.value);
        values += got.cells.at(i).value.has_value();
        if (want.span.isValid() && report->document.pageBoxAt(want.span.start))
            wantBoxed.append(int(i));
    }
    QVERIFY(values > 100);
    QVERIFY(wantBoxed.size() > 100);
    QCOMPARE(boxed, wantBoxed);
    for (int cell : boxed) {
        const PageBox *box = report->document.pageBoxAt(report->record.cells.at(cell).span.start);
        QVERIFY(box);
        QCOMPARE(w.pageView()->cellPage(cell), box->page);
        QCOMPARE(w.pageView()->cellBox(cell), box->box);
    }
}

QTEST_MAIN(TestOcrReuseWindow)
#include "tst_ocrreusewindow.moc"
