// SPDX-License-Identifier: GPL-3.0-or-later
// Saving and reopening a review: corrections come back, the source's hash is checked, the source
// is found next to the review when it moved, and it is never modified.
#include "core/export/JsonRecord.h"
#include "core/review/Review.h"
#include "core/review/ReviewFile.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;

static const char *seed004 = "../data/input/seed_004_80a41c86f4ba9762.txt";

class TestReviewFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saveWritesReviewMembers();
    void saveAndReopen_data();
    void saveAndReopen();
    void changedSourceWarns();
    void sourceFoundNextToReview();
    void missingSourceFails();
    void notAReviewFile_data();
    void notAReviewFile();
    void sourceNeverModified();
    void confirmationsSurviveReopening();
    void recognisedByNameOrContent_data();
    void recognisedByNameOrContent();
    void savedRecordReadWithoutSource();

private:
    QString copySeed(const QTemporaryDir &dir, const QString &name = QStringLiteral("report.txt"));
};

static QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString TestReviewFile::copySeed(const QTemporaryDir &dir, const QString &name)
{
    const QString target = dir.filePath(name);
    QFile::copy(QFINDTESTDATA(seed004), target);
    return target;
}

// The review file holds where the source was and its hash (works with any record JSON).
void TestReviewFile::saveWritesReviewMembers()
{
    QTemporaryDir dir;
    const QString source = copySeed(dir);
    auto review = Review::open(source);
    QVERIFY2(review, qPrintable(review.error()));
    const QString path = dir.filePath(QStringLiteral("r.nianbao"));
    QVERIFY((*review)->setCellValue(QStringLiteral("apply.new.natural"), 5).ok());
    const Status s = saveReview(**review, path);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonObject meta = o.value(QStringLiteral("review")).toObject();
    QCOMPARE(meta.value(QStringLiteral("format")).toString(), QStringLiteral("nianbao-review/1"));
    QCOMPARE(meta.value(QStringLiteral("source_path")).toString(), QFileInfo(source).absoluteFilePath());
    QCOMPARE(meta.value(QStringLiteral("source_sha256")).toString(),
             QString::fromLatin1(fileHash(source).toHex()));
    QVERIFY(!meta.value(QStringLiteral("saved_at")).toString().isEmpty());
    // Saving into a folder that does not exist fails with the path in the message.
    const QString bad = dir.filePath(QStringLiteral("no/such/dir/r.nianbao"));
    const Status failed = saveReview(**review, bad);
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().contains(bad));
}

void TestReviewFile::saveAndReopen_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("note");
    QTest::newRow("count") << QStringLiteral("apply.new.natural") << 5.0 << QStringLiteral("按原件");
    QTest::newRow("amount") << QStringLiteral("active.fees.amount") << 12.5 << QString();
    QTest::newRow("review") << QStringLiteral("review.total") << 0.0 << QStringLiteral("复核");
}

