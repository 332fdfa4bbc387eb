// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison of two years on records built in the test: alignment, changes, big changes,
// every cross-year rule, 2019 against 2021, the JSON and the xlsx.
#include "core/compare/Compare.h"
#include "core/compare/CompareJson.h"
#include "core/compare/CompareXlsx.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

// Every cell read as 0.
Record blankRecord(FormatVersion format, int year, const QString &agency)
{
    Record r;
    r.format = format;
    r.year = year;
    r.agency = agency;
    r.resetCells();
    for (CellValue &c : r.cells) {
        c.value = 0;
        c.raw = u"0"_s;
        c.source = CellSource::Read;
    }
    return r;
}

void set(Record &r, const QString &id, std::optional<double> v)
{
    CellValue *c = r.cell(id);
    if (!c)
        qFatal("unknown cell %s", qPrintable(id));
    c->value = v;
    c->source = v ? CellSource::Read : CellSource::Blank;
    c->raw = v ? QString::number(*v) : QString();
}

void setRow(Record &r, const QString &rowKey, const QList<double> &values)
{
    const QStringList &cols = Schema::applicantColumns();
    for (int i = 0; i < cols.size(); ++i)
        set(r, rowKey + u'.' + cols.at(i), values.value(i));
}

// A consistent pair of one agency, 2022 and 2023, 2021 format: 2023 carries over what 2022
// carried forward, and 现行有效件数 follow 制发 and 废止.
std::pair<Record, Record> consistentPair()
{
    Record a = blankRecord(FormatVersion::V2021, 2022, u"青山县司法局"_s);
    set(a, u"active.regulations.in_force"_s, 5);
    set(a, u"active.normative.issued"_s, 2);
    set(a, u"active.normative.repealed"_s, 2);
    set(a, u"active.normative.in_force"_s, 10);
    setRow(a, u"apply.new"_s, {10, 2, 0, 0, 0, 0, 12});
    setRow(a, u"apply.carried_over"_s, {1, 0, 0, 0, 0, 0, 1});
    setRow(a, u"apply.granted"_s, {6, 1, 0, 0, 0, 0, 7});
    setRow(a, u"apply.partial"_s, {2, 0, 0, 0, 0, 0, 2});
    setRow(a, u"apply.unavailable.not_held"_s, {2, 1, 0, 0, 0, 0, 3});
    setRow(a, u"apply.total"_s, {10, 2, 0, 0, 0, 0, 12});
    setRow(a, u"apply.carried_forward"_s, {1, 0, 0, 0, 0, 0, 1});
    set(a, u"review.upheld"_s, 1);
    set(a, u"review.total"_s, 1);

    Record b = blankRecord(FormatVersion::V2021, 2023, u"青山县司法局"_s);
    set(b, u"active.regulations.issued"_s, 1);
    set(b, u"active.regulations.in_force"_s, 6);
    set(b, u"active.normative.issued"_s, 3);
    set(b, u"active.normative.repealed"_s, 1);
    set(b, u"active.normative.in_force"_s, 12);
    setRow(b, u"apply.new"_s, {20, 3, 1, 0, 0, 0, 24});
    setRow(b, u"apply.carried_over"_s, {1, 0, 0, 0, 0, 0, 1});
    setRow(b, u"apply.granted"_s, {14, 2, 1, 0, 0, 0, 17});
    setRow(b, u"apply.partial"_s, {3, 0, 0, 0, 0, 0, 3});
    setRow(b, u"apply.not_processed.duplicate"_s, {1, 0, 0, 0, 0, 0, 1});
    setRow(b, u"apply.unavailable.not_held"_s, {2, 1, 0, 0, 0, 0, 3});
    setRow(b, u"apply.total"_s, {20, 3, 1, 0, 0, 0, 24});
    setRow(b, u"apply.carried_forward"_s, {1, 0, 0, 0, 0, 0, 1});
    set(b, u"review.upheld"_s, 1);
    set(b, u"review.corrected"_s, 1);
    set(b, u"review.total"_s, 2);
    return {a, b};
}

