// SPDX-License-Identifier: GPL-3.0-or-later
// Repair hints on records built in code: a consistent record has none; a wrong value planted in
// any cell of any relation makes that cell the top hint (or one of the equally ranked ones) with
// its right value; digit slips are named as such; two faults and a value typed in the
// neighbouring cell give pairs; recheck() keeps the hints with the findings.
#include "tests/core/RecordFixture.h"
#include "core/rules/Hints.h"
#include "core/rules/Rules.h"

#include <QTest>

using namespace nianbao;
using namespace fixture;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(nianbao::FormatVersion)

namespace {

// Every cell of sections 三 and 四 that some relation involves, once.
QStringList relationCells(FormatVersion f)
{
    QStringList cells;
    for (const RelationCase &rc : relationCases(f))
        for (const QString &c : rc.cells)
            if (!cells.contains(c))
                cells.append(c);
    return cells;
}

// The consistent record with every cell of sections 三 and 四 times 13: two-digit values with
// distinct digits (13, 26, …), still consistent, so digit slips can be planted anywhere.
Record scaledRecord(FormatVersion f)
{
    Record r = makeRecord(f);
    for (qsizetype i = 0; i < r.cells.size(); ++i)
        if (r.schema().at(i).table != TableSection::Active)
            r.cells[i].value = *r.cells.at(i).value * 13;
    return r;
}

QString describe(const QList<Hint> &hints)
{
    QStringList lines;
    for (const Hint &h : hints) {
        QStringList changes;
        for (const HintChange &c : h.changes)
            changes.append(c.cell + u' ' + QString::number(c.from) + u"→"_s + QString::number(c.to));
        lines.append(QString::number(h.rank) + u' ' + h.rule + u' ' + changes.join(u", "_s) + u' ' + h.message);
    }
    return lines.join(u'\n');
}

// The hints of rank 1 that change `cell` alone back to `to`.
const Hint *topSingle(const QList<Hint> &hints, const QString &cell, double to)
{
    for (const Hint &h : hints)
        if (h.rank == 1 && h.changes.size() == 1 && h.changes.first().cell == cell && h.changes.first().to == to)
            return &h;
    return nullptr;
}

// The right value `right` as printed with the slip: the first two different neighbouring digits
// swapped (none when only a leading 0 would result), the last digit dropped, the first doubled.
std::optional<QString> plant(QString right, QStringView slip)
{
    if (slip == u"hint.swapped_digits") {
        for (qsizetype p = 0; p + 1 < right.size(); ++p)
            if (right.at(p) != right.at(p + 1) && !(p == 0 && right.at(1) == u'0')) {
                std::swap(right[p], right[p + 1]);
                return right;
            }
        return std::nullopt;
    }
    if (slip == u"hint.dropped_digit")
        return right.size() > 1 ? std::optional<QString>(right.chopped(1)) : std::nullopt;
    return right.at(0) + right;
}

void addCells()
{
    QTest::addColumn<FormatVersion>("format");
    QTest::addColumn<QString>("cell");
    for (FormatVersion f : {FormatVersion::V2021, FormatVersion::V2019})
        for (const QString &cell : relationCells(f))
            QTest::addRow("%s/%s", qPrintable(formatName(f)), qPrintable(cell)) << f << cell;
}

} // namespace

