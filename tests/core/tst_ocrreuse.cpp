// SPDX-License-Identifier: GPL-3.0-or-later
// What OCR read from a scan is kept with its review (review.ocr, core/report/OcrReadingJson.h):
// reopening the review where Tesseract cannot run (an empty model folder, as tst_pageview makes)
// gives the same record — values, states, findings — and the same boxes, without OCR, and says so
// (facts.ocr.from_review). A changed scan is read again; a review file saved before the reading was
// kept, or one whose kept reading does not hold together, still opens; a scan typed by hand
// reopens as it did.
#include "core/document/DocumentLoader.h"
#include "core/export/JsonRecord.h"
#include "core/project/Project.h"
#include "core/report/OcrReadingJson.h"
#include "core/report/Report.h"
#include "core/review/Review.h"
#include "core/review/ReviewFile.h"

#include "tests/fixtures/OcrReadingFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

QString textPdf()
{
    return QStringLiteral(NIANBAO_TEST_DATA "/input/formats/report.pdf");
}

QString handScan()
{
    return QStringLiteral(NIANBAO_TEST_DATA "/input/pages/report-scanned.pdf");
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

bool writeJson(const QString &path, const QJsonObject &o)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(QJsonDocument(o).toJson()) > 0;
}

// Two records hold the same reading: every cell's value, source, raw text, span and marks, the
// findings and the OCR counts.
void compareRecords(const Record &got, const Record &want)
{
    QCOMPARE(got.format, want.format);
    QCOMPARE(got.agency, want.agency);
    QCOMPARE(got.year, want.year);
    QCOMPARE(got.cells.size(), want.cells.size());
    for (qsizetype i = 0; i < want.cells.size(); ++i) {
        const CellValue &g = got.cells.at(i), &w = want.cells.at(i);
        const QByteArray id = want.schema().at(i).id.toUtf8();
        QVERIFY2(g.value == w.value, id.constData());
        QVERIFY2(g.source == w.source, id.constData());
        QVERIFY2(g.raw == w.raw, id.constData());
        QVERIFY2(g.span == w.span, id.constData());
        QVERIFY2(g.inferred == w.inferred, id.constData());
        QVERIFY2(g.corrected == w.corrected, id.constData());
    }
    QCOMPARE(got.findings.size(), want.findings.size());
    for (qsizetype i = 0; i < want.findings.size(); ++i) {
        QCOMPARE(got.findings.at(i).rule, want.findings.at(i).rule);
        QCOMPARE(got.findings.at(i).cells, want.findings.at(i).cells);
    }
    QCOMPARE(got.corrections, want.corrections);
    QCOMPARE(got.facts.ocr.engine, want.facts.ocr.engine);
    QCOMPARE(got.facts.ocr.read, want.facts.ocr.read);
    QCOMPARE(got.facts.ocr.accepted, want.facts.ocr.accepted);
    QCOMPARE(got.facts.ocr.marked, want.facts.ocr.marked);
}

void compareBoxes(const Document &got, const Document &want)
{
    QCOMPARE(got.text, want.text);
    QCOMPARE(got.pageBoxes.size(), want.pageBoxes.size());
    for (qsizetype i = 0; i < want.pageBoxes.size(); ++i) {
        QCOMPARE(got.pageBoxes.at(i).span, want.pageBoxes.at(i).span);
        QCOMPARE(got.pageBoxes.at(i).page, want.pageBoxes.at(i).page);
        QCOMPARE(got.pageBoxes.at(i).box, want.pageBoxes.at(i).box); // exactly: doubles kept as written
    }
}

} // namespace

class TestOcrReuse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void readingRoundTrips();
    void reopenedWithoutOcr_data();
    void reopenedWithoutOcr();
    void changedScanReadAgain();
    void oldReviewFileOpens();
    void brokenReadingIgnored_data();
    void brokenReadingIgnored();
    void handTypedScanReopens();
    void projectKeepsReading();

private:
    // Makes OCR unable to run (Tesseract finds no models), or able again (its own models).
    void setModels(bool present);
    // A review of a scan, read by `how` ("fixture": the reading made from the text PDF; "tesseract":
    // OCR itself), corrected (one marked value confirmed, one value changed), saved to `reviewPath`.
    std::unique_ptr<Review> savedReview(const QString &how, const QString &scan, const QString &reviewPath);

    QTemporaryDir m_noModels;
    QByteArray m_prefix;
    bool m_hadPrefix = false;
};