QStringList rules(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(f.rule);
    return out;
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void consistentPairHasNoFinding();
    void rowsAlignEveryCell();
    void changesAndPercents();
    void bigChange_data();
    void bigChange();
    void carriedOverMismatch_data();
    void carriedOverMismatch();
    void carriedOverMissingIsNotAFinding();
    void inForce_data();
    void inForce();
    void years_data();
    void years();
    void agency_data();
    void agency();
    void format2019Against2021();
    void format2021Against2019();
    void otherHandlingSumNeedsAllParts();
    void json();
    void xlsx();
    void xlsxUnwritable();
};

void TestCompare::consistentPairHasNoFinding()
{
    const auto [a, b] = consistentPair();
    const Comparison c = compareRecords(a, b);
    QVERIFY2(c.findings.isEmpty(), qPrintable(rules(c.findings).join(u", ")));
    QCOMPARE(c.older.year, 2022);
    QCOMPARE(c.newer.year, 2023);
    QVERIFY(c.sameFormat());
}

void TestCompare::rowsAlignEveryCell()
{
    const auto [a, b] = consistentPair();
    const Comparison c = compareRecords(a, b);
    QCOMPARE(c.rows.size(), Schema::get(FormatVersion::V2021).size());
    for (qsizetype i = 0; i < c.rows.size(); ++i) {
        const ComparisonRow &row = c.rows.at(i);
        const QString id = Schema::get(FormatVersion::V2021).at(i).id;
        QCOMPARE(row.mapping, RowMapping::SameId);
        QCOMPARE(row.oldCells, QStringList{id});
        QCOMPARE(row.newCells, QStringList{id});
        QVERIFY(row.oldValue && row.newValue && row.change);
        QVERIFY(row.note.isEmpty());
    }
    QCOMPARE(c.rows.first().table, TableSection::Active);
    QCOMPARE(c.rows.last().table, TableSection::Review);
    QVERIFY(c.rows.first().label.contains(u"规章"));
    QVERIFY(c.rows.first().label.contains(u"本年制发件数"));
}

void TestCompare::changesAndPercents()
{
    const auto [a, b] = consistentPair();
    const Comparison c = compareRecords(a, b);
    const ComparisonRow *natural = c.rowForNewCell(u"apply.new.natural");
    QVERIFY(natural);
    QCOMPARE(*natural->oldValue, 10.0);
    QCOMPARE(*natural->newValue, 20.0);
    QCOMPARE(*natural->change, 10.0);
    QCOMPARE(*natural->percent, 100.0);
    QVERIFY(natural->big); // +10 and +100 %
    const ComparisonRow *total = c.rowForNewCell(u"apply.new.total");
    QCOMPARE(*total->change, 12.0);
    QVERIFY(total->big);   // 12 → 24
    const ComparisonRow *commercial = c.rowForNewCell(u"apply.new.commercial");
    QCOMPARE(*commercial->change, 1.0);
    QCOMPARE(*commercial->percent, 50.0);
    QVERIFY(!commercial->big); // +50 % but only +1
    const ComparisonRow *research = c.rowForNewCell(u"apply.new.research");
    QCOMPARE(*research->change, 1.0);
    QVERIFY(!research->percent); // from 0: no percentage
    QVERIFY(!research->big);     // 0 → 1 is small
    // A decimal amount: no binary noise in the change.
    Record a2 = a, b2 = b;
    set(a2, u"active.fees.amount"_s, 30.2);
    set(b2, u"active.fees.amount"_s, 40.51);
    const Comparison c2 = compareRecords(a2, b2);
    QCOMPARE(*c2.rowForNewCell(u"active.fees.amount")->change, 10.31);
    QCOMPARE(c.bigChangeCount(), qsizetype(std::count_if(c.rows.begin(), c.rows.end(),
                                                         [](const ComparisonRow &r) { return r.big; })));
    QVERIFY(c.bigChangeCount() >= 4);
}

