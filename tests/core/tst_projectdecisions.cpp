// SPDX-License-Identifier: GPL-3.0-or-later
// The reviewer's decisions on findings in a project (schema version 2, core/project): a version-1
// project brought up to date when opened for writing (in one transaction: a step that fails leaves
// it as it was), left as it is when opened for reading, refused when newer; decisions kept, taken
// back and made again as an append-only trail, reopened, and applied wherever the project's
// record is read (the corrected record, its counts, the findings report).
#include "core/opinion/OpinionSources.h"
#include "core/project/Project.h"
#include "core/project/Season.h"

#include "tests/fixtures/ProjectFixture.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;
using namespace projectfixture;

namespace {

// Version 1's tables as the first Nianbao with projects made them (docs/spec/PROJECT.md), kept
// here as written so that the test's version-1 file is checked against them, not against the code.
const char *const kVersion1 = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE roots(path TEXT PRIMARY KEY, added_at TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE reports(
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  size INTEGER NOT NULL DEFAULT 0,
  mtime_ms INTEGER NOT NULL DEFAULT 0,
  sha256 TEXT NOT NULL DEFAULT '',
  present INTEGER NOT NULL DEFAULT 1,
  missing_since TEXT,
  error TEXT,
  record TEXT,
  agency TEXT NOT NULL DEFAULT '',
  year INTEGER NOT NULL DEFAULT 0,
  format TEXT NOT NULL DEFAULT '',
  violations INTEGER NOT NULL DEFAULT 0,
  missing INTEGER NOT NULL DEFAULT 0,
  warnings INTEGER NOT NULL DEFAULT 0,
  read_at TEXT,
  status TEXT NOT NULL DEFAULT 'unreviewed'
    CHECK(status IN ('unreviewed', 'in_review', 'approved', 'returned')),
  status_note TEXT NOT NULL DEFAULT '',
  status_at TEXT);
CREATE TABLE findings(
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL,
  rule TEXT NOT NULL,
  cells TEXT NOT NULL,
  message TEXT NOT NULL,
  PRIMARY KEY(report_id, seq)) WITHOUT ROWID;
CREATE TABLE corrections(
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  cell TEXT NOT NULL,
  from_value REAL,
  to_value REAL,
  note TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL);
CREATE INDEX corrections_by_report ON corrections(report_id, id);
CREATE TABLE status_history(
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  status TEXT NOT NULL,
  note TEXT NOT NULL,
  at TEXT NOT NULL);
CREATE INDEX status_history_by_report ON status_history(report_id, id);
)sql";

// Every table and index of a database with its statement (whitespace folded), by name.
QStringList schemaOf(const QString &path)
{
    auto db = sql::Database::open(path, sql::Database::Mode::ReadWrite);
    if (!db)
        return {QStringLiteral("cannot open: ") + db.error()};
    auto st = db->prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name");
    if (!st)
        return {st.error()};
    QStringList out;
    while (st->next())
        out.append(st->text(0) + QLatin1Char(' ') + st->text(1) + QStringLiteral(": ") + st->text(2).simplified());
    return out;
}

bool hasTable(const QString &project, const char *name)
{
    return queryValue(project, QByteArray("SELECT count(*) FROM sqlite_master WHERE name = '") + name + "'") == u"1";
}

QDateTime at(int minute)
{
    return QDateTime(QDate(2027, 3, 4), QTime(10, minute, 7, 250), Qt::UTC);
}

Settlement decide(const Finding &f, FindingStatus status, const QString &reason, const QDateTime &when)
{
    return Settlement{f.kind, f.rule, f.cells, status, reason, when};
}

} // namespace

class TestProjectDecisions : public QObject
{
    Q_OBJECT

    // A project with `count` seed reports scanned into it (r0001 has findings); its path.
    static QString makeProject(const QTemporaryDir &dir, int count = 3)
    {
        const QString reports = dir.filePath(QStringLiteral("reports"));
        makeReportFolder(reports, count);
        const QString path = dir.filePath(QStringLiteral("season.nbproj"));
        auto p = Project::open(path, Project::Access::Write);
        if (!p || !p->scan({reports}))
            return {};
        return path;
    }

