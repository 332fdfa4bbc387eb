// SPDX-License-Identifier: GPL-3.0-or-later
// What "corrected" means (core/record/Corrections.h): the flag a sequence of corrections leaves on
// a cell, the same whether the corrections are typed in a review (with undo), replayed from a
// saved review, or read from a json record that does not list its corrected cells.
#include "tests/core/RecordFixture.h"

#include "core/export/JsonRecord.h"
#include "core/record/Corrections.h"
#include "core/review/Review.h"

#include <QJsonObject>
#include <QTest>

using namespace nianbao;

using Steps = QList<std::optional<double>>; // the values typed one after another into one cell

class TestCorrections : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void flag_data();
    void flag();
    void unknownCellsSkipped();
};

static const QString cellId = QStringLiteral("apply.new.natural");

void TestCorrections::flag_data()
{
    QTest::addColumn<Steps>("steps");       // from the printed value (the fixture's)
    QTest::addColumn<bool>("corrected");
    QTest::addColumn<std::optional<double>>("value");
    const double printed = fixture::makeRecord(FormatVersion::V2021).value(cellId).value();
    QTest::newRow("none") << Steps{} << false << std::optional<double>(printed);
    QTest::newRow("changed") << Steps{printed + 2} << true << std::optional<double>(printed + 2);
    QTest::newRow("cleared") << Steps{std::nullopt} << true << std::optional<double>();
    QTest::newRow("changed twice") << Steps{printed + 2, printed + 5} << true << std::optional<double>(printed + 5);
    QTest::newRow("changed and back") << Steps{printed + 2, printed} << false << std::optional<double>(printed);
    QTest::newRow("cleared and back") << Steps{std::nullopt, printed} << false << std::optional<double>(printed);
    QTest::newRow("confirmed") << Steps{printed} << true << std::optional<double>(printed);
    QTest::newRow("changed, back, confirmed") << Steps{printed + 1, printed, printed} << true
                                              << std::optional<double>(printed);
}

// The flag after typing the steps into a Review, after replaying them on a fresh record, and after
// reading a json record without its "corrected" list, all the same.
void TestCorrections::flag()
{
    QFETCH(Steps, steps);
    QFETCH(bool, corrected);
    QFETCH(std::optional<double>, value);
    const Record printed = fixture::makeRecord(FormatVersion::V2021);

    Review review(Document{}, printed);
    for (const std::optional<double> &v : steps) {
        if (v == review.record().value(cellId)) // setCellValue skips a value that does not change
            QCOMPARE(review.confirmCells({cellId}), review.record().cell(cellId)->corrected ? 0 : 1);
        else
            QVERIFY(review.setCellValue(cellId, v).ok());
    }
    QCOMPARE(review.record().value(cellId), value);
    QCOMPARE(review.record().cell(cellId)->corrected, corrected);
    QCOMPARE(isCorrected(review.record().corrections, cellId, value), corrected);

    Record replayed = printed;
    QCOMPARE(applyCorrections(replayed, review.record().corrections).size(), review.record().corrections.size());
    QCOMPARE(replayed.value(cellId), value);
    QCOMPARE(replayed.cell(cellId)->corrected, corrected);

    QJsonObject json = recordToJson(review.record());
    json.remove(QStringLiteral("corrected"));
    const auto read = recordFromJson(json);
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read->cell(cellId)->corrected, corrected);

    // Undoing every step leaves the cell as printed and not corrected.
    while (review.undoStack()->canUndo())
        review.undoStack()->undo();
    QCOMPARE(review.record().value(cellId), printed.value(cellId));
    QVERIFY(!review.record().cell(cellId)->corrected);
}

void TestCorrections::unknownCellsSkipped()
{
    Record r = fixture::makeRecord(FormatVersion::V2019);
    const QList<Correction> list = {{QStringLiteral("apply.other_handling.no_fee.natural"), 1, 2, {}, {}},
                                    {QStringLiteral("apply.new.natural"), r.value(u"apply.new.natural"), 9, {}, {}}};
    QCOMPARE(applyCorrections(r, list), QStringList{QStringLiteral("apply.new.natural")});
    QCOMPARE(r.corrections.size(), 1);
    QVERIFY(r.cell(u"apply.new.natural")->corrected);
    QCOMPARE(r.value(u"apply.new.natural"), std::optional<double>(9));
}

QTEST_GUILESS_MAIN(TestCorrections)
#include "tst_corrections.moc"
