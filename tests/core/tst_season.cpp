// SPDX-License-Identifier: GPL-3.0-or-later
// The season by agency and by year (core/project/Season.h, issue 11): reports grouped by agency as
// the season's cross-year checks match them, the years of a project, the overview of one year
// (every agency, one without a report that year too), the key totals after the reviewer's
// corrections, and an open value kept open.
#include "core/compare/Series.h"
#include "core/project/Season.h"
#include "core/export/SummaryWorkbook.h"

#include "tests/fixtures/SeasonFixture.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;

namespace {

ProjectReport report(const QString &agency, int year, const QString &path, bool hasRecord = true)
{
    ProjectReport r;
    r.id = qHash(path);
    r.path = path;
    r.agency = agency;
    r.year = year;
    r.hasRecord = hasRecord;
    return r;
}

int totalIndex(const QString &label)
{
    return int(keyTotalLabels().indexOf(label));
}

} // namespace

class TestSeason : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    Project open() const
    {
        auto p = Project::open(m_project, Project::Access::Write);
        if (!p)
            qFatal("%s", qPrintable(p.error()));
        return std::move(*p);
    }

    static const AgencyGroup *groupNamed(const QList<AgencyGroup> &groups, const QString &name)
    {
        for (const AgencyGroup &g : groups)
            if (g.name == name)
                return &g;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString folder = m_dir.filePath(QStringLiteral("season"));
        QVERIFY(seasonfixture::makeSeasonFolder(folder));
        m_project = m_dir.filePath(QStringLiteral("season.nbproj"));
        Project p = open();
        auto stats = p.scan({folder});
        QVERIFY2(stats, qPrintable(stats.error()));
        QCOMPARE(stats->added, 12);
        QCOMPARE(stats->unreadable, 0);
    }

    // Names that differ in spaces, width or punctuation are one agency; a name without its place
    // is nobody's; reports without a record are left out.
    void groupsByName_data()
    {
        QTest::addColumn<QList<ProjectReport>>("reports");
        QTest::addColumn<QStringList>("groups"); // "NAME:YEAR,YEAR", in order
        QTest::newRow("spaces, brackets and width")
            << QList<ProjectReport>{report(QStringLiteral("青山县司法局"), 2022, QStringLiteral("/a")),
                                    report(QStringLiteral("青山县 司法局"), 2021, QStringLiteral("/b")),
                                    report(QStringLiteral("【青山县司法局"), 2023, QStringLiteral("/c")),
                                    report(QStringLiteral("青山县司法局（）"), 2020, QStringLiteral("/d"))}
            << QStringList{QStringLiteral("【青山县司法局:2020,2021,2022,2023")};
        QTest::newRow("no place name: one group each")
            << QList<ProjectReport>{report(QStringLiteral("区司法局"), 2022, QStringLiteral("/a")),
                                    report(QStringLiteral("区司法局"), 2023, QStringLiteral("/b"))}
            << QStringList{QStringLiteral("区司法局:2022"), QStringLiteral("区司法局:2023")};
        QTest::newRow("two agencies, a copy and an unread report")
            << QList<ProjectReport>{report(QStringLiteral("青山县财政局"), 2023, QStringLiteral("/a")),
                                    report(QStringLiteral("青山县司法局"), 2023, QStringLiteral("/b")),
                                    report(QStringLiteral("青山县司法局"), 2023, QStringLiteral("/c")),
                                    report(QString(), 0, QStringLiteral("/d"), false)}
            << QStringList{QStringLiteral("青山县财政局:2023"), QStringLiteral("青山县司法局:2023")};
    }
    void groupsByName()
    {
        QFETCH(QList<ProjectReport>, reports);
        QFETCH(QStringList, groups);
        QStringList got;
        for (const AgencyGroup &g : groupByAgency(reports)) {
            QStringList years;
            for (int y : g.years())
                years << QString::number(y);
            got << g.name + QLatin1Char(':') + years.join(QLatin1Char(','));
            // oldest first
            for (qsizetype i = 1; i < g.reports.size(); ++i)
                QVERIFY(g.reports.at(i - 1).year <= g.reports.at(i).year);
            QCOMPARE(g.key, agencyKey(g.reports.first().agency));
        }
        QCOMPARE(got, groups);
    }

    void groupsTheProject()
    {
        Project p = open();
        const auto reports = p.reports();
        QVERIFY(reports);
        const QList<AgencyGroup> groups = groupByAgency(*reports);
        QStringList names;
        for (const AgencyGroup &g : groups)
            names << g.name;
        // the Chinese collation: chóng, liáo, qīng (cái < sī), qū, wǔ, zhàn
        QCOMPARE(names, (QStringList{QStringLiteral("重庆市大渡口区司法局"), QStringLiteral("聊城市司法局"),
                                     QStringLiteral("青山县财政局"), QStringLiteral("青山县司法局"),
                                     QStringLiteral("区司法局"), QStringLiteral("武陟县司法局"),
                                     QStringLiteral("湛河区司法局")}));
        const AgencyGroup *sifa = groupNamed(groups, QStringLiteral("青山县司法局"));
        QVERIFY(sifa);
        QCOMPARE(sifa->years(), (QList<int>{2020, 2021, 2022, 2023}));
        QCOMPARE(sifa->reports.at(2).agency, QStringLiteral("【青山县司法局")); // read with its bracket
        QVERIFY(groupNamed(groups, QStringLiteral("区司法局"))->key.isEmpty());
        QCOMPARE(projectYears(*reports), (QList<int>{2019, 2020, 2021, 2022, 2023, 2024}));
    }

    void overviewOfAYear()
    {
        Project p = open();
        const QList<AgencyGroup> groups = groupByAgency(*p.reports());
        const QList<SeasonRow> rows = overviewOfYear(p, groups, 2023);
        QCOMPARE(rows.size(), 7); // every agency, two of them without a 2023 report
        QStringList without;
        for (const SeasonRow &r : rows) {
            QCOMPARE(r.year, 2023);
            if (!r.report) {
                without << r.agency;
                QVERIFY(!r.figures);
                continue;
            }
            QCOMPARE(r.report->year, 2023);
            QVERIFY2(r.figures, qPrintable(r.error));
            QCOMPARE(r.figures->totals.size(), SummaryWorkbook::keyTotals().size());
        }
        QCOMPARE(without, (QStringList{QStringLiteral("区司法局"), QStringLiteral("湛河区司法局")}));
        const SeasonRow &liaocheng = rows.at(1);
        QCOMPARE(liaocheng.agency, QStringLiteral("聊城市司法局"));
        QCOMPARE(liaocheng.figures->totals.at(totalIndex(QStringLiteral("本年新收"))), std::optional<double>(3));
        QCOMPARE(liaocheng.figures->totals.at(totalIndex(QStringLiteral("行政事业性收费"))), std::optional<double>(40.51));
        QCOMPARE(liaocheng.figures->violations, 0);

        // 2022: the planted violation of 聊城市司法局 counted
        const QList<SeasonRow> y2022 = overviewOfYear(p, groups, 2022);
        QCOMPARE(y2022.at(1).agency, QStringLiteral("聊城市司法局"));
        QCOMPARE(y2022.at(1).figures->violations, 3);
    }

    // An agency's years: the corrected values, an open value open (the 2019 format has no fees).
    void agencyYearsAfterCorrections()
    {
        Project p = open();
        const QList<AgencyGroup> groups = groupByAgency(*p.reports());
        const AgencyGroup *sifa = groupNamed(groups, QStringLiteral("青山县司法局"));
        QVERIFY(sifa);
        QList<SeasonRow> rows = agencyYears(p, *sifa);
        QCOMPARE(rows.size(), 4);
        const int received = totalIndex(QStringLiteral("本年新收"));
        const int fees = totalIndex(QStringLiteral("行政事业性收费"));
        QList<double> values;
        for (const SeasonRow &r : rows)
            values << r.figures->totals.at(received).value_or(-1);
        QCOMPARE(values, (QList<double>{5, 7, 12, 24}));
        QCOMPARE(rows.at(0).figures->totals.at(fees), std::nullopt); // open, not 0
        QCOMPARE(rows.at(2).figures->totals.at(fees), std::optional<double>(0));

        // The reviewer corrects 2023's 本年新收·总计: the figures follow, and so do the findings.
        QVERIFY(p.addCorrection(rows.at(3).report->id, Correction{QStringLiteral("apply.new.total"), {}, 30,
                                                                  QStringLiteral("测试"), {}}));
        rows = agencyYears(p, *sifa);
        QCOMPARE(rows.at(3).figures->totals.at(received), std::optional<double>(30));
        QVERIFY(rows.at(3).figures->violations > 0);
        // and undone, for the other tests
        QVERIFY(p.addCorrection(rows.at(3).report->id, Correction{QStringLiteral("apply.new.total"), {}, 24, {}, {}}));
        QCOMPARE(agencyYears(p, *sifa).at(3).figures->violations, 0);
    }
};

QTEST_GUILESS_MAIN(TestSeason)
#include "tst_season.moc"
