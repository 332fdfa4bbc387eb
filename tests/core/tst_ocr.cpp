// SPDX-License-Identifier: GPL-3.0-or-later
// Scanned reports through OCR (core/ocr): the scanned fixtures (tests/tools/make-scans: the text
// PDFs rendered at 150, 200 and 300 dpi with skew, noise and JPEG compression, made at build time)
// are read through readReport and compared cell by cell with the record of the text PDF they were
// scanned from. No value may be wrong and unmarked; at least the given number must be accepted.
// Without Tesseract the cases are skipped with the package to install; the missing-model path is
// tested everywhere (an empty model folder).
#include "core/ocr/Ocr.h"
#include "core/report/Report.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace nianbao;

namespace {

QString scanPath(const QString &name)
{
    return QStringLiteral(NIANBAO_SCANS_DIR "/") + name;
}

QString truthPath(const QString &name)
{
    return QStringLiteral(NIANBAO_TEST_DATA "/input/formats/") + name;
}

} // namespace

class TestOcr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scannedFixtures_data();
    void scannedFixtures();
    void missingModels();
};

void TestOcr::scannedFixtures_data()
{
    QTest::addColumn<QString>("scan");
    QTest::addColumn<QString>("truth");
    QTest::addColumn<int>("minRead");
    QTest::addColumn<int>("minAccepted");
    // Measured by bench_ocr (read/accepted): 150 dpi 185/7, 200 dpi 199/140, 300 dpi 200/177,
    // split 200 dpi 192/30, split 300 dpi 179/30; the bounds leave room for Tesseract's versions.
    QTest::newRow("report 150 dpi") << u"report-scan-150.pdf"_qs << u"report.pdf"_qs << 150 << 0;
    QTest::newRow("report 200 dpi") << u"report-scan-200.pdf"_qs << u"report.pdf"_qs << 170 << 100;
    QTest::newRow("report 300 dpi") << u"report-scan-300.pdf"_qs << u"report.pdf"_qs << 180 << 150;
    QTest::newRow("split 300 dpi") << u"report-split-scan-300.pdf"_qs << u"report-split.pdf"_qs << 150 << 20;
}

void TestOcr::scannedFixtures()
{
    QFETCH(QString, scan);
    QFETCH(QString, truth);
    QFETCH(int, minRead);
    QFETCH(int, minAccepted);
#ifndef NIANBAO_OCR_BUILT
    QSKIP("built without OCR: apt-get install libtesseract-dev libleptonica-dev (build), tesseract-ocr "
          "tesseract-ocr-chi-sim (run), then configure again");
#endif
    if (const QString why = ocrUnavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(u"OCR cannot run here: "_qs + why));
    QVERIFY2(QFile::exists(scanPath(scan)), "the scanned fixtures are made by the target scanned_fixtures");
    const auto expected = readReport(truthPath(truth));
    QVERIFY2(expected, qPrintable(expected.error()));
    const auto report = readReport(scanPath(scan));
    QVERIFY2(report, qPrintable(report.error()));
    const Record &record = report->record;
    QVERIFY(report->document.imageOnly);
    QVERIFY(record.facts.scanned);
    QVERIFY(!record.facts.ocr.engine.isEmpty());
    QVERIFY(record.facts.ocr.pages >= 1);
    QCOMPARE(record.format, expected->record.format);
    QCOMPARE(record.year, 2023); // read from the title above the first table
    int read = 0, accepted = 0, marked = 0;
    for (qsizetype i = 0; i < record.cells.size(); ++i) {
        const CellValue &got = record.cells.at(i);
        if (!got.value)
            continue;
        ++read;
        (got.inferred ? marked : accepted) += 1;
        const std::optional<double> want = expected->record.cells.at(i).value;
        const bool right = want && std::abs(*want - *got.value) < 1e-9;
        QVERIFY2(right || got.inferred, qPrintable(u"%1 read %2 unmarked, the report prints %3"_qs.arg(
                                             record.schema().at(i).id, QString::number(*got.value),
                                             want ? QString::number(*want) : u"nothing"_qs)));
        // Every value read has its box on its page, inside the page.
        const OcrCellBox *box = ocrBoxOf(record, report->ocrBoxes, record.schema().at(i).id);
        QVERIFY2(box, qPrintable(record.schema().at(i).id));
        QVERIFY2(box->page >= 1 && box->box.width() > 0 && box->box.height() > 0 && box->box.left() >= 0
                     && box->box.bottom() <= 842,
                 qPrintable(u"%1: page %2 box %3,%4 %5x%6"_qs.arg(record.schema().at(i).id).arg(box->page)
                                .arg(box->box.left()).arg(box->box.top()).arg(box->box.width()).arg(box->box.height())));
    }
    QCOMPARE(record.facts.ocr.read, read);
    QCOMPARE(record.facts.ocr.accepted, accepted);
    QCOMPARE(record.facts.ocr.marked, marked);
    QVERIFY2(read >= minRead, qPrintable(QString::number(read)));
    QVERIFY2(accepted >= minAccepted, qPrintable(QString::number(accepted)));
    // Marked values are said by one warning; the scan's warning says what was read.
    bool scannedWarning = false, markedWarning = marked == 0;
    for (const Finding &f : record.findings) {
        if (f.rule == u"structure.scanned")
            scannedWarning = f.message.contains(u"文字识别") && f.message.contains(QString::number(accepted));
        if (f.rule == u"inferred.ocr")
            markedWarning = f.cells.size() == marked;
    }
    QVERIFY(scannedWarning);
    QVERIFY(markedWarning);
}

// Without the models (an empty folder stands for a machine without tesseract-ocr-chi-sim), a scan
// opens with empty tables and one message naming the package; nothing crashes.
void TestOcr::missingModels()
{
    QTemporaryDir empty;
    OcrOptions options;
    options.tessdata = empty.path();
    const QString why = ocrUnavailableReason(options);
    QVERIFY2(why.contains(u"tesseract-ocr"), qPrintable(why));
    const QString scan = QFINDTESTDATA("../data/input/pages/report-scanned.pdf");
    QVERIFY(!scan.isEmpty());
    const auto report = readReport(scan, {}, options);
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY(report->document.imageOnly);
    QVERIFY(report->document.tables.isEmpty());
    QVERIFY(report->record.facts.ocr.engine.isEmpty());
    QCOMPARE(report->record.facts.ocr.unavailable, why);
    for (const CellValue &c : report->record.cells)
        QVERIFY(!c.value);
    int said = 0, scanned = 0;
    for (const Finding &f : report->record.findings) {
        scanned += f.rule == u"structure.scanned" ? 1 : 0;
        if (f.message.contains(u"tesseract-ocr")) {
            ++said;
            QCOMPARE(f.rule, u"ocr.unavailable"_qs);
            QCOMPARE(f.kind, FindingKind::Warning);
        }
    }
    QCOMPARE(said, 1);
    QCOMPARE(scanned, 1); // the scan's own warning: type the tables from the pages
}

QTEST_GUILESS_MAIN(TestOcr)
#include "tst_ocr.moc"
