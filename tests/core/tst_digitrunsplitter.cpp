// SPDX-License-Identifier: GPL-3.0-or-later
// Splitting runs of digits whose cell separators were lost: every split is listed (checked against
// a brute-force enumeration, tests/data/input/flattened/make_fixtures.py), the row's relation keeps
// the ones that fit, preferred first; leading zeros, white space, signs and decimals follow the
// rules of DigitRunSplitter.h; the cap stops any input.
#include "core/extract/DigitRunSplitter.h"

#include <QTest>

using namespace nianbao;

namespace {

// "app" (section 三 row), "review" (section 四 row), or one letter per cell of a free row:
// C count, S signed, A amount.
RowShape shapeOf(const QString &code)
{
    if (code == QLatin1String("app"))
        return RowShape::applicationRow();
    if (code == QLatin1String("review"))
        return RowShape::reviewRow();
    QList<CellKind> kinds;
    for (QChar c : code)
        kinds.append(c == u'S' ? CellKind::Signed : c == u'A' ? CellKind::Amount : CellKind::Count);
    return RowShape::freeRow(kinds);
}

QString joined(const RunSplit &s)
{
    QStringList cells;
    for (const SplitCell &c : s.cells)
        cells.append(c.text);
    return cells.join(u'|');
}

} // namespace

