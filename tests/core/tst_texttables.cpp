// SPDX-License-Identifier: GPL-3.0-or-later
// The text table reader on each layout the seeds use: tab rows, Word tables flattened one cell
// per line, markdown pipe tables; every cell's span covers exactly its text.
#include "core/document/TextTableReader.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

// A table written as rows joined by '\n', cells by '|' (cell text '\n' written as "\\n").
QString describe(const Table &t)
{
    QStringList rows;
    for (const TableRow &r : t.rows) {
        QStringList cells;
        for (const TableCell &c : r.cells)
            cells.append(QString(c.text).replace(u'\n', QStringLiteral("\\n")));
        rows.append(cells.join(u'|'));
    }
    return rows.join(u'\n');
}

QString readSeed(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// Every cell's text is what its span covers, and the cells of a row are numbered in order.
void verifySpans(const QString &text, const QList<Table> &tables)
{
    for (const Table &t : tables) {
        QVERIFY(t.span.isValid());
        for (const TableRow &r : t.rows) {
            QVERIFY(r.span.isValid());
            QVERIFY(r.span.start >= t.span.start && r.span.end() <= t.span.end());
            for (qsizetype i = 0; i < r.cells.size(); ++i) {
                const TableCell &c = r.cells.at(i);
                QCOMPARE(c.column, int(i));
                QVERIFY(c.span.isValid());
                QVERIFY(c.span.end() <= text.size());
                QCOMPARE(text.mid(c.span.start, c.span.length), c.text);
            }
        }
    }
}

} // namespace

