// SPDX-License-Identifier: GPL-3.0-or-later
// Text reports come in UTF-8 (with or without BOM), UTF-16 with BOM and GB18030/GBK; each must
// decode to exactly the same text, and bytes that are no text must fail with a message.
#include "core/document/TextDecoder.h"

#include <QFile>
#include <QTest>

using namespace nianbao;

static QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

class TestTextDecoder final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameTextInEveryEncoding_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("utf-8 bom") << QStringLiteral("utf8-bom.txt") << QStringLiteral("UTF-8 BOM");
        QTest::newRow("utf-8 crlf") << QStringLiteral("utf8-crlf.txt") << QStringLiteral("UTF-8");
        QTest::newRow("utf-16le bom") << QStringLiteral("utf16le-bom.txt") << QStringLiteral("UTF-16LE");
        QTest::newRow("utf-16be bom") << QStringLiteral("utf16be-bom.txt") << QStringLiteral("UTF-16BE");
        QTest::newRow("gb18030") << QStringLiteral("gb18030.txt") << QStringLiteral("GB18030");
    }
    void sameTextInEveryEncoding()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        const QString reference = QString::fromUtf8(
            readAll(QFINDTESTDATA("../data/input/seed_004_80a41c86f4ba9762.txt")));
        const auto decoded = decodeText(readAll(QFINDTESTDATA(QStringLiteral("../data/input/encodings/") + file)));
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->encoding, encoding);
        QCOMPARE(decoded->text, reference);
        QVERIFY(decoded->text.contains(QStringLiteral("聊城市司法局")));
    }
    void gb18030FourByteSequences()
    {
        const auto decoded = decodeText(readAll(QFINDTESTDATA("../data/input/encodings/gb18030-4byte.txt")));
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->encoding, QStringLiteral("GB18030"));
        QCOMPARE(decoded->text, QStringLiteral("测试𠮷€ 2023年政府信息公开工作年度报告\n"));
    }
    void utf8CutInsideItsLastCharacter()
    {
        const auto decoded = decodeText(QByteArray("年度报告 2023\xE5\xB9"));
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(decoded->text, QStringLiteral("年度报告 2023"));
    }
    void lineEndsAreNormalised()
    {
        const auto decoded = decodeText(QByteArray("a\r\nb\rc\n"));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->text, QStringLiteral("a\nb\nc\n"));
    }
    void refusesWhatIsNoText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("nul bytes") << QByteArray("abc\0\1\2\3def\0\0\0", 13);
        QTest::newRow("invalid in every encoding") << QByteArray("\xff\xfe\xfd\x80\x81\xff abc", 10).mid(2);
        QTest::newRow("bom says utf-8, content is not") << QByteArray("\xEF\xBB\xBF\xC3\x28 report");
        QTest::newRow("truncated utf-16") << QByteArray("\xFF\xFE\x41\x00\x42", 5);
        QTest::newRow("control noise") << QByteArray(64, '\x01');
        QTest::newRow("utf-32") << QByteArray("\xFF\xFE\x00\x00\x41\x00\x00\x00", 8);
    }
    void refusesWhatIsNoText()
    {
        QFETCH(QByteArray, bytes);
        const auto decoded = decodeText(bytes);
        QVERIFY2(!decoded.ok(), qPrintable(decoded.ok() ? decoded->text : QString()));
        QVERIFY(!decoded.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
