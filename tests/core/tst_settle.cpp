// SPDX-License-Identifier: GPL-3.0-or-later
// Settling findings without changing a value (confirm as a real error, dismiss with a reason) and
// accepting a repair hint, on a Review built from the in-code fixture: each is one undoable step,
// kept in the record's settlements or corrections, carried by the JSON record and read back; a
// dismissed finding no longer counts; a settlement outlives the re-checks of later edits.
#include "tests/fixtures/ReviewFixture.h"
#include "core/export/JsonRecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace nianbao;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(nianbao::FindingStatus)

namespace {

// （七）总计·自然人 printed 4 instead of 3: three violations, one hint.
std::unique_ptr<Review> wrongTotal()
{
    return fixture::makeReview({{u"apply.total.natural"_s, 4}});
}

qsizetype firstViolation(const Record &r)
{
    for (qsizetype i = 0; i < r.findings.size(); ++i)
        if (r.findings.at(i).kind == FindingKind::Violation)
            return i;
    return -1;
}

} // namespace

class TestSettle final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void settleIsOneUndoableStep_data()
    {
        QTest::addColumn<FindingStatus>("status");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("violationsAfter");
        QTest::newRow("confirmed") << FindingStatus::Confirmed << QString() << 3;
        QTest::newRow("confirmed with words") << FindingStatus::Confirmed << u"报告确有错误"_s << 3;
        QTest::newRow("dismissed") << FindingStatus::Dismissed << u"口径不同，已核实"_s << 2;
    }
    void settleIsOneUndoableStep()
    {
        QFETCH(FindingStatus, status);
        QFETCH(QString, reason);
        QFETCH(int, violationsAfter);
        auto review = wrongTotal();
        const Record &r = review->record();
        QCOMPARE(r.count(FindingKind::Violation), 3);
        const qsizetype index = firstViolation(r);
        const Finding target = r.findings.at(index);
        int changes = 0;
        connect(review.get(), &Review::changed, this, [&] { ++changes; });

        QVERIFY(review->settleFinding(index, status, reason).ok());
        QCOMPARE(changes, 1);
        QCOMPARE(review->undoStack()->count(), 1);
        QCOMPARE(r.findings.at(index).status, status);
        QCOMPARE(r.findings.at(index).reason, reason);
        QCOMPARE(r.count(FindingKind::Violation), violationsAfter);
        QCOMPARE(r.hasViolations(), true);
        QCOMPARE(r.settlements.size(), 1);
        QCOMPARE(r.settlements.first().rule, target.rule);
        QCOMPARE(r.settlements.first().cells, target.cells);
        QVERIFY(r.settlements.first().at.isValid());
        QVERIFY(r.corrections.isEmpty()); // no value changed

        review->undoStack()->undo();
        QCOMPARE(r.findings.at(index).status, FindingStatus::Open);
        QVERIFY(r.settlements.isEmpty());
        QCOMPARE(r.count(FindingKind::Violation), 3);
        review->undoStack()->redo();
        QCOMPARE(r.findings.at(index).status, status);

        // Taking the decision back is a step of its own.
        QVERIFY(review->settleFinding(index, FindingStatus::Open).ok());
        QCOMPARE(r.findings.at(index).status, FindingStatus::Open);
        QCOMPARE(review->undoStack()->count(), 2);
    }

    void dismissNeedsReason()
    {
        auto review = wrongTotal();
        const qsizetype index = firstViolation(review->record());
        QVERIFY(!review->settleFinding(index, FindingStatus::Dismissed, u"  "_s).ok());
        QVERIFY(!review->settleFinding(99, FindingStatus::Confirmed).ok());
        QCOMPARE(review->undoStack()->count(), 0);
    }

    // Every violation dismissed: none counts; an edit re-checks and the decisions stay.
    void settlementOutlivesEdits()
    {
        auto review = wrongTotal();
        const Record &r = review->record();
        for (qsizetype i = 0; i < r.findings.size(); ++i)
            if (r.findings.at(i).kind == FindingKind::Violation)
                QVERIFY(review->settleFinding(i, FindingStatus::Dismissed, u"口径不同，已核实"_s).ok());
        QCOMPARE(r.count(FindingKind::Violation), 0);
        QVERIFY(!r.hasViolations());
        QVERIFY(review->setCellValue(fixture::blankCell, 0, u"原件为 0"_s).ok());
        QCOMPARE(r.count(FindingKind::Violation), 0);
        for (const Finding &f : r.findings)
            if (f.kind == FindingKind::Violation)
                QCOMPARE(f.status, FindingStatus::Dismissed);
    }

    void jsonCarriesStatusAndSettlements()
    {
        auto review = wrongTotal();
        const qsizetype index = firstViolation(review->record());
        QVERIFY(review->settleFinding(index, FindingStatus::Dismissed, u"口径不同，已核实"_s).ok());
        const QJsonObject o = recordToJson(review->record());
        const QJsonArray findings = o.value(u"findings"_s).toArray();
        QCOMPARE(findings.at(index).toObject().value(u"status"_s).toString(), u"dismissed"_s);
        QCOMPARE(findings.at(index).toObject().value(u"reason"_s).toString(), u"口径不同，已核实"_s);
        QCOMPARE(findings.at(index + 1).toObject().value(u"status"_s).toString(), u"open"_s);
        QVERIFY(!findings.at(index + 1).toObject().contains(u"reason"_s));
        QCOMPARE(o.value(u"settlements"_s).toArray().size(), 1);
        const QJsonArray hints = o.value(u"hints"_s).toArray();
        QCOMPARE(hints.size(), 1);
        const QJsonObject change = hints.first()[u"changes"_s].toArray().first().toObject();
        QCOMPARE(change.value(u"cell"_s).toString(), u"apply.total.natural"_s);
        QCOMPARE(change.value(u"from"_s).toDouble(), 4.0);
        QCOMPARE(change.value(u"to"_s).toDouble(), 3.0);
        QCOMPARE(hints.first()[u"fixes"_s].toArray().size(), 3);

        auto back = recordFromJson(o);
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back->settlements, review->record().settlements);
        QCOMPARE(back->findings.at(index).status, FindingStatus::Dismissed);
    }

    void acceptHintCorrects()
    {
        auto review = wrongTotal();
        const Record &r = review->record();
        QCOMPARE(r.hints.size(), 1);
        QVERIFY(review->acceptHint(0).ok());
        QCOMPARE(r.count(FindingKind::Violation), 0);
        QVERIFY(r.hints.isEmpty());
        QCOMPARE(r.corrections.size(), 1);
        QCOMPARE(r.corrections.first().cell, u"apply.total.natural"_s);
        QCOMPARE(r.corrections.first().from, 4.0);
        QCOMPARE(r.corrections.first().to, 3.0);
        QCOMPARE(r.corrections.first().note, u"按勾稽关系更正"_s);
        review->undoStack()->undo();
        QCOMPARE(r.count(FindingKind::Violation), 3);
        QCOMPARE(r.hints.size(), 1);
        QVERIFY(r.corrections.isEmpty());
        QVERIFY(!review->acceptHint(5).ok());
    }
};

QTEST_GUILESS_MAIN(TestSettle)
#include "tst_settle.moc"
