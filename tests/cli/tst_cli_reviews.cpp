// SPDX-License-Identifier: GPL-3.0-or-later
// Saved reviews wherever the command line takes a report: `nianbao check`, `export` and `compare`
// on a review made here (a text report opened with core, one cell corrected, saved with
// saveReview) give the reopened review's record: the value after the correction, the correction in
// the JSON, CSV and xlsx, exit codes that follow the corrected record. When the report has moved
// next to the review it is found; when it has changed, a warning says so; when it is gone, the
// record saved in the review is used and standard error says so.
#include "core/review/Review.h"
#include "core/review/ReviewFile.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/cli/NianbaoProcess.h"

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

using Run = NianbaoRun;

QString pair(const QString &name)
{
    return QFINDTESTDATA(u"../data/input/pairs/"_s + name);
}

// The planted typing error of sifa_2023_carried_mismatch.txt: 上年结转·商业企业 printed 1, last
// year carried forward 0. Correcting it to 0 fixes the report's own balance and the cross-year check.
const QString kCell = u"apply.carried_over.commercial"_s;
const QString kNote = u"对照纸质原件更正"_s;
const QString kSourceName = u"sifa_2023_carried_mismatch.txt"_s;

// Copies the mismatched 2023 report into `sourceDir`, corrects kCell to 0 and saves the review as
// `reviewPath`. Returns the copied report's path, or empty (with a warning) on failure.
QString makeReview(const QString &sourceDir, const QString &reviewPath, bool correct = true)
{
    const QString source = QDir(sourceDir).filePath(kSourceName);
    if (!QFile::copy(pair(kSourceName), source)) {
        qWarning("cannot copy %s", qPrintable(kSourceName));
        return {};
    }
    auto review = Review::open(source);
    if (!review) {
        qWarning("%s", qPrintable(review.error()));
        return {};
    }
    if (correct) {
        const Status edited = (*review)->setCellValue(kCell, 0, kNote);
        if (!edited) {
            qWarning("%s", qPrintable(edited.error()));
            return {};
        }
    }
    const Status saved = saveReview(**review, reviewPath);
    if (!saved) {
        qWarning("%s", qPrintable(saved.error()));
        return {};
    }
    return source;
}

QJsonObject exportJson(const QString &file, Run *run)
{
    *run = runNianbao({u"export"_s, u"--format"_s, u"json"_s, file});
    return QJsonDocument::fromJson(run->out).object();
}

// Every part of a .xlsx (a zip), concatenated.
QByteArray xlsxParts(const QString &path)
{
    QByteArray all;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return all;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

class TestCliReviews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkGivesCorrectedRecord();
    void exportCarriesCorrections_data();
    void exportCarriesCorrections();
    void compareTakesReviews_data();
    void compareTakesReviews();
    void sourceMovedChangedOrMissing_data();
    void sourceMovedChangedOrMissing();
    void jsonFileHoldingReview();
    void badReviewRefused_data();
    void badReviewRefused();
    void helpMentionsReviews();
    void settledFindingsReplayed_data();
    void settledFindingsReplayed();
};

// The report itself has a violation (exit 1); its review, with the correction, has none (exit 0).
void TestCliReviews::checkGivesCorrectedRecord()
{
    QTemporaryDir dir;
    const QString reviewPath = dir.filePath(u"2023.nianbao"_s);
    const QString source = makeReview(dir.path(), reviewPath);
    QVERIFY(!source.isEmpty());

    const Run report = runNianbao({u"check"_s, source});
    QCOMPARE(report.exitCode, 1);
    QVERIFY(report.out.contains(kCell.toUtf8()));

    const Run review = runNianbao({u"check"_s, reviewPath});
    QVERIFY2(review.err.isEmpty(), qPrintable(review.err));
    QCOMPARE(review.exitCode, 0);
    const QString out = QString::fromUtf8(review.out);
    QVERIFY2(out.startsWith(u"== "_s + reviewPath), qPrintable(out));
    QVERIFY2(out.contains(u"审核文件 review: 重新读取原报告"_s), qPrintable(out));
    QVERIFY2(out.contains(u"套用 1 处修改"_s), qPrintable(out));
    QVERIFY2(out.contains(u"0 处违反勾稽关系"_s), qPrintable(out));
    QVERIFY2(!out.contains(u"violation\t"_s), qPrintable(out));

    // Both in one run: the block of each, exit 1 for the report's violation.
    const Run both = runNianbao({u"check"_s, reviewPath, source});
    QCOMPARE(both.exitCode, 1);
    QCOMPARE(both.out.count("\n== "), 1);
}