void TestOcrReuse::initTestCase()
{
    QVERIFY(m_noModels.isValid());
    m_hadPrefix = qEnvironmentVariableIsSet("TESSDATA_PREFIX");
    m_prefix = qgetenv("TESSDATA_PREFIX");
    setModels(false);
}

void TestOcrReuse::setModels(bool present)
{
    if (!present)
        qputenv("TESSDATA_PREFIX", QFile::encodeName(m_noModels.path()));
    else if (m_hadPrefix)
        qputenv("TESSDATA_PREFIX", m_prefix);
    else
        qunsetenv("TESSDATA_PREFIX");
}

std::unique_ptr<Review> TestOcrReuse::savedReview(const QString &how, const QString &scan, const QString &reviewPath)
{
    std::optional<OcrReading> fixture;
    if (how == u"fixture") {
        fixture = ocrfixture::readingFrom(textPdf(), scan);
        if (!fixture)
            return nullptr;
    }
    setModels(how == u"tesseract");
    auto report = readReport(scan, {}, {}, fixture ? &*fixture : nullptr);
    setModels(false);
    if (!report || !report->ocrReading)
        return nullptr;
    auto review = std::make_unique<Review>(std::move(report->document), std::move(report->record));
    review->setOcrReading(std::move(report->ocrReading));
    const QStringList marked = review->record().inferredCells();
    if (!marked.isEmpty())
        review->confirmCells({marked.first()}, u"对照页面核实"_s);
    for (qsizetype i = 0; i < review->record().cells.size(); ++i) {
        const CellValue &c = review->record().cells.at(i);
        if (c.value && !c.inferred && !c.corrected) {
            review->setCellValue(review->record().schema().at(i).id, *c.value + 1, u"更正"_s);
            break;
        }
    }
    if (!saveReview(*review, reviewPath))
        return nullptr;
    return review;
}

// The reading written and read back is the same reading, field by field.
void TestOcrReuse::readingRoundTrips()
{
    const auto reading = ocrfixture::readingFrom(textPdf(), handScan());
    QVERIFY(reading);
    QVERIFY(reading->boxes.size() > 200);
    const QByteArray json = QJsonDocument(ocrReadingToJson(*reading)).toJson(QJsonDocument::Compact);
    const auto back = ocrReadingFromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(back);
    QCOMPARE(back->document.sha256, reading->document.sha256);
    QCOMPARE(back->document.text, reading->document.text);
    QCOMPARE(back->engine, reading->engine);
    QCOMPARE(back->pages, reading->pages);
    QCOMPARE(back->seconds, reading->seconds);
    QCOMPARE(back->document.tables.size(), reading->document.tables.size());
    for (qsizetype t = 0; t < reading->document.tables.size(); ++t) {
        const Table &a = back->document.tables.at(t), &b = reading->document.tables.at(t);
        QCOMPARE(a.page, b.page);
        QCOMPARE(a.span, b.span);
        QCOMPARE(a.rows.size(), b.rows.size());
        for (qsizetype r = 0; r < b.rows.size(); ++r) {
            QCOMPARE(a.rows.at(r).span, b.rows.at(r).span);
            QCOMPARE(a.rows.at(r).cells.size(), b.rows.at(r).cells.size());
            for (qsizetype c = 0; c < b.rows.at(r).cells.size(); ++c) {
                const TableCell &x = a.rows.at(r).cells.at(c), &y = b.rows.at(r).cells.at(c);
                QCOMPARE(x.text, y.text);
                QCOMPARE(x.span, y.span);
                QCOMPARE(x.column, y.column);
                QCOMPARE(x.colSpan, y.colSpan);
                QCOMPARE(x.rowSpan, y.rowSpan);
                QCOMPARE(x.continuation, y.continuation);
            }
        }
    }
    QCOMPARE(back->boxes.size(), reading->boxes.size());
    for (qsizetype i = 0; i < reading->boxes.size(); ++i) {
        QCOMPARE(back->boxes.at(i).span, reading->boxes.at(i).span);
        QCOMPARE(back->boxes.at(i).page, reading->boxes.at(i).page);
        QCOMPARE(back->boxes.at(i).box, reading->boxes.at(i).box);
        QCOMPARE(back->boxes.at(i).confidence, reading->boxes.at(i).confidence);
        QCOMPARE(back->boxes.at(i).number, reading->boxes.at(i).number);
    }
}

void TestOcrReuse::reopenedWithoutOcr_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("scan");
    QTest::newRow("reading made without Tesseract") << u"fixture"_s << handScan();
