// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers as Nianbao writes them (core/schema/ValueFormat.h): one formatValue for the findings,
// the exports, the tables of the window and of the comparison, and the audit trail.
#include "core/schema/ValueFormat.h"

#include <QTest>
#include <limits>

using namespace nianbao;

Q_DECLARE_METATYPE(nianbao::ValueKind)

class TestValueFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plain_data();
    void plain();
    void ofKind_data();
    void ofKind();
};

void TestValueFormat::plain_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("int") << 3.0 << "3";
    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("minus zero") << -0.0 << "0";
    QTest::newRow("negative") << -2.0 << "-2";
    QTest::newRow("decimal") << 40.51 << "40.51";
    QTest::newRow("many decimals") << 12.34567 << "12.34567";
    QTest::newRow("fifteen digits") << 123456.789012345 << "123456.789012345";
    QTest::newRow("difference of decimals") << 40.51 - 30.2 << "10.31";
    QTest::newRow("sum of decimals") << 0.1 + 0.2 << "0.3";
    QTest::newRow("small") << 0.0001 << "0.0001";
    QTest::newRow("million") << 1e6 << "1000000";
    QTest::newRow("large") << 1e17 << "100000000000000000";
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << "非数字";
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << "非数字";
}

void TestValueFormat::plain()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(formatValue(value), text);
}

void TestValueFormat::ofKind_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<ValueKind>("kind");
    QTest::addColumn<bool>("plus");
    QTest::addColumn<QString>("text");
    QTest::newRow("count") << 3.0 << ValueKind::Count << false << "3";
    QTest::newRow("count, change") << 3.0 << ValueKind::Count << true << "+3";
    QTest::newRow("count, change down") << -3.0 << ValueKind::Count << true << "-3";
    QTest::newRow("count, no change") << 0.0 << ValueKind::Count << true << "0";
    QTest::newRow("signed up") << 2.0 << ValueKind::SignedCount << false << "+2";
    QTest::newRow("signed down") << -2.0 << ValueKind::SignedCount << false << "-2";
    QTest::newRow("signed zero") << 0.0 << ValueKind::SignedCount << false << "0";
    QTest::newRow("amount") << 40.51 << ValueKind::Amount << false << "40.51";
    QTest::newRow("amount to four decimals") << 12.34567 << ValueKind::Amount << false << "12.3457";
    QTest::newRow("amount, trailing zeros") << 12.5 << ValueKind::Amount << false << "12.5";
    QTest::newRow("amount, whole") << 7.0 << ValueKind::Amount << false << "7";
    QTest::newRow("amount, change") << 0.25 << ValueKind::Amount << true << "+0.25";
    QTest::newRow("amount, change down") << -10.31 << ValueKind::Amount << true << "-10.31";
}

void TestValueFormat::ofKind()
{
    QFETCH(double, value);
    QFETCH(ValueKind, kind);
    QFETCH(bool, plus);
    QFETCH(QString, text);
    QCOMPARE(formatValue(value, kind, plus), text);
}

QTEST_GUILESS_MAIN(TestValueFormat)
#include "tst_valueformat.moc"
