// SPDX-License-Identifier: GPL-3.0-or-later
// The command line of RECORD.md, run as a user would: exit codes, one line naming a bad file,
// the check block per file, and exports that read back.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include "tests/cli/NianbaoProcess.h"

class TestCli final : public QObject
{
    Q_OBJECT

    using Run = NianbaoRun;
    static Run run(const QStringList &args) { return runNianbao(args); }

    static QString seed(const char *name)
    {
        return QFINDTESTDATA(QStringLiteral("../data/input/") + QString::fromLatin1(name));
    }

    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void helpAndVersion()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("check"));
        QVERIFY(help.out.contains("export"));
        QVERIFY(help.out.contains("compare"));
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("nianbao "));
    }

    void unreadableInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QByteArray noise(4096, Qt::Uninitialized);
        QRandomGenerator gen(42);
        for (char &c : noise)
            c = char(gen.bounded(256));
        QTest::newRow("empty") << QStringLiteral("empty.txt") << QByteArray();
        QTest::newRow("binary noise") << QStringLiteral("noise.txt") << noise;
        QTest::newRow("binary noise as pdf") << QStringLiteral("noise.pdf") << QByteArray("%PDF-1.7\n" + noise);
        QTest::newRow("binary noise as docx") << QStringLiteral("noise.docx") << QByteArray("PK\x03\x04" + noise);
        QTest::newRow("no report") << QStringLiteral("letter.txt")
                                   << QByteArray("尊敬的用户：\n您好，这是一封普通的通知，与年度报告无关。\n");
        QTest::newRow("one long line") << QStringLiteral("long.txt") << QByteArray(2 * 1024 * 1024, 'x');
    }
    void unreadableInput()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        const QString path = writeFile(name, bytes);
        const Run r = run({QStringLiteral("check"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one line
    }

    // A .docx whose entries are said to start past the end of the file: QuaZip seeks there and Qt
    // warns (QBuffer::seek: Invalid pos) on standard error, unless the program's message handler
    // takes Qt's warnings (core/util/QtMessages.h): then standard error is the one line naming it.
    void malformedDocxGivesOneLine()
    {
        QFile fixture(QStringLiteral(NIANBAO_TEST_DATA "/input/formats/report.docx"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QByteArray docx = fixture.readAll();
        for (qsizetype at = docx.indexOf("PK\x01\x02"); at >= 0; at = docx.indexOf("PK\x01\x02", at + 4)) {
            const quint32 past = 0x7FFFFF00; // the entry's local header offset
            for (int k = 0; k < 4; ++k)
                docx[at + 42 + k] = char((past >> (8 * k)) & 0xFF);
        }
        const QString path = writeFile(QStringLiteral("entries-past-the-end.docx"), docx);
        const Run r = run({QStringLiteral("check"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("nianbao: ") + path), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        // The file does make Qt warn: shown when asked for (NIANBAO_QT_MESSAGES=1).
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NIANBAO_QT_MESSAGES"), QStringLiteral("1"));
        const Run verbose = runNianbao({QStringLiteral("check"), path}, env);
        QVERIFY2(verbose.err.contains(QStringLiteral("QBuffer::seek")), qPrintable(verbose.err));
    }

    // A FIFO named like a report (no writer: opening it would wait for one) and a device that
    // never ends: refused at once, one line naming the file.
    void notRegularFiles()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("report.txt"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (const QString &path : {fifo, QStringLiteral("/dev/zero")}) {
            const Run r = run({QStringLiteral("check"), path});
            QCOMPARE(r.exitCode, 2); // -1 would be a hang (runNianbao's wait ran out) or a crash
            QVERIFY2(r.err.contains(path) && r.err.contains(QStringLiteral("不是普通文件")), qPrintable(r.err));
            QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        }
    }

    void missingFileAndFolder()
    {
        const Run missing = run({QStringLiteral("check"), m_dir.filePath(QStringLiteral("nope.txt"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("nope.txt")));
        const Run folder = run({QStringLiteral("check"), m_dir.path()});
        QCOMPARE(folder.exitCode, 2);
        QVERIFY(folder.err.contains(m_dir.path()));
    }

    void badUsage()
    {
        QCOMPARE(run({QStringLiteral("check")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"), seed("seed_000_ebc2797f3e368fc1.txt")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xlsx"), seed("seed_000_ebc2797f3e368fc1.txt")}).exitCode, 2);
    }

    // A report's title and sections but no tables: a report whose cells are all missing.
    void titleWithoutTables()
    {
        const QString path = writeFile(QStringLiteral("notables.txt"),
            QByteArray("某某县统计局2023年政府信息公开工作年度报告\n\n一、总体情况\n本年度……\n\n"
                       "二、主动公开政府信息情况\n略。\n"));
        const Run r = run({QStringLiteral("check"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("missing\tnot_found"), r.out.constData());
    }

    // Tables found but no cell of a section read: a warning in the block and a mark in the summary.
    void checkTablesNotRead_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("unread"); // the sections named, empty when all were read
        QTest::newRow("section 二 headers only")
            << QFINDTESTDATA("../data/input/webtext/cells_not_read.txt") << QStringLiteral("二、主动公开");
        QTest::newRow("every table read") << QFINDTESTDATA("../data/input/webtext/web_bars.txt") << QString();
        QTest::newRow("seed 000") << seed("seed_000_ebc2797f3e368fc1.txt") << QString();
    }
    void checkTablesNotRead()
    {
        QFETCH(QString, file);
        QFETCH(QString, unread);
        QVERIFY(!file.isEmpty());
        const Run r = run({QStringLiteral("check"), file});
        QCOMPARE(r.exitCode, 0); // a warning, not a violation
        const QString out = QString::fromUtf8(r.out);
        const QString summary = out.mid(out.indexOf(QStringLiteral("合计 summary:")));
        QStringList warnings;
        for (const QString &line : out.split(u'\n'))
            if (line.startsWith(QStringLiteral("warning\tstructure.cells_not_read\t")))
                warnings.append(line);
        if (unread.isEmpty()) {
            QVERIFY2(warnings.isEmpty(), qPrintable(out));
            QVERIFY2(!summary.contains(QStringLiteral("tables not read")), qPrintable(summary));
            return;
        }
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(unread), qPrintable(warnings.first()));
        QVERIFY2(!warnings.first().contains(QStringLiteral("三、依申请公开")), qPrintable(warnings.first()));
        QVERIFY2(summary.contains(QStringLiteral("统计表未能读出 tables not read")), qPrintable(summary));
        QVERIFY2(out.contains(QStringLiteral("missing\tnot_found\tactive.regulations.issued")), qPrintable(out));
    }

    void checkSeeds_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("agency");
        QTest::newRow("000") << seed("seed_000_ebc2797f3e368fc1.txt") << "2021" << QStringLiteral("武陟县司法局");
        QTest::newRow("001") << seed("seed_001_5eaa7f9da2d83dc7.txt") << "2019" << QString();
        QTest::newRow("002") << seed("seed_002_d313710ee9afc711.txt") << "2021" << QStringLiteral("湛河区司法局");
        QTest::newRow("003") << seed("seed_003_ad0933fee798d3b4.txt") << "2021" << QStringLiteral("重庆市大渡口区司法局");
        QTest::newRow("004") << seed("seed_004_80a41c86f4ba9762.txt") << "2021" << QStringLiteral("聊城市司法局");
    }
    void checkSeeds()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, agency);
        const Run r = run({QStringLiteral("check"), file});
        QCOMPARE(r.exitCode, 0); // the seeds are consistent as printed
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(out.startsWith(QStringLiteral("== ") + file));
        QVERIFY2(out.contains(QStringLiteral("format: ") + format), qPrintable(out));
        if (!agency.isEmpty())
            QVERIFY2(out.contains(agency), qPrintable(out));
        QVERIFY(!out.contains(QStringLiteral("\nviolation\t")));
    }

    void exportJsonOfSeveralFiles()
    {
        const Run r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                           seed("seed_000_ebc2797f3e368fc1.txt"), seed("seed_004_80a41c86f4ba9762.txt")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), 2);
        const QJsonObject second = doc.array().at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("schema")).toString(), QStringLiteral("nianbao-record/1"));
        QCOMPARE(second.value(QStringLiteral("cells")).toObject().size(), 200);
        QCOMPARE(second.value(QStringLiteral("cells")).toObject().value(QStringLiteral("active.licensing.decisions")).toDouble(), 408.0);
        QCOMPARE(second.value(QStringLiteral("cells")).toObject().value(QStringLiteral("active.fees.amount")).toDouble(), 40.51);
    }

    void exportToFiles_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("json") << QStringLiteral("json") << QByteArray("{");
        QTest::newRow("csv") << QStringLiteral("csv") << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("xlsx") << QStringLiteral("xlsx") << QByteArray("PK\x03\x04");
    }
    void exportToFiles()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, magic);
        const QString out = m_dir.filePath(QStringLiteral("out.") + format);
        const Run r = run({QStringLiteral("export"), QStringLiteral("--format"), format, QStringLiteral("-o"), out,
                           seed("seed_004_80a41c86f4ba9762.txt")});
        QCOMPARE(r.exitCode, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith(magic));
    }

    // A violation planted in a copy of a seed makes `check` exit 1 and name the planted cell.
    void plantedViolationExitsOne()
    {
        QFile f(seed("seed_004_80a41c86f4ba9762.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(f.readAll());
        // （七）总计 自然人 3 -> 4
        const QString anchor = QStringLiteral("（七）总计\n\t3\n");
        QVERIFY(text.contains(anchor));
        text.replace(anchor, QStringLiteral("（七）总计\n\t4\n"));
        const QString path = writeFile(QStringLiteral("planted.txt"), text.toUtf8());
        const Run r = run({QStringLiteral("check"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("violation\t"), r.out.constData());
        QVERIFY(r.out.contains("apply.total.natural"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