    // The first report with at least two findings, and its record as extracted.
    static qint64 reportWithFindings(const Project &p, Record *record)
    {
        const auto list = p.reports();
        if (!list)
            return 0;
        for (const ProjectReport &r : *list) {
            auto extracted = p.extractedRecord(r.id);
            if (extracted && extracted->findings.size() >= 2) {
                *record = *extracted;
                return r.id;
            }
        }
        return 0;
    }

private slots:
    // The test's version-1 file has exactly version 1's tables; brought up to date it has exactly
    // the tables of a project made new.
    void version1FileAndItsMigration()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir);
        QVERIFY(!path.isEmpty());
        const QStringList fresh = schemaOf(path);
        QVERIFY(fresh.join(u'\n').contains(QStringLiteral("table settlements")));

        const QString reference = dir.filePath(QStringLiteral("v1-reference.db"));
        QVERIFY(setPragma(reference, kVersion1));
        QVERIFY(downgradeToVersion1(path));
        QCOMPARE(schemaOf(path), schemaOf(reference));
        QCOMPARE(queryValue(path, "PRAGMA user_version"), QStringLiteral("1"));

        auto p = Project::open(path, Project::Access::Write);
        QVERIFY2(p, qPrintable(p.error()));
        QCOMPARE(p->fileVersion(), Project::schemaVersion);
        QCOMPARE(queryValue(path, "PRAGMA user_version"), QString::number(Project::schemaVersion));
        QCOMPARE(schemaOf(path), fresh);
    }

    // Read access leaves a version-1 project as it is (it has no decisions); write access brings
    // it up to date, keeping every report, correction and status.
    void migratesOnlyWhenOpenedForWriting()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir);
        QVERIFY(!path.isEmpty());
        qint64 id = 0;
        Record extracted;
        QString cell;
        {
            auto p = Project::open(path, Project::Access::Write);
            QVERIFY(p);
            id = reportWithFindings(*p, &extracted);
            QVERIFY(id);
            cell = extracted.findings.first().cells.first();
            QVERIFY(p->addCorrection(id, Correction{cell, std::nullopt, 7, QStringLiteral("原件"), at(1)}));
            QVERIFY(p->setStatus(id, ReviewStatus::Returned, QStringLiteral("请补填"), at(2)));
        }
        QVERIFY(downgradeToVersion1(path));

        {
            auto p = Project::open(path, Project::Access::Read);
            QVERIFY2(p, qPrintable(p.error()));
            QCOMPARE(p->fileVersion(), 1);
            const auto list = p->reports();
            QVERIFY2(list, qPrintable(list.error()));
            QCOMPARE(list->size(), 3);
            QCOMPARE(p->report(id)->settlementEntries, 0);
            QCOMPARE(p->report(id)->corrections, 1);
            QVERIFY(p->settlements(id)->isEmpty());
            QVERIFY(p->settlementTrail(id)->isEmpty());
            const auto corrected = p->correctedRecord(id);
            QVERIFY2(corrected, qPrintable(corrected.error()));
            QCOMPARE(corrected->value(cell), std::optional<double>(7));
            const Status refused = p->setSettlements(id, {decide(extracted.findings.at(1), FindingStatus::Confirmed, {}, at(3))});
            QVERIFY(!refused);
            QVERIFY2(refused.error().contains(QStringLiteral("只读")), qPrintable(refused.error()));
        }
        QCOMPARE(queryValue(path, "PRAGMA user_version"), QStringLiteral("1"));
        QVERIFY(!hasTable(path, "settlements"));

        auto p = Project::open(path, Project::Access::Write);
        QVERIFY2(p, qPrintable(p.error()));
        QCOMPARE(p->fileVersion(), 2);
        QVERIFY(hasTable(path, "settlements"));
        const ProjectReport r = *p->report(id);
        QCOMPARE(r.status.status, ReviewStatus::Returned);
        QCOMPARE(r.status.note, QStringLiteral("请补填"));
        QCOMPARE(p->statusHistory(id)->size(), 1);
        QCOMPARE(p->corrections(id)->size(), 1);
        QCOMPARE(p->corrections(id)->first().note, QStringLiteral("原件"));
        QCOMPARE(p->extractedRecord(id)->findings, extracted.findings);
        QVERIFY(p->setSettlements(id, {decide(extracted.findings.at(1), FindingStatus::Confirmed, {}, at(3))}));
        QCOMPARE(p->settlements(id)->size(), 1);

        // Opened again: up to date already, nothing changes.
        p = Project::open(path, Project::Access::Write);
        QVERIFY(p);
        QCOMPARE(p->settlements(id)->size(), 1);
        QCOMPARE(queryValue(path, "PRAGMA user_version"), QStringLiteral("2"));
    }

    // A step that fails half-way leaves the project as it was (one transaction): the file is still
    // version 1, without the half of the step that had run, and the message names the file.
    void failedMigrationChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir);
        QVERIFY(!path.isEmpty());
        QVERIFY(downgradeToVersion1(path));
        // Another program took the name of the step's index: its CREATE TABLE runs, its CREATE INDEX fails.
        QVERIFY(setPragma(path, "CREATE TABLE other(x); CREATE INDEX settlements_by_report ON other(x);"));
        const QStringList before = schemaOf(path);
        auto p = Project::open(path, Project::Access::Write);
        QVERIFY(!p);
        QVERIFY2(p.error().startsWith(path), qPrintable(p.error()));
        QVERIFY2(p.error().contains(QStringLiteral("升级")), qPrintable(p.error()));
        QVERIFY(!p.error().contains(u'\n'));
        QCOMPARE(queryValue(path, "PRAGMA user_version"), QStringLiteral("1"));
        QVERIFY(!hasTable(path, "settlements"));
        QCOMPARE(schemaOf(path), before);
        // Still readable as version 1.
        auto read = Project::open(path, Project::Access::Read);
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(read->reports()->size(), 3);
    }

    void newerProjectRefused()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir);
        QVERIFY(!path.isEmpty());
        const QByteArray newer = "PRAGMA user_version = " + QByteArray::number(Project::schemaVersion + 1);
        QVERIFY(setPragma(path, newer.constData()));
        const auto before = snapshot(dir.path());
        for (auto access : {Project::Access::Read, Project::Access::Write}) {
            auto p = Project::open(path, access);
            QVERIFY(!p);
            QVERIFY2(p.error().contains(QStringLiteral("较新版本")), qPrintable(p.error()));
        }
        QCOMPARE(snapshot(dir.path()), before);
    }

    // Decisions made, reopened, taken back and made again: the trail only grows, what stands is
    // what the review had, and every reader of the project's record sees it.
    void decisionsPersist()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir);
        QVERIFY(!path.isEmpty());
        qint64 id = 0;
        Record extracted;
        Settlement confirmed, dismissed;
        {
            auto p = Project::open(path, Project::Access::Write);
            QVERIFY(p);
            id = reportWithFindings(*p, &extracted);
            QVERIFY(id);
            confirmed = decide(extracted.findings.at(0), FindingStatus::Confirmed, {}, at(10));
            dismissed = decide(extracted.findings.at(1), FindingStatus::Dismissed, QStringLiteral("口径不同，已核实"), at(11));
            QVERIFY(p->setSettlements(id, {confirmed}));
            QVERIFY(p->setSettlements(id, {confirmed, dismissed}));
            QVERIFY(p->setSettlements(id, {confirmed, dismissed})); // already so: nothing written
            QCOMPARE(p->settlementTrail(id)->size(), 2);
        }
        {
            auto p = Project::open(path, Project::Access::Read);
            QVERIFY(p);
            QCOMPARE(*p->settlements(id), (QList<Settlement>{confirmed, dismissed}));
            QCOMPARE(p->report(id)->settlementEntries, 2);
            const Record corrected = *p->correctedRecord(id);
            QCOMPARE(corrected.findings.at(0).status, FindingStatus::Confirmed);
            QCOMPARE(corrected.findings.at(1).status, FindingStatus::Dismissed);
            QCOMPARE(corrected.findings.at(1).reason, QStringLiteral("口径不同，已核实"));
            QCOMPARE(corrected.settlements, (QList<Settlement>{confirmed, dismissed}));
            const FindingKind kind = extracted.findings.at(1).kind;
            QCOMPARE(corrected.count(kind), extracted.count(kind) - 1); // a dismissed one no longer counts
            QVERIFY(p->extractedRecord(id)->settlements.isEmpty());
            // The season's overview counts as the record does.
            const auto figures = reportFigures(*p, id);
            QVERIFY2(figures, qPrintable(figures.error()));
            QCOMPARE(figures->missing, int(corrected.count(FindingKind::Missing)));
            QCOMPARE(figures->violations, int(corrected.count(FindingKind::Violation)));
            QCOMPARE(figures->missing + figures->violations,
                     int(extracted.count(FindingKind::Missing) + extracted.count(FindingKind::Violation)) - 1);
            // The findings report reads them as it reads a saved review's.
            const auto opinion = opinionFromProject(*p, id);
            QVERIFY2(opinion, qPrintable(opinion.error()));
            QCOMPARE(opinion->dismissed, 1);
            bool confirmedListed = false;
            for (const OpinionFinding &f : opinion->findings)
                confirmedListed = confirmedListed || f.state == OpinionState::Confirmed;
            QVERIFY(confirmedListed);
        }
        auto p = Project::open(path, Project::Access::Write);
        QVERIFY(p);
        // Taken back (an undo): an Open entry; made again (a redo) with its own time.
        QVERIFY(p->setSettlements(id, {confirmed}));
        auto trail = *p->settlementTrail(id);
        QCOMPARE(trail.size(), 3);
        QCOMPARE(trail.last().status, FindingStatus::Open);
        QCOMPARE(trail.last().cells, dismissed.cells);
        QCOMPARE(*p->settlements(id), QList<Settlement>{confirmed});
        QCOMPARE(p->correctedRecord(id)->findings.at(1).status, FindingStatus::Open);
        QVERIFY(p->setSettlements(id, {confirmed, dismissed}));
        QCOMPARE(p->settlementTrail(id)->size(), 4);
        QCOMPARE(*p->settlements(id), (QList<Settlement>{confirmed, dismissed}));
        // A changed reason is a new entry; the confirmation taken back leaves only the dismissal.
        Settlement reworded = dismissed;
        reworded.reason = QStringLiteral("按上级口径统计");
        reworded.at = at(12);
        QVERIFY(p->setSettlements(id, {reworded}));
        QCOMPARE(p->settlementTrail(id)->size(), 6);
        QCOMPARE(*p->settlements(id), QList<Settlement>{reworded});

        // Refused, nothing written.
        Settlement noReason = dismissed;
        noReason.reason = QStringLiteral("  ");
        QVERIFY(!p->setSettlements(id, {noReason}));
        Settlement open = confirmed;
        open.status = FindingStatus::Open;
        QVERIFY(!p->setSettlements(id, {open}));
        QVERIFY(!p->setSettlements(987654, {confirmed}));
        QCOMPARE(p->settlementTrail(id)->size(), 6);

        // A rescan that reads the report again keeps them, as it keeps corrections.
        QFile f(p->report(id)->path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n另附说明。\n");
        f.close();
        QCOMPARE(p->scan()->reread, 1);
        QCOMPARE(*p->settlements(id), QList<Settlement>{reworded});
        QCOMPARE(p->correctedRecord(id)->findings.at(1).status, FindingStatus::Dismissed);
    }
};

QTEST_GUILESS_MAIN(TestProjectDecisions)
#include "tst_projectdecisions.moc"