void TestCompare::bigChange_data()
{
    QTest::addColumn<double>("oldValue");
    QTest::addColumn<double>("newValue");
    QTest::addColumn<double>("minAbsolute");
    QTest::addColumn<double>("minPercent");
    QTest::addColumn<double>("fromZero");
    QTest::addColumn<bool>("big");
    QTest::newRow("doubled by 10") << 10.0 << 20.0 << 10.0 << 50.0 << 10.0 << true;
    QTest::newRow("halved by 10") << 20.0 << 10.0 << 10.0 << 50.0 << 10.0 << true;
    QTest::newRow("+9 only") << 9.0 << 18.0 << 10.0 << 50.0 << 10.0 << false;
    QTest::newRow("+10 but 10 %") << 100.0 << 110.0 << 10.0 << 50.0 << 10.0 << false;
    QTest::newRow("0 to 10") << 0.0 << 10.0 << 10.0 << 50.0 << 10.0 << true;
    QTest::newRow("0 to 9") << 0.0 << 9.0 << 10.0 << 50.0 << 10.0 << false;
    QTest::newRow("to 0 from 30") << 30.0 << 0.0 << 10.0 << 50.0 << 10.0 << true;
    QTest::newRow("unchanged") << 7.0 << 7.0 << 10.0 << 50.0 << 10.0 << false;
    QTest::newRow("0 to 0") << 0.0 << 0.0 << 10.0 << 50.0 << 10.0 << false;
    QTest::newRow("stricter absolute") << 10.0 << 20.0 << 20.0 << 50.0 << 10.0 << false;
    QTest::newRow("looser percent") << 100.0 << 110.0 << 10.0 << 10.0 << 10.0 << true;
    QTest::newRow("looser from zero") << 0.0 << 3.0 << 10.0 << 50.0 << 3.0 << true;
    QTest::newRow("signed change") << -20.0 << 5.0 << 10.0 << 50.0 << 10.0 << true;
}

void TestCompare::bigChange()
{
    QFETCH(double, oldValue);
    QFETCH(double, newValue);
    QFETCH(double, minAbsolute);
    QFETCH(double, minPercent);
    QFETCH(double, fromZero);
    QFETCH(bool, big);
    const CompareThresholds t{minAbsolute, minPercent, fromZero};
    QCOMPARE(isBigChange(oldValue, newValue, t), big);
    // The same through a comparison row.
    auto [a, b] = consistentPair();
    set(a, u"review.pending"_s, oldValue);
    set(b, u"review.pending"_s, newValue);
    const Comparison c = compareRecords(a, b, t);
    QCOMPARE(c.thresholds, t);
    QCOMPARE(c.rowForNewCell(u"review.pending")->big, big);
}

void TestCompare::carriedOverMismatch_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("label");
    for (const QString &col : Schema::applicantColumns())
        QTest::newRow(qPrintable(col)) << col
                                       << Schema::get(FormatVersion::V2021)
                                              .find(u"apply.carried_over."_s + col)
                                              ->column;
}

void TestCompare::carriedOverMismatch()
{
    QFETCH(QString, column);
    QFETCH(QString, label);
    auto [a, b] = consistentPair();
    const double before = *a.value(u"apply.carried_forward."_s + column);
    set(b, u"apply.carried_over."_s + column, before + 4);
    const Comparison c = compareRecords(a, b);
    QCOMPARE(c.findings.size(), 1);
    const Finding &f = c.findings.first();
    QCOMPARE(f.kind, FindingKind::Warning);
    QCOMPARE(f.rule, u"cross.carried_over"_s);
    QCOMPARE(f.cells, QStringList{u"apply.carried_over."_s + column});
    QCOMPARE(f.previousCells, QStringList{u"apply.carried_forward."_s + column});
    QVERIFY2(f.message.contains(label), qPrintable(f.message));
    QVERIFY2(f.message.contains(u"2023 年报告") && f.message.contains(u"2022 年报告"), qPrintable(f.message));
    QVERIFY2(f.message.contains(u"为 %1，"_s.arg(before + 4)), qPrintable(f.message));
    QVERIFY2(f.message.contains(u"为 %1，"_s.arg(before)), qPrintable(f.message));
    QVERIFY2(f.message.contains(u"上年结转") && f.message.contains(u"结转下年度继续办理"), qPrintable(f.message));
}

void TestCompare::carriedOverMissingIsNotAFinding()
{
    auto [a, b] = consistentPair();
    set(a, u"apply.carried_forward.natural"_s, std::nullopt);
    set(b, u"apply.carried_over.total"_s, std::nullopt);
    set(b, u"apply.carried_over.commercial"_s, 5);
    const Comparison c = compareRecords(a, b);
    // Only the column where both years have a number is checked.
    QCOMPARE(rules(c.findings), QStringList{u"cross.carried_over"_s});
    QCOMPARE(c.findings.first().cells, QStringList{u"apply.carried_over.commercial"_s});
    const ComparisonRow *row = c.rowForOldCell(u"apply.carried_forward.natural");
    QVERIFY(row && !row->oldValue && !row->change && !row->big);
}