void TestCliReviews::exportCarriesCorrections_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << u"json"_s;
    QTest::newRow("csv") << u"csv"_s;
    QTest::newRow("xlsx") << u"xlsx"_s;
}

void TestCliReviews::exportCarriesCorrections()
{
    QFETCH(QString, format);
    QTemporaryDir dir;
    const QString reviewPath = dir.filePath(u"2023.nianbao"_s);
    QVERIFY(!makeReview(dir.path(), reviewPath).isEmpty());
    const QString output = dir.filePath(u"out."_s + format);
    const Run run = runNianbao({u"export"_s, u"--format"_s, format, u"-o"_s, output, reviewPath});
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(run.exitCode, 0);
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    if (format == u"json") {
        const QJsonObject record = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(record.value(u"schema"_s).toString(), u"nianbao-record/1"_s);
        QCOMPARE(record.value(u"source"_s).toObject().value(u"file"_s).toString(), kSourceName);
        QCOMPARE(record.value(u"cells"_s).toObject().value(kCell).toDouble(-1), 0.0);
        QCOMPARE(record.value(u"raw"_s).toObject().value(kCell).toString(), u"1"_s); // as printed
        const QJsonArray corrections = record.value(u"corrections"_s).toArray();
        QCOMPARE(corrections.size(), 1);
        const QJsonObject c = corrections.first().toObject();
        QCOMPARE(c.value(u"cell"_s).toString(), kCell);
        QCOMPARE(c.value(u"from"_s).toDouble(-1), 1.0);
        QCOMPARE(c.value(u"to"_s).toDouble(-1), 0.0);
        QCOMPARE(c.value(u"note"_s).toString(), kNote);
        QVERIFY(!c.value(u"at"_s).toString().isEmpty());
        for (const QJsonValue &f : record.value(u"findings"_s).toArray())
            QVERIFY2(f.toObject().value(u"kind"_s).toString() != u"violation", qPrintable(f.toObject().value(u"rule"_s).toString()));
    } else if (format == u"csv") {
        // file,id,section,row,column,value,raw,status: the corrected value, the printed text.
        const QString csv = QString::fromUtf8(bytes);
        const QStringList lines = csv.split(u'\n');
        const auto line = std::find_if(lines.begin(), lines.end(),
                                       [](const QString &l) { return l.contains(u',' + kCell + u','); });
        QVERIFY(line != lines.end());
        QVERIFY2(line->startsWith(kSourceName + u','), qPrintable(*line));
        QVERIFY2(line->trimmed().endsWith(u",0,1,corrected"_s), qPrintable(*line));
    } else {
        const QByteArray parts = xlsxParts(output);
        QVERIFY(!parts.isEmpty());
        QVERIFY2(parts.contains(kNote.toUtf8()), "the correction's note is not in the workbook");
        QVERIFY(parts.contains(kCell.toUtf8()));
    }
}

void TestCliReviews::compareTakesReviews_data()
{
    QTest::addColumn<bool>("olderAsReview");
    QTest::addColumn<bool>("newerCorrected");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("rules");
    QTest::newRow("report against corrected review") << false << true << 0 << QStringList();
    QTest::newRow("review against corrected review") << true << true << 0 << QStringList();
    QTest::newRow("report against uncorrected review") << false << false << 1 << QStringList{u"cross.carried_over"_s};
}

void TestCliReviews::compareTakesReviews()
{
    QFETCH(bool, olderAsReview);
    QFETCH(bool, newerCorrected);
    QFETCH(int, exitCode);
    QFETCH(QStringList, rules);
    QTemporaryDir dir;
    const QString newer = dir.filePath(u"2023.nianbao"_s);
    QVERIFY(!makeReview(dir.path(), newer, newerCorrected).isEmpty());
    QString older = pair(u"sifa_2022.txt"_s);
    if (olderAsReview) {
        auto review = Review::open(older);
        QVERIFY(review);
        older = dir.filePath(u"2022.nianbao"_s);
        QVERIFY(saveReview(**review, older).ok());
    }

    const Run run = runNianbao({u"compare"_s, older, newer});
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(run.exitCode, exitCode);
    const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
    QStringList found;
    for (const QJsonValue &f : doc.value(u"findings"_s).toArray())
        found.append(f.toObject().value(u"rule"_s).toString());
    QCOMPARE(found, rules);
    const QJsonObject newRecord = doc.value(u"new"_s).toObject();
    QCOMPARE(newRecord.value(u"year"_s).toInt(), 2023);
    QCOMPARE(newRecord.value(u"cells"_s).toObject().value(kCell).toDouble(-1), newerCorrected ? 0.0 : 1.0);
    QCOMPARE(newRecord.value(u"corrections"_s).toArray().size(), newerCorrected ? 1 : 0);
    QCOMPARE(doc.value(u"old"_s).toObject().value(u"year"_s).toInt(), 2022);
}

