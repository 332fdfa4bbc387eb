// SPDX-License-Identifier: GPL-3.0-or-later
// The canonical cells are compiled in and match the spec's counts and ids.
#include "core/schema/CellSchema.h"

#include <QTest>

using namespace nianbao;

class TestSchema final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void counts_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("cells");
        QTest::addColumn<int>("applyRows");
        QTest::newRow("2021") << int(FormatVersion::V2021) << 200 << 25;
        QTest::newRow("2019") << int(FormatVersion::V2019) << 198 << 23;
    }
    void counts()
    {
        QFETCH(int, format);
        QFETCH(int, cells);
        QFETCH(int, applyRows);
        const Schema &s = Schema::get(FormatVersion(format));
        QCOMPARE(s.size(), cells);
        QCOMPARE(s.rowKeys(TableSection::Apply).size(), applyRows);
        QCOMPARE(s.rowKeys(TableSection::Review).size(), 3);
        for (const QString &row : s.rowKeys(TableSection::Apply))
            QCOMPARE(s.columnKeys(row), Schema::applicantColumns());
    }
    void lookup()
    {
        const Schema &s = Schema::get(FormatVersion::V2021);
        QVERIFY(s.find(u"apply.new.natural"));
        QCOMPARE(s.find(u"apply.new.natural")->column, QStringLiteral("自然人"));
        QCOMPARE(s.find(u"active.fees.amount")->kind, ValueKind::Amount);
        QCOMPARE(s.find(u"litigation.after_review.total")->rowKey, QStringLiteral("litigation.after_review"));
        QCOMPARE(s.indexOf(u"no.such.cell"), -1);
        QCOMPARE(Schema::get(FormatVersion::V2019).find(u"active.fees.change")->kind, ValueKind::SignedCount);
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