void TestCompare::inForce_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<double>("inForceBefore");
    QTest::addColumn<double>("issued");
    QTest::addColumn<double>("repealed");
    QTest::addColumn<double>("inForceNow");
    QTest::addColumn<bool>("finding");
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("regulations fit") << u"regulations"_s << 5.0 << 1.0 << 0.0 << 6.0 << false << QString();
    QTest::newRow("regulations off") << u"regulations"_s << 5.0 << 1.0 << 0.0 << 8.0 << true << u"应为 6"_s;
    QTest::newRow("normative fit") << u"normative"_s << 10.0 << 3.0 << 1.0 << 12.0 << false << QString();
    QTest::newRow("normative off") << u"normative"_s << 10.0 << 3.0 << 1.0 << 4.0 << true << u"应为 12"_s;
    QTest::newRow("normative repealed all") << u"normative"_s << 10.0 << 0.0 << 10.0 << 0.0 << false
                                            << QString();
}

void TestCompare::inForce()
{
    QFETCH(QString, item);
    QFETCH(double, inForceBefore);
    QFETCH(double, issued);
    QFETCH(double, repealed);
    QFETCH(double, inForceNow);
    QFETCH(bool, finding);
    QFETCH(QString, expectedText);
    auto [a, b] = consistentPair();
    const QString base = u"active."_s + item;
    set(a, base + u".in_force"_s, inForceBefore);
    set(b, base + u".issued"_s, issued);
    set(b, base + u".repealed"_s, repealed);
    set(b, base + u".in_force"_s, inForceNow);
    const Comparison c = compareRecords(a, b);
    if (!finding) {
        QVERIFY2(c.findings.isEmpty(), qPrintable(rules(c.findings).join(u", ")));
        return;
    }
    QCOMPARE(c.findings.size(), 1);
    const Finding &f = c.findings.first();
    QCOMPARE(f.rule, u"cross.in_force"_s);
    QCOMPARE(f.kind, FindingKind::Warning);
    QCOMPARE(f.cells, (QStringList{base + u".in_force"_s, base + u".issued"_s, base + u".repealed"_s}));
    QCOMPARE(f.previousCells, QStringList{base + u".in_force"_s});
    QVERIFY2(f.message.contains(expectedText), qPrintable(f.message));
    QVERIFY2(f.message.contains(u"为 %1"_s.arg(inForceNow)), qPrintable(f.message));
    QVERIFY2(f.message.contains(u"现行有效件数 %1"_s.arg(inForceBefore)), qPrintable(f.message));
    QVERIFY2(f.message.contains(item == u"regulations" ? u"规章" : u"行政规范性文件"), qPrintable(f.message));

    // A blank in either year: nothing to check.
    set(b, base + u".repealed"_s, std::nullopt);
    QVERIFY(compareRecords(a, b).findings.isEmpty());
}

void TestCompare::years_data()
{
    QTest::addColumn<int>("oldYear");
    QTest::addColumn<int>("newYear");
    QTest::addColumn<QString>("messagePart"); // empty: no finding
    QTest::newRow("consecutive") << 2022 << 2023 << QString();
    QTest::newRow("same year twice") << 2023 << 2023 << u"年度相同（均为 2023 年）"_s;
    QTest::newRow("older is newer") << 2024 << 2023 << u"旧报告的年度（2024 年）晚于新报告（2023 年）"_s;
    QTest::newRow("gap of two") << 2021 << 2023 << u"不相邻（2021 年与 2023 年，相隔 2 年）"_s;
    QTest::newRow("old year unknown") << 0 << 2023 << QString();
}

