// SPDX-License-Identifier: GPL-3.0-or-later
// A season's project on the command line: `nianbao scan PROJECT DIR...` and a project as the input
// of check, export and compare (its reports, the reviewer's corrections applied); a scan killed
// with SIGKILL at several points leaves a whole database that the next scan completes without
// reading again what was committed; bad projects and read-only places give one line naming the
// file, exit 2, and nothing written. The source reports are never written.
//
// Read-only places: the tests run as root, which ignores permission bits, so a read-only folder is
// a read-only bind mount made in a mount namespace of the nianbao process alone
// (`unshare -m` + `mount --bind -o ro`); as another user, the folder's write bits are removed.
#include "core/project/Project.h"

#include "tests/cli/NianbaoProcess.h"
#include "tests/fixtures/ProjectFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace nianbao;
using namespace projectfixture;
using namespace Qt::StringLiterals;

namespace {

QString pair(const QString &name)
{
    return QStringLiteral(NIANBAO_TEST_DATA "/input/pairs/") + name;
}

// The planted error of this report (上年结转·商业企业 printed 1) breaks its balance; 0 fixes it.
const QString kMismatch = u"sifa_2023_carried_mismatch.txt"_s;
const QString kCell = u"apply.carried_over.commercial"_s;

int countOf(const QString &scanOutput, const char *what)
{
    const QRegularExpression re(QString::fromLatin1(what) + uR"( (\d+))"_s);
    const auto m = re.match(scanOutput);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestCliProject : public QObject
{
    Q_OBJECT

private slots:
    // check on a project says what check on its reports says.
    void scanThenCheck()
    {
        QTemporaryDir dir;
        const QString reports = dir.filePath(u"reports"_s);
        const QStringList files = makeReportFolder(reports, 5);
        const QString project = dir.filePath(u"season.nbproj"_s);
        const auto before = snapshot(reports);

        NianbaoRun scan = runNianbao({u"scan"_s, project, reports});
        QCOMPARE(scan.exitCode, 0);
        QCOMPARE(countOf(QString::fromUtf8(scan.out), "added"), 5);
        scan = runNianbao({u"scan"_s, u"--jobs"_s, u"1"_s, project});
        QCOMPARE(scan.exitCode, 0);
        QCOMPARE(countOf(QString::fromUtf8(scan.out), "unchanged"), 5);
        QCOMPARE(snapshot(reports), before);

        const NianbaoRun viaProject = runNianbao({u"check"_s, project});
        const NianbaoRun direct = runNianbao(QStringList{u"check"_s} + files);
        QCOMPARE(viaProject.exitCode, direct.exitCode);
        // The same blocks, but for the line saying where a project's record comes from.
        QStringList projectLines = QString::fromUtf8(viaProject.out).split(u'\n');
        projectLines.removeIf([](const QString &l) { return l.startsWith(u"审核文件 review: 项目"_s); });
        QCOMPARE(projectLines, QString::fromUtf8(direct.out).split(u'\n'));
        QCOMPARE(QString::fromUtf8(viaProject.out).count(u"审核状态 未审"_s), 5);
    }

    // The reviewer's correction, made through the core API the window uses, is applied by check
    // and export: the corrected value, the correction in the JSON, the exit code of the corrected record.
    void correctionsApplied()
    {
        QTemporaryDir dir;
        const QString reports = dir.filePath(u"reports"_s);
        QDir().mkpath(reports);
        QVERIFY(QFile::copy(pair(kMismatch), reports + u'/' + kMismatch));
        const QString project = dir.filePath(u"p.nbproj"_s);
        QCOMPARE(runNianbao({u"scan"_s, project, reports}).exitCode, 0);
        QCOMPARE(runNianbao({u"check"_s, project}).exitCode, 1);
        {
            auto p = Project::open(project, Project::Access::Write);
            QVERIFY2(p, qPrintable(p.error()));
            const qint64 id = p->reports()->first().id;
            QVERIFY(p->addCorrection(id, Correction{kCell, {}, 0, u"对照纸质原件更正"_s, {}}));
            QVERIFY(p->setStatus(id, ReviewStatus::Approved, u"已核"_s));
        }
        const NianbaoRun check = runNianbao({u"check"_s, project});
        QCOMPARE(check.exitCode, 0);
        QVERIFY(QString::fromUtf8(check.out).contains(u"套用 1 处修改；审核状态 通过（已核）"_s));

        const NianbaoRun exported = runNianbao({u"export"_s, u"--format"_s, u"json"_s, project});
        QCOMPARE(exported.exitCode, 0);
        const QJsonDocument json = QJsonDocument::fromJson(exported.out);
        const QJsonObject record = json.isArray() ? json.array().first().toObject() : json.object();
        QCOMPARE(record.value(u"cells"_s).toObject().value(kCell).toDouble(-1), 0.0);
        const QJsonArray corrections = record.value(u"corrections"_s).toArray();
        QCOMPARE(corrections.size(), 1);
        QCOMPARE(corrections.first().toObject().value(u"cell"_s).toString(), kCell);

        // compare: a project holding one report is one side; the 2022 report the other.
        const NianbaoRun compared = runNianbao({u"compare"_s, pair(u"sifa_2022.txt"_s), project});
        QVERIFY2(compared.exitCode == 0 || compared.exitCode == 1, qPrintable(compared.err));
        QVERIFY(QJsonDocument::fromJson(compared.out).isObject());
    }

    // A project among other inputs, with a file the scan could not read: its reports in place, the
    // unreadable one named with its reason, exit 2 at the end.
    void projectAmongInputs()
    {
        QTemporaryDir dir;
        const QString reports = dir.filePath(u"reports"_s);
        const QStringList files = makeReportFolder(reports, 3);
        QFile notes(reports + u"/d00/notes.txt"_s);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("会议记录：下周二开会。\n");
        notes.close();
        const QString project = dir.filePath(u"p.nbproj"_s);
        const NianbaoRun scan = runNianbao({u"scan"_s, project, reports});
        QCOMPARE(scan.exitCode, 2);
        QVERIFY2(scan.err.contains(notes.fileName()), qPrintable(scan.err));
        QCOMPARE(countOf(QString::fromUtf8(scan.out), "unreadable"), 1);

        const QString single = pair(u"sifa_2022.txt"_s);
        const NianbaoRun check = runNianbao({u"check"_s, single, project});
        QCOMPARE(check.exitCode, 2);
        const QString out = QString::fromUtf8(check.out);
        QStringList heads;
        for (const QString &line : out.split(u'\n'))
            if (line.startsWith(u"== "_s))
                heads.append(line.mid(3));
        // The reports in place, and the unreadable one with its block too (a season's run names
        // every input it could not read where it stands).
        QCOMPARE(heads.size(), 5);
        QCOMPARE(heads.first(), single);
        for (const QString &f : files)
            QVERIFY2(heads.contains(f), qPrintable(heads.join(u'\n')));
        QVERIFY(std::any_of(heads.cbegin(), heads.cend(), [](const QString &h) { return h.contains(u"notes.txt"_s); }));
        QVERIFY2(check.err.contains(notes.fileName()) && check.err.contains(u"不是政府信息公开工作年度报告"_s),
                 qPrintable(check.err));
    }

    void compareNeedsOneReportASide()
    {
        QTemporaryDir dir;
        const QString reports = dir.filePath(u"reports"_s);
        makeReportFolder(reports, 2);
        const QString project = dir.filePath(u"p.nbproj"_s);
        QCOMPARE(runNianbao({u"scan"_s, project, reports}).exitCode, 0);
        const NianbaoRun r = runNianbao({u"compare"_s, project, pair(u"sifa_2022.txt"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"含 2 份报告"_s), qPrintable(r.err));
    }

    // A disappeared report: marked at the scan, its record still checked from the project.
    void disappearedReport()
    {
        QTemporaryDir dir;
        const QString reports = dir.filePath(u"reports"_s);
        const QStringList files = makeReportFolder(reports, 3);
        const QString project = dir.filePath(u"p.nbproj"_s);
        QCOMPARE(runNianbao({u"scan"_s, project, reports}).exitCode, 0);
        QVERIFY(QFile::remove(files.at(1)));
        const NianbaoRun scan = runNianbao({u"scan"_s, project, reports});
        QCOMPARE(scan.exitCode, 0);
        QCOMPARE(countOf(QString::fromUtf8(scan.out), "disappeared"), 1);
        const NianbaoRun check = runNianbao({u"check"_s, project});
        QCOMPARE(QString::fromUtf8(check.out).count(u"== "_s), 3);
        QVERIFY(QString::fromUtf8(check.out).contains(u"原文件已不在"_s));
    }

    // SIGKILL during a scan, at several points: the database is whole, what was committed stays,
    // and the next scan reads only the rest.
    void killedScanResumes_data()
    {
        QTest::addColumn<int>("delayMs");
        for (int ms : {0, 20, 100, 300, 800, 2000})
            QTest::addRow("%d ms", ms) << ms;
        QTest::addRow("after the first commit") << -1;
    }
    void killedScanResumes()
    {
        QFETCH(int, delayMs);
        QTemporaryDir dir;
        const QString reports = dir.filePath(u"reports"_s);
        constexpr int kReports = 400;
        QCOMPARE(makeReportFolder(reports, kReports).size(), kReports);
        const auto before = snapshot(reports);
        const QString project = dir.filePath(u"p.nbproj"_s);

        QProcess p;
        p.start(QStringLiteral(NIANBAO_BINARY), {u"scan"_s, project, reports});
        QVERIFY(p.waitForStarted());
        if (delayMs >= 0) {
            QThread::msleep(delayMs);
        } else {
            for (int i = 0; i < 2000 && queryValue(project, "SELECT count(*) FROM reports").toInt() < 1; ++i)
                QThread::msleep(2);
        }
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished());
        const bool finished = p.exitStatus() == QProcess::NormalExit;

        int committed = 0;
        if (QFileInfo::exists(project)) {
            QCOMPARE(queryValue(project, "PRAGMA integrity_check"), u"ok"_s);
            committed = queryValue(project, "SELECT count(*) FROM reports WHERE record IS NOT NULL").toInt();
        }
        qInfo("killed after %d ms: %d of %d reports committed%s", delayMs, committed, kReports,
              finished ? " (the scan had finished)" : "");

        const NianbaoRun next = runNianbao({u"scan"_s, project, reports});
        QVERIFY2(next.exitCode == 0, qPrintable(next.err));
        const QString out = QString::fromUtf8(next.out);
        QCOMPARE(countOf(out, "added"), kReports - committed);
        QCOMPARE(countOf(out, "unchanged"), committed);
        QCOMPARE(queryValue(project, "PRAGMA integrity_check"), u"ok"_s);
        QCOMPARE(queryValue(project, "SELECT count(*) FROM reports WHERE present = 1 AND record IS NOT NULL"
                                     " AND error IS NULL"),
                 QString::number(kReports));
        QCOMPARE(snapshot(reports), before);
        // Nothing half made is left beside the project (a creation killed before its rename).
        QCOMPARE(QDir(dir.path()).entryList({u".p.nbproj.creating-*"_s}, QDir::Files | QDir::Hidden), QStringList());
    }

    // Bad projects: one line naming the file, exit 2, the file as it was, nothing else written.
    void badProjects_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a project") << u"text"_s << u"不是年报审核项目文件"_s;
        QTest::newRow("truncated") << u"truncate"_s << u"已损坏"_s;
        QTest::newRow("bytes flipped") << u"flip"_s << u"已损坏"_s;
        QTest::newRow("newer Nianbao") << u"newer"_s << u"较新版本"_s;
    }
    void badProjects()
    {
        QFETCH(QString, damage);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString reports = dir.filePath(u"reports"_s);
        makeReportFolder(reports, 12);
        QString project = dir.filePath(u"p.nbproj"_s);
        if (damage == u"text") {
            project = dir.filePath(u"notes.txt"_s);
            QFile f(project);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("会议记录\n");
        } else {
            QCOMPARE(runNianbao({u"scan"_s, project, reports}).exitCode, 0);
            const qint64 size = QFileInfo(project).size();
            if (damage == u"truncate")
                QVERIFY(QFile::resize(project, size / 2));
            else if (damage == u"flip")
                QVERIFY(flipBytes(project, 4096, 8));
            else
                QVERIFY(setPragma(project, "PRAGMA user_version = 7"));
        }
        const auto before = snapshot(dir.path());
        const QList<QStringList> commands = {{u"scan"_s, project, reports},
                                             {u"check"_s, project},
                                             {u"export"_s, u"--format"_s, u"json"_s, project}};
        for (const QStringList &args : commands) {
            if (damage == u"text" && args.first() != u"scan")
                continue; // check and export take a .txt for a report (and say it is none)
            const NianbaoRun r = runNianbao(args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.out.isEmpty() || args.first() == u"check");
            const QStringList lines = r.err.trimmed().split(u'\n');
            QCOMPARE(lines.size(), 1);
            QVERIFY2(lines.first().contains(project) && lines.first().contains(message), qPrintable(r.err));
        }
        QCOMPARE(snapshot(dir.path()), before);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no project") << QStringList{u"scan"_s};
        QTest::newRow("bad jobs") << QStringList{u"scan"_s, u"--jobs"_s, u"x"_s, u"p.nbproj"_s};
        QTest::newRow("unknown option") << QStringList{u"scan"_s, u"--fast"_s, u"p.nbproj"_s};
    }
    void usage()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral(NIANBAO_BINARY), args);
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(u"nianbao scan"_s));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void newProjectNeedsItsSuffix()
    {
        QTemporaryDir dir;
        const QString reports = dir.filePath(u"reports"_s);
        makeReportFolder(reports, 1);
        const NianbaoRun r = runNianbao({u"scan"_s, dir.filePath(u"season.txt"_s), reports});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u".nbproj"_s));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"season.txt"_s)));
        const NianbaoRun missing = runNianbao({u"scan"_s, dir.filePath(u"p.nbproj"_s), dir.filePath(u"nowhere"_s)});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(!QFileInfo::exists(dir.filePath(u"p.nbproj"_s)));
    }

    // A project on a read-only folder: scan refused (exit 2, the file named, nothing written);
    // check still reads it.
    void projectOnReadOnlyFolder()
    {
        QTemporaryDir dir;
        const QString reports = dir.filePath(u"reports"_s);
        makeReportFolder(reports, 3);
        const QString place = dir.filePath(u"projects"_s);
        QDir().mkpath(place);
        const QString project = place + u"/p.nbproj"_s;
        QCOMPARE(runNianbao({u"scan"_s, project, reports}).exitCode, 0);
        QFile more(reports + u"/extra.txt"_s);
        QVERIFY(QFile::copy(seedReports().first(), more.fileName()));
        const auto before = snapshot(place);

        bool ok = false;
        NianbaoRun r = runWithReadOnly(place, {u"scan"_s, project, reports}, &ok);
        if (!ok)
            QSKIP("no read-only place can be made here (root without mount namespaces)");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.trimmed().split(u'\n').size() == 1 && r.err.contains(project) && r.err.contains(u"只读"_s),
                 qPrintable(r.err));
        QCOMPARE(snapshot(place), before);

        r = runWithReadOnly(place, {u"scan"_s, place + u"/new.nbproj"_s, reports}, &ok);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(place + u"/new.nbproj"_s), qPrintable(r.err));

        r = runWithReadOnly(place, {u"check"_s, project}, &ok);
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
        QCOMPARE(QString::fromUtf8(r.out).count(u"== "_s), 3);
        QCOMPARE(snapshot(place), before);
    }

    // A version-1 project: read as it is by check (also on a read-only folder: not brought up to
    // date), brought up to date by scan; a decision the window wrote (Project::setSettlements)
    // shows in check as it does for a saved review.
    void version1ProjectAndDecisions()
    {
        QTemporaryDir dir;
        const QString reports = dir.filePath(u"reports"_s);
        makeReportFolder(reports, 3); // r0001 has blank cells
        const QString place = dir.filePath(u"projects"_s);
        QDir().mkpath(place);
        const QString project = place + u"/p.nbproj"_s;
        QCOMPARE(runNianbao({u"scan"_s, project, reports}).exitCode, 0);
        QVERIFY(downgradeToVersion1(project));
        const NianbaoRun first = runNianbao({u"check"_s, project});
        QVERIFY2(first.exitCode == 0 || first.exitCode == 1, qPrintable(first.err));
        QCOMPARE(queryValue(project, "PRAGMA user_version"), u"1"_s);
        bool ok = false;
        const NianbaoRun readOnly = runWithReadOnly(place, {u"check"_s, project}, &ok);
        if (ok) {
            QCOMPARE(readOnly.exitCode, first.exitCode);
            QCOMPARE(readOnly.out, first.out);
            QCOMPARE(queryValue(project, "PRAGMA user_version"), u"1"_s);
        }

        QCOMPARE(runNianbao({u"scan"_s, project}).exitCode, 0);
        QCOMPARE(queryValue(project, "PRAGMA user_version"), QString::number(Project::schemaVersion));
        {
            auto p = Project::open(project, Project::Access::Write);
            QVERIFY2(p, qPrintable(p.error()));
            const qint64 id = *p->reportId(reports + u"/d00/r0001.txt"_s);
            const Finding f = p->extractedRecord(id)->findings.first();
            QVERIFY(p->setSettlements(id, {Settlement{f.kind, f.rule, f.cells, FindingStatus::Dismissed,
                                                      u"口径不同，已核实"_s, QDateTime::currentDateTimeUtc()}}));
        }
        const QString out = QString::fromUtf8(runNianbao({u"check"_s, project}).out);
        QCOMPARE(out.count(u"已处理 1 条问题（确认或排除）"_s), 1);
        QCOMPARE(out.count(u"（已排除：口径不同，已核实）"_s), 1);
        QVERIFY2(out.contains(u"另有 1 处已排除 dismissed"_s), qPrintable(out));
    }

    // Reports on a read-only share, the project elsewhere: the scan works and writes nothing there.
    void reportsOnReadOnlyShare()
    {
        QTemporaryDir dir;
        const QString share = dir.filePath(u"share"_s);
        makeReportFolder(share, 6);
        const auto before = snapshot(share);
        const QString project = dir.filePath(u"p.nbproj"_s);
        bool ok = false;
        NianbaoRun r = runWithReadOnly(share, {u"scan"_s, project, share}, &ok);
        if (!ok)
            QSKIP("no read-only place can be made here (root without mount namespaces)");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(countOf(QString::fromUtf8(r.out), "added"), 6);
        r = runWithReadOnly(share, {u"scan"_s, project, share}, &ok);
        QCOMPARE(countOf(QString::fromUtf8(r.out), "unchanged"), 6);
        QCOMPARE(snapshot(share), before);
    }
};

QTEST_GUILESS_MAIN(TestCliProject)
#include "tst_cli_project.moc"