// Needs recordToJson / recordFromJson (the exports work item).
void TestReviewFile::saveAndReopen()
{
    QFETCH(QString, cell);
    QFETCH(double, value);
    QFETCH(QString, note);
    QTemporaryDir dir;
    const QString source = copySeed(dir);
    const QString path = dir.filePath(QStringLiteral("r.nianbao"));
    bool backToPrinted = false;
    {
        auto review = Review::open(source);
        QVERIFY2(review, qPrintable(review.error()));
        const std::optional<double> before = (*review)->record().value(cell);
        backToPrinted = before == value;
        if (backToPrinted) // make sure there is a correction
            QVERIFY((*review)->setCellValue(cell, value + 1, note).ok());
        QVERIFY((*review)->setCellValue(cell, value, note).ok());
        // Corrected back to the printed value, the cell is not corrected (Corrections.h) …
        QCOMPARE((*review)->record().cell(cell)->corrected, !backToPrinted);
        QVERIFY(saveReview(**review, path).ok());
    }
    auto opened = openReview(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    QVERIFY2(opened->warnings.isEmpty(), qPrintable(opened->warnings.join(u'\n')));
    const Record &rec = opened->review->record();
    QCOMPARE(rec.value(cell), std::optional<double>(value));
    QVERIFY(!rec.corrections.isEmpty());
    QCOMPARE(rec.corrections.last().cell, cell);
    QCOMPARE(rec.corrections.last().to, std::optional<double>(value));
    QCOMPARE(rec.corrections.last().note, note);
    QCOMPARE(rec.cell(cell)->corrected, !backToPrinted); // … before saving and after reopening alike
    QVERIFY(!opened->review->isModified());
    QVERIFY(opened->review->undoStack()->count() == 0);
}

// Needs recordFromJson.
void TestReviewFile::changedSourceWarns()
{
    QTemporaryDir dir;
    const QString source = copySeed(dir);
    const QString path = dir.filePath(QStringLiteral("r.nianbao"));
    {
        auto review = Review::open(source);
        QVERIFY(review);
        QVERIFY((*review)->setCellValue(QStringLiteral("apply.new.natural"), 5).ok());
        QVERIFY(saveReview(**review, path).ok());
    }
    QFile f(source);
    QVERIFY(f.open(QIODevice::Append));
    f.write("\n补充说明。\n");
    f.close();
    auto opened = openReview(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(opened->warnings.size(), 1);
    QVERIFY(opened->warnings.first().contains(QStringLiteral("改变")));
    QCOMPARE(opened->review->record().value(u"apply.new.natural"), std::optional<double>(5));
}

// Needs recordFromJson.
void TestReviewFile::sourceFoundNextToReview()
{
    QTemporaryDir first;
    QTemporaryDir second;
    const QString source = copySeed(first, QStringLiteral("年报.txt"));
    const QString path = second.filePath(QStringLiteral("r.nianbao"));
    {
        auto review = Review::open(source);
        QVERIFY(review);
        QVERIFY((*review)->setCellValue(QStringLiteral("apply.new.natural"), 6).ok());
        QVERIFY(saveReview(**review, path).ok());
    }
    // Moved: the report now lies next to the review.
    QVERIFY(QFile::rename(source, second.filePath(QStringLiteral("年报.txt"))));
    auto opened = openReview(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(opened->review->record().value(u"apply.new.natural"), std::optional<double>(6));
}

void TestReviewFile::missingSourceFails()
{
    QTemporaryDir dir;
    const QString source = copySeed(dir, QStringLiteral("gone.txt"));
    const QString path = dir.filePath(QStringLiteral("r.nianbao"));
    {
        auto review = Review::open(source);
        QVERIFY(review);
        QVERIFY(saveReview(**review, path).ok());
    }
    QVERIFY(QFile::remove(source));
    auto opened = openReview(path);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(path), qPrintable(opened.error()));
}

void TestReviewFile::notAReviewFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not json") << QByteArray("这不是 JSON");
    QTest::newRow("array") << QByteArray("[1, 2]");
    QTest::newRow("record without review") << QByteArray(R"({"schema": "nianbao-record/1", "cells": {}})");
    QTest::newRow("empty") << QByteArray();
}

void TestReviewFile::notAReviewFile()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.nianbao"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    auto opened = openReview(path);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(path), qPrintable(opened.error()));
    auto none = openReview(dir.filePath(QStringLiteral("absent.nianbao")));
    QVERIFY(!none);
    QVERIFY(none.error().contains(QStringLiteral("absent.nianbao")));
}

void TestReviewFile::sourceNeverModified()
{
    QTemporaryDir dir;
    const QString source = copySeed(dir);
    const QByteArray before = fileHash(source);
    const QString path = dir.filePath(QStringLiteral("r.nianbao"));
    {
        auto review = Review::open(source);
        QVERIFY(review);
        QVERIFY((*review)->setCellValue(QStringLiteral("apply.new.natural"), 9).ok());
        QCOMPARE((*review)->fillBlanks(TableSection::Apply) >= 0, true);
        QVERIFY(saveReview(**review, path).ok());
    }
    openReview(path);
    QCOMPARE(fileHash(source), before);
}

