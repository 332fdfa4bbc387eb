// SPDX-License-Identifier: GPL-3.0-or-later
// The agency's previous year settling a run of digits its report left open (rules/PreviousYear.h):
// records built here (2021: 现行有效 of last year + 本年制发 − 本年废止; 2019: 上一年项目数量 of last
// year + 本年增/减), and the fixture pair tests/data/input/evidence/open_2022.txt, open_2023.txt.
#include "core/document/DocumentLoader.h"
#include "core/extract/Extractor.h"
#include "core/rules/PreviousYear.h"
#include "core/rules/Rules.h"

#include <QTest>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

using Readings = QList<QList<double>>; // per reading, the row's values
using CellValues = QList<QPair<QString, double>>;

Record recordWith(FormatVersion f, int year)
{
    Record r;
    r.format = f;
    r.year = year;
    r.resetCells();
    return r;
}

void setOpen(Record &r, const QString &rowKey, const Readings &readings)
{
    const QStringList columns = r.schema().columnKeys(rowKey);
    for (qsizetype i = 0; i < columns.size(); ++i) {
        CellValue *c = r.cell(QString(rowKey + u'.' + columns[i]));
        c->inferred = true;
        c->source = CellSource::Invalid;
        c->raw = u"run"_s;
        for (const QList<double> &reading : readings)
            c->alternatives.append(reading[i]);
    }
}

QList<std::optional<double>> valuesOf(const Record &r, const QString &rowKey)
{
    QList<std::optional<double>> out;
    for (const QString &column : r.schema().columnKeys(rowKey))
        out.append(r.value(QString(rowKey + u'.' + column)));
    return out;
}

Record extracted(const QString &name)
{
    auto doc = loadDocument(QFINDTESTDATA(u"../data/input/evidence/"_s + name));
    if (!doc)
        return {};
    Record r = extractRecord(*doc);
    recheck(r);
    return r;
}

} // namespace

class TestPreviousYear final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void settle_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("olderYear");
        QTest::addColumn<QString>("rowKey");
        QTest::addColumn<CellValues>("older"); // cell values of the older record
        QTest::addColumn<Readings>("readings");
        QTest::addColumn<Readings>("left"); // the readings left; one: the values
        const Readings run12517 = {{12, 5, 17}, {1, 25, 17}, {1, 2, 517}};
        QTest::newRow("2021: 10 + 12 - 5 = 17")
            << 2021 << 2022 << u"active.normative"_s << CellValues{{u"active.normative.in_force"_s, 10}}
            << run12517 << Readings{{12, 5, 17}};
        QTest::newRow("2021: two readings still fit")
            << 2021 << 2022 << u"active.regulations"_s << CellValues{{u"active.regulations.in_force"_s, 0}}
            << Readings{{1, 1, 0}, {2, 2, 0}, {1, 0, 7}} << Readings{{1, 1, 0}, {2, 2, 0}};
        QTest::newRow("2021: not the year before")
            << 2021 << 2021 << u"active.normative"_s << CellValues{{u"active.normative.in_force"_s, 10}}
            << run12517 << run12517;
        QTest::newRow("2021: last year unknown")
            << 2021 << 2022 << u"active.normative"_s << CellValues{} << run12517 << run12517;
        QTest::newRow("2021: no reading fits last year")
            << 2021 << 2022 << u"active.normative"_s << CellValues{{u"active.normative.in_force"_s, 99}}
            << run12517 << run12517;
        QTest::newRow("2019: 396 + 0 = 396 items")
            << 2019 << 2022 << u"active.licensing"_s
            << CellValues{{u"active.licensing.previous"_s, 390}, {u"active.licensing.change"_s, 6}}
            << Readings{{396, 0, 181}, {3, 960, 181}, {39, 60, 181}} << Readings{{396, 0, 181}};
    }
    void settle()
    {
        QFETCH(int, format);
        QFETCH(int, olderYear);
        QFETCH(QString, rowKey);
        QFETCH(CellValues, older);
        QFETCH(Readings, readings);
        QFETCH(Readings, left);
        const FormatVersion f = format == 2021 ? FormatVersion::V2021 : FormatVersion::V2019;
        Record old = recordWith(f, olderYear);
        for (const auto &[id, v] : older)
            old.cell(id)->value = v;
        Record newer = recordWith(f, 2023);
        setOpen(newer, rowKey, readings);
        const QStringList settled = settleWithPreviousYear(newer, old);
        const QStringList columns = newer.schema().columnKeys(rowKey);
        if (left.size() == 1) {
            QCOMPARE(settled.size(), columns.size());
            QList<std::optional<double>> expected;
            for (double v : left.first())
                expected.append(v);
            QCOMPARE(valuesOf(newer, rowKey), expected);
            for (const QString &column : columns) {
                const CellValue *c = newer.cell(QString(rowKey + u'.' + column));
                QVERIFY(c->inferred); // settled, still reconstructed
                QVERIFY(c->alternatives.isEmpty());
                QCOMPARE(c->raw, u"run"_s);
            }
            return;
        }
        QVERIFY(settled.isEmpty());
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const CellValue *c = newer.cell(QString(rowKey + u'.' + columns[i]));
            QVERIFY(!c->value);
            QList<double> expected;
            for (const QList<double> &reading : left)
                expected.append(reading[i]);
            QCOMPARE(c->alternatives, expected);
        }
    }

    void fixturePair()
    {
        const Record older = extracted(u"open_2022.txt"_s);
        Record newer = extracted(u"open_2023.txt"_s);
        QCOMPARE(older.year, 2022);
        QCOMPARE(newer.year, 2023);
        QVERIFY(!newer.value(u"active.normative.issued"));
        QCOMPARE(newer.cell(u"active.normative.issued")->alternatives.size(), 6);
        const QStringList settled = settleWithPreviousYear(newer, older);
        QCOMPARE(settled, (QStringList{u"active.normative.issued"_s, u"active.normative.repealed"_s,
                                       u"active.normative.in_force"_s}));
        recheck(newer);
        QCOMPARE(valuesOf(newer, u"active.normative"_s), (QList<std::optional<double>>{12, 5, 17}));
        for (const Finding &f : newer.findings)
            QVERIFY2(f.rule != u"ambiguous", qPrintable(f.message));
        QVERIFY(newer.inferredCells().contains(u"active.normative.in_force"_s));
        // The other way round (the newer as the older) settles nothing.
        Record again = extracted(u"open_2023.txt"_s);
        QVERIFY(settleWithPreviousYear(again, extracted(u"open_2023.txt"_s)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPreviousYear)
#include "tst_previousyear.moc"