#ifdef NIANBAO_SCANS_DIR
    QTest::newRow("read by Tesseract, 200 dpi") << u"tesseract"_s << QStringLiteral(NIANBAO_SCANS_DIR "/report-scan-200.pdf");
#endif
}

// Saved, then reopened where OCR cannot run: the window's way (openReview) and the command line's
// (replayReview + correctedRecord) give the record and boxes of the saved session, from the review.
void TestOcrReuse::reopenedWithoutOcr()
{
    QFETCH(QString, how);
    QFETCH(QString, scan);
    if (how == u"tesseract") {
        setModels(true);
        const QString why = ocrUnavailableReason();
        setModels(false);
        if (!why.isEmpty())
            QSKIP(qPrintable(u"OCR cannot run here, the case needs it to make the first reading: "_s + why));
        QVERIFY2(QFile::exists(scan), "the scanned fixtures are made by the target scanned_fixtures");
    }
    QVERIFY(!ocrUnavailableReason().isEmpty()); // no models now: OCR cannot run
    QTemporaryDir dir;
    const QString path = dir.filePath(u"scan.nianbao"_s);
    const auto first = savedReview(how, scan, path);
    QVERIFY(first);
    QVERIFY(first->record().facts.ocr.read > 50);
    QVERIFY(first->record().facts.ocr.marked > 0);
    QVERIFY(first->record().facts.ocr.accepted > 0);
    QVERIFY(first->record().corrections.size() == 2);
    QVERIFY(readJson(path).value(u"review"_s).toObject().value(u"ocr"_s).isObject());

    auto opened = openReview(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    QVERIFY2(opened->warnings.isEmpty(), qPrintable(opened->warnings.join(u'\n')));
    const Review &again = *opened->review;
    compareRecords(again.record(), first->record());
    compareBoxes(again.document(), first->document());
    QVERIFY(again.record().facts.ocr.fromReview);
    QVERIFY(again.record().facts.ocr.unavailable.isEmpty()); // OCR was not even tried
    QVERIFY(recordToJson(again.record()).value(u"facts"_s).toObject().value(u"ocr"_s).toObject()
                .value(u"from_review"_s).toBool());
    QVERIFY(again.ocrReading());

    // The command line's replay: the same corrected record.
    const auto replayed = replayReview(path);
    QVERIFY2(replayed, qPrintable(replayed.error()));
    compareRecords(correctedRecord(*replayed), first->record());

    // Saved again from the reopened review, the reading is kept again: a third session is the same.
    const QString second = dir.filePath(u"again.nianbao"_s);
    QVERIFY(saveReview(again, second));
    auto third = openReview(second);
    QVERIFY2(third, qPrintable(third.error()));
    compareRecords(third->review->record(), first->record());
    compareBoxes(third->review->document(), first->document());
}

// A scan changed since the review was saved: the kept reading is not used (it was read from other
// bytes); the scan is read again (here OCR cannot run: its tables are empty) and a warning says the
// file changed. The corrections are applied again.
void TestOcrReuse::changedScanReadAgain()
{
    QTemporaryDir dir;
    const QString scan = dir.filePath(u"scan.pdf"_s);
    QVERIFY(QFile::copy(handScan(), scan));
    QFile::setPermissions(scan, QFile::ReadOwner | QFile::WriteOwner);
    const QString path = dir.filePath(u"scan.nianbao"_s);
    const auto first = savedReview(u"fixture"_s, scan, path);
    QVERIFY(first);
    {
        QFile f(scan);
        QVERIFY(f.open(QIODevice::Append));
        f.write("% changed after the review was saved\n");
    }
    auto opened = openReview(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    const Record &rec = opened->review->record();
    QVERIFY(!rec.facts.ocr.fromReview);
    QVERIFY(!rec.facts.ocr.unavailable.isEmpty()); // read again: OCR was tried
    QVERIFY(!opened->review->ocrReading());
    QVERIFY(opened->review->document().pageBoxes.isEmpty());
    QVERIFY(std::any_of(opened->warnings.cbegin(), opened->warnings.cend(),
                        [](const QString &w) { return w.contains(u"SHA-256"); }));
    qsizetype values = 0;
    for (const CellValue &c : rec.cells)
        values += c.value.has_value();
    QCOMPARE(values, qsizetype(2)); // only the two corrected cells
    QCOMPARE(rec.corrections, first->record().corrections);
    // Saved again, the review keeps no reading (there is none for these bytes).
    const QString again = dir.filePath(u"again.nianbao"_s);
    QVERIFY(saveReview(*opened->review, again));
    QVERIFY(!readJson(again).value(u"review"_s).toObject().contains(u"ocr"_s));
}

// A review file saved before the reading was kept (no review.ocr) opens as it did: the scan is
// read again (here without OCR), the corrections applied.
void TestOcrReuse::oldReviewFileOpens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"scan.nianbao"_s);
    const auto first = savedReview(u"fixture"_s, handScan(), path);
    QVERIFY(first);
    QJsonObject o = readJson(path);
    QJsonObject meta = o.value(u"review"_s).toObject();
    QVERIFY(meta.contains(u"ocr"_s));
    meta.remove(u"ocr"_s);
    o.insert(u"review"_s, meta);
    QVERIFY(writeJson(path, o));
    const auto saved = readReviewFile(path);
    QVERIFY2(saved, qPrintable(saved.error()));
    QVERIFY(!saved->ocrReading);
    auto opened = openReview(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    QVERIFY(opened->warnings.isEmpty());
    const Record &rec = opened->review->record();
    QVERIFY(!rec.facts.ocr.fromReview);
    QVERIFY(!rec.facts.ocr.unavailable.isEmpty());
    QCOMPARE(rec.corrections, first->record().corrections);
    for (const Correction &c : rec.corrections)
        QCOMPARE(rec.value(c.cell), c.to);
}

void TestOcrReuse::brokenReadingIgnored_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("span past the text") << u"span"_s;
    QTest::newRow("box on page 0") << u"page"_s;
    QTest::newRow("negative box") << u"box"_s;
    QTest::newRow("cell text not at its span") << u"cell"_s;
    QTest::newRow("no key") << u"sha"_s;
    QTest::newRow("not an object") << u"type"_s;
    QTest::newRow("confidence 101") << u"confidence"_s;
}

