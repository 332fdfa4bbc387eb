// SPDX-License-Identifier: GPL-3.0-or-later
// What the report says before a run of digits is split: the counts its prose quotes (and the
// quotes that are no evidence), the plausibility that is always true, and, end to end on the
// fixtures under tests/data/input/evidence/ (written for the test), a split settled by the prose,
// one settled by plausibility, one left open (null cells, the run in raw, the readings as
// alternatives, a missing finding naming them), every settled split still marked inferred.
#include "core/document/DocumentLoader.h"
#include "core/extract/Extractor.h"
#include "core/extract/SplitEvidence.h"
#include "core/rules/Rules.h"

#include <QTest>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

using Claims = QList<QPair<QString, double>>;

RunSplit splitOf(const QStringList &cells)
{
    RunSplit s;
    for (const QString &c : cells)
        s.cells.append(SplitCell{0, c.size(), c, c.toDouble()});
    return s;
}

Record extracted(const QString &name)
{
    const QString path = QFINDTESTDATA(u"../data/input/evidence/"_s + name);
    auto doc = loadDocument(path);
    if (!doc)
        return {};
    Record r = extractRecord(*doc);
    recheck(r);
    return r;
}

} // namespace

class TestSplitEvidence final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void proseCounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("format"); // 2021 or 2019
        QTest::addColumn<Claims>("claims");
        const QString n = u"active.normative."_s;
        QTest::newRow("issued, repealed, in force in one sentence")
            << u"2023年，本局制定行政规范性文件12件，废止5件，现行有效17件。"_s << 2021
            << Claims{{n + u"issued"_s, 12}, {n + u"repealed"_s, 5}, {n + u"in_force"_s, 17}};
        QTest::newRow("two subjects in a list")
            << u"全年制定规章1件、规范性文件12件。"_s << 2021
            << Claims{{u"active.regulations.issued"_s, 1}, {n + u"issued"_s, 12}};
        QTest::newRow("another year says nothing") << u"2022年制定规范性文件1件。"_s << 2021 << Claims{};
        QTest::newRow("a comparison says nothing") << u"制定规范性文件较上年增加3件。"_s << 2021 << Claims{};
        QTest::newRow("items of information are no documents")
            << u"发布规范性文件解读12件，公开政策信息125条。"_s << 2021 << Claims{};
        QTest::newRow("decisions") << u"作出行政许可决定2293件，办理行政处罚案件1282件，实施行政强制42件。"_s << 2021
                                   << Claims{{u"active.licensing.decisions"_s, 2293},
                                             {u"active.penalty.decisions"_s, 1282},
                                             {u"active.coercion.decisions"_s, 42}};
        QTest::newRow("fees in 万元") << u"全年行政事业性收费24.5万元。"_s << 2021
                                      << Claims{{u"active.fees.amount"_s, 24.5}};
        QTest::newRow("procurement, amounts in 元")
            << u"全年政府集中采购项目13个，采购金额57.5万元。"_s << 2019
            << Claims{{u"active.procurement.projects"_s, 13}, {u"active.procurement.amount"_s, 575000}};
        QTest::newRow("procurement amount alone") << u"政府集中采购金额575394.52元。"_s << 2019
                                                  << Claims{{u"active.procurement.amount"_s, 575394.52}};
        QTest::newRow("procurement information is no project")
            << u"累计公开政府采购项目信息2536条。"_s << 2019 << Claims{};
        QTest::newRow("2019: only what was made") << u"制定规范性文件12件，废止5件。"_s << 2019
                                                  << Claims{{n + u"made"_s, 12}};
    }
    void proseCounts()
    {
        QFETCH(QString, text);
        QFETCH(int, format);
        QFETCH(Claims, claims);
        const QList<ProseCount> found = findProseCounts(text, format == 2021 ? FormatVersion::V2021 : FormatVersion::V2019,
                                                        2023, Span{});
        Claims got;
        for (const ProseCount &c : found) {
            got.append({c.cellId, c.value});
            QVERIFY(c.span.isValid());
            if (!c.cellId.endsWith(u"procurement.amount"))
                QCOMPARE(text.mid(c.span.start, c.span.length).toDouble(), c.value);
            QVERIFY(!c.quote.isEmpty());
        }
        QCOMPARE(got, claims);
    }

    void proseOutsideTheTable()
    {
        // The table's own run never counts as prose, even with its unit after it.
        const QString text = u"政府集中采购13575394432.52元"_s;
        QCOMPARE(findProseCounts(text, FormatVersion::V2019, 0, Span{0, text.size()}).size(), 0);
        QCOMPARE(findProseCounts(text, FormatVersion::V2019, 0, Span{}).size(), 1);
    }

    void plausibility_data()
    {
        QTest::addColumn<QString>("rowKey");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<int>("unit"); // AmountUnit
        QTest::addColumn<QStringList>("reading");
        QTest::addColumn<bool>("plausible");
        const QStringList items = {u"previous"_s, u"change"_s, u"decisions"_s};
        const QStringList procurement = {u"projects"_s, u"amount"_s};
        const int yuan = int(AmountUnit::Yuan), wan = int(AmountUnit::TenThousandYuan), unknown = int(AmountUnit::Unknown);
        QTest::newRow("items left") << u"active.penalty"_s << items << unknown << QStringList{u"5"_s, u"-3"_s, u"18"_s} << true;
        QTest::newRow("fewer than no items") << u"active.penalty"_s << items << unknown << QStringList{u"5"_s, u"-31"_s, u"8"_s} << false;
        QTest::newRow("yuan, 2 decimals") << u"active.procurement"_s << procurement << yuan << QStringList{u"3"_s, u"4000.52"_s} << true;
        QTest::newRow("yuan, 3 decimals") << u"active.procurement"_s << procurement << yuan << QStringList{u"3"_s, u"4000.523"_s} << false;
        QTest::newRow("wan, 6 decimals") << u"active.procurement"_s << procurement << wan << QStringList{u"3"_s, u"1.000523"_s} << true;
        QTest::newRow("wan, 7 decimals") << u"active.procurement"_s << procurement << wan << QStringList{u"3"_s, u"1.0005231"_s} << false;
        QTest::newRow("projects without an amount") << u"active.procurement"_s << procurement << yuan << QStringList{u"25"_s, u"0"_s} << false;
        QTest::newRow("an amount without projects") << u"active.procurement"_s << procurement << yuan << QStringList{u"0"_s, u"25"_s} << false;
        QTest::newRow("under 100 元 a project") << u"active.procurement"_s << procurement << yuan << QStringList{u"1357539"_s, u"4432.52"_s} << false;
        QTest::newRow("unknown unit read as 万元") << u"active.procurement"_s << procurement << unknown << QStringList{u"1357"_s, u"4432.52"_s} << true;
    }
    void plausibility()
    {
        QFETCH(QString, rowKey);
        QFETCH(QStringList, columns);
        QFETCH(int, unit);
        QFETCH(QStringList, reading);
        QFETCH(bool, plausible);
        QCOMPARE(isPlausibleReading(splitOf(reading), RowContext{rowKey, columns, AmountUnit(unit)}), plausible);
    }

    void preferenceOnlyOrders()
    {
        // 现行有效 below 本年制发 is unusual, not impossible: both readings stay, the usual first.
        const RowContext row{u"active.normative"_s, {u"issued"_s, u"repealed"_s, u"in_force"_s}, AmountUnit::Unknown};
        const QList<RunSplit> readings = {splitOf({u"51"_s, u"1"_s, u"2"_s}), splitOf({u"5"_s, u"1"_s, u"12"_s})};
        const WeighedReadings w = weighReadings(readings, row, {});
        QCOMPARE(w.readings.size(), 2);
        QCOMPARE(w.readings.first().cells.first().text, u"5"_s);
        // A quote no reading agrees with speaks of something else: it settles nothing.
        const WeighedReadings off = weighReadings(readings, row, {ProseCount{u"active.normative.issued"_s, 7, {}, {}}});
        QCOMPARE(off.readings.size(), 2);
        const WeighedReadings on = weighReadings(readings, row, {ProseCount{u"active.normative.issued"_s, 51, {}, {}}});
        QCOMPARE(on.readings.size(), 1);
        QCOMPARE(on.readings.first().cells.first().text, u"51"_s);
    }

    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QList<double>>("values");                // empty: the cells stay null
        QTest::addColumn<QList<QList<double>>>("alternatives");   // per cell, when null
        const QStringList normative = {u"active.normative.issued"_s, u"active.normative.repealed"_s,
                                       u"active.normative.in_force"_s};
        QTest::newRow("prose settles 12517") << u"prose_2023.txt"_s << normative << QList<double>{12, 5, 17}
                                             << QList<QList<double>>{};
        QTest::newRow("plausibility settles 5-318")
            << u"plausible_2019.txt"_s
            << QStringList{u"active.penalty.previous"_s, u"active.penalty.change"_s, u"active.penalty.decisions"_s}
            << QList<double>{5, -3, 18} << QList<QList<double>>{};
        QTest::newRow("plausibility settles 25000元")
            << u"plausible_2019.txt"_s << QStringList{u"active.procurement.projects"_s, u"active.procurement.amount"_s}
            << QList<double>{2, 5000} << QList<QList<double>>{};
        QTest::newRow("nothing settles 12517")
            << u"open_2023.txt"_s << normative << QList<double>{}
            << QList<QList<double>>{{12, 1, 1, 1, 12, 125}, {5, 25, 251, 2, 51, 1}, {17, 17, 7, 517, 7, 7}};
    }
    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, ids);
        QFETCH(QList<double>, values);
        QFETCH(QList<QList<double>>, alternatives);
        const Record r = extracted(file);
        QVERIFY(r.facts.tablesFound);
        QCOMPARE(r.count(FindingKind::Violation), 0);
        const Finding *open = nullptr;
        for (const Finding &f : r.findings)
            open = f.rule == u"ambiguous" && f.cells == ids ? &f : open;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const CellValue *c = r.cell(ids[i]);
            QVERIFY(c);
            QVERIFY2(c->inferred, qPrintable(ids[i])); // split from a run: inferred, settled or not
            if (!values.isEmpty()) {
                QCOMPARE(c->value, std::optional<double>(values[i]));
                QVERIFY(c->alternatives.isEmpty());
                QVERIFY(r.inferredCells().contains(ids[i]));
                continue;
            }
            QVERIFY(!c->value);
            QCOMPARE(c->raw, u"12517"_s); // the printed run
            QCOMPARE(c->alternatives, alternatives[i]);
        }
        if (values.isEmpty()) {
            QVERIFY(open);
            QCOMPARE(open->kind, FindingKind::Missing);
            QVERIFY2(open->message.contains(u"12|5|17 或 1|25|17"_s), qPrintable(open->message));
            QVERIFY2(open->message.contains(u"未能确定"_s), qPrintable(open->message));
        } else {
            QVERIFY(!open);
            bool warned = false;
            for (const Finding &f : r.findings)
                warned = warned || (f.rule == u"inferred" && f.cells.contains(ids.first()));
            QVERIFY(warned); // the reviewer still confirms a settled split
        }
    }
};

QTEST_GUILESS_MAIN(TestSplitEvidence)
#include "tst_splitevidence.moc"