class TestHints final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void consistentRecordHasNone_data()
    {
        QTest::addColumn<FormatVersion>("format");
        QTest::newRow("2021") << FormatVersion::V2021;
        QTest::newRow("2019") << FormatVersion::V2019;
    }
    void consistentRecordHasNone()
    {
        QFETCH(FormatVersion, format);
        Record r = makeRecord(format);
        QVERIFY(repairHints(r).isEmpty());
        recheck(r);
        QVERIFY(r.hints.isEmpty());
        // A value rule broken alone (no relation fails) gives no hint either.
        QCOMPARE(r.schema().at(0).table, TableSection::Active);
        r.cells[0].value = -1;
        QVERIFY(repairHints(r).isEmpty());
    }

    // Every cell of every relation: +5 there; the top hint puts it back, fixing every failing rule.
    void plantedCellIsTopHint_data() { addCells(); }
    void plantedCellIsTopHint()
    {
        QFETCH(FormatVersion, format);
        QFETCH(QString, cell);
        for (const double offset : {5.0, -1.0}) {
            Record r = makeRecord(format);
            const double right = *r.value(cell);
            r.cell(cell)->value = right + offset;
            recheck(r);
            QVERIFY(r.hasViolations());
            const Hint *top = topSingle(r.hints, cell, right);
            QVERIFY2(top, qPrintable(describe(r.hints)));
            QCOMPARE(top->changes.first().from, right + offset);
            QStringList failing;
            for (const Finding &f : r.findings)
                if (f.kind == FindingKind::Violation && !failing.contains(f.rule))
                    failing.append(f.rule);
            QCOMPARE(top->fixes, failing);
            const int equal = int(std::count_if(r.hints.cbegin(), r.hints.cend(), [](const Hint &h) { return h.rank == 1; }));
            QCOMPARE(top->message.contains(u"同样说得通"_s), equal > 1);
            // Applying the top hint makes every relation hold.
            r.cell(cell)->value = top->changes.first().to;
            recheck(r);
            QVERIFY(!r.hasViolations());
            QVERIFY(r.hints.isEmpty());
        }
    }

    // Digit slips planted in every cell are named, and the planted cell is the (first) top hint.
    void digitSlipsAreNamed_data()
    {
        QTest::addColumn<FormatVersion>("format");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("slip");
        QTest::addColumn<double>("printed");
        for (FormatVersion f : {FormatVersion::V2021, FormatVersion::V2019}) {
            const Record r = scaledRecord(f);
            for (const QString &cell : relationCells(f))
                for (const char *slip : {"hint.swapped_digits", "hint.dropped_digit", "hint.doubled_digit"}) {
                    const std::optional<QString> printed = plant(QString::number(qint64(*r.value(cell))), QString::fromLatin1(slip));
                    if (printed) // every cell has a slip of each kind but a few swaps (a 0 would lead)
                        QTest::addRow("%s/%s/%s", qPrintable(formatName(f)), qPrintable(cell), slip)
                            << f << cell << QString::fromLatin1(slip) << printed->toDouble();
                }
        }
    }
    void digitSlipsAreNamed()
    {
        QFETCH(FormatVersion, format);
        QFETCH(QString, cell);
        QFETCH(QString, slip);
        QFETCH(double, printed);
        Record r = scaledRecord(format);
        const double right = *r.value(cell);
        r.cell(cell)->value = printed;
        recheck(r);
        const Hint *top = topSingle(r.hints, cell, right);
        QVERIFY2(top, qPrintable(describe(r.hints)));
        QCOMPARE(top->rule, slip);
        QCOMPARE(nianbao::digitSlip(printed, right), slip);
        QVERIFY2(top->message.contains(u"（疑为"_s), qPrintable(top->message));
    }

    void digitSlip_data()
    {
        QTest::addColumn<double>("printed");
        QTest::addColumn<double>("right");
        QTest::addColumn<QString>("slip");
        QTest::newRow("swap") << 21.0 << 12.0 << "hint.swapped_digits";
        QTest::newRow("swap inside") << 1325.0 << 1235.0 << "hint.swapped_digits";
        QTest::newRow("far swap") << 5231.0 << 1235.0 << "";
        QTest::newRow("drop") << 13.0 << 123.0 << "hint.dropped_digit";
        QTest::newRow("drop zero") << 1.0 << 10.0 << "hint.dropped_digit";
        QTest::newRow("double") << 1123.0 << 123.0 << "hint.doubled_digit";
        QTest::newRow("extra, not doubled") << 1523.0 << 123.0 << "";
        QTest::newRow("other") << 4.0 << 3.0 << "";
        QTest::newRow("same") << 3.0 << 3.0 << "";
        QTest::newRow("decimal") << 40.15 << 40.51 << "";
        QTest::newRow("negative") << -12.0 << -21.0 << "";
    }
    void digitSlip()
    {
        QFETCH(double, printed);
        QFETCH(double, right);
        QFETCH(QString, slip);
        QCOMPARE(nianbao::digitSlip(printed, right), slip);
    }

    // Two neighbours of a row exchanged: the row still sums, two columns fail; the pair that puts
    // both back is the top hint and is named a neighbour slip.
    void neighbourCells_data()
    {
        QTest::addColumn<FormatVersion>("format");
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("2021 granted") << FormatVersion::V2021 << "apply.granted.natural" << "apply.granted.commercial";
        QTest::newRow("2021 denied") << FormatVersion::V2021 << "apply.denied.internal.legal" << "apply.denied.internal.other";
        QTest::newRow("2019 other") << FormatVersion::V2019 << "apply.other_handling.research" << "apply.other_handling.social";
    }
    void neighbourCells()
    {
        QFETCH(FormatVersion, format);
        QFETCH(QString, a);
        QFETCH(QString, b);
        Record r = scaledRecord(format);
        const double va = *r.value(a), vb = *r.value(b);
        QVERIFY(va != vb);
        r.cell(a)->value = vb;
        r.cell(b)->value = va;
        recheck(r);
        QVERIFY(!r.hints.isEmpty());
        const Hint &top = r.hints.first();
        QVERIFY2(top.rank == 1 && top.rule == u"hint.neighbour_cell", qPrintable(describe(r.hints)));
        QCOMPARE(top.changes.size(), 2);
        QCOMPARE(top.changes.at(0), (HintChange{a, vb, va}));
        QCOMPARE(top.changes.at(1), (HintChange{b, va, vb}));
    }

    // Two faults far apart: no single cell explains both; a pair does.
    void twoFaults()
    {
        Record r = makeRecord(FormatVersion::V2021);
        const double granted = *r.value(u"apply.granted.natural"), upheld = *r.value(u"review.upheld");
        r.cell(u"apply.granted.natural")->value = granted + 4;
        r.cell(u"review.upheld")->value = upheld + 3;
        recheck(r);
        QVERIFY(!r.hints.isEmpty());
        bool found = false;
        for (const Hint &h : r.hints) {
            QCOMPARE(h.changes.size(), 2);
            found = found
                    || (h.rank == 1 && h.changes.contains(HintChange{u"apply.granted.natural"_s, granted + 4, granted})
                        && h.changes.contains(HintChange{u"review.upheld"_s, upheld + 3, upheld}));
        }
        QVERIFY2(found, qPrintable(describe(r.hints)));
    }

    // A missing cell's relations are not evaluated: the hints work with the rest, and nothing
    // that fails only through unknowns is hinted.
    void missingCellsAreLeftOut()
    {
        Record r = makeRecord(FormatVersion::V2021);
        r.cell(u"apply.total.natural")->value = *r.value(u"apply.total.natural") + 1;
        r.cell(u"apply.granted.natural")->value.reset();
        r.cell(u"apply.granted.natural")->source = CellSource::Blank;
        recheck(r);
        // apply.total·自然人 is not evaluated; balance and the 总计 row sum fail; only
        // 总计·自然人 is in both.
        QVERIFY(!r.hints.isEmpty());
        QCOMPARE(r.hints.first().changes.first().cell, u"apply.total.natural"_s);
        QCOMPARE(r.hints.first().fixes, (QStringList{u"apply.balance"_s, u"apply.row_sum"_s}));
    }

    // The example: （七）总计·自然人 4 instead of 3.
    void sampleMessage()
    {
        Record r = makeRecord(FormatVersion::V2021);
        const double right = *r.value(u"apply.total.natural");
        r.cell(u"apply.total.natural")->value = right + 1;
        recheck(r);
        QCOMPARE(r.hints.size(), 1);
        QCOMPARE(r.hints.first().rule, u"hint.cell"_s);
        QCOMPARE(r.hints.first().message,
                 u"把“（七）总计·自然人”从 %1 改为 %2，不成立的 3 处勾稽关系全部成立，其余不受影响"_s
                     .arg(right + 1).arg(right));
    }
};

QTEST_APPLESS_MAIN(TestHints)
#include "tst_hints.moc"
