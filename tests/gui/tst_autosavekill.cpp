// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing typed is lost (issue 13): the window runs as a child process (this program with
// --child, offscreen), a cell is corrected, the autosave is written, and the child is killed with
// SIGKILL. Started again ON THE SAME REPORT, the window offers the autosave; declining keeps it
// (also through a normal quit, and through an empty start that declines too) until the reviewer
// discards it explicitly; restoring gives the correction back.
#include "ui/io/Autosave.h"
#include "ui/window/MainWindow.h"

#include "core/review/Review.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <csignal>
#include <cstdio>
#include <sys/types.h>

using namespace nianbao;
using namespace nianbao::ui;
using namespace Qt::StringLiterals;

namespace {

const QString kCell = u"apply.new.other"_s;

void say(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

MainWindow::RestoreAnswer answerFrom(const QString &word)
{
    if (word == u"restore")
        return MainWindow::RestoreAnswer::Restore;
    if (word == u"discard")
        return MainWindow::RestoreAnswer::Discard;
    return MainWindow::RestoreAnswer::Later;
}

bool waitLoaded(MainWindow &w, const std::function<void()> &start)
{
    QSignalSpy loaded(&w, &MainWindow::loaded);
    start();
    return (!loaded.isEmpty() || loaded.wait(60000)) && loaded.last().at(1).toBool();
}

// The child: the window as the program sets it up (same application and organisation names, so
// the same autosave folder under XDG_DATA_HOME), driven by its arguments:
//   edit REPORT           correct a cell, wait for the autosave, say AUTOSAVED, wait to be killed
//   open REPORT ANSWER    open the report answering the offer; say OFFERED n, VALUE v; quit
//   empty ANSWER          an empty start answering the offer; say OFFERED n (and VALUE v); quit
int runChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"nianbao"_s);
    QApplication::setOrganizationName(u"nianbao"_s);
    const QStringList args = app.arguments().mid(2);
    MainWindow w;
    w.show();
    int offered = 0;
    const MainWindow::RestoreAnswer answer = answerFrom(args.value(args.first() == u"empty" ? 1 : 2));
    w.setRestoreChooser([&offered, answer](const QStringList &pending) {
        offered = int(pending.size());
        return answer;
    });
    const QString mode = args.value(0);
    if (mode == u"edit") {
        if (!waitLoaded(w, [&] { w.openFile(args.value(1)); }))
            return 3;
        w.setConfirmDiscard(false);
        const Status s = w.review()->setCellValue(kCell, 7, u"电话核实"_s);
        if (!s)
            return 4;
        // The autosave comes by itself, a second after the change.
        QElapsedTimer waited;
        waited.start();
        while (!QFile::exists(w.autosave()->currentFile()) && waited.elapsed() < 30000)
            QTest::qWait(50);
        if (!QFile::exists(w.autosave()->currentFile()))
            return 5;
        say(u"AUTOSAVED "_s + w.autosave()->currentFile());
        return app.exec(); // until SIGKILL
    }
    bool ok = false;
    if (mode == u"open")
        ok = waitLoaded(w, [&] { w.openFile(args.value(1)); });
    else if (mode == u"empty") {
        QSignalSpy loaded(&w, &MainWindow::loaded);
        ok = !w.offerPendingAutosaves() || loaded.wait(60000); // true: a restore is loading
    }
    say(u"OFFERED "_s + QString::number(offered));
    if (ok && w.review()) {
        const std::optional<double> v = w.review()->record().value(kCell);
        say(u"VALUE "_s + (v ? QString::number(*v) : u"none"_s));
    }
    w.setConfirmDiscard(false);
    w.close(); // a normal quit
    return 0;
}

} // namespace

