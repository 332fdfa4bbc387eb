// SPDX-License-Identifier: GPL-3.0-or-later
// Series (core/compare/Series.h): which report is whose previous year, and the cross-year findings
// of the slices equal those of the whole records.
#include "core/compare/Compare.h"
#include "core/compare/Series.h"

#include <QtTest>

#include "tests/core/RecordFixture.h"

using namespace fixture;

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

SeriesSlice slice(const QString &agency, int year)
{
    Record r = makeRecord(FormatVersion::V2021);
    r.agency = agency;
    r.year = year;
    return seriesSlice(r);
}

} // namespace

class TestSeries : public QObject
{
    Q_OBJECT
private slots:
    void previousYears_data()
    {
        QTest::addColumn<QList<SeriesSlice>>("slices");
        QTest::addColumn<QList<qsizetype>>("previous");
        QTest::newRow("three years, newest first")
            << QList<SeriesSlice>{slice(u"青山县司法局"_s, 2023), slice(u"青山县司法局"_s, 2022), slice(u"青山县司法局"_s, 2021)}
            << QList<qsizetype>{1, 2, -1};
        QTest::newRow("a gap is no series")
            << QList<SeriesSlice>{slice(u"青山县司法局"_s, 2021), slice(u"青山县司法局"_s, 2023)} << QList<qsizetype>{-1, -1};
        QTest::newRow("other agency")
            << QList<SeriesSlice>{slice(u"青山县司法局"_s, 2022), slice(u"青山县财政局"_s, 2023)} << QList<qsizetype>{-1, -1};
        QTest::newRow("names written differently")
            << QList<SeriesSlice>{slice(u"青山县 司法局"_s, 2022), slice(u"青山县司法局"_s, 2023)} << QList<qsizetype>{-1, 0};
        QTest::newRow("previous year twice: the first")
            << QList<SeriesSlice>{slice(u"青山县司法局"_s, 2022), slice(u"青山县司法局"_s, 2022), slice(u"青山县司法局"_s, 2023)}
            << QList<qsizetype>{-1, -1, 0};
        QTest::newRow("a name without its place never pairs")
            << QList<SeriesSlice>{slice(u"区司法局"_s, 2022), slice(u"区司法局"_s, 2023)} << QList<qsizetype>{-1, -1};
        QTest::newRow("no year")
            << QList<SeriesSlice>{slice(u"青山县司法局"_s, 0), slice(u"青山县司法局"_s, 1)} << QList<qsizetype>{-1, -1};
    }
    void previousYears()
    {
        QFETCH(QList<SeriesSlice>, slices);
        QFETCH(QList<qsizetype>, previous);
        QCOMPARE(nianbao::previousYears(slices), previous);
    }

    // A carried-over mismatch and a 现行有效件数 mismatch: the slices give the findings the whole
    // records give.
    void findingsOfSlicesAreThoseOfRecords()
    {
        Record older = makeRecord(FormatVersion::V2021);
        Record newer = makeRecord(FormatVersion::V2021);
        older.agency = newer.agency = u"青山县司法局"_s;
        older.year = 2022;
        newer.year = 2023;
        setRead(older, u"apply.carried_forward.natural"_s, 7);
        setRead(newer, u"apply.carried_over.natural"_s, 5);
        setRead(older, u"active.normative.in_force"_s, 40);
        setRead(newer, u"active.normative.in_force"_s, 50);
        const QList<Finding> whole = crossYearFindings(older, newer);
        QVERIFY(whole.size() >= 2);
        const QList<Finding> sliced = seriesFindings(seriesSlice(older), seriesSlice(newer));
        QCOMPARE(sliced.size(), whole.size());
        for (qsizetype i = 0; i < whole.size(); ++i) {
            QCOMPARE(sliced.at(i).rule, whole.at(i).rule);
            QCOMPARE(sliced.at(i).cells, whole.at(i).cells);
            QCOMPARE(sliced.at(i).previousCells, whole.at(i).previousCells);
            QCOMPARE(sliced.at(i).message, whole.at(i).message);
        }
        // a slice is small: the cells the checks (and settleWithPreviousYear) read, not the record
        QCOMPARE(seriesSlice(newer).values.size(), seriesCells().size());
        QVERIFY(seriesCells().size() <= 30);
    }
};

QTEST_GUILESS_MAIN(TestSeries)
#include "tst_series.moc"
