// SPDX-License-Identifier: GPL-3.0-or-later
// Encrypted PDFs on the command line: one that needs its user password is refused with one line
// naming the file (exit 2); one with only an owner password (printing and copying not
// permitted) is read like the same report without encryption.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "tests/cli/NianbaoProcess.h"

class TestCliEncrypted final : public QObject
{
    Q_OBJECT

    static QString fixture(const char *name)
    {
        return QFINDTESTDATA(QStringLiteral("../data/input/formats/") + QString::fromLatin1(name));
    }

    // The cells object of `nianbao export --format json FILE`, empty when it failed.
    static QJsonObject exportedCells(const QString &path)
    {
        const NianbaoRun r = runNianbao({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), path});
        if (r.exitCode != 0) {
            qWarning("export of %s: exit %d: %s", qPrintable(path), r.exitCode, qPrintable(r.err));
            return {};
        }
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        const QJsonObject record = doc.isArray() ? doc.array().at(0).toObject() : doc.object();
        return record.value(QStringLiteral("cells")).toObject();
    }

private Q_SLOTS:
    void userPasswordRefused_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("check") << QStringLiteral("check");
        QTest::newRow("export") << QStringLiteral("export");
    }
    void userPasswordRefused()
    {
        QFETCH(QString, command);
        const QString path = fixture("report-encrypted.pdf");
        QVERIFY(!path.isEmpty());
        const NianbaoRun r = runNianbao({command, path});
        QCOMPARE(r.exitCode, 2);
        // check prints the file's block with the reason (issue 10) and its total line; export nothing
        if (command == QStringLiteral("check")) {
            const QString out = QString::fromUtf8(r.out);
            QVERIFY2(out.startsWith(QStringLiteral("== ") + path + QStringLiteral("\n无法读取 unreadable: ")), qPrintable(out));
            QVERIFY2(out.contains(QStringLiteral("已加密")), qPrintable(out));
            QVERIFY2(out.contains(QStringLiteral("1 份无法读取 unreadable")), qPrintable(out));
        } else {
            QVERIFY(r.out.isEmpty());
        }
        const QString message = r.err.trimmed();
        QCOMPARE(message.count(QLatin1Char('\n')), 0); // one line
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("已加密")), qPrintable(message));
    }

    // The encrypted report among readable ones: the others are still checked, the exit code is 2.
    void userPasswordAmongOthers()
    {
        const QString locked = fixture("report-encrypted.pdf");
        const QString plain = fixture("report.pdf");
        const NianbaoRun r = runNianbao({QStringLiteral("check"), plain, locked});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(locked), qPrintable(r.err));
        QVERIFY2(!r.err.contains(plain + QStringLiteral("：")), qPrintable(r.err));
        QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("示例市司法局")), r.out.constData());
    }

    void ownerPasswordOnlyReads()
    {
        const QString path = fixture("report-owner-only.pdf");
        const NianbaoRun check = runNianbao({QStringLiteral("check"), path});
        QVERIFY2(check.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(check.exitCode).arg(check.err)));
        const QJsonObject cells = exportedCells(path);
        QCOMPARE(cells.size(), 200);
        QCOMPARE(cells, exportedCells(fixture("report.pdf")));
        QCOMPARE(cells.value(QStringLiteral("active.licensing.decisions")).toDouble(), 408.0);
        QCOMPARE(cells.value(QStringLiteral("active.fees.amount")).toDouble(), 40.51);
    }
};

QTEST_GUILESS_MAIN(TestCliEncrypted)
#include "tst_cli_encrypted.moc"
