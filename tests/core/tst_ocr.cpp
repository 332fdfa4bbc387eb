// SPDX-License-Identifier: GPL-3.0-or-later
// Scanned reports through OCR (core/ocr): the scanned fixtures (tests/tools/make-scans: the text
// PDFs rendered at 150, 200 and 300 dpi with skew, noise and JPEG compression, made at build time)
// are read through readReport and compared cell by cell with the record of the text PDF they were
// scanned from. No value may be wrong and unmarked; at least the given number must be accepted.
// Without Tesseract the cases are skipped with the package to install; the missing-model path is
// tested everywhere (an empty model folder).
#include "core/ocr/Ocr.h"
#include "core/report/Report.h"
#ifdef NIANBAO_OCR_BUILT
#include "core/ocr/Labels.h"
#endif

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
    void labelsByPosition_data();
    void labelsByPosition();
    void missingModels();
};

void TestOcr::scannedFixtures_data()
{
    QTest::addColumn<QString>("scan");
    QTest::addColumn<QString>("truth");
    QTest::addColumn<int>("minRead");
    QTest::addColumn<int>("minAccepted");
    // Measured by bench_ocr (read/accepted of 200): 150 dpi 200/183, 200 dpi 200/189, 300 dpi
    // 200/190, split 150 dpi 200/188, split 200 dpi 200/190, split 300 dpi 200/183 (the 10 values
    // of section 二 are in no relation and always marked; a row placed by its place is marked); the
    // bounds leave room for Tesseract's versions.
    QTest::newRow("report 150 dpi") << u"report-scan-150.pdf"_qs << u"report.pdf"_qs << 195 << 170;
    QTest::newRow("report 200 dpi") << u"report-scan-200.pdf"_qs << u"report.pdf"_qs << 195 << 175;
    QTest::newRow("report 300 dpi") << u"report-scan-300.pdf"_qs << u"report.pdf"_qs << 195 << 175;
    // The tables cross a page break: a row's label wraps onto the next page, the grid goes on.
    QTest::newRow("split 150 dpi") << u"report-split-scan-150.pdf"_qs << u"report-split.pdf"_qs << 195 << 175;
    QTest::newRow("split 200 dpi") << u"report-split-scan-200.pdf"_qs << u"report-split.pdf"_qs << 195 << 175;
    QTest::newRow("split 300 dpi") << u"report-split-scan-300.pdf"_qs << u"report-split.pdf"_qs << 195 << 170;
}

// A row of section 三 whose label was not recognised takes the label of its place only when the
// recognised rows around it prove that place (core/ocr/Labels.h labelsByPosition).
void TestOcr::labelsByPosition_data()
{
    QTest::addColumn<QStringList>("read");
    QTest::addColumn<QStringList>("expected");
    const QString n1 = u"一、本年新收政府信息公开申请数量"_qs, n2 = u"二、上年结转政府信息公开申请数量"_qs;
    const QString g1 = u"（一）予以公开"_qs, g2 = u"（二）部分公开（区分处理的，只计这一情形，不计其他情形）"_qs;
    const QString d4 = u"4.保护第三方合法权益"_qs, d5 = u"5.属于三类内部事务信息"_qs, d6 = u"6.属于四类过程性信息"_qs;
    const QString p5 = u"5.要求行政机关确认或重新出具已获取信息"_qs, total = u"（七）总计"_qs;
    const QString forward = u"四、结转下年度继续办理"_qs;
    QTest::newRow("one misread between two") << QStringList{n1, n2, u"人了以公开"_qs, g2}
                                             << QStringList{{}, {}, g1, {}};
    QTest::newRow("a blank label") << QStringList{n2, {}, g2} << QStringList{{}, g1, {}};
    QTest::newRow("two in a row") << QStringList{d4, u"5.属于三类内部事\n软仿上和"_qs, u"写本"_qs, u"7.属于行政执法案卷"_qs}
                                  << QStringList{{}, d5, d6, {}};
    QTest::newRow("one row too many") << QStringList{d4, u"甲"_qs, u"乙"_qs, d6} << QStringList{{}, {}, {}, {}};
    QTest::newRow("none below") << QStringList{forward, u"结果维持"_qs} << QStringList{{}, {}};
    QTest::newRow("none above") << QStringList{u"人了以公开"_qs, g2} << QStringList{{}, {}};
    QTest::newRow("a row of another table between") << QStringList{n2, u"规章"_qs, g2} << QStringList{{}, {}, {}};
    // 2019 prints （六）其他处理 as one row, 2021 as three: the count says which.
    QTest::newRow("2019 other handling") << QStringList{p5, u"(六)其他"_qs, total}
                                         << QStringList{{}, u"（六）其他处理"_qs, {}};
    QTest::newRow("2021 other handling")
        << QStringList{p5, u"x"_qs, u"y"_qs, u"z"_qs, total}
        << QStringList{{}, u"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"_qs,
                       u"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"_qs, u"3.其他"_qs, {}};
    QTest::newRow("the total misread") << QStringList{u"3.其他"_qs, u"(七)前计"_qs, forward}
                                       << QStringList{{}, total, {}};
}

void TestOcr::labelsByPosition()
{
#ifndef NIANBAO_OCR_BUILT
    QSKIP("built without OCR: apt-get install libtesseract-dev libleptonica-dev, then configure again");
#else
    QFETCH(QStringList, read);
    QFETCH(QStringList, expected);
    QCOMPARE(ocr::labelsByPosition(read), expected);
#endif
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
        // A value whose row was placed by its place, its label not recognised, is never accepted.
        QVERIFY2(!box->rowByPosition || got.inferred, qPrintable(record.schema().at(i).id));
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
