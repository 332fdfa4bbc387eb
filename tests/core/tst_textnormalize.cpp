// SPDX-License-Identifier: GPL-3.0-or-later
// The text folds every loader and the extractor rely on.
#include "core/util/TextNormalize.h"

#include <QTest>

using namespace nianbao;

class TestTextNormalize final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foldIdeographVariants_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("Kangxi radicals") << QStringLiteral("⾏政规范性⽂件，⼀、⼆") << QStringLiteral("行政规范性文件，一、二");
        QTest::newRow("supplement radicals") << QStringLiteral("中华⼈⺠共和国，⻓期，⻔户") << QStringLiteral("中华人民共和国，长期，门户");
        QTest::newRow("compatibility ideograph") << QStringLiteral("\uF900") << QStringLiteral("\u8C48");
        QTest::newRow("unified ideographs stay") << QStringLiteral("行政复议 12件") << QStringLiteral("行政复议 12件");
        QTest::newRow("a supplement radical with no standalone form stays") << QStringLiteral("\u2E85") << QStringLiteral("\u2E85");
        QTest::newRow("ideographic description and punctuation stay") << QStringLiteral("\u2FF0〔2021〕") << QStringLiteral("\u2FF0〔2021〕");
    }
    void foldIdeographVariants()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QString text = in;
        nianbao::foldIdeographVariants(text);
        QCOMPARE(text, out);
        QCOMPARE(text.size(), in.size()); // spans into the text stay valid
    }

    void parseNumber_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("isNumber");
        QTest::newRow("plain") << QStringLiteral("408") << 408.0 << true;
        QTest::newRow("full width") << valueText(QStringLiteral("４０８")) << 408.0 << true;
        QTest::newRow("thousands") << QStringLiteral("1,234") << 1234.0 << true;
        QTest::newRow("decimal") << QStringLiteral("40.51") << 40.51 << true;
        QTest::newRow("signed") << QStringLiteral("-2") << -2.0 << true;
        QTest::newRow("slash") << QStringLiteral("/") << 0.0 << false;
        QTest::newRow("blank") << QString() << 0.0 << false;
        QTest::newRow("text") << QStringLiteral("无") << 0.0 << false;
    }
    void parseNumber()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        QFETCH(bool, isNumber);
        const auto parsed = nianbao::parseNumber(text);
        QCOMPARE(parsed.has_value(), isNumber);
        if (isNumber)
            QCOMPARE(*parsed, value);
    }
};

QTEST_GUILESS_MAIN(TestTextNormalize)
#include "tst_textnormalize.moc"