class TestDigitRunSplitter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splits_data()
    {
        QTest::addColumn<QString>("run");
        QTest::addColumn<QString>("shape");
        QTest::addColumn<QStringList>("expected"); // every fitting split, preferred first
        auto row = [](const char *name, const QString &run, const QString &shape, const QStringList &expected) {
            QTest::newRow(name) << run << shape << expected;
        };
        using L = QStringList;
        row("application row, unique", u"420010346"_qs, u"app"_qs, L{u"42|0|0|1|0|3|46"_qs});
        row("application row, another", u"310020134"_qs, u"app"_qs, L{u"31|0|0|2|0|1|34"_qs});
        row("all zeros", u"0000000"_qs, u"app"_qs, L{u"0|0|0|0|0|0|0"_qs});
        row("space is a hard separator", u"300000 3"_qs, u"app"_qs, L{u"3|0|0|0|0|0|3"_qs});
        row("two readings fit the total", u"110000011"_qs, u"app"_qs,
            L{u"11|0|0|0|0|0|11"_qs, u"1|10|0|0|0|0|11"_qs});
        row("two readings, smaller numbers first", u"153010221"_qs, u"app"_qs,
            L{u"15|3|0|1|0|2|21"_qs, u"1|5|3|0|10|2|21"_qs});
        row("big numbers", u"120001500300451203514000"_qs, u"app"_qs, L{u"12000|1500|300|45|120|35|14000"_qs});
        row("30 digits, five-digit counts", u"102342345123456781111222222824"_qs, u"app"_qs,
            L{u"10234|2345|1234|5678|1111|2222|22824"_qs});
        row("a zero cell before a digit", u"0510006"_qs, u"app"_qs, L{u"0|5|1|0|0|0|6"_qs});
        row("no leading zero: 10|5, never 1|05", u"105"_qs, u"CC"_qs, L{u"10|5"_qs});
        row("no leading zero: 05 is no cell", u"05"_qs, u"C"_qs, L{});
        row("review row, unique", u"21003 0 0 0 1 1 00000"_qs, u"review"_qs,
            L{u"2|1|0|0|3|0|0|0|1|1|0|0|0|0|0"_qs});
        row("review row, two readings", u"20103110001100000"_qs, u"review"_qs,
            L{u"2|0|1|0|3|11|0|0|0|11|0|0|0|0|0"_qs, u"2|0|1|0|3|1|10|0|0|11|0|0|0|0|0"_qs});
        row("free row: every split", u"482751"_qs, u"CCC"_qs,
            L{u"48|27|51"_qs, u"482|75|1"_qs, u"482|7|51"_qs, u"48|275|1"_qs, u"48|2|751"_qs,
              u"4|827|51"_qs, u"4|82|751"_qs, u"4827|5|1"_qs, u"4|8275|1"_qs, u"4|8|2751"_qs});
        row("free row, earlier cells longer first", u"5112"_qs, u"CCC"_qs,
            L{u"51|1|2"_qs, u"5|11|2"_qs, u"5|1|12"_qs});
        row("white space splits", u"12 3"_qs, u"CCC"_qs, L{u"1|2|3"_qs});
        row("a tab: each stretch is one cell", u"12\t0 3\t15"_qs, u"CCCC"_qs, L{u"12|0|3|15"_qs});
        row("line breaks: a blank cell is no reason to split", u"12\n\n3\n15"_qs, u"CCCC"_qs, L{});
        row("line breaks, application row", u"5\n0\n0\n1\n0\n0\n6"_qs, u"app"_qs, L{u"5|0|0|1|0|0|6"_qs});
        row("line breaks, total is not the sum", u"5\n0\n0\n1\n0\n0\n16"_qs, u"app"_qs, L{});
        row("more stretches than cells", u"1 2 3 4"_qs, u"CCC"_qs, L{});
        row("full-width digits", u"１２ ３"_qs, u"CCC"_qs, L{u"1|2|3"_qs});
        row("signed cell", u"12+318"_qs, u"CSC"_qs, L{u"12|+3|18"_qs, u"12|+31|8"_qs});
        row("sign only where the kind allows", u"1+2"_qs, u"CC"_qs, L{});
        row("negative change", u"3-1"_qs, u"CS"_qs, L{u"3|-1"_qs});
        row("decimal amount", u"41.5"_qs, u"CA"_qs, L{u"4|1.5"_qs});
        row("amount after a space", u"4 1234.5"_qs, u"CA"_qs, L{u"4|1234.5"_qs});
        row("no amount starts with a point", u".5"_qs, u"A"_qs, L{});
        row("letters: unreadable", u"12a3"_qs, u"CCC"_qs, L{});
        row("empty run", QString(), u"app"_qs, L{});
    }
    void splits()
    {
        QFETCH(QString, run);
        QFETCH(QString, shape);
        QFETCH(QStringList, expected);
        const SplitResult result = splitDigitRun(run, shapeOf(shape));
        QVERIFY(!result.capped);
        QStringList got;
        for (const RunSplit &s : result.splits) {
            got.append(joined(s));
            for (const SplitCell &c : s.cells) // offsets point at the cell's characters in the run
                QCOMPARE(run.mid(c.start, c.length).size(), c.text.size());
        }
        QCOMPARE(got, expected);
    }

    void offsetsAndValues()
    {
        const QString run = u"１２ 3-1"_qs;
        const SplitResult r = splitDigitRun(run, RowShape::freeRow({CellKind::Count, CellKind::Count, CellKind::Signed}));
        QCOMPARE(r.splits.size(), 1);
        const RunSplit &s = r.splits.first();
        QCOMPARE(joined(s), u"12|3|-1"_qs);
        QCOMPARE(s.cells[0].start, 0);
        QCOMPARE(s.cells[0].length, 2);
        QCOMPARE(s.cells[1].start, 3);
        QCOMPARE(s.cells[2].start, 4);
        QCOMPARE(s.cells[2].value, -1.0);
        QCOMPARE(s.counts(), (QList<qint64>{12, 3, -1}));
    }

    void onlyReading_data()
    {
        QTest::addColumn<QString>("run");
        QTest::addColumn<QString>("only"); // empty: none
        QTest::newRow("as many digits as cells, total wrong") << u"1234567"_qs << u"1|2|3|4|5|6|7"_qs;
        QTest::newRow("spaces fix every cell") << u"12 0 0 0 0 0 13"_qs << u"12|0|0|0|0|0|13"_qs;
        QTest::newRow("several readings, none fits") << u"12345678"_qs << QString();
    }
    void onlyReading()
    {
        QFETCH(QString, run);
        QFETCH(QString, only);
        const SplitResult r = splitDigitRun(run, RowShape::applicationRow());
        QVERIFY(r.splits.isEmpty());
        QCOMPARE(r.onlyReading.has_value(), !only.isEmpty());
        if (r.onlyReading)
            QCOMPARE(joined(*r.onlyReading), only);
    }

    void cap_data()
    {
        QTest::addColumn<QString>("run");
        QTest::addColumn<QString>("shape");
        QTest::addColumn<int>("cap");
        QTest::addColumn<int>("listed");
        QTest::newRow("free row over the default cap") << QString(60, u'1') << u"CCCCCCCC"_qs << 10000 << 10000;
        QTest::newRow("small cap") << u"482751"_qs << u"CCC"_qs << 4 << 4;
        // Six numbers made of ones never add up to a number made of ones: nothing fits, and the
        // millions of ways to cut 50 digits into 7 cells stop at the search's step limit.
        QTest::newRow("step limit") << QString(50, u'1') << u"app"_qs << 10000 << 0;
    }
    void cap()
    {
        QFETCH(QString, run);
        QFETCH(QString, shape);
        QFETCH(int, cap);
        QFETCH(int, listed);
        const SplitResult r = splitDigitRun(run, shapeOf(shape), cap);
        QVERIFY(r.capped);
        QCOMPARE(r.splits.size(), listed);
        QVERIFY(!r.onlyReading);
    }

    void tooLong()
    {
        // More characters than the cells can hold (15 each): nothing, at once.
        const SplitResult r = splitDigitRun(QString(100000, u'1'), RowShape::applicationRow());
        QVERIFY(r.splits.isEmpty());
        QVERIFY(!r.capped);
    }

    void preference()
    {
        RunSplit balanced{{SplitCell{0, 2, u"48"_qs, 48}, SplitCell{2, 2, u"27"_qs, 27}, SplitCell{4, 2, u"51"_qs, 51}}};
        RunSplit lopsided{{SplitCell{0, 1, u"4"_qs, 4}, SplitCell{1, 1, u"8"_qs, 8}, SplitCell{2, 4, u"2751"_qs, 2751}}};
        QCOMPARE(readingCost(balanced).longestCell, 2);
        QCOMPARE(readingCost(balanced).multiDigitCells, 3);
        QCOMPARE(readingCost(lopsided).longestCell, 4);
        QVERIFY(readingCost(balanced) < readingCost(lopsided));
    }
};

QTEST_GUILESS_MAIN(TestDigitRunSplitter)
#include "tst_digitrunsplitter.moc"
