// SPDX-License-Identifier: GPL-3.0-or-later
// `nianbao compare` on the text pairs of tests/data/input/pairs (written by make_pairs.py there):
// the JSON of RECORD.md, every cross-year finding, the exit codes, the xlsx.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/cli/NianbaoProcess.h"

using namespace Qt::StringLiterals;

namespace {

using Run = NianbaoRun;

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

} // namespace

class TestCliCompare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pairs_data();
    void pairs();
    void format2019Against2021();
    void previousYearSettlesARun();
    void xlsx();
    void unreadable();
    void usage_data();
    void usage();
};

void TestCliCompare::pairs_data()
{
    QTest::addColumn<QString>("older");
    QTest::addColumn<QString>("newer");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("rules");         // every cross-year finding, in order
    QTest::addColumn<QStringList>("cells");         // NEW ids of the first finding
    QTest::addColumn<QStringList>("previousCells"); // OLD ids of the first finding
    QTest::addColumn<QString>("messagePart");       // in the first finding's message

    QTest::newRow("consistent") << u"sifa_2022.txt"_s << u"sifa_2023.txt"_s << 0 << QStringList()
                                << QStringList() << QStringList() << QString();
    QTest::newRow("carried over mismatch in one column")
        << u"sifa_2022.txt"_s << u"sifa_2023_carried_mismatch.txt"_s << 1
        << QStringList{u"cross.carried_over"_s} << QStringList{u"apply.carried_over.commercial"_s}
        << QStringList{u"apply.carried_forward.commercial"_s} << u"商业企业"_s;
    QTest::newRow("different agencies") << u"sifa_2022.txt"_s << u"caizheng_2023.txt"_s << 1
                                        << QStringList{u"cross.agency"_s} << QStringList() << QStringList()
                                        << u"青山县财政局"_s;
    QTest::newRow("same year twice") << u"sifa_2022.txt"_s << u"sifa_2022.txt"_s << 1
                                     << QStringList{u"cross.years"_s} << QStringList() << QStringList()
                                     << u"均为 2022 年"_s;
}

void TestCliCompare::pairs()
{
    QFETCH(QString, older);
    QFETCH(QString, newer);
    QFETCH(int, exitCode);
    QFETCH(QStringList, rules);
    QFETCH(QStringList, cells);
    QFETCH(QStringList, previousCells);
    QFETCH(QString, messagePart);
    const QString oldPath = QFINDTESTDATA(u"../data/input/pairs/"_s + older);
    const QString newPath = QFINDTESTDATA(u"../data/input/pairs/"_s + newer);
    QVERIFY(!oldPath.isEmpty() && !newPath.isEmpty());

    const Run r = runNianbao({u"compare"_s, oldPath, newPath});
    QVERIFY2(r.exitCode == exitCode, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(r.err)));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(u"old").toObject().value(u"agency").toString(), u"青山县司法局"_s);
    QCOMPARE(o.value(u"new").toObject().value(u"format").toString(), u"2021"_s);

    const QJsonArray findings = o.value(u"findings").toArray();
    QStringList seen;
    for (const QJsonValue &f : findings) {
        seen.append(f.toObject().value(u"rule").toString());
        QCOMPARE(f.toObject().value(u"kind").toString(), u"warning"_s);
    }
    QCOMPARE(seen, rules);
    if (rules.isEmpty())
        return;
    const QJsonObject first = findings.first().toObject();
    QCOMPARE(strings(first.value(u"cells")), cells);
    QCOMPARE(strings(first.value(u"previous_cells")), previousCells);
    QVERIFY2(first.value(u"message").toString().contains(messagePart),
             qPrintable(first.value(u"message").toString()));
}

void TestCliCompare::format2019Against2021()
{
    const QString oldPath = QFINDTESTDATA("../data/input/pairs/sifa_2020_format2019.txt");
    const QString newPath = QFINDTESTDATA("../data/input/pairs/sifa_2021.txt");
    const Run r = runNianbao({u"compare"_s, u"--format"_s, u"json"_s, oldPath, newPath});
    QVERIFY2(r.exitCode == 0, qPrintable(u"exit %1: %2 %3"_s.arg(r.exitCode).arg(r.err, QString::fromUtf8(r.out))));
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"old").toObject().value(u"format").toString(), u"2019"_s);
    QCOMPARE(o.value(u"new").toObject().value(u"format").toString(), u"2021"_s);
    QVERIFY(o.value(u"findings").toArray().isEmpty());
    int activeRows = 0;
    bool sumSeen = false;
    for (const QJsonValue &v : o.value(u"rows").toArray()) {
        const QJsonObject row = v.toObject();
        if (row.value(u"table").toString() == u"active") {
            ++activeRows;
            QCOMPARE(row.value(u"comparable").toBool(), false);
            QVERIFY(row.value(u"change").isNull());
        }
        if (strings(row.value(u"old_cells")) == QStringList{u"apply.other_handling.natural"_s}) {
            sumSeen = true;
            QCOMPARE(row.value(u"mapping").toString(), u"sum_new"_s);
            QCOMPARE(strings(row.value(u"new_cells")),
                     (QStringList{u"apply.other_handling.no_correction.natural"_s,
                                  u"apply.other_handling.no_fee.natural"_s,
                                  u"apply.other_handling.other.natural"_s}));
            QCOMPARE(row.value(u"old").toDouble(), 3.0);
            QCOMPARE(row.value(u"new").toDouble(), 3.0);
            QCOMPARE(row.value(u"change").toDouble(), 0.0);
        }
        if (strings(row.value(u"new_cells")) == QStringList{u"apply.new.natural"_s}) {
            QCOMPARE(row.value(u"old").toDouble(), 5.0);
            QCOMPARE(row.value(u"new").toDouble(), 6.0);
        }
    }
    QVERIFY(sumSeen);
    QCOMPARE(activeRows, 22 + 10); // every 第二十条 cell of both formats, none mapped
}

