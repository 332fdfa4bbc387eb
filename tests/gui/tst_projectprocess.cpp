// SPDX-License-Identifier: GPL-3.0-or-later
// The window as the reviewer starts it, a child process (`nianbao DIR|PROJECT`, offscreen):
// a correction or a decision on a finding (F9 / Shift+F9) made in a project's report is in the
// project the moment it is made, so a window killed with SIGKILL right after loses nothing; a
// version-1 project on a read-only folder is opened read-only, not brought up to date, and a
// decision is refused with a message; and a folder whose own folder is read-only gets its project
// where the reviewer says (the test's answer to the question: NIANBAO_TEST_PLACE).
#include "tests/cli/NianbaoProcess.h"
#include "tests/fixtures/ProjectFixture.h"

#include "core/project/Project.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace nianbao;
using namespace Qt::StringLiterals;

class TestProjectProcess final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        return env;
    }

    // Starts `args` (the window's arguments) with `env`; with `readOnly`, that folder is read-only
    // for the child alone (as root a chmod does not stop writing: a read-only bind mount).
    static void startWindow(QProcess &child, const QProcessEnvironment &env, const QStringList &args,
                            const QString &readOnly = {})
    {
        child.setProcessEnvironment(env);
        if (readOnly.isEmpty()) {
            child.start(QStringLiteral(NIANBAO_BINARY), args);
        } else if (geteuid() == 0) {
            child.start(u"unshare"_s, QStringList{u"-m"_s, u"--propagation"_s, u"private"_s, u"sh"_s, u"-c"_s,
                                                  uR"(mount --bind -o ro "$1" "$1" || exit 99; touch "$1/.probe" 2>/dev/null && exit 98; shift; exec "$@")"_s,
                                                  u"sh"_s, readOnly, QStringLiteral(NIANBAO_BINARY)}
                                          + args);
        } else {
            QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
            child.start(QStringLiteral(NIANBAO_BINARY), args);
        }
    }

    // Reads the child's standard error until `what` is said (or it ends, or two minutes pass).
    static QString waitFor(QProcess &child, const QString &what)
    {
        QString said;
        QElapsedTimer waited;
        waited.start();
        while (!said.contains(what) && waited.elapsed() < 120000 && child.state() != QProcess::NotRunning) {
            child.waitForReadyRead(500);
            said += QString::fromUtf8(child.readAllStandardError());
        }
        return said + QString::fromUtf8(child.readAllStandardError());
    }

    static QString makeProject(const QTemporaryDir &dir, const QString &place)
    {
        const QString reports = dir.filePath(u"reports"_s);
        if (projectfixture::makeReportFolder(reports, 6).size() != 6)
            return {};
        QDir().mkpath(place);
        const QString project = place + u"/season.nbproj"_s;
        auto p = Project::open(project, Project::Access::Write);
        if (!p || !p->scan({reports}))
            return {};
        return project;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    // Shift+F9 with its reason, and the window killed at once: the decision is in the project.
    void decisionSurvivesAKill()
    {
        QTemporaryDir dir;
        const QString project = makeProject(dir, dir.path());
        QVERIFY(!project.isEmpty());
        QProcess child;
        QProcessEnvironment env = environment();
        env.insert(u"NIANBAO_TEST_SETTLE"_s, u"dismiss=口径不同，已核实"_s);
        startWindow(child, env, {project});
        QVERIFY(child.waitForStarted(30000));
        const QString said = waitFor(child, u"NIANBAO_TEST_SETTLE "_s);
        QVERIFY2(said.contains(u"NIANBAO_TEST_SETTLE done"_s), qPrintable(said));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        auto p = Project::open(project, Project::Access::Read);
        QVERIFY2(p, qPrintable(p.error()));
        int settled = 0;
        const auto list = p->reports();
        QVERIFY(list);
        for (const ProjectReport &r : *list) {
            const auto decisions = *p->settlements(r.id);
            if (decisions.isEmpty())
                continue;
            ++settled;
            QCOMPARE(decisions.size(), 1);
            QCOMPARE(decisions.first().status, FindingStatus::Dismissed);
            QCOMPARE(decisions.first().reason, u"口径不同，已核实"_s);
            QVERIFY(decisions.first().matches(p->extractedRecord(r.id)->findings.first()));
            QCOMPARE(p->correctedRecord(r.id)->findings.first().status, FindingStatus::Dismissed);
        }
        QCOMPARE(settled, 1);
    }

    // A version-1 project on a read-only folder: the window opens it read-only without bringing it
    // up to date, and F9 says why it cannot keep the decision; nothing is written.
    void readOnlyProjectRefusesDecisions()
    {
        QTemporaryDir dir;
        const QString place = dir.filePath(u"share"_s);
        const QString project = makeProject(dir, place);
        QVERIFY(!project.isEmpty());
        QVERIFY(projectfixture::downgradeToVersion1(project));
        const auto before = projectfixture::snapshot(place);
        QProcess child;
        QProcessEnvironment env = environment();
        env.insert(u"NIANBAO_TEST_SETTLE"_s, u"confirm"_s);
        startWindow(child, env, {project}, place);
        const bool started = child.waitForStarted(30000);
        const QString said = started ? waitFor(child, u"NIANBAO_TEST_SETTLE "_s) : QString();
        if (child.state() != QProcess::NotRunning) {
            ::kill(pid_t(child.processId()), SIGKILL);
            child.waitForFinished(10000);
        }
        QFile::setPermissions(place, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(started);
        QVERIFY2(child.exitCode() != 99 && child.exitCode() != 98,
                 "this machine cannot make a read-only folder (unshare/mount refused)");
        QVERIFY2(said.contains(u"NIANBAO_TEST_SETTLE refused: "_s), qPrintable(said));
        QVERIFY2(said.contains(u"只读"_s), qPrintable(said));
        QCOMPARE(projectfixture::snapshot(place), before);
        QCOMPARE(projectfixture::queryValue(project, "PRAGMA user_version"), u"1"_s);
    }

    // `nianbao PROJECT` opens the project, a report, corrects a cell (the test hook), and is killed
    // at once: the correction is in the project, with its note, from the value as read.
    void correctionSurvivesAKill()
    {
        QTemporaryDir dir;
        const QString reports = dir.filePath(u"reports"_s);
        QCOMPARE(projectfixture::makeReportFolder(reports, 6).size(), 6);
        const QString project = dir.filePath(u"season.nbproj"_s);
        {
            auto p = Project::open(project, Project::Access::Write);
            QVERIFY2(p, qPrintable(p.error()));
            QVERIFY(p->scan({reports}));
        }
        const QString cell = u"apply.new.natural"_s;
        QProcess child;
        QProcessEnvironment env = environment();
        env.insert(u"NIANBAO_TEST_EDIT"_s, cell + u"=4321"_s);
        child.setProcessEnvironment(env);
        child.start(QStringLiteral(NIANBAO_BINARY), {project});
        QVERIFY(child.waitForStarted(30000));
        QString said;
        QElapsedTimer waited;
        waited.start();
        while (!said.contains(u"NIANBAO_TEST_EDIT"_s) && waited.elapsed() < 120000 && child.state() != QProcess::NotRunning) {
            child.waitForReadyRead(500);
            said += QString::fromUtf8(child.readAllStandardError());
        }
        QVERIFY2(said.contains(u"NIANBAO_TEST_EDIT done"_s), qPrintable(said));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // Reopened with the core: exactly the one correction, in the report the window showed.
        auto p = Project::open(project, Project::Access::Read);
        QVERIFY2(p, qPrintable(p.error()));
        int corrected = 0;
        const auto list = p->reports();
        QVERIFY(list);
        for (const ProjectReport &r : *list) {
            const auto trail = *p->corrections(r.id);
            if (trail.isEmpty())
                continue;
            ++corrected;
            QCOMPARE(trail.size(), 1);
            QCOMPARE(trail.first().cell, cell);
            QCOMPARE(trail.first().to, std::optional<double>(4321));
            QCOMPARE(trail.first().from, p->extractedRecord(r.id)->value(cell));
            QCOMPARE(trail.first().note, u"测试"_s);
            QCOMPARE(p->correctedRecord(r.id)->value(cell), std::optional<double>(4321));
        }
        QCOMPARE(corrected, 1);
    }

    // The folder's own folder cannot be written: the project goes where the reviewer says, nothing
    // is written beside the folder, and the reports are read into it.
    void readOnlyPlaceAsksWhere()
    {
        QTemporaryDir dir;
        const QString parent = dir.filePath(u"share"_s);
        const QString reports = parent + u"/reports"_s;
        QCOMPARE(projectfixture::makeReportFolder(reports, 3).size(), 3);
        const QString asked = dir.filePath(u"elsewhere/season.nbproj"_s);
        QVERIFY(QDir().mkpath(dir.filePath(u"elsewhere"_s)));
        const QString shot = dir.filePath(u"shot.png"_s);
        QProcessEnvironment env = environment();
        env.insert(u"NIANBAO_TEST_PLACE"_s, asked);
        const QStringList window{QStringLiteral(NIANBAO_BINARY), u"--screenshot"_s, shot, reports};
        QProcess p;
        p.setProcessEnvironment(env);
        if (geteuid() == 0) {
            // As root a chmod does not stop writing: a read-only bind mount, for this process alone.
            p.start(u"unshare"_s, QStringList{u"-m"_s, u"--propagation"_s, u"private"_s, u"sh"_s, u"-c"_s,
                                              uR"(mount --bind -o ro "$1" "$1" || exit 99; touch "$1/.probe" 2>/dev/null && exit 98; shift; exec "$@")"_s,
                                              u"sh"_s, parent}
                                  + window);
        } else {
            QFile::setPermissions(parent, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
            p.start(window.first(), window.mid(1));
        }
        const bool finished = p.waitForFinished(120000);
        QFile::setPermissions(parent, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(finished);
        QVERIFY2(p.exitCode() != 99 && p.exitCode() != 98,
                 "this machine cannot make a read-only folder (unshare/mount refused)");
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(!QFileInfo::exists(parent + u"/reports.nbproj"_s));
        QVERIFY2(QFileInfo::exists(asked), qPrintable(QString::fromUtf8(p.readAllStandardError())));
        auto project = Project::open(asked, Project::Access::Read);
        QVERIFY2(project, qPrintable(project.error()));
        QCOMPARE(project->reports()->size(), 3);
        QVERIFY(QFileInfo(shot).size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestProjectProcess)
#include "tst_projectprocess.moc"