class TestTextTables final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layouts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tables"); // describe() of each table

        QTest::newRow("tab rows, padded")
            << u"二、主动公开\n\n规章\t0\t0\t0\n行政许可\t0\t\t\n\n三、收到\n"_s
            << QStringList{u"规章|0|0|0\n行政许可|0||"_s};
        QTest::newRow("tab rows, blank line and a row without its leading tabs")
            << u"\t\t3.危及\t0\t0\n4.保护第三方\t\t0\t0\t\n\n\t\t6.过程性\t1\t2\n五、问题\n"_s
            << QStringList{u"||3.危及|0|0\n4.保护第三方||0|0|\n||6.过程性|1|2"_s};
        QTest::newRow("flattened cells with continuations")
            << u"表前说明。\n\t信息内容\n\t本年新\n制作数量\n\t对外公开总数量\n\n\t规章\n\t　　0\n\t \n\t\n\n正文继续，这是一段说明文字。\n"_s
            << QStringList{u"信息内容|本年新\\n制作数量|对外公开总数量\n规章|　　0||"_s};
        QTest::newRow("flattened: a heading after a number is no continuation")
            << u"\t行政许可\n\t408\n四、政府信息公开行政复议\n\t行政复议\n\t行政诉讼\n"_s
            << QStringList{u"行政许可|408"_s, u"行政复议|行政诉讼"_s};
        QTest::newRow("flattened: NBSP cells are empty, full-width spaces stay")
            << u"\t一、本年新收\n\t\u00a0\n\t0\u00a0\n\t\u3000３\n"_s
            << QStringList{u"一、本年新收||0|\u3000３"_s};
        QTest::newRow("markdown")
            << u"## 四\n\n| 行政复议 |  | 总计 |\n|---|--|----|\n| 结果<br>维持 | x |  |\n| 0 | 0 | 0 |\n\n正文\n"_s
            << QStringList{u"行政复议||总计\n结果<br>维持|x|\n0|0|0"_s};
        QTest::newRow("markdown split by a blank line")
            << u"| a | b |\n|---|---|\n| 1 | 2 |\n\n| c | d |\n"_s
            << QStringList{u"a|b\n1|2"_s, u"c|d"_s};
        QTest::newRow("rows aligned with spaces (pdftotext -layout)")
            << u"说明。\n   信息内容   本年制发件数    本年废止件数\n\n规章               0          0\n（二）部分公开（区分处理的\n              4    0\n这是一段很长的正文说明文字，它超过了四十个字符的长度，所以表格应当在它之前结束才对。\n"_s
            << QStringList{u"信息内容|本年制发件数|本年废止件数\n规章|0|0\n（二）部分公开（区分处理的\n4|0"_s};
        QTest::newRow("web page: cells closed by a bar, no leading bar")
            << u"二、主动公开\n第二十条第（一）项 ||||\n信息内容 | 本年制发件数 |||\n规章 | 2 | 0 | 35 |\n\n正文。\n"_s
            << QStringList{u"第二十条第（一）项|||\n信息内容|本年制发件数||\n规章|2|0|35"_s};
        QTest::newRow("full-width bars with outer bars")
            << u"｜规章｜2｜0｜35｜\n｜行政许可｜356｜｜｜\n"_s << QStringList{u"规章|2|0|35\n行政许可|356||"_s};
        QTest::newRow("bars only between cells")
            << u"规章 | 2 | 0 | 35\n行政许可 | 356\n"_s << QStringList{u"规章|2|0|35\n行政许可|356"_s};
        QTest::newRow("an escaped bar stays in its cell")
            << u"a \\| b | 1 |\n"_s << QStringList{u"a \\| b|1"_s};
        // One cell per line between bar lines: a numbered label cut where it wrapped (ending on
        // "、" or "，", or with a bracket left open) and its rest are one cell; a label that is
        // whole is not joined to the next.
        const QString stream = u"|\n信息内容\n|\n自然人\n|\n总计\n|\n%1\n|\n%2\n|\n3\n|\n4\n|\n"_s;
        QTest::newRow("cell stream: a numbered label cut after 、")
            << stream.arg(u"1.申请人无正当理由逾期不补正、"_s, u"行政机关不再处理"_s)
            << QStringList{u"信息内容|自然人|总计\n1.申请人无正当理由逾期不补正、\\n|\\n行政机关不再处理|3|4"_s};
        QTest::newRow("cell stream: a bracket left open")
            << stream.arg(u"（二）部分公开（区分处理的，只计"_s, u"这一情形）"_s)
            << QStringList{u"信息内容|自然人|总计\n（二）部分公开（区分处理的，只计\\n|\\n这一情形）|3|4"_s};
        QTest::newRow("cell stream: a whole label is not joined")
            << stream.arg(u"（三）不予公开"_s, u"属于国家秘密"_s)
            << QStringList{u"信息内容|自然人|总计\n（三）不予公开|属于国家秘密|3|4"_s};
        QTest::newRow("a lone bar is no table") << u"正文 |\n|\n"_s << QStringList{};
        QTest::newRow("single spaces are prose")
            << u"号 ， 邮 编 ： 223100 ， 电 话\n一 、 总 体 情 况\n"_s << QStringList{};
        QTest::newRow("prose only") << u"一、总体情况\n\n正文，没有表格。\n"_s << QStringList{};
        QTest::newRow("empty") << QString() << QStringList{};
    }
    void layouts()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tables);
        const QList<Table> found = readTextTables(text);
        QStringList described;
        for (const Table &t : found)
            described.append(describe(t));
        QCOMPARE(described, tables);
        verifySpans(text, found);
    }

    void seeds_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("tables");
        QTest::addColumn<QString>("cell"); // a cell text the reader must produce
        QTest::newRow("000 tab rows") << u"seed_000_ebc2797f3e368fc1.txt"_s << 3 << u"(七) 总计"_s;
        QTest::newRow("001 flattened 2019") << u"seed_001_5eaa7f9da2d83dc7.txt"_s << 3 << u"本年新\n制作数量"_s;
        QTest::newRow("002 markdown") << u"seed_002_d313710ee9afc711.txt"_s << 3 << u"结果<br>维持"_s;
        QTest::newRow("003 tab rows, shifted") << u"seed_003_ad0933fee798d3b4.txt"_s << 3 << u"4.保护第三方合法权益"_s;
        QTest::newRow("004 flattened") << u"seed_004_80a41c86f4ba9762.txt"_s << 3 << u"总\n计"_s;
    }
    void seeds()
    {
        QFETCH(QString, file);
        QFETCH(int, tables);
        QFETCH(QString, cell);
        const QString text = readSeed(QFINDTESTDATA(u"../data/input/"_s + file));
        QVERIFY(!text.isEmpty());
        const QList<Table> found = readTextTables(text);
        QCOMPARE(found.size(), qsizetype(tables));
        verifySpans(text, found);
        bool seen = false;
        for (const Table &t : found)
            for (const TableRow &r : t.rows)
                for (const TableCell &c : r.cells)
                    seen = seen || c.text == cell;
        QVERIFY2(seen, qPrintable(cell));
        // The application table of every seed has its 25 (2019: 23) data rows and headers in
        // one table: the row of （七）总计 and the row of 四、结转 are in the same table as 本年新收.
        const Table *apply = nullptr;
        for (const Table &t : found)
            if (describe(t).contains(u"本年新收"))
                apply = &t;
        QVERIFY(apply);
        QVERIFY(describe(*apply).contains(u"结转下年度继续办理"));
        QVERIFY(apply->rows.size() >= 24);
    }

    void robustness_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minCells"); // cells the reader must find at least
        QString wide = u"标签"_s;
        for (int i = 0; i < 500; ++i)
            wide += u'\t' + QString::number(i);
        QTest::newRow("500 columns") << wide << 501;
        QTest::newRow("huge line") << QString(2'000'000, u'字') << 0;
        // As many cells as the reader makes (kMaxTextTableCells; cellLimit goes past it).
        QTest::newRow("huge tab line") << QString(kMaxTextTableCells - 1, u'\t') << int(kMaxTextTableCells);
        QString continuations = u"\t标签\n\t值\n"_s;
        for (int i = 0; i < 20000; ++i)
            continuations += u"短行\n"_s;
        QTest::newRow("many short lines after a cell") << continuations << 2;
        QString noise;
        QRandomGenerator rng(42);
        for (int i = 0; i < 200'000; ++i)
            noise += QChar(char16_t(rng.bounded(1, 0xD7FF)));
        QTest::newRow("random characters") << noise << 0;
        QString pipes;
        for (int i = 0; i < 5000; ++i)
            pipes += u"|\t|\n\t|\n|||\n"_s;
        QTest::newRow("pipes and tabs") << pipes << 1;
    }
    void robustness()
    {
        QFETCH(QString, text);
        QFETCH(int, minCells);
        const QList<Table> found = readTextTables(text);
        qsizetype cells = 0;
        for (const Table &t : found)
            for (const TableRow &r : t.rows)
                cells += r.cells.size();
        QVERIFY(cells >= minCells);
        verifySpans(text, found);
    }

    // Past kMaxTextTableCells the reader stops and says so (the text loader then refuses the file):
    // one line of tabs, many rows, many small tables.
    void cellLimit_data()
    {
        QTest::addColumn<QString>("text");
        const qsizetype n = kMaxTextTableCells + 10;
        QTest::newRow("one line of tabs") << QString(n, u'\t');
        QString rows;
        for (qsizetype i = 0; i < n / 4 + 1; ++i)
            rows += u"标签\t1\t2\t3\n"_s;
        QTest::newRow("rows of four cells") << rows;
        QString tables;
        for (qsizetype i = 0; i < n / 4 + 1; ++i)
            tables += u"| 甲 | 乙 |\n| 1 | 2 |\n\n正文\n\n"_s;
        QTest::newRow("small markdown tables") << tables;
        QString spaced;
        for (qsizetype i = 0; i < n / 4 + 1; ++i)
            spaced += u"甲  乙  丙  丁\n"_s;
        QTest::newRow("aligned rows") << spaced;
    }
    void cellLimit()
    {
        QFETCH(QString, text);
        bool tooMany = false;
        const QList<Table> found = readTextTables(text, &tooMany);
        QVERIFY(tooMany);
        QVERIFY(found.isEmpty());
        // Under the limit the same kind of text is read.
        const QString part = text.left(text.size() / 8);
        QVERIFY(!readTextTables(part, &tooMany).isEmpty());
        QVERIFY(!tooMany);
    }

    // An aligned row with no non-blank line after it (the end of the text, or blank lines to
    // the end): the block test looked at line -1 (QList::at(-1), undefined behaviour; the
    // fuzz build's QT_FORCE_ASSERTS aborts on it). Each row: the text, the tables found.
    void alignedRowAtTheEnd_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tables");
        QTest::newRow("last line") << u"标题\n甲  乙  丙"_s << QStringList();
        QTest::newRow("blank lines after") << u"标题\n甲  乙  丙\n\n   \n"_s << QStringList();
        QTest::newRow("only line") << u"甲  乙"_s << QStringList();
        QTest::newRow("two rows, then the end") << u"甲  乙\n1  2\n\n"_s << QStringList{u"甲|乙\n1|2"_s};
        QTest::newRow("two rows, a short line, the end")
            << u"项目  数量\n收到  3\n注\n"_s << QStringList{u"项目|数量\n收到|3"_s};
    }
    void alignedRowAtTheEnd()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tables);
        const QList<Table> found = readTextTables(text);
        QStringList described;
        for (const Table &t : found)
            described.append(describe(t));
        QCOMPARE(described, tables);
        verifySpans(text, found);
    }
};

QTEST_GUILESS_MAIN(TestTextTables)
#include "tst_texttables.moc"