// A kept reading that does not hold together (a file edited by hand, damaged) is left out: the
// review opens, the scan read again; nothing crashes.
void TestOcrReuse::brokenReadingIgnored()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"scan.nianbao"_s);
    QVERIFY(savedReview(u"fixture"_s, handScan(), path));
    QJsonObject o = readJson(path);
    QJsonObject meta = o.value(u"review"_s).toObject();
    QJsonObject ocr = meta.value(u"ocr"_s).toObject();
    QJsonArray boxes = ocr.value(u"boxes"_s).toArray();
    QVERIFY(!boxes.isEmpty());
    QJsonArray box = boxes.at(0).toArray();
    const qint64 textSize = ocr.value(u"text"_s).toString().size();
    if (damage == u"span") {
        box[0] = textSize;
        box[1] = 5;
    } else if (damage == u"page") {
        box[2] = 0;
    } else if (damage == u"box") {
        box[5] = -3;
    } else if (damage == u"confidence") {
        box[7] = 101;
    } else if (damage == u"cell") {
        QJsonArray tables = ocr.value(u"tables"_s).toArray();
        QJsonObject table = tables.at(0).toObject();
        QJsonArray rows = table.value(u"rows"_s).toArray();
        QJsonObject row = rows.at(0).toObject();
        QJsonArray cells = row.value(u"cells"_s).toArray();
        QJsonArray cell = cells.at(0).toArray();
        cell[0] = cell.at(0).toString() + u"改"_s;
        cells[0] = cell;
        row.insert(u"cells"_s, cells);
        rows[0] = row;
        table.insert(u"rows"_s, rows);
        tables[0] = table;
        ocr.insert(u"tables"_s, tables);
    } else if (damage == u"sha") {
        ocr.remove(u"source_sha256"_s);
    }
    boxes[0] = box;
    ocr.insert(u"boxes"_s, boxes);
    meta.insert(u"ocr"_s, damage == u"type" ? QJsonValue(u"ocr"_s) : QJsonValue(ocr));
    o.insert(u"review"_s, meta);
    QVERIFY(writeJson(path, o));
    const auto saved = readReviewFile(path);
    QVERIFY2(saved, qPrintable(saved.error()));
    QVERIFY(!saved->ocrReading);
    auto opened = openReview(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    QVERIFY(!opened->review->record().facts.ocr.fromReview);
    QVERIFY(opened->review->document().pageBoxes.isEmpty());
}

