// SPDX-License-Identifier: GPL-3.0-or-later
// The one reading pipeline (core/report): a report is loaded, extracted and checked; a file that
// reads but holds no report is refused with the one message; an unreadable file fails with the
// loader's message; the bytes form reads exactly like the path form; a saved review whose report
// is no longer a report fails to replay with the same message.
#include "core/extract/Extractor.h"
#include "core/report/Report.h"
#include "core/review/Review.h"
#include "core/review/SavedReview.h"
#include "core/rules/Rules.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;

class TestReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsReports_data();
    void readsReports();
    void refusesNonReports_data();
    void refusesNonReports();
    void replayRefusesNonReport();
    void titleAloneIsReportWithFindings();
    void scannedPdfOpensEmpty();
};

static QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestReport::readsReports_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : {"../data/input/seed_000_ebc2797f3e368fc1.txt", "../data/input/seed_003_ad0933fee798d3b4.txt",
                          "../data/input/formats/report.docx", "../data/input/formats/report.html",
                          "../data/input/pairs/sifa_2020_format2019.txt", "../data/input/pairs/sifa_2023_carried_mismatch.txt"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

// Every report reads with its findings computed (as checkRecord gives them), no corrections, the
// record naming the path as given; the bytes form gives the same record.
void TestReport::readsReports()
{
    QFETCH(QString, file);
    const QString path = QFINDTESTDATA(file);
    QVERIFY(!path.isEmpty());
    const auto report = readReport(path);
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY(looksLikeReport(report->record));
    QCOMPARE(report->document.path, path);
    QCOMPARE(report->record.sourceFile, path);
    QVERIFY(report->record.corrections.isEmpty());
    QCOMPARE(report->record.cells.size(), report->record.schema().size());
    QCOMPARE(report->record.findings, checkRecord(report->record));

    const auto fromBytes = readReportFromBytes(readAll(path), path);
    QVERIFY2(fromBytes, qPrintable(fromBytes.error()));
    QCOMPARE(fromBytes->record.findings, report->record.findings);
    QCOMPARE(fromBytes->document.text, report->document.text);
    for (qsizetype i = 0; i < report->record.cells.size(); ++i)
        QCOMPARE(fromBytes->record.cells.at(i).value, report->record.cells.at(i).value);

    // Review::open reads through the same pipeline.
    const auto review = Review::open(path);
    QVERIFY2(review, qPrintable(review.error()));
    QCOMPARE((*review)->record().findings, report->record.findings);
}

void TestReport::refusesNonReports_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("readable"); // loads as a document (then refused as no report)
    QTest::newRow("a letter") << QStringLiteral("letter.txt")
                              << QByteArray("尊敬的用户：\n您好，这是一封普通的通知，与年度报告无关。\n") << true;
    QTest::newRow("a web page") << QStringLiteral("page.html")
                                << QByteArray("<html><body><p>本网站维护期间暂停服务。</p></body></html>") << true;
    QTest::newRow("one section heading") << QStringLiteral("one.txt")
                                         << QByteArray("一、总体情况\n本机关认真贯彻落实条例。\n") << true;
    QTest::newRow("empty") << QStringLiteral("empty.txt") << QByteArray() << false;
    QTest::newRow("noise as pdf") << QStringLiteral("noise.pdf") << QByteArray("%PDF-1.7\n\x01\x02\x03garbage") << false;
}

void TestReport::refusesNonReports()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, readable);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const auto report = readReport(path);
    QVERIFY(!report);
    QVERIFY2(report.error().contains(path), qPrintable(report.error()));
    const auto loaded = loadDocument(path);
    QCOMPARE(bool(loaded), readable);
    if (readable) {
        QCOMPARE(report.error(), notAReportMessage(path));
        QVERIFY(!looksLikeReport(extractRecord(*loaded)));
    } else {
        QCOMPARE(report.error(), loaded.error()); // the loader's own message
    }
    const auto fromBytes = readReportFromBytes(bytes, name);
    QVERIFY(!fromBytes);
    if (readable)
        QCOMPARE(fromBytes.error(), notAReportMessage(name));
    const auto review = Review::open(path);
    QVERIFY(!review);
    QCOMPARE(review.error(), report.error());
}

// A review saved on a report whose file was later replaced by something that is no report: the
// replay fails with the pipeline's message (the command line then falls back to the saved record).
void TestReport::replayRefusesNonReport()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("report.txt"));
    QVERIFY(QFile::copy(QFINDTESTDATA("../data/input/seed_004_80a41c86f4ba9762.txt"), source));
    QFile::setPermissions(source, QFile::ReadOwner | QFile::WriteOwner);
    const QString reviewPath = dir.filePath(QStringLiteral("review.nianbao"));
    {
        auto review = Review::open(source);
        QVERIFY2(review, qPrintable(review.error()));
        QVERIFY(saveReview((*review)->record(), (*review)->document(), reviewPath).ok());
    }
    QVERIFY(replayReview(reviewPath));
    {
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("今天天气很好。\n我们去公园散步。\n");
    }
    const auto replayed = replayReview(reviewPath);
    QVERIFY(!replayed);
    QCOMPARE(replayed.error(), notAReportMessage(QFileInfo(source).absoluteFilePath()));
}

// A title alone makes a report (not refused), checked: every cell is missing, one finding each.
void TestReport::titleAloneIsReportWithFindings()
{
    const QByteArray text("某某市某某局2023年政府信息公开工作年度报告\n一、总体情况\n本机关认真贯彻落实条例。\n");
    const auto report = readReportFromBytes(text, QStringLiteral("title.txt"));
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY(!report->record.facts.tablesFound);
    QCOMPARE(report->record.count(FindingKind::Missing), report->record.schema().size());
}

// An image-only PDF (a scan, tests/tools/make-page-fixtures) opens instead of being refused: no
// tables, every cell missing, the scan flagged in the facts and said by one warning; the record
// keeps the flag through JSON (checked by tst_jsonrecord's round trip of facts).
void TestReport::scannedPdfOpensEmpty()
{
    const QString path = QFINDTESTDATA("../data/input/pages/report-scanned.pdf");
    QVERIFY(!path.isEmpty());
    OcrOptions noOcr; // where Tesseract is installed it would prefill the tables (tst_ocr)
    noOcr.enabled = false;
    const auto report = readReport(path, {}, noOcr);
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY(report->document.imageOnly);
    QCOMPARE(report->document.kind, QStringLiteral("pdf"));
    QVERIFY(report->document.tables.isEmpty());
    QVERIFY(report->record.facts.scanned);
    QVERIFY(!report->record.facts.tablesFound);
    QCOMPARE(report->record.count(FindingKind::Missing), report->record.schema().size());
    for (const CellValue &c : report->record.cells)
        QVERIFY(!c.value && c.source == CellSource::NotFound);
    qsizetype scanned = 0;
    for (const Finding &f : report->record.findings) {
        QVERIFY(f.rule != u"structure.no_tables" && f.rule != u"structure.sections");
        if (f.rule == u"structure.scanned") {
            ++scanned;
            QCOMPARE(f.kind, FindingKind::Warning);
            QVERIFY(f.message.contains(u"扫描件"));
        }
    }
    QCOMPARE(scanned, 1);
    // A text PDF is no scan.
    const auto text = readReport(QFINDTESTDATA("../data/input/formats/report.pdf"));
    QVERIFY2(text, qPrintable(text.error()));
    QVERIFY(!text->document.imageOnly && !text->record.facts.scanned);
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