void TestCompare::years()
{
    QFETCH(int, oldYear);
    QFETCH(int, newYear);
    QFETCH(QString, messagePart);
    auto [a, b] = consistentPair();
    a.year = oldYear;
    b.year = newYear;
    const QList<Finding> findings = compareRecords(a, b).findings;
    if (messagePart.isEmpty()) {
        QVERIFY2(findings.isEmpty(), qPrintable(rules(findings).join(u", ")));
        return;
    }
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().rule, u"cross.years"_s);
    QCOMPARE(findings.first().kind, FindingKind::Warning);
    QVERIFY2(findings.first().message.contains(messagePart), qPrintable(findings.first().message));
}

void TestCompare::agency_data()
{
    QTest::addColumn<QString>("oldAgency");
    QTest::addColumn<QString>("newAgency");
    QTest::addColumn<bool>("finding");
    QTest::newRow("same") << u"青山县司法局"_s << u"青山县司法局"_s << false;
    QTest::newRow("spaces") << u"青山县 司法局"_s << u"青山县　司法局 "_s << false;
    QTest::newRow("contained") << u"青山县司法局"_s << u"河东省青山县司法局"_s << false;
    QTest::newRow("contained reversed") << u"河东省青山县司法局"_s << u"青山县司法局"_s << false;
    QTest::newRow("different") << u"青山县司法局"_s << u"青山县财政局"_s << true;
    QTest::newRow("no place name") << u"区司法局"_s << u"湛河区司法局"_s << true;
    QTest::newRow("no place name, newer") << u"青山县司法局"_s << u"县司法局"_s << true;
    QTest::newRow("same without place name") << u"区司法局"_s << u"区 司法局"_s << false;
    QTest::newRow("unknown") << QString() << u"青山县财政局"_s << false;
}

void TestCompare::agency()
{
    QFETCH(QString, oldAgency);
    QFETCH(QString, newAgency);
    QFETCH(bool, finding);
    auto [a, b] = consistentPair();
    a.agency = oldAgency;
    b.agency = newAgency;
    const QList<Finding> findings = compareRecords(a, b).findings;
    if (!finding) {
        QVERIFY2(findings.isEmpty(), qPrintable(rules(findings).join(u", ")));
        return;
    }
    QCOMPARE(rules(findings), QStringList{u"cross.agency"_s});
    QVERIFY(findings.first().message.contains(oldAgency));
    QVERIFY(findings.first().message.contains(newAgency));
}