// A scan opened where OCR cannot run, its values typed by hand: the review keeps no reading and
// reopens as before, the typed values as corrections on empty tables.
void TestOcrReuse::handTypedScanReopens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"typed.nianbao"_s);
    {
        auto review = Review::open(handScan());
        QVERIFY2(review, qPrintable(review.error()));
        QVERIFY(!(*review)->ocrReading());
        QVERIFY(!(*review)->record().facts.ocr.unavailable.isEmpty());
        QVERIFY((*review)->setCellText(u"apply.new.natural"_s, u"27"_s).ok());
        QVERIFY((*review)->setCellText(u"apply.new.total"_s, u"31"_s).ok());
        QVERIFY(saveReview(**review, path));
    }
    QVERIFY(!readJson(path).value(u"review"_s).toObject().contains(u"ocr"_s));
    auto opened = openReview(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    const Record &rec = opened->review->record();
    QVERIFY(!rec.facts.ocr.fromReview);
    QCOMPARE(rec.value(u"apply.new.natural"), std::optional<double>(27));
    QCOMPARE(rec.value(u"apply.new.total"), std::optional<double>(31));
    QVERIFY(rec.cell(u"apply.new.natural")->corrected);
    qsizetype values = 0;
    for (const CellValue &c : rec.cells)
        values += c.value.has_value();
    QCOMPARE(values, qsizetype(2));
}

// A project scanning a scan reads it by OCR once and keeps what OCR read beside its record: the
// report it gives again (reportFromReading, as the window opens a project's report) has the
// project's values and the reading's boxes, where Tesseract can no longer run. Changed bytes are
// not given that reading.
void TestOcrReuse::projectKeepsReading()
{
#ifndef NIANBAO_SCANS_DIR
    QSKIP("no scanned fixtures in this build");
#else
    setModels(true);
    const QString why = ocrUnavailableReason();
    if (!why.isEmpty()) {
        setModels(false);
        QSKIP(qPrintable(u"OCR cannot run here, the project's scan needs it: "_s + why));
    }
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"reports"_s));
    const QString scan = dir.filePath(u"reports/scan.pdf"_s);
    QVERIFY(QFile::copy(QStringLiteral(NIANBAO_SCANS_DIR "/report-scan-200.pdf"), scan));
    QFile::setPermissions(scan, QFile::ReadOwner | QFile::WriteOwner);
    auto project = Project::open(dir.filePath(u"season.nbproj"_s), Project::Access::Write);
    QVERIFY2(project, qPrintable(project.error()));
    const auto stats = project->scan({dir.filePath(u"reports"_s)}, {}, 1);
    setModels(false);
    QVERIFY2(stats, qPrintable(stats.error()));
    QCOMPARE(stats->added, 1);
    const auto id = project->reportId(scan);
    QVERIFY(id);
    const auto reading = project->ocrReading(*id);
    QVERIFY(reading);
    QCOMPARE(reading->document.sha256, ocrfixture::sha256Of(scan));
    const auto stored = project->extractedRecord(*id);
    QVERIFY2(stored, qPrintable(stored.error()));
    QVERIFY(stored->facts.ocr.read > 50);

    const auto loaded = loadDocument(scan);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    const auto again = reportFromReading(*loaded, *reading);
    QVERIFY2(again, qPrintable(again.error()));
    QVERIFY(again->record.facts.ocr.fromReview);
    QVERIFY(again->record.facts.ocr.unavailable.isEmpty());
    qsizetype boxed = 0;
    for (qsizetype i = 0; i < stored->cells.size(); ++i) {
        const CellValue &g = again->record.cells.at(i), &w = stored->cells.at(i);
        const QByteArray cellId = stored->schema().at(i).id.toUtf8();
        QVERIFY2(g.value == w.value && g.inferred == w.inferred && g.raw == w.raw, cellId.constData());
        // The project's record keeps no spans (RECORD.md has none): the reading gives them again.
        if (w.value) {
            QVERIFY2(g.span.isValid() && again->document.pageBoxAt(g.span.start), cellId.constData());
            ++boxed;
        }
    }
    QCOMPARE(boxed, qsizetype(stored->facts.ocr.read));

    // The scan changed: the reading kept is not for these bytes.
    {
        QFile f(scan);
        QVERIFY(f.open(QIODevice::Append));
        f.write("% changed\n");
    }
    const auto changed = loadDocument(scan);
    QVERIFY2(changed, qPrintable(changed.error()));
    QVERIFY(!reportFromReading(*changed, *reading));
#endif
}

QTEST_GUILESS_MAIN(TestOcrReuse)
#include "tst_ocrreuse.moc"
