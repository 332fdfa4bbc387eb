// SPDX-License-Identifier: GPL-3.0-or-later
// The state of a cell (core/record/CellState.h), the one the window colours and the xlsx marks,
// and the status word of the json/csv: each way a cell can stand, in a consistent record with one
// fault planted, checked by the rules.
#include "tests/core/RecordFixture.h"

#include "core/record/CellState.h"
#include "core/rules/Rules.h"

#include <QTest>
#include <limits>

using namespace nianbao;

Q_DECLARE_METATYPE(nianbao::CellState)
Q_DECLARE_METATYPE(nianbao::CellValue)

class TestCellState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ofOneCell_data();
    void ofOneCell();
    void inRecord_data();
    void inRecord();
    void findingsOfCells();
};

static CellValue cellOf(std::optional<double> value, CellSource source, bool corrected = false, bool inferred = false)
{
    CellValue c;
    c.value = value;
    c.source = source;
    c.corrected = corrected;
    c.inferred = inferred;
    return c;
}

void TestCellState::ofOneCell_data()
{
    QTest::addColumn<CellValue>("cell");
    QTest::addColumn<bool>("violated");
    QTest::addColumn<CellState>("state");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("read") << cellOf(3, CellSource::Read) << false << CellState::Consistent;
    QTest::newRow("read, violated") << cellOf(3, CellSource::Read) << true << CellState::Violated;
    QTest::newRow("blank") << cellOf({}, CellSource::Blank) << false << CellState::Missing;
    QTest::newRow("not found") << cellOf({}, CellSource::NotFound) << false << CellState::Missing;
    QTest::newRow("invalid text") << cellOf({}, CellSource::Invalid) << false << CellState::Missing;
    QTest::newRow("slash") << cellOf({}, CellSource::Text) << false << CellState::Text;
    QTest::newRow("not a number") << cellOf(nan, CellSource::Read) << false << CellState::Missing;
    QTest::newRow("corrected") << cellOf(4, CellSource::Read, true) << false << CellState::Corrected;
    QTest::newRow("corrected, violated") << cellOf(4, CellSource::Read, true) << true << CellState::Violated;
    QTest::newRow("corrected to nothing") << cellOf({}, CellSource::Read, true) << false << CellState::Missing;
    QTest::newRow("inferred") << cellOf(2, CellSource::Read, false, true) << false << CellState::Inferred;
    QTest::newRow("inferred and confirmed") << cellOf(2, CellSource::Read, true, true) << false << CellState::Corrected;
    QTest::newRow("blank filled by hand") << cellOf(0, CellSource::Blank, true) << false << CellState::Corrected;
}

void TestCellState::ofOneCell()
{
    QFETCH(CellValue, cell);
    QFETCH(bool, violated);
    QFETCH(CellState, state);
    QCOMPARE(cellState(cell, violated), state);
}

void TestCellState::inRecord_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("fault"); // what is planted in the cell
    QTest::addColumn<CellState>("state");
    QTest::addColumn<QString>("status");
    for (FormatVersion f : {FormatVersion::V2021, FormatVersion::V2019}) {
        const QString name = formatName(f);
        auto row = [&](const char *label) -> QTestData & { return QTest::newRow(qPrintable(name + u' ' + QLatin1String(label))); };
        row("as printed") << int(f) << QStringLiteral("apply.new.natural") << QString() << CellState::Consistent
                          << QStringLiteral("ok");
        row("total off") << int(f) << QStringLiteral("apply.total.total") << QStringLiteral("off")
                         << CellState::Culprit << QStringLiteral("violation") /* the one wrong cell: the repair hint names it */;
        row("blank") << int(f) << QStringLiteral("apply.new.research") << QStringLiteral("blank")
                     << CellState::Missing << QStringLiteral("blank");
        row("slash") << int(f) << QStringLiteral("apply.new.research") << QStringLiteral("text") << CellState::Text
                     << QStringLiteral("text");
        row("not found") << int(f) << QStringLiteral("review.upheld") << QStringLiteral("not_found")
                         << CellState::Missing << QStringLiteral("not_found");
        row("confirmed") << int(f) << QStringLiteral("apply.new.natural") << QStringLiteral("corrected")
                         << CellState::Corrected << QStringLiteral("corrected");
        row("cleared by hand") << int(f) << QStringLiteral("apply.new.natural") << QStringLiteral("cleared")
                               << CellState::Missing << QStringLiteral("corrected");
        row("inferred") << int(f) << QStringLiteral("apply.new.natural") << QStringLiteral("inferred")
                        << CellState::Inferred << QStringLiteral("inferred");
        row("unknown id") << int(f) << QStringLiteral("apply.nope.natural") << QString() << CellState::Missing
                          << QString();
    }
}

// The state as the window and the xlsx see it, and the status word, after the rules ran.
void TestCellState::inRecord()
{
    QFETCH(int, format);
    QFETCH(QString, cell);
    QFETCH(QString, fault);
    QFETCH(CellState, state);
    QFETCH(QString, status);
    Record r = fixture::makeRecord(FormatVersion(format));
    if (CellValue *c = r.cell(cell)) {
        if (fault == u"off") {
            *c->value += 7;
        } else if (fault == u"blank") {
            *c = cellOf({}, CellSource::Blank);
        } else if (fault == u"text") {
            *c = cellOf({}, CellSource::Text);
            c->raw = QStringLiteral("/");
        } else if (fault == u"not_found") {
            *c = cellOf({}, CellSource::NotFound);
        } else if (fault == u"corrected") {
            c->corrected = true;
        } else if (fault == u"cleared") {
            c->value.reset();
            c->corrected = true;
        } else if (fault == u"inferred") {
            c->inferred = true;
        }
    }
    recheck(r);
    QCOMPARE(cellState(r, cell), state);
    const int index = r.schema().indexOf(cell);
    QCOMPARE(cellStatus(r, index), status);
    if (index < 0)
        return;
    const CellStates states(r);
    QCOMPARE(states.size(), r.cells.size());
    QCOMPARE(states.at(index), state);
    QCOMPARE(cellStatuses(r).at(index), status);
    // Every other cell of the record agrees between the one-cell and the all-cells forms.
    for (qsizetype i = 0; i < r.schema().size(); ++i)
        QCOMPARE(states.at(i), cellState(r, r.schema().at(i).id));
}

// The findings naming a cell, by index; a cell beyond the record is missing, named by none.
void TestCellState::findingsOfCells()
{
    Record r = fixture::makeRecord(FormatVersion::V2021);
    *r.cell(u"apply.total.total")->value += 1;
    r.cell(u"apply.new.research")->value.reset();
    r.cell(u"apply.new.research")->source = CellSource::Blank;
    recheck(r);
    const CellStates states(r);
    for (const QString id : {QStringLiteral("apply.total.total"), QStringLiteral("apply.new.research")}) {
        const int index = r.schema().indexOf(id);
        const QList<int> named = states.findingsOf(index);
        QVERIFY(!named.isEmpty());
        for (int f = 0; f < r.findings.size(); ++f)
            QCOMPARE(named.contains(f), r.findings.at(f).cells.contains(id));
    }
    QVERIFY(states.findingsOf(r.schema().indexOf(u"apply.new.natural")).isEmpty());
    QCOMPARE(states.at(r.cells.size() + 3), CellState::Missing);
    QVERIFY(states.findingsOf(r.cells.size() + 3).isEmpty());
}

QTEST_GUILESS_MAIN(TestCellState)
#include "tst_cellstate.moc"