class TestAutosaveKill final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_report;

    QProcess *startChild(const QStringList &args)
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        p->setProcessEnvironment(env);
        p->start(QCoreApplication::applicationFilePath(), QStringList{u"--child"_s} + args);
        return p;
    }

    // Runs a child to its end and returns what it said.
    QStringList runChild(const QStringList &args)
    {
        QProcess *p = startChild(args);
        if (!p->waitForFinished(120000)) {
            p->kill();
            p->waitForFinished();
            return {u"TIMEOUT"_s};
        }
        const QStringList out = QString::fromUtf8(p->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0)
            return out + QStringList{u"EXIT %1"_s.arg(p->exitCode())};
        return out;
    }

    QString autosaveFolder() const { return m_home.filePath(u"data/nianbao/nianbao/autosave"_s); }

    QStringList autosaveSlots() const
    {
        return QDir(autosaveFolder()).entryList({u"*.nianbao"_s}, QDir::Files);
    }

    // A child corrects a cell, autosaves, and is killed with SIGKILL.
    QString editAndKill()
    {
        QProcess *p = startChild({u"edit"_s, m_report});
        QElapsedTimer waited;
        waited.start();
        QString said;
        while (!said.contains(u"AUTOSAVED"_s) && waited.elapsed() < 120000 && p->state() != QProcess::NotRunning) {
            p->waitForReadyRead(500);
            said += QString::fromUtf8(p->readAllStandardOutput());
        }
        if (!said.contains(u"AUTOSAVED"_s))
            return {};
        ::kill(pid_t(p->processId()), SIGKILL);
        p->waitForFinished(10000);
        if (p->exitStatus() != QProcess::CrashExit)
            return {};
        return said.section(u"AUTOSAVED "_s, 1).trimmed();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_home.isValid());
        QDir(m_home.path()).removeRecursively();
        QDir().mkpath(m_home.path());
        m_report = m_home.filePath(u"报告.txt"_s);
        QFile::remove(m_report);
        QVERIFY(QFile::copy(QStringLiteral(NIANBAO_TEST_DATA "/input/seed_004_80a41c86f4ba9762.txt"), m_report));
    }

    // Killed after the autosave; reopened on the same report: offered; "later" keeps it through a
    // normal quit; offered again; restored, the correction is back.
    void reopenedReportOffersTheAutosave()
    {
        const QString autosaved = editAndKill();
        QVERIFY2(!autosaved.isEmpty() && QFile::exists(autosaved), qPrintable(autosaved));

        QCOMPARE(runChild({u"open"_s, m_report, u"later"_s}), (QStringList{u"OFFERED 1"_s, u"VALUE 0"_s}));
        QVERIFY(QFile::exists(autosaved)); // declined: kept, through the quit

        const QStringList restored = runChild({u"open"_s, m_report, u"restore"_s});
        QCOMPARE(restored, (QStringList{u"OFFERED 1"_s, u"VALUE 7"_s}));
        QVERIFY(QFile::exists(autosaved)); // restored but not saved: the quit leaves it
    }

    // An empty start offers it too; declining there keeps it; discarding is what removes it.
    void emptyStartOffersAndDiscardRemoves()
    {
        const QString autosaved = editAndKill();
        QVERIFY(!autosaved.isEmpty());
        QCOMPARE(runChild({u"empty"_s, u"later"_s}), QStringList{u"OFFERED 1"_s});
        QVERIFY(QFile::exists(autosaved));
        QCOMPARE(runChild({u"empty"_s, u"restore"_s}), (QStringList{u"OFFERED 1"_s, u"VALUE 7"_s}));
        QVERIFY(QFile::exists(autosaved));
        QCOMPARE(runChild({u"open"_s, m_report, u"discard"_s}), (QStringList{u"OFFERED 1"_s, u"VALUE 0"_s}));
        QVERIFY(!QFile::exists(autosaved));
        QCOMPARE(autosaveSlots(), QStringList());
        QCOMPARE(runChild({u"open"_s, m_report, u"restore"_s}), (QStringList{u"OFFERED 0"_s, u"VALUE 0"_s}));
    }

    // Declined, then new corrections in the same report: they go to a slot of their own, the
    // declined one is not written over. Both are offered next time.
    void declinedSlotIsNotWrittenOver()
    {
        const QString first = editAndKill();
        QVERIFY(!first.isEmpty());
        const QByteArray before = [&] { QFile f(first); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        const QString second = editAndKill(); // the edit child declines (its chooser says later)
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);
        QFile f(first);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QCOMPARE(autosaveSlots().size(), 2);
        QCOMPARE(runChild({u"open"_s, m_report, u"later"_s}), (QStringList{u"OFFERED 2"_s, u"VALUE 0"_s}));
    }
};

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv);
    QApplication app(argc, argv);
    TestAutosaveKill test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_autosavekill.moc"
