// SPDX-License-Identifier: GPL-3.0-or-later
// What a reviewer types into a cell (parseCellInput, core/rules): read and validated in one place
// for the window's tables and the comparison; Review::setCellText applies it as one correction.
#include "tests/core/RecordFixture.h"

#include "core/review/Review.h"
#include "core/rules/Rules.h"

#include <QTest>

using namespace nianbao;

class TestCellInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestCellInput::parse_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<std::optional<double>>("value");
    QTest::addColumn<QString>("message"); // a part of the refusal
    const QString count = QStringLiteral("apply.new.natural");
    const QString amount = QStringLiteral("active.fees.amount");
    using V = std::optional<double>;
    QTest::newRow("count") << count << QStringLiteral("997") << true << V(997) << QString();
    QTest::newRow("spaces and full width") << count << QStringLiteral(" １２３ ") << true << V(123) << QString();
    QTest::newRow("thousands") << count << QStringLiteral("1,234") << true << V(1234) << QString();
    QTest::newRow("empty clears") << count << QString() << true << V() << QString();
    QTest::newRow("blank clears") << count << QStringLiteral("   ") << true << V() << QString();
    QTest::newRow("not a number") << count << QStringLiteral("三件") << false << V() << QStringLiteral("「三件」不是数字");
    QTest::newRow("slash") << count << QStringLiteral("/") << false << V() << QStringLiteral("不是数字");
    QTest::newRow("count with decimals") << count << QStringLiteral("2.5") << false << V() << QStringLiteral("非负整数");
    QTest::newRow("negative count") << count << QStringLiteral("-1") << false << V() << QStringLiteral("负数");
    QTest::newRow("amount") << amount << QStringLiteral("41.25") << true << V(41.25) << QString();
    QTest::newRow("negative amount") << amount << QStringLiteral("-3") << false << V() << QStringLiteral("金额不能为负数");
}

// The same answer from parseCellInput and from Review::setCellText, which corrects the cell only
// when the input is accepted and changes it.
void TestCellInput::parse()
{
    QFETCH(QString, cell);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(std::optional<double>, value);
    QFETCH(QString, message);
    const Record record = fixture::makeRecord(FormatVersion::V2021);
    const CellSpec *spec = record.schema().find(cell);
    QVERIFY(spec);
    const auto parsed = parseCellInput(*spec, text);
    QCOMPARE(bool(parsed), ok);
    if (ok)
        QCOMPARE(*parsed, value);
    else
        QVERIFY2(parsed.error().contains(message), qPrintable(parsed.error()));

    Review review(Document{}, record);
    const Status s = review.setCellText(cell, text, QStringLiteral("备注"));
    QCOMPARE(s.ok(), ok);
    if (!ok) {
        QCOMPARE(s.error(), parsed.error());
        QVERIFY(review.record().corrections.isEmpty());
        QCOMPARE(review.record().value(cell), record.value(cell));
        return;
    }
    QCOMPARE(review.record().value(cell), value);
    QCOMPARE(review.record().corrections.size(), 1);
    QCOMPARE(review.record().corrections.first().to, value);
    QCOMPARE(review.record().corrections.first().note, QStringLiteral("备注"));
    QCOMPARE(review.undoStack()->count(), 1);
    QVERIFY(!review.setCellText(QStringLiteral("apply.nope.natural"), text).ok());
}

QTEST_GUILESS_MAIN(TestCellInput)
#include "tst_cellinput.moc"