// A run of digits the newer report leaves open (12517) is settled by the year before: 现行有效 10
// + 本年制发 12 − 本年废止 5 = 17. Alone, the newer report gives null and the readings.
void TestCliCompare::previousYearSettlesARun()
{
    const QString oldPath = QFINDTESTDATA("../data/input/evidence/open_2022.txt");
    const QString newPath = QFINDTESTDATA("../data/input/evidence/open_2023.txt");
    QVERIFY(!oldPath.isEmpty() && !newPath.isEmpty());
    const QStringList ids = {u"active.normative.issued"_s, u"active.normative.repealed"_s, u"active.normative.in_force"_s};

    const Run alone = runNianbao({u"export"_s, u"--format"_s, u"json"_s, newPath});
    QCOMPARE(alone.exitCode, 0);
    const QJsonObject record = QJsonDocument::fromJson(alone.out).object();
    for (const QString &id : ids) {
        QVERIFY(record.value(u"cells").toObject().value(id).isNull());
        QCOMPARE(record.value(u"raw").toObject().value(id).toString(), u"12517"_s);
        QCOMPARE(record.value(u"alternatives").toObject().value(id).toArray().size(), 6);
    }
    QCOMPARE(record.value(u"alternatives").toObject().value(ids[0]).toArray().first().toDouble(), 12.0);

    const Run r = runNianbao({u"compare"_s, oldPath, newPath});
    QVERIFY2(r.exitCode == 0, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(r.err)));
    const QJsonObject newer = QJsonDocument::fromJson(r.out).object().value(u"new").toObject();
    const QJsonObject cells = newer.value(u"cells").toObject();
    QCOMPARE(cells.value(ids[0]).toDouble(), 12.0);
    QCOMPARE(cells.value(ids[1]).toDouble(), 5.0);
    QCOMPARE(cells.value(ids[2]).toDouble(), 17.0);
    QVERIFY(newer.value(u"alternatives").toObject().isEmpty());
    QVERIFY(strings(newer.value(u"inferred")).contains(ids[2])); // still to be confirmed
    for (const QJsonValue &f : newer.value(u"findings").toArray())
        QVERIFY(f.toObject().value(u"rule").toString() != u"ambiguous");
}

void TestCliCompare::xlsx()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(u"compare.xlsx"_s);
    const Run r = runNianbao({u"compare"_s, u"--format"_s, u"xlsx"_s, u"-o"_s, out,
                              QFINDTESTDATA("../data/input/pairs/sifa_2022.txt"),
                              QFINDTESTDATA("../data/input/pairs/sifa_2023_carried_mismatch.txt")});
    QVERIFY2(r.exitCode == 1, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(r.err)));
    QVERIFY(r.out.isEmpty());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(2), QByteArray("PK"));
    f.close();
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-p"_s, out, u"xl/sharedStrings.xml"_s});
    QVERIFY(unzip.waitForFinished(30000));
    const QString shared = QString::fromUtf8(unzip.readAllStandardOutput());
    QVERIFY(shared.contains(u"apply.carried_forward.commercial"));
    QVERIFY(shared.contains(u"2022 年"));
    QVERIFY(shared.contains(u"2023 年"));
}

void TestCliCompare::unreadable()
{
    const QString missing = u"/nonexistent/不存在的报告.txt"_s;
    const Run r = runNianbao({u"compare"_s, missing, QFINDTESTDATA("../data/input/pairs/sifa_2023.txt")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"不存在的报告.txt"), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCliCompare::usage_data()
{
    QTest::addColumn<QStringList>("args");
    const QString a = QFINDTESTDATA("../data/input/pairs/sifa_2022.txt");
    QTest::newRow("one file") << QStringList{u"compare"_s, a};
    QTest::newRow("three files") << QStringList{u"compare"_s, a, a, a};
    QTest::newRow("csv") << QStringList{u"compare"_s, u"--format"_s, u"csv"_s, a, a};
    QTest::newRow("xlsx without -o") << QStringList{u"compare"_s, u"--format"_s, u"xlsx"_s, a, a};
}

void TestCliCompare::usage()
{
    QFETCH(QStringList, args);
    const Run r = runNianbao(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"nianbao compare"), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_cli_compare.moc"
