// SPDX-License-Identifier: GPL-3.0-or-later
// The record's source.sha256: the standard's test vectors, and the same digest as Qt's own
// implementation over lengths around the 64-byte block edges.
#include "core/util/Sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace nianbao;

class TestSha256 final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("digest");
        QTest::newRow("empty") << QByteArray() << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc") << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("a million a") << QByteArray(1000000, 'a')
                                     << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }
    void vectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, digest);
        QCOMPARE(sha256Hex(input), digest);
    }

    void sameAsQt_data()
    {
        QTest::addColumn<int>("length");
        for (int length : {1, 55, 56, 63, 64, 65, 127, 128, 129, 4096, 100003})
            QTest::newRow(qPrintable(QString::number(length))) << length;
    }
    void sameAsQt()
    {
        QFETCH(int, length);
        QByteArray bytes(length, Qt::Uninitialized);
        QRandomGenerator random{quint32(length)};
        for (char &c : bytes)
            c = char(random.bounded(256));
        QCOMPARE(sha256Hex(bytes), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