void TestCliReviews::sourceMovedChangedOrMissing_data()
{
    QTest::addColumn<QString>("change");      // what happens to the report after saving
    QTest::addColumn<QString>("origin");      // in the check block's 审核文件 line
    QTest::addColumn<QStringList>("errParts"); // on standard error (empty: nothing)
    QTest::newRow("in place") << u"none"_s << u"重新读取原报告"_s << QStringList();
    QTest::newRow("moved next to the review") << u"moveNext"_s << u"重新读取原报告"_s << QStringList();
    QTest::newRow("changed") << u"append"_s << u"重新读取原报告"_s << QStringList{u"改变"_s, u"SHA-256"_s};
    QTest::newRow("missing") << u"remove"_s << u"审核文件中保存的记录"_s
                             << QStringList{u"找不到"_s, u"改用审核文件中保存的记录"_s, u"未能与原报告重新核对"_s};
    QTest::newRow("moved elsewhere") << u"moveAway"_s << u"审核文件中保存的记录"_s
                                     << QStringList{u"找不到"_s, u"改用审核文件中保存的记录"_s};
}

// Whatever happened to the report, the record carries the correction; only the way there and what
// standard error says differ. The exit code follows the corrected record (no violation: 0).
void TestCliReviews::sourceMovedChangedOrMissing()
{
    QFETCH(QString, change);
    QFETCH(QString, origin);
    QFETCH(QStringList, errParts);
    QTemporaryDir sourceDir, reviewDir, elsewhere;
    const QString reviewPath = reviewDir.filePath(u"r.nianbao"_s);
    const QString source = makeReview(sourceDir.path(), reviewPath);
    QVERIFY(!source.isEmpty());
    auto summary = [](const QByteArray &out) {
        const QString text = QString::fromUtf8(out);
        return text.mid(text.indexOf(u"合计 summary:"_s)).trimmed();
    };
    const Run before = runNianbao({u"check"_s, reviewPath});
    QCOMPARE(before.exitCode, 0);
    if (change == u"moveNext")
        QVERIFY(QFile::rename(source, reviewDir.filePath(kSourceName)));
    else if (change == u"moveAway")
        QVERIFY(QFile::rename(source, elsewhere.filePath(kSourceName)));
    else if (change == u"remove")
        QVERIFY(QFile::remove(source));
    else if (change == u"append") {
        QFile f(source);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n补充说明。\n");
    }

    const Run check = runNianbao({u"check"_s, reviewPath});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(QString::fromUtf8(check.out).contains(u"审核文件 review: "_s + origin), check.out.constData());
    if (errParts.isEmpty())
        QVERIFY2(check.err.isEmpty(), qPrintable(check.err));
    else
        QVERIFY2(check.err.contains(reviewPath), qPrintable(check.err)); // names the review file
    for (const QString &part : errParts)
        QVERIFY2(check.err.contains(part), qPrintable(check.err));
    // The same findings as when the report was there (the saved record is checked again).
    if (change != u"append")
        QCOMPARE(summary(check.out), summary(before.out));

    Run run;
    const QJsonObject record = exportJson(reviewPath, &run);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, check.err);
    QCOMPARE(record.value(u"cells"_s).toObject().value(kCell).toDouble(-1), 0.0);
    QCOMPARE(record.value(u"corrections"_s).toArray().size(), 1);
    QCOMPARE(record.value(u"corrections"_s).toArray().first().toObject().value(u"note"_s).toString(), kNote);
    QCOMPARE(record.value(u"source"_s).toObject().value(u"file"_s).toString(), kSourceName);
    // The saved record still has every cell of the format and the report's own checks, redone.
    QCOMPARE(record.value(u"cells"_s).toObject().size(), 200);
    QCOMPARE(record.value(u"cells"_s).toObject().value(u"apply.new.total"_s).toDouble(-1), 24.0);
}

// A review saved under any name is recognised by its content.
void TestCliReviews::jsonFileHoldingReview()
{
    QTemporaryDir dir;
    const QString reviewPath = dir.filePath(u"审核结果.json"_s);
    QVERIFY(!makeReview(dir.path(), reviewPath).isEmpty());
    const Run check = runNianbao({u"check"_s, reviewPath});
    QVERIFY2(check.err.isEmpty(), qPrintable(check.err));
    QCOMPARE(check.exitCode, 0);
    QVERIFY(QString::fromUtf8(check.out).contains(u"审核文件 review: 重新读取原报告"_s));
    Run run;
    const QJsonObject record = exportJson(reviewPath, &run);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(record.value(u"cells"_s).toObject().value(kCell).toDouble(-1), 0.0);
    QVERIFY(isReviewFile(reviewPath));
}