void TestCompare::format2019Against2021()
{
    Record a = blankRecord(FormatVersion::V2019, 2020, u"青山县司法局"_s);
    setRow(a, u"apply.new"_s, {4, 0, 0, 0, 0, 0, 4});
    setRow(a, u"apply.other_handling"_s, {3, 0, 0, 0, 0, 0, 3});
    setRow(a, u"apply.total"_s, {4, 0, 0, 0, 0, 0, 4});
    setRow(a, u"apply.carried_forward"_s, {2, 0, 0, 0, 0, 0, 2});
    set(a, u"active.licensing.decisions"_s, 100);
    Record b = blankRecord(FormatVersion::V2021, 2021, u"青山县司法局"_s);
    setRow(b, u"apply.carried_over"_s, {2, 0, 0, 0, 0, 0, 2});
    setRow(b, u"apply.other_handling.no_correction"_s, {1, 0, 0, 0, 0, 0, 1});
    setRow(b, u"apply.other_handling.other"_s, {2, 1, 0, 0, 0, 0, 3});
    set(b, u"active.licensing.decisions"_s, 5);
    set(b, u"active.normative.in_force"_s, 99); // no in-force check across formats

    const Comparison c = compareRecords(a, b);
    QVERIFY(!c.sameFormat());
    QVERIFY2(c.findings.isEmpty(), qPrintable(rules(c.findings).join(u", ")));

    // （六）: the old single row against the sum of the new three, column by column.
    for (const QString &col : Schema::applicantColumns()) {
        const ComparisonRow *row = c.rowForOldCell(u"apply.other_handling."_s + col);
        QVERIFY(row);
        QCOMPARE(row->mapping, RowMapping::SummedNew);
        QCOMPARE(row->newCells, (QStringList{u"apply.other_handling.no_correction."_s + col,
                                             u"apply.other_handling.no_fee."_s + col,
                                             u"apply.other_handling.other."_s + col}));
        QVERIFY(row->label.contains(u"（六）其他处理"));
        QVERIFY(row->note.contains(u"1–3 项之和"));
        // Every new part maps to this one row.
        QCOMPARE(c.rowForNewCell(u"apply.other_handling.no_fee."_s + col), row);
    }
    const ComparisonRow *natural = c.rowForOldCell(u"apply.other_handling.natural");
    QCOMPARE(*natural->oldValue, 3.0);
    QCOMPARE(*natural->newValue, 3.0);
    QCOMPARE(*natural->change, 0.0);
    const ComparisonRow *commercial = c.rowForOldCell(u"apply.other_handling.commercial");
    QCOMPARE(*commercial->oldValue, 0.0);
    QCOMPARE(*commercial->newValue, 1.0);
    const ComparisonRow *total = c.rowForOldCell(u"apply.other_handling.total");
    QCOMPARE(*total->newValue, 4.0);

    // Section 二 is never mapped: every row of it is not comparable and has one side only,
    // even 行政许可·处理决定数量 whose id exists in both formats.
    int oldOnly = 0, newOnly = 0;
    for (const ComparisonRow &row : c.rows) {
        if (row.table != TableSection::Active) {
            QVERIFY2(row.comparable(), qPrintable(row.label));
            continue;
        }
        QCOMPARE(row.mapping, RowMapping::NotComparable);
        QVERIFY(row.oldCells.isEmpty() != row.newCells.isEmpty());
        QVERIFY(!row.change && !row.percent && !row.big);
        QVERIFY2(row.note.contains(u"第二十条") && row.note.contains(u"不作对比"), qPrintable(row.note));
        oldOnly += !row.oldCells.isEmpty();
        newOnly += !row.newCells.isEmpty();
    }
    QCOMPARE(oldOnly, 22);
    QCOMPARE(newOnly, 10);
    const ComparisonRow *licensingOld = c.rowForOldCell(u"active.licensing.decisions");
    const ComparisonRow *licensingNew = c.rowForNewCell(u"active.licensing.decisions");
    QVERIFY(licensingOld && licensingNew && licensingOld != licensingNew);
    QCOMPARE(*licensingOld->oldValue, 100.0);
    QVERIFY(!licensingOld->newValue);
    QCOMPARE(*licensingNew->newValue, 5.0);
    // Sections 三 and 四 by id: 25 new rows less the 2 × 7 folded into the sums; 15 review cells.
    QCOMPARE(c.rows.size(), 22 + 10 + (25 - 2) * 7 + 15);
    const ComparisonRow *review = c.rowForNewCell(u"litigation.after_review.total");
    QCOMPARE(review->oldCells, QStringList{u"litigation.after_review.total"_s});

    // The carried-over check works across formats.
    set(b, u"apply.carried_over.natural"_s, 1);
    const Comparison c2 = compareRecords(a, b);
    QCOMPARE(rules(c2.findings), QStringList{u"cross.carried_over"_s});
    QVERIFY(c2.findings.first().message.contains(u"2020 年报告"));
}

void TestCompare::format2021Against2019()
{
    Record a = blankRecord(FormatVersion::V2021, 2021, u"青山县司法局"_s);
    setRow(a, u"apply.other_handling.no_fee"_s, {0, 0, 0, 2, 0, 0, 2});
    Record b = blankRecord(FormatVersion::V2019, 2022, u"青山县司法局"_s);
    setRow(b, u"apply.other_handling"_s, {0, 0, 0, 12, 0, 0, 12});
    const Comparison c = compareRecords(a, b);
    const ComparisonRow *social = c.rowForNewCell(u"apply.other_handling.social");
    QVERIFY(social);
    QCOMPARE(social->mapping, RowMapping::SummedOld);
    QCOMPARE(social->oldCells.size(), 3);
    QCOMPARE(*social->oldValue, 2.0);
    QCOMPARE(*social->change, 10.0);
    QVERIFY(social->big);
    QCOMPARE(c.rowForOldCell(u"apply.other_handling.other.social"), social);
    QCOMPARE(c.rows.size(), 22 + 10 + (25 - 2) * 7 + 15);
}