// Confirming inferred values is kept like any correction (a correction keeping the value).
void TestReviewFile::confirmationsSurviveReopening()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("flat.txt"));
    QVERIFY(QFile::copy(QFINDTESTDATA("../data/input/flattened/flat_2021.txt"), source));
    const QString path = dir.filePath(QStringLiteral("r.nianbao"));
    QStringList confirmed;
    {
        auto review = Review::open(source);
        QVERIFY2(review, qPrintable(review.error()));
        const QStringList inferred = (*review)->record().inferredCells();
        QVERIFY(inferred.size() >= 3);
        confirmed = inferred.mid(0, 3);
        QCOMPARE((*review)->confirmCells(confirmed, QStringLiteral("对照原文")), 3);
        QCOMPARE((*review)->confirmCells(confirmed), 0); // already confirmed
        for (const QString &id : confirmed)
            QVERIFY((*review)->record().cell(id)->corrected);
        QVERIFY(saveReview(**review, path).ok());
    }
    auto opened = openReview(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    const Record &rec = opened->review->record();
    QCOMPARE(rec.corrections.size(), 3);
    for (const Correction &c : rec.corrections) {
        QVERIFY(confirmed.contains(c.cell));
        QCOMPARE(c.from, c.to);
        QCOMPARE(c.note, QStringLiteral("对照原文"));
        QVERIFY(rec.cell(c.cell)->corrected);
    }
    for (const Finding &f : rec.findings)
        if (f.rule.startsWith(QLatin1String("inferred")))
            for (const QString &id : confirmed)
                QVERIFY2(!f.cells.contains(id), qPrintable(id));
}

void TestReviewFile::recognisedByNameOrContent_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // "REVIEW": a review saved by saveReview
    QTest::addColumn<bool>("isReview");
    QTest::newRow("review.nianbao") << QStringLiteral("r.nianbao") << QByteArray("REVIEW") << true;
    QTest::newRow("review saved as .json") << QStringLiteral("r.json") << QByteArray("REVIEW") << true;
    QTest::newRow("review under another name") << QStringLiteral("审核") << QByteArray("REVIEW") << true;
    QTest::newRow("broken .nianbao (by its name)") << QStringLiteral("b.nianbao") << QByteArray("{") << true;
    QTest::newRow("record without review")
        << QStringLiteral("rec.json") << QByteArray(R"({"schema": "nianbao-record/1", "cells": {}})") << false;
    QTest::newRow("JSON of another kind")
        << QStringLiteral("x.json") << QByteArray(R"({"review": {"format": "other/1"}})") << false;
    QTest::newRow("report text") << QStringLiteral("report.txt") << QByteArray("SEED") << false;
    QTest::newRow("text starting with a brace") << QStringLiteral("t.txt") << QByteArray("{ 不是 JSON") << false;
    QTest::newRow("missing file") << QStringLiteral("absent.json") << QByteArray() << false;
}

void TestReviewFile::recognisedByNameOrContent()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(bool, isReview);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    if (content == "REVIEW") {
        auto review = Review::open(copySeed(dir));
        QVERIFY(review);
        QVERIFY(saveReview(**review, path).ok());
    } else if (content == "SEED") {
        QVERIFY(QFile::copy(QFINDTESTDATA(seed004), path));
    } else if (!content.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    QCOMPARE(isReviewFile(path), isReview);
}

// The record as saved, without its source: values after the corrections, the corrections, where
// the source was.
void TestReviewFile::savedRecordReadWithoutSource()
{
    QTemporaryDir dir;
    const QString source = copySeed(dir);
    const QString path = dir.filePath(QStringLiteral("r.nianbao"));
    {
        auto review = Review::open(source);
        QVERIFY(review);
        QVERIFY((*review)->setCellValue(QStringLiteral("apply.new.natural"), 77, QStringLiteral("注")).ok());
        QVERIFY(saveReview(**review, path).ok());
    }
    const QByteArray hash = fileHash(source).toHex();
    QVERIFY(QFile::remove(source));
    auto saved = readReviewFile(path);
    QVERIFY2(saved, qPrintable(saved.error()));
    QCOMPARE(saved->record.value(u"apply.new.natural"), std::optional<double>(77));
    QCOMPARE(saved->record.corrections.size(), 1);
    QCOMPARE(saved->record.corrections.first().note, QStringLiteral("注"));
    QCOMPARE(saved->sourcePath, QFileInfo(source).absoluteFilePath());
    QCOMPARE(saved->sourceSha256, QString::fromLatin1(hash));
    QVERIFY(!saved->savedAt.isEmpty());
    auto none = readReviewFile(dir.filePath(QStringLiteral("absent.nianbao")));
    QVERIFY(!none);
    QVERIFY(none.error().contains(QStringLiteral("absent.nianbao")));
}

QTEST_MAIN(TestReviewFile)
#include "tst_reviewfile.moc"
