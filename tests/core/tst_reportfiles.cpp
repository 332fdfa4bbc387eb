// SPDX-License-Identifier: GPL-3.0-or-later
// The folder walk of issue 10 (core/util/ReportFiles.h): which files of a folder are reports, in
// which order.
#include "core/util/ReportFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace nianbao;

class TestReportFiles : public QObject
{
    Q_OBJECT

    static void touch(const QString &path)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }

private slots:
    void suffixes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("report");
        QTest::newRow("txt") << QStringLiteral("a.txt") << true;
        QTest::newRow("upper PDF") << QStringLiteral("A.PDF") << true;
        QTest::newRow("docx") << QStringLiteral("a.docx") << true;
        QTest::newRow("review") << QStringLiteral("a.nianbao") << true;
        QTest::newRow("wps") << QStringLiteral("a.wps") << true;
        QTest::newRow("html") << QStringLiteral("a.htm") << true;
        QTest::newRow("xlsx") << QStringLiteral("a.xlsx") << false;
        QTest::newRow("json") << QStringLiteral("a.json") << false;
        QTest::newRow("no suffix") << QStringLiteral("README") << false;
    }
    void suffixes()
    {
        QFETCH(QString, name);
        QFETCH(bool, report);
        QCOMPARE(hasReportSuffix(name), report);
    }

    void walksInPathOrder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.path();
        for (const char *rel : {"b.txt", "a/2.pdf", "a/1.docx", "a/sub/x.md", "a.txt", "notes.xlsx",
                                ".hidden/h.txt", ".h.txt", "~$lock.docx", "a/review.json", "a/other.json"})
            touch(root + u'/' + QString::fromUtf8(rel));
        QVERIFY(QFile::link(root + QStringLiteral("/a"), root + QStringLiteral("/link")));
        const QStringList files = findReportFiles(root, [](const QString &path) {
            return path.endsWith(QLatin1String("review.json"));
        });
        QStringList rel;
        for (const QString &f : files)
            rel.append(QDir(root).relativeFilePath(f));
        QCOMPARE(rel.join(u'|'), QStringLiteral("a/1.docx|a/2.pdf|a/review.json|a/sub/x.md|a.txt|b.txt"));
    }

    void expandsFoldersKeepsFiles()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        touch(root + QStringLiteral("/d/y.txt"));
        touch(root + QStringLiteral("/d/x.txt"));
        const QString missing = root + QStringLiteral("/missing.txt");
        const QStringList files = expandReportInputs({missing, root + QStringLiteral("/d")});
        QCOMPARE(files, (QStringList{missing, root + QStringLiteral("/d/x.txt"), root + QStringLiteral("/d/y.txt")}));
        QVERIFY(findReportFiles(root + QStringLiteral("/nowhere")).isEmpty());
    }

    void pathOrder()
    {
        QVERIFY(reportPathLess(QStringLiteral("a/b/x"), QStringLiteral("a/b.txt")));
        QVERIFY(reportPathLess(QStringLiteral("a/2022.txt"), QStringLiteral("a/2023.txt")));
        QVERIFY(!reportPathLess(QStringLiteral("a/x"), QStringLiteral("a/x")));
    }
};

QTEST_GUILESS_MAIN(TestReportFiles)
#include "tst_reportfiles.moc"
