// SPDX-License-Identifier: GPL-3.0-or-later
// The season's project database (core/project/Project.h): creating it, scanning folders into it
// (only changed files read), reports that disappear, the reviewer's corrections and statuses
// persisting, and the files it refuses (not a project, corrupt, from a newer Nianbao).
#include "core/project/Project.h"

#include "tests/fixtures/ProjectFixture.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;
using namespace projectfixture;

class TestProject : public QObject
{
    Q_OBJECT

    QString projectPath(const QTemporaryDir &dir) { return dir.filePath(QStringLiteral("season.nbproj")); }

    // Scans `folder` into a new project and closes it.
    static ScanStats scanOnce(const QString &project, const QStringList &folders)
    {
        auto p = Project::open(project, Project::Access::Write);
        if (!p) {
            qWarning() << p.error();
            return {};
        }
        auto stats = p->scan(folders);
        if (!stats) {
            qWarning() << stats.error();
            return {};
        }
        return *stats;
    }

    static void setMtime(const QString &path, const QDateTime &when)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(when, QFileDevice::FileModificationTime));
    }

private slots:
    void createsAProject()
    {
        QTemporaryDir dir;
        const QString reports = dir.filePath(QStringLiteral("reports"));
        const QStringList files = makeReportFolder(reports, 7);
        QCOMPARE(files.size(), 7);
        const auto before = snapshot(reports);

        const QString path = projectPath(dir);
        const ScanStats stats = scanOnce(path, {reports});
        QCOMPARE(stats.found, 7);
        QCOMPARE(stats.added, 7);
        QCOMPARE(stats.opened, 7);
        QCOMPARE(stats.unreadable, 0);

        QCOMPARE(queryValue(path, "PRAGMA user_version"), QString::number(Project::schemaVersion));
        QCOMPARE(queryValue(path, "PRAGMA application_id"), QString::number(Project::applicationId));
        QCOMPARE(queryValue(path, "PRAGMA journal_mode"), QStringLiteral("wal"));
        QVERIFY(Project::isProjectFile(path));
        // The sources were only read.
        QCOMPARE(snapshot(reports), before);
        // No half-made project left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("season.nbproj")});

        auto p = Project::open(path, Project::Access::Read);
        QVERIFY2(p, qPrintable(p.error()));
        const auto list = p->reports();
        QVERIFY(list);
        QCOMPARE(list->size(), 7);
        for (int i = 0; i < list->size(); ++i) {
            const ProjectReport &r = list->at(i);
            QCOMPARE(r.path, files.at(i)); // path order
            QVERIFY(r.present);
            QVERIFY(r.hasRecord);
            QVERIFY(r.error.isEmpty());
            QCOMPARE(r.size, QFileInfo(files.at(i)).size());
            QCOMPARE(r.status.status, ReviewStatus::Unreviewed);
            QFile f(files.at(i));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(r.sha256, QString::fromLatin1(sha256Hex(f.readAll())));
            const auto record = p->extractedRecord(r.id);
            QVERIFY2(record, qPrintable(record.error()));
            QCOMPARE(record->sha256, r.sha256);
            QCOMPARE(record->agency, r.agency);
            QCOMPARE(int(record->count(FindingKind::Violation)), r.violations);
            QCOMPARE(queryValue(path, QStringLiteral("SELECT count(*) FROM findings WHERE report_id = %1")
                                          .arg(r.id).toUtf8().constData()),
                     QString::number(record->findings.size()));
        }
        QCOMPARE(*p->roots(), QStringList{QDir::cleanPath(QFileInfo(reports).absoluteFilePath())});
    }

    // Only the files whose content changed are read again: size and mtime first, then sha256.
    void rescanReadsOnlyChangedFiles()
    {
        QTemporaryDir dir;
        const QString reports = dir.filePath(QStringLiteral("reports"));
        const QStringList files = makeReportFolder(reports, 6);
        const QString path = projectPath(dir);
        QCOMPARE(scanOnce(path, {reports}).added, 6);
        const QString readAt0 = queryValue(path, "SELECT read_at FROM reports ORDER BY path LIMIT 1");

        // Nothing changed: nothing opened.
        ScanStats again = scanOnce(path, {}); // the folders scanned before
        QCOMPARE(again.found, 6);
        QCOMPARE(again.unchanged, 6);
        QCOMPARE(again.opened, 0);

        // The proof that unchanged files are not even opened: other bytes of the same size under
        // the same mtime go unnoticed.
        const QDateTime mtime1 = QFileInfo(files.at(1)).lastModified();
        QFile f1(files.at(1));
        QVERIFY(f1.open(QIODevice::ReadWrite));
        const QByteArray original = f1.readAll();
        QByteArray disguised = original;
        disguised[disguised.size() - 3] = disguised.at(disguised.size() - 3) == '9' ? '8' : '9';
        QVERIFY(f1.seek(0));
        QCOMPARE(f1.write(disguised), disguised.size());
        f1.close();
        setMtime(files.at(1), mtime1);
        again = scanOnce(path, {reports});
        QCOMPARE(again.unchanged, 6);
        QCOMPARE(again.opened, 0);

        // A new mtime, same bytes: hashed, not extracted again.
        setMtime(files.at(2), QDateTime::currentDateTimeUtc().addSecs(-3600));
        // New content: read again.
        QFile f3(files.at(3));
        QVERIFY(f3.open(QIODevice::Append));
        f3.write("\n补充说明。\n");
        f3.close();
        const QString readAt2 = queryValue(path, "SELECT read_at FROM reports ORDER BY path LIMIT 1 OFFSET 2");
        again = scanOnce(path, {reports});
        QCOMPARE(again.unchanged, 4); // 0, 1 (disguised), 4, 5
        QCOMPARE(again.touched, 1);   // 2: hashed, found the same, not extracted
        QCOMPARE(again.reread, 1);    // 3
        QCOMPARE(again.opened, 2);
        QCOMPARE(queryValue(path, "SELECT read_at FROM reports ORDER BY path LIMIT 1"), readAt0);
        QCOMPARE(queryValue(path, "SELECT read_at FROM reports ORDER BY path LIMIT 1 OFFSET 2"), readAt2);
        QCOMPARE(queryValue(path, "SELECT mtime_ms FROM reports ORDER BY path LIMIT 1 OFFSET 2"),
                 QString::number(QFileInfo(files.at(2)).lastModified().toMSecsSinceEpoch()));
        QFile f3r(files.at(3));
        QVERIFY(f3r.open(QIODevice::ReadOnly));
        QCOMPARE(queryValue(path, "SELECT sha256 FROM reports ORDER BY path LIMIT 1 OFFSET 3"),
                 QString::fromLatin1(sha256Hex(f3r.readAll())));
    }

    void disappearedReportKeepsItsRecord()
    {
        QTemporaryDir dir;
        const QString reports = dir.filePath(QStringLiteral("reports"));
        const QStringList files = makeReportFolder(reports, 4);
        const QString path = projectPath(dir);
        scanOnce(path, {reports});
        const QString gone = files.at(2);
        QFile keep(gone);
        QVERIFY(keep.open(QIODevice::ReadOnly));
        const QByteArray bytes = keep.readAll();
        keep.close();
        QVERIFY(QFile::remove(gone));

        ScanStats stats = scanOnce(path, {reports});
        QCOMPARE(stats.found, 3);
        QCOMPARE(stats.disappeared, 1);
        {
            auto p = Project::open(path, Project::Access::Read);
            QVERIFY(p);
            const auto list = *p->reports();
            QCOMPARE(list.size(), 4);
            const ProjectReport &r = list.at(2);
            QCOMPARE(r.path, gone);
            QVERIFY(!r.present);
            QVERIFY(r.missingSince.isValid());
            QVERIFY(p->correctedRecord(r.id)); // the record is kept
        }
        // Scanned again: still gone, not counted twice.
        QCOMPARE(scanOnce(path, {reports}).disappeared, 0);

        // Back: present again, without reading it (same size and mtime? a new mtime: hashed only).
        QFile back(gone);
        QVERIFY(back.open(QIODevice::WriteOnly));
        back.write(bytes);
        back.close();
        stats = scanOnce(path, {reports});
        QCOMPARE(stats.returned, 1);
        QCOMPARE(stats.touched, 1);
        QCOMPARE(stats.added + stats.reread, 0);
        auto p = Project::open(path, Project::Access::Read);
        QVERIFY(p->reports()->at(2).present);
    }

    // A report outside the folders of this scan is not "gone".
    void otherFoldersAreLeftAlone()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a"));
        const QString b = dir.filePath(QStringLiteral("b"));
        makeReportFolder(a, 2);
        makeReportFolder(b, 3);
        const QString path = projectPath(dir);
        QCOMPARE(scanOnce(path, {a}).added, 2);
        const ScanStats stats = scanOnce(path, {b});
        QCOMPARE(stats.added, 3);
        QCOMPARE(stats.disappeared, 0);
        QCOMPARE(scanOnce(path, {}).unchanged, 5); // both folders remembered
    }

    void correctionsAndStatusesPersist()
    {
        QTemporaryDir dir;
        const QString reports = dir.filePath(QStringLiteral("reports"));
        makeReportFolder(reports, 2);
        const QString path = projectPath(dir);
        scanOnce(path, {reports});
        const QDateTime at = QDateTime(QDate(2027, 1, 12), QTime(9, 30), Qt::UTC);
        qint64 id = 0;
        QString cell;
        std::optional<double> before;
        {
            auto p = Project::open(path, Project::Access::Write);
            QVERIFY(p);
            id = p->reports()->first().id;
            const Record extracted = *p->extractedRecord(id);
            cell = extracted.schema().cells().first().id;
            before = extracted.value(cell);
            QVERIFY(p->addCorrection(id, Correction{cell, std::nullopt, 4321, QStringLiteral("原文第 3 页"), at}));
            QVERIFY(p->addCorrection(id, Correction{cell, std::nullopt, 4322, QStringLiteral("再核"), at.addSecs(60)}));
            QVERIFY(p->setCorrectionNote(id, 1, QStringLiteral("再核：以纸质版为准")));
            QVERIFY(!p->setCorrectionNote(id, 5, QStringLiteral("没有这一处")));
            QVERIFY(!p->addCorrection(id, Correction{QStringLiteral("no.such.cell"), {}, 1, {}, at}));
            QVERIFY(p->setStatus(id, ReviewStatus::InReview, QStringLiteral("张三"), at));
            QVERIFY(p->setStatus(id, ReviewStatus::Returned, QStringLiteral("表三合计不符"), at.addSecs(120)));
        }
        // Reopened, and after a rescan that reads the report again.
        QFile f(Project::open(path, Project::Access::Read)->reports()->first().path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n另附说明。\n");
        f.close();
        QCOMPARE(scanOnce(path, {reports}).reread, 1);

        auto p = Project::open(path, Project::Access::Read);
        QVERIFY(p);
        const auto trail = *p->corrections(id);
        QCOMPARE(trail.size(), 2);
        QCOMPARE(trail.at(0).cell, cell);
        QCOMPARE(trail.at(0).from, before);
        QCOMPARE(trail.at(0).to, std::optional<double>(4321));
        QCOMPARE(trail.at(0).note, QStringLiteral("原文第 3 页"));
        QCOMPARE(trail.at(0).at, at);
        QCOMPARE(trail.at(1).from, std::optional<double>(4321));
        QCOMPARE(trail.at(1).note, QStringLiteral("再核：以纸质版为准"));
        const Record corrected = *p->correctedRecord(id);
        QCOMPARE(corrected.value(cell), std::optional<double>(4322));
        QVERIFY(corrected.cell(cell)->corrected);
        QCOMPARE(corrected.corrections.size(), 2);
        QCOMPARE(p->extractedRecord(id)->value(cell), before);

        const ProjectReport r = *p->report(id);
        QCOMPARE(r.status.status, ReviewStatus::Returned);
        QCOMPARE(r.status.note, QStringLiteral("表三合计不符"));
        QCOMPARE(r.status.at, at.addSecs(120));
        QCOMPARE(r.corrections, 2);
        const auto history = *p->statusHistory(id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).status, ReviewStatus::InReview);
        QCOMPARE(history.at(0).note, QStringLiteral("张三"));
        // A project opened for reading takes no change.
        QVERIFY(!p->setStatus(id, ReviewStatus::Approved));
    }

    void statusNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("status");
        QTest::newRow("未审") << QStringLiteral("未审") << int(ReviewStatus::Unreviewed);
        QTest::newRow("审核中") << QStringLiteral("审核中") << int(ReviewStatus::InReview);
        QTest::newRow("通过") << QStringLiteral("通过") << int(ReviewStatus::Approved);
        QTest::newRow("退回整改") << QStringLiteral("退回整改") << int(ReviewStatus::Returned);
        QTest::newRow("key") << QStringLiteral("in_review") << int(ReviewStatus::InReview);
    }
    void statusNames()
    {
        QFETCH(QString, name);
        QFETCH(int, status);
        QCOMPARE(reviewStatusFromName(name), std::optional<ReviewStatus>(ReviewStatus(status)));
        QCOMPARE(reviewStatusFromName(reviewStatusLabel(ReviewStatus(status))), ReviewStatus(status));
    }

    // Files that are not a usable project: refused with one line naming the file, left as they were.
    void refusedFiles_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("message");
        QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("不是年报审核项目文件");
        QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("空文件");
        QTest::newRow("another program's SQLite") << QStringLiteral("foreign") << QStringLiteral("其他程序");
        QTest::newRow("header bytes flipped") << QStringLiteral("flip-header") << QStringLiteral("不是年报审核项目文件");
        QTest::newRow("page bytes flipped") << QStringLiteral("flip-page") << QStringLiteral("已损坏");
        QTest::newRow("truncated") << QStringLiteral("truncate") << QStringLiteral("已损坏");
        QTest::newRow("newer Nianbao") << QStringLiteral("newer") << QStringLiteral("较新版本");
    }
    void refusedFiles()
    {
        QFETCH(QString, damage);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = projectPath(dir);
        if (damage == u"text" || damage == u"empty") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (damage == u"text")
                f.write("这不是项目。\n");
        } else if (damage == u"foreign") {
            QVERIFY(setPragma(path, "CREATE TABLE t(x); INSERT INTO t VALUES (1);"));
        } else {
            const QString reports = dir.filePath(QStringLiteral("reports"));
            makeReportFolder(reports, 12);
            QCOMPARE(scanOnce(path, {reports}).added, 12);
            const qint64 size = QFileInfo(path).size();
            QVERIFY(size > 8 * 4096);
            if (damage == u"flip-header")
                QVERIFY(flipBytes(path, 0, 16));
            else if (damage == u"flip-page")
                QVERIFY(flipBytes(path, 4096, 8)); // the b-tree header of page 2
            else if (damage == u"truncate")
                QVERIFY(QFile::resize(path, size / 2));
            else if (damage == u"newer")
                QVERIFY(setPragma(path, "PRAGMA user_version = 99"));
        }
        const auto before = snapshot(dir.path());
        for (auto access : {Project::Access::Read, Project::Access::Write}) {
            auto p = Project::open(path, access);
            QVERIFY(!p);
            QVERIFY2(p.error().contains(message), qPrintable(p.error()));
            QVERIFY2(p.error().startsWith(path), qPrintable(p.error()));
            QVERIFY(!p.error().contains(QLatin1Char('\n')));
        }
        QCOMPARE(snapshot(dir.path()), before);
    }

    // A folder that is not there fails the scan before anything is written.
    void missingFolderWritesNothing()
    {
        QTemporaryDir dir;
        const QString reports = dir.filePath(QStringLiteral("reports"));
        makeReportFolder(reports, 2);
        const QString path = projectPath(dir);
        scanOnce(path, {reports});
        const QString count = queryValue(path, "SELECT count(*) FROM roots");
        auto p = Project::open(path, Project::Access::Write);
        QVERIFY(p);
        const auto stats = p->scan({reports, dir.filePath(QStringLiteral("nowhere"))});
        QVERIFY(!stats);
        QVERIFY(stats.error().contains(QStringLiteral("nowhere")));
        QCOMPARE(queryValue(path, "SELECT count(*) FROM roots"), count);
        QCOMPARE(queryValue(path, "SELECT count(*) FROM reports WHERE present = 1"), QStringLiteral("2"));
    }

    // A step of the window that changed several cells: one transaction, each `from` the value the
    // one before left; a bad cell writes none of them.
    void severalCorrectionsAtOnce()
    {
        QTemporaryDir dir;
        const QString reports = dir.filePath(QStringLiteral("reports"));
        makeReportFolder(reports, 1);
        const QString path = projectPath(dir);
        scanOnce(path, {reports});
        auto p = Project::open(path, Project::Access::Write);
        QVERIFY(p);
        const qint64 id = p->reports()->first().id;
        const Record extracted = *p->extractedRecord(id);
        const QString a = extracted.schema().cells().at(0).id;
        const QString b = extracted.schema().cells().at(1).id;
        QVERIFY(!p->addCorrections(id, {Correction{a, {}, 7, {}, {}}, Correction{QStringLiteral("no.such"), {}, 1, {}, {}}}));
        QCOMPARE(p->corrections(id)->size(), 0);
        QVERIFY(p->addCorrections(id, {Correction{a, {}, 7, QStringLiteral("甲"), {}}, Correction{b, {}, 8, {}, {}},
                                       Correction{a, {}, 9, {}, {}}}));
        const auto trail = *p->corrections(id);
        QCOMPARE(trail.size(), 3);
        QCOMPARE(trail.at(0).from, extracted.value(a));
        QCOMPARE(trail.at(0).note, QStringLiteral("甲"));
        QCOMPARE(trail.at(1).from, extracted.value(b));
        QCOMPARE(trail.at(2).from, std::optional<double>(7));
        QCOMPARE(p->correctedRecord(id)->value(a), std::optional<double>(9));
        QCOMPARE(p->correctedRecord(id)->value(b), std::optional<double>(8));
    }

    // The window's list reads a report's format and its inferred cells from the project: the
    // cells named by the extracted record's inferred findings, counted without the record.
    void formatAndInferredCounts()
    {
        QTemporaryDir dir;
        const QString reports = dir.filePath(QStringLiteral("reports"));
        QVERIFY(QDir().mkpath(reports));
        QStringList sources;
        for (const char *sub : {"groups", "flattened", "evidence"}) {
            QDir in(QStringLiteral(NIANBAO_TEST_DATA "/input/") + QLatin1String(sub));
            for (const QString &name : in.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
                QVERIFY(QFile::copy(in.filePath(name), QDir(reports).filePath(QLatin1String(sub) + u'_' + name)));
                sources.append(name);
            }
        }
        makeReportFolder(dir.filePath(QStringLiteral("reports/seeds")), 5);
        const QString path = projectPath(dir);
        QCOMPARE(scanOnce(path, {reports}).added, int(sources.size()) + 5);
        auto p = Project::open(path, Project::Access::Read);
        QVERIFY2(p, qPrintable(p.error()));
        int withInferred = 0;
        QSet<QString> formats;
        const auto list = p->reports();
        QVERIFY(list);
        for (const ProjectReport &r : *list) {
            const auto record = p->extractedRecord(r.id);
            QVERIFY2(record, qPrintable(record.error()));
            QCOMPARE(r.format, formatName(record->format));
            formats.insert(r.format);
            int inferred = 0;
            for (const Finding &f : record->findings)
                if (f.rule == u"inferred" || f.rule.startsWith(u"inferred."))
                    inferred += int(f.cells.size());
            QCOMPARE(r.inferred, inferred);
            QCOMPARE(p->report(r.id)->inferred, inferred);
            withInferred += inferred > 0;
        }
        QVERIFY(withInferred > 0); // the fixtures have split digit runs and groups printed as 0
        QCOMPARE(formats, (QSet<QString>{QStringLiteral("2021"), QStringLiteral("2019")}));
    }

    // A scan cancelled part way (the window's cancel button) keeps what it committed; the next
    // scan reads only the rest, and nothing was marked as gone.
    void cancelledScanKeepsCommittedReports_data()
    {
        QTest::addColumn<int>("jobs");
        QTest::addColumn<int>("cancelAfter");
        QTest::newRow("one thread, after 3") << 1 << 3;
        QTest::newRow("all cores, after 5") << 0 << 5;
        QTest::newRow("before the first") << 2 << 0;
    }
    void cancelledScanKeepsCommittedReports()
    {
        QFETCH(int, jobs);
        QFETCH(int, cancelAfter);
        QTemporaryDir dir;
        const QString reports = dir.filePath(QStringLiteral("reports"));
        QCOMPARE(makeReportFolder(reports, 24).size(), 24);
        const QString path = projectPath(dir);
        std::atomic<bool> cancel{cancelAfter == 0};
        int progressCalls = 0;
        {
            auto p = Project::open(path, Project::Access::Write);
            QVERIFY2(p, qPrintable(p.error()));
            const auto stats = p->scan({reports}, [&](int done, int, const QString &) {
                ++progressCalls;
                if (done >= cancelAfter)
                    cancel = true;
            }, jobs, &cancel);
            QVERIFY2(stats, qPrintable(stats.error()));
            QVERIFY(stats->cancelled);
            QCOMPARE(stats->added, cancelAfter);
            QCOMPARE(stats->disappeared, 0);
        }
        QCOMPARE(progressCalls, cancelAfter);
        QCOMPARE(queryValue(path, "SELECT count(*) FROM reports"), QString::number(cancelAfter));
        QCOMPARE(queryValue(path, "SELECT count(*) FROM reports WHERE present = 0"), QStringLiteral("0"));
        // The folder is remembered; the rest is read by the next scan, the committed ones not again.
        const ScanStats rest = scanOnce(path, {});
        QVERIFY(!rest.cancelled);
        QCOMPARE(rest.added, 24 - cancelAfter);
        QCOMPARE(rest.unchanged, cancelAfter);
        QCOMPARE(queryValue(path, "SELECT count(*) FROM reports WHERE record IS NOT NULL"), QStringLiteral("24"));
    }

    void missingProjectIsNotCreatedForReading()
    {
        QTemporaryDir dir;
        const QString path = projectPath(dir);
        QVERIFY(!Project::open(path, Project::Access::Read));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!Project::open(dir.filePath(QStringLiteral("no/such/folder/p.nbproj")), Project::Access::Write));
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