void TestCliReviews::badReviewRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("errPart");
    QTest::newRow("not json") << u"bad.nianbao"_s << QByteArray("这不是 JSON") << u"不是有效的 JSON"_s;
    QTest::newRow("record without review") << u"bad.nianbao"_s
                                           << QByteArray(R"({"schema": "nianbao-record/1", "cells": {}})")
                                           << u"缺少 review 信息"_s;
    QTest::newRow("review with a broken record")
        << u"bad.json"_s << QByteArray(R"({"schema": "something/1", "review": {"format": "nianbao-review/1"}})")
        << u"记录无法读取"_s;
}

void TestCliReviews::badReviewRefused()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, errPart);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    for (const QString &command : {u"check"_s, u"export"_s}) {
        const QStringList args = command == u"check" ? QStringList{command, path}
                                                     : QStringList{command, u"--format"_s, u"json"_s, path};
        const Run run = runNianbao(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
        QVERIFY2(run.err.contains(errPart), qPrintable(run.err));
    }
    const Run compare = runNianbao({u"compare"_s, pair(u"sifa_2022.txt"_s), path});
    QCOMPARE(compare.exitCode, 2);
    QVERIFY2(compare.err.contains(path), qPrintable(compare.err));
}

void TestCliReviews::helpMentionsReviews()
{
    const Run help = runNianbao({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    const QString text = QString::fromUtf8(help.out);
    QVERIFY2(text.contains(u"*.nianbao"_s), qPrintable(text));
    QVERIFY2(text.contains(u"保存的记录"_s), qPrintable(text));
#ifdef NIANBAO_WITH_GUI
    QVERIFY2(text.contains(u"nianbao --compare OLD NEW"_s), qPrintable(text));
#endif
}


// The report's violations settled without a value changed: dismissed, they no longer count in the
// summary or the exit code of the replayed review; confirmed, they still do. Both are shown on
// their lines, and `check` on the report prints the repair hint.
void TestCliReviews::settledFindingsReplayed_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("shown");
    QTest::newRow("dismissed") << int(FindingStatus::Dismissed) << u"口径不同，已核实"_s << 0
                               << u"（已排除：口径不同，已核实）"_s;
    QTest::newRow("confirmed") << int(FindingStatus::Confirmed) << QString() << 1 << u"（已确认）"_s;
}

void TestCliReviews::settledFindingsReplayed()
{
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(int, exitCode);
    QFETCH(QString, shown);
    QTemporaryDir dir;
    const QString source = QDir(dir.path()).filePath(kSourceName);
    QVERIFY(QFile::copy(pair(kSourceName), source));
    const QString reviewPath = dir.filePath(u"settled.nianbao"_s);
    qsizetype violations = 0;
    {
        auto review = Review::open(source);
        QVERIFY2(review, qPrintable(review.error()));
        const Record &r = (*review)->record();
        for (qsizetype i = 0; i < r.findings.size(); ++i)
            if (r.findings.at(i).kind == FindingKind::Violation) {
                QVERIFY((*review)->settleFinding(i, FindingStatus(status), reason).ok());
                ++violations;
            }
        QVERIFY(violations > 0);
        QVERIFY(saveReview(**review, reviewPath).ok());
    }
    const Run report = runNianbao({u"check"_s, source});
    QCOMPARE(report.exitCode, 1);
    QVERIFY2(report.out.contains("\nhint\t"), report.out.constData());

    const Run check = runNianbao({u"check"_s, reviewPath});
    QVERIFY2(check.err.isEmpty(), qPrintable(check.err));
    QCOMPARE(check.exitCode, exitCode);
    const QString out = QString::fromUtf8(check.out);
    QCOMPARE(out.count(shown), violations);
    if (status == int(FindingStatus::Dismissed))
        QVERIFY2(out.contains(u"0 处违反勾稽关系 violations"_s) && out.contains(u"另有 %1 处已排除"_s.arg(violations)),
                 qPrintable(out));

    Run run;
    const QJsonObject json = exportJson(reviewPath, &run);
    QCOMPARE(json.value(u"settlements"_s).toArray().size(), violations);
    for (const QJsonValue &f : json.value(u"findings"_s).toArray())
        if (f[u"kind"_s].toString() == u"violation")
            QCOMPARE(f[u"status"_s].toString(), findingStatusName(FindingStatus(status)));
}

QTEST_MAIN(TestCliReviews)
#include "tst_cli_reviews.moc"
