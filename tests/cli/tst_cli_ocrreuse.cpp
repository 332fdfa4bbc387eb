// SPDX-License-Identifier: GPL-3.0-or-later
// The command line replaying a saved review of a scan whose OCR reading was kept with it
// (RECORD.md, review.ocr): `check` and `export --format json` of the review, where Tesseract cannot
// run (an empty model folder), give the values of the saved session and say they come from the
// review; once the scan has changed, it is read again (here: nothing read, only the corrections).
#include "core/report/Report.h"
#include "core/review/Review.h"
#include "core/review/ReviewFile.h"

#include "tests/cli/NianbaoProcess.h"
#include "tests/fixtures/OcrReadingFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;
using namespace Qt::StringLiterals;

class TestCliOcrReuse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void replayUsesKeptReading_data();
    void replayUsesKeptReading();

private:
    QTemporaryDir m_noModels;
};

void TestCliOcrReuse::initTestCase()
{
    QVERIFY(m_noModels.isValid());
    qputenv("TESSDATA_PREFIX", QFile::encodeName(m_noModels.path())); // inherited by nianbao
}

void TestCliOcrReuse::replayUsesKeptReading_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("changed"); // the scan changed after the review was saved
    QTest::newRow("check") << u"check"_s << false;
    QTest::newRow("export json") << u"export"_s << false;
    QTest::newRow("check, scan changed") << u"check"_s << true;
    QTest::newRow("export json, scan changed") << u"export"_s << true;
}

void TestCliOcrReuse::replayUsesKeptReading()
{
    QFETCH(QString, command);
    QFETCH(bool, changed);
    QTemporaryDir dir;
    const QString scan = dir.filePath(u"scan.pdf"_s);
    QVERIFY(QFile::copy(QFINDTESTDATA("../data/input/pages/report-scanned.pdf"), scan));
    QFile::setPermissions(scan, QFile::ReadOwner | QFile::WriteOwner);
    const auto reading = ocrfixture::readingFrom(QFINDTESTDATA("../data/input/formats/report.pdf"), scan);
    QVERIFY(reading);
    auto report = readReport(scan, {}, {}, &*reading);
    QVERIFY2(report, qPrintable(report.error()));
    Review review(std::move(report->document), std::move(report->record));
    review.setOcrReading(std::move(report->ocrReading));
    QVERIFY(review.setCellValue(u"apply.new.natural"_s, 99, u"更正"_s).ok());
    const QString path = dir.filePath(u"scan.nianbao"_s);
    QVERIFY(saveReview(review, path));
    const Record &want = review.record();
    if (changed) {
        QFile f(scan);
        QVERIFY(f.open(QIODevice::Append));
        f.write("% changed\n");
    }

    const NianbaoRun run = command == u"check" ? runNianbao({u"check"_s, path})
                                              : runNianbao({u"export"_s, u"--format"_s, u"json"_s, path});
    QVERIFY2(run.exitCode >= 0, qPrintable(run.err));
    const QString out = QString::fromUtf8(run.out);
    if (command == u"check") {
        QCOMPARE(out.contains(u"取自审核 from review"_s), !changed);
        QCOMPARE(out.contains(u"文字识别 ocr: 未运行 not run"_s), changed); // read again: OCR tried
        return;
    }
    const QJsonObject record = QJsonDocument::fromJson(run.out).object();
    QVERIFY2(!record.isEmpty(), qPrintable(run.err));
    const QJsonObject ocr = record.value(u"facts"_s).toObject().value(u"ocr"_s).toObject();
    QCOMPARE(ocr.value(u"from_review"_s).toBool(), !changed);
    const QJsonObject cells = record.value(u"cells"_s).toObject();
    QCOMPARE(cells.value(u"apply.new.natural"_s).toDouble(-1), 99.0);
    int values = 0;
    for (qsizetype i = 0; i < want.cells.size(); ++i) {
        const QString id = want.schema().at(i).id;
        const QJsonValue v = cells.value(id);
        values += !v.isNull();
        if (!changed)
            QVERIFY2(want.cells.at(i).value ? v.toDouble(-1) == *want.cells.at(i).value : v.isNull(), qPrintable(id));
    }
    if (changed)
        QCOMPARE(values, 1); // only the corrected cell: the scan was read again, without OCR
    else
        QVERIFY(values > 100);
    QCOMPARE(ocr.value(u"marked"_s).toInt(-1), changed ? 0 : want.facts.ocr.marked);
}

QTEST_GUILESS_MAIN(TestCliOcrReuse)
#include "tst_cli_ocrreuse.moc"
