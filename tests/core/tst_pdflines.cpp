// SPDX-License-Identifier: GPL-3.0-or-later
// Lines rebuilt from PDF words: spacing between Chinese characters dropped (WPS and Word space
// them out), spaces between Latin words kept, wide gaps as column breaks, page numbers found.
#include "core/document/PdfLayout.h"

#include <QtTest>

using namespace nianbao::loaders::pdf;
using namespace Qt::StringLiterals;

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

// A page laid out line by line: "top|x:text|x:text…", each word 12 high, a wide character 12
// wide and any other 6.
QList<Word> layout(const QStringList &lines)
{
    QList<Word> out;
    for (const QString &line : lines) {
        const QStringList fields = line.split(u'|');
        const double top = fields.first().toDouble();
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const qsizetype colon = fields.at(i).indexOf(u':');
            const QString text = fields.at(i).mid(colon + 1);
            double width = 0;
            for (QChar c : text)
                width += nianbao::loaders::isWideChar(c) ? 12 : 6;
            out << Word{text, QRectF(fields.at(i).left(colon).toDouble(), top, width, 12)};
        }
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

    void wrappedCells_data()
    {
        QTest::addColumn<QStringList>("page");
        QTest::addColumn<QStringList>("text");
        QTest::newRow("label wrapped above and below its numbers")
            << QStringList{u"100|50:（二）部分公开（区分处理的，"_s, u"107.5|260:3|299:1"_s, u"115|50:只计这一情形，不计其他情形）"_s}
            << QStringList{u"（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t3\t1"_s};
        // A centred label of five lines keeps its last two: the one-line row below takes none.
        QTest::newRow("long numbered label above a one-line row")
            << QStringList{u"100|50:2.申请人逾期未按"_s, u"115|50:收费通知要求缴纳"_s, u"130|50:费用、行政机关不|260:0|299:0"_s,
                           u"145|50:再处理其政府信息"_s, u"160|50:公开申请"_s, u"175|50:3.其他|260:0|299:1"_s}
            << QStringList{u"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0"_s, u"3.其他\t0\t1"_s};
        QTest::newRow("long label without numbering above a one-line row")
            << QStringList{u"100|50:甲类申请人逾期"_s, u"115|50:未按收费通知要"_s, u"130|50:求缴纳费用、行|260:0|299:0"_s,
                           u"145|50:政机关不再处理"_s, u"160|50:的申请"_s, u"175|50:其他情形|260:0|299:1"_s}
            << QStringList{u"甲类申请人逾期未按收费通知要求缴纳费用、行政机关不再处理的申请\t0\t0"_s, u"其他情形\t0\t1"_s};
        // A group cell over several rows beside the numbered labels of its rows, close to them
        // on the first line: one cell per label column.
        QTest::newRow("label columns")
            << QStringList{u"100|95:（三）不予|165:1.属于国家秘密|300:0|340:0"_s, u"115|95:公开|165:2.其他法律行政法"_s,
                           u"122.5|300:1|340:0"_s, u"130|165:规禁止公开"_s, u"145|165:3.危及安全|300:0|340:0"_s}
            << QStringList{u"（三）不予公开\t1.属于国家秘密\t0\t0"_s, u"\t2.其他法律行政法规禁止公开\t1\t0"_s,
                           u"\t3.危及安全\t0\t0"_s};
        // Labels centred in their cells: a group cell's runs close to the labels beside them.
        QTest::newRow("labels centred in their cells")
            << QStringList{u"100|52:三、本|136:（一）予以公开|300:12|340:2"_s, u"115|52:年度办|99:（二）部分公开（区分处理的，"_s,
                           u"122.5|300:3|340:1"_s, u"130|52:理结果|99:只计这一情形，不计其他情形）"_s}
            << QStringList{u"三、本年度办理结果\t（一）予以公开\t12\t2"_s,
                           u"\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t3\t1"_s};
        QTest::newRow("label spread over its cell") << QStringList{u"100|50:合|72:计|300:5|340:6"_s}
                                                    << QStringList{u"合计\t5\t6"_s};
        // The first line of a page ends the label of the last row of the page before.
        QTest::newRow("label cut by the page break")
            << QStringList{u"74|165:权益"_s, u"89|165:5.属于内部事"_s, u"96.5|300:0|340:0"_s, u"104|165:务信息"_s,
                           u"119|165:6.属于过程性|300:2|340:0"_s}
            << QStringList{u"权益"_s, u"5.属于内部事务信息\t0\t0"_s, u"6.属于过程性\t2\t0"_s};
        QTest::newRow("label of several lines cut by the page break")
            << QStringList{u"74|165:要求缴纳费"_s, u"89|165:用、行政机关"_s, u"104|165:3.其他|300:0|340:1"_s,
                           u"119|165:4.总计|300:0|340:1"_s}
            << QStringList{u"要求缴纳费用、行政机关"_s, u"3.其他\t0\t1"_s, u"4.总计\t0\t1"_s};
        QTest::newRow("numbered label cut by the page break, first part")
            << QStringList{u"700|165:1.信访举报|300:1|340:0"_s, u"715|165:2.申请人逾期|300:0|340:0"_s, u"730|165:未按收费通知"_s}
            << QStringList{u"1.信访举报\t1\t0"_s, u"2.申请人逾期未按收费通知\t0\t0"_s};
        QTest::newRow("group cell going on beside the next row's own label")
            << QStringList{u"100|95:（六）其他|165:2.申请人逾期|300:0|340:0"_s, u"115|95:处理|165:3.其他|300:0|340:1"_s}
            << QStringList{u"（六）其他处理\t2.申请人逾期\t0\t0"_s, u"\t3.其他\t0\t1"_s};
        QTest::newRow("one number with its label around it")
            << QStringList{u"473|50:行政事业性收"_s, u"480.5|130:40.51"_s, u"488|50:费"_s}
            << QStringList{u"行政事业性收费\t40.51"_s};
        QTest::newRow("heading right above the first row")
            << QStringList{u"80|50:（一）主动公开情况"_s, u"95|50:行政许可|300:408"_s, u"110|50:行政处罚|300:37"_s}
            << QStringList{u"（一）主动公开情况"_s, u"行政许可\t408"_s, u"行政处罚\t37"_s};
        QTest::newRow("short line right below the last row")
            << QStringList{u"95|50:规章|150:0|265:5"_s, u"110|50:行政规范性文件|150:3|265:12"_s, u"125|50:第五项"_s,
                           u"140|50:信息内容|150:本年处理决定数量"_s}
            << QStringList{u"规章\t0\t5"_s, u"行政规范性文件\t3\t12"_s, u"第五项"_s, u"信息内容\t本年处理决定数量"_s};
        QTest::newRow("prose and header lines as they are")
            << QStringList{u"60|50:本年度共收到申请，均已按期答复。"_s, u"75|50:信息内容|150:本年制发件数|265:现行有效件数"_s,
                           u"90|50:规章|150:0|265:5"_s}
            << QStringList{u"本年度共收到申请，均已按期答复。"_s, u"信息内容\t本年制发件数\t现行有效件数"_s, u"规章\t0\t5"_s};
        QTest::newRow("dash for none before a number")
            << QStringList{u"95|50:规章|150:0|265:5"_s, u"110|50:行政规范性"_s, u"117.5|150:—|265:12"_s, u"125|50:文件"_s}
            << QStringList{u"规章\t0\t5"_s, u"行政规范性文件\t—\t12"_s};
        QTest::newRow("a number a character after its label")
            << QStringList{u"100|50:行政事业性收|138:40.51"_s} << QStringList{u"行政事业性收\t40.51"_s};
        QTest::newRow("a number right after Chinese in prose")
            << QStringList{u"100|50:全年共收到申请|134:33|146:件"_s} << QStringList{u"全年共收到申请33件"_s};
        QTest::newRow("numbers only") << QStringList{u"100|50:2|78:1|107:0"_s} << QStringList{u"2\t1\t0"_s};
        QTest::newRow("numbers a character apart") << QStringList{u"100|50:2|68:1|86:10"_s} << QStringList{u"2\t1\t10"_s};
        QTest::newRow("numbers in prose") << QStringList{u"100|50:2023|77:12|92:31"_s} << QStringList{u"2023 12 31"_s};
    }

    // Rows of a table printed without rules: each row one line, its label cells (wrapped above
    // and below its numbers, in label columns) in front of its numbers; other lines unchanged.
    void wrappedCells()
    {
        QFETCH(QStringList, page);
        QFETCH(QStringList, text);
        QStringList got;
        for (const TextLine &line : attachWrappedCells(buildLines(layout(page))))
            got << line.text;
        QCOMPARE(got, text);
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