void TestCompare::otherHandlingSumNeedsAllParts()
{
    Record a = blankRecord(FormatVersion::V2019, 2020, u"青山县司法局"_s);
    Record b = blankRecord(FormatVersion::V2021, 2021, u"青山县司法局"_s);
    set(b, u"apply.other_handling.no_fee.natural"_s, std::nullopt); // a blank is not a 0
    const Comparison c = compareRecords(a, b);
    const ComparisonRow *row = c.rowForOldCell(u"apply.other_handling.natural");
    QVERIFY(row->comparable());
    QCOMPARE(*row->oldValue, 0.0);
    QVERIFY(!row->newValue);
    QVERIFY(!row->change);
}

void TestCompare::json()
{
    auto [a, b] = consistentPair();
    set(b, u"apply.carried_over.legal"_s, 2);
    const QJsonObject o = comparisonToJson(compareRecords(a, b));
    QVERIFY(o.value(u"old").isObject());
    QVERIFY(o.value(u"new").isObject());
    const QJsonArray findings = o.value(u"findings").toArray();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).toObject().value(u"previous_cells").toArray(),
             QJsonArray{u"apply.carried_forward.legal"_s});
    const QJsonArray rows = o.value(u"rows").toArray();
    QCOMPARE(rows.size(), 200);
    QJsonObject natural;
    for (const QJsonValue &v : rows)
        if (v.toObject().value(u"new_cells").toArray() == QJsonArray{u"apply.new.natural"_s})
            natural = v.toObject();
    QCOMPARE(natural.value(u"old").toDouble(), 10.0);
    QCOMPARE(natural.value(u"new").toDouble(), 20.0);
    QCOMPARE(natural.value(u"change").toDouble(), 10.0);
    QCOMPARE(natural.value(u"percent").toDouble(), 100.0);
    QCOMPARE(natural.value(u"big").toBool(), true);
    QCOMPARE(natural.value(u"mapping").toString(), u"same"_s);
    QCOMPARE(natural.value(u"table").toString(), u"apply"_s);
    QCOMPARE(o.value(u"thresholds").toObject().value(u"min_percent").toDouble(), 50.0);
    // Missing values are null, not 0.
    set(a, u"review.other"_s, std::nullopt);
    const QJsonArray rows2 = comparisonToJson(compareRecords(a, b)).value(u"rows").toArray();
    bool seen = false;
    for (const QJsonValue &v : rows2) {
        const QJsonObject r = v.toObject();
        if (r.value(u"old_cells").toArray() == QJsonArray{u"review.other"_s}) {
            QVERIFY(r.value(u"old").isNull());
            QVERIFY(r.value(u"change").isNull());
            QCOMPARE(r.value(u"new").toDouble(), 0.0);
            seen = true;
        }
    }
    QVERIFY(seen);
}

void TestCompare::xlsx()
{
    auto [a, b] = consistentPair();
    set(b, u"apply.carried_over.social"_s, 3);
    a.sourceFile = u"2022.txt"_s;
    b.sourceFile = u"2023.txt"_s;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"对比.xlsx"_s);
    const Status s = writeComparisonXlsx(compareRecords(a, b), path);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(2), QByteArray("PK"));
    f.close();
    // The sheets and the finding's message are in the workbook (unzip is a build dependency).
    const auto part = [&](const QString &name) {
        QProcess unzip;
        unzip.start(u"unzip"_s, {u"-p"_s, path, name});
        unzip.waitForFinished(30000);
        return QString::fromUtf8(unzip.readAllStandardOutput());
    };
    const QString workbook = part(u"xl/workbook.xml"_s);
    QVERIFY2(workbook.contains(u"两年对比") && workbook.contains(u"跨年度问题") && workbook.contains(u"概况"),
             qPrintable(workbook));
    const QString strings = part(u"xl/sharedStrings.xml"_s);
    QVERIFY(strings.contains(u"2022 年"));
    QVERIFY(strings.contains(u"2023 年"));
    QVERIFY(strings.contains(u"cross.carried_over"));
    QVERIFY(strings.contains(u"apply.carried_forward.social"));
    QVERIFY(strings.contains(u"一、本年新收政府信息公开申请数量 · 自然人"));
}

void TestCompare::xlsxUnwritable()
{
    const auto [a, b] = consistentPair();
    const QString path = u"/nonexistent-dir/sub/对比.xlsx"_s;
    const Status s = writeComparisonXlsx(compareRecords(a, b), path);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(path), qPrintable(s.error()));
}

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
