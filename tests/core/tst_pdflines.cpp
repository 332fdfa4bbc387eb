// Lines rebuilt from PDF words: spacing between Chinese characters dropped (WPS and Word space
// them out), spaces between Latin words kept, wide gaps as column breaks, page numbers found.
#include "document/PdfLayout.h"

#include <QtTest>

using namespace nianbao::loaders::pdf;

namespace {

// Words of height 12 laid out from x, each `advance` wide plus `gap` after it, on baseline y.
QList<Word> wordsAt(const QStringList &texts, double x, double y, double advance, double gap)
{
    QList<Word> out;
    for (const QString &t : texts) {
        const double w = advance * t.size();
        out << Word{t, QRectF(x, y, w, 12)};
        x += w + gap;
    }
    return out;
}

} // namespace

class TestPdfLines : public QObject
{
    Q_OBJECT

private slots:
    void lineText_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<double>("gap");
        QTest::addColumn<QString>("text");
        QTest::newRow("spaced-out Chinese")
            << QStringList{QStringLiteral("政"), QStringLiteral("府"), QStringLiteral("信"), QStringLiteral("息")} << 4.0
            << QStringLiteral("政府信息");
        QTest::newRow("Chinese and a number") << QStringList{QStringLiteral("收到"), QStringLiteral("33"), QStringLiteral("件")}
                                              << 3.0 << QStringLiteral("收到33件");
        QTest::newRow("Latin words") << QStringList{QStringLiteral("hello"), QStringLiteral("world")} << 3.0
                                     << QStringLiteral("hello world");
        QTest::newRow("column gap") << QStringList{QStringLiteral("行政许可"), QStringLiteral("408")} << 60.0
                                    << QStringLiteral("行政许可\t408");
    }

    void lineText()
    {
        QFETCH(QStringList, words);
        QFETCH(double, gap);
        QFETCH(QString, text);
        const QList<Line> lines = buildLines(wordsAt(words, 50, 100, 12, gap));
        QCOMPARE(lines.size(), 1);
        QCOMPARE(nianbao::loaders::pdf::lineText(lines.first()), text);
    }

    // Words slightly off the baseline (superscripts, mixed fonts) stay on their line; the next
    // line below is a line of its own; words come out left to right whatever their order.
    void buildLinesGroupsByBaseline()
    {
        QList<Word> words = wordsAt({QStringLiteral("第二行")}, 50, 130, 12, 0);
        words << wordsAt({QStringLiteral("右")}, 200, 101.5, 12, 0);
        words << wordsAt({QStringLiteral("左")}, 50, 100, 12, 0);
        const QList<Line> lines = buildLines(words);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(nianbao::loaders::pdf::lineText(lines.at(0)), QStringLiteral("左\t右"));
        QCOMPARE(nianbao::loaders::pdf::lineText(lines.at(1)), QStringLiteral("第二行"));
    }

    void joinWrapped_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("text");
        QTest::newRow("Chinese wrap") << QStringList{QStringLiteral("（二）部分公开（区分处理的，只计这一情"), QStringLiteral("形，不计其他情形）")}
                                      << QStringLiteral("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        QTest::newRow("Latin wrap") << QStringList{QStringLiteral("see"), QStringLiteral("below")} << QStringLiteral("see below");
        QTest::newRow("blank lines") << QStringList{QString(), QStringLiteral("甲"), QStringLiteral("  ")} << QStringLiteral("甲");
    }

    void joinWrapped()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, text);
        QCOMPARE(nianbao::loaders::pdf::joinWrapped(lines), text);
    }

    void pageNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("y");
        QTest::addColumn<bool>("isNumber");
        QTest::newRow("-3- at the foot") << QStringLiteral("-3-") << 800.0 << true;
        QTest::newRow("— 12 — at the foot") << QStringLiteral("— 12 —") << 790.0 << true;
        QTest::newRow("第 3 页 at the top") << QStringLiteral("第3页") << 30.0 << true;
        QTest::newRow("3/6 at the foot") << QStringLiteral("3/6") << 800.0 << true;
        QTest::newRow("a number in the body") << QStringLiteral("408") << 400.0 << false;
        QTest::newRow("text at the foot") << QStringLiteral("本年度未收取信息处理费") << 800.0 << false;
    }

    void pageNumbers()
    {
        QFETCH(QString, text);
        QFETCH(double, y);
        QFETCH(bool, isNumber);
        const QList<Line> lines = buildLines({Word{text, QRectF(280, y, 30, 12)}});
        QCOMPARE(lines.size(), 1);
        QCOMPARE(isPageNumberLine(lines.first(), 842), isNumber);
    }
};

QTEST_GUILESS_MAIN(TestPdfLines)
#include "tst_pdflines.moc"
