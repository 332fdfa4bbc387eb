// SPDX-License-Identifier: GPL-3.0-or-later
// Rows a converter stacked into one (core/document/StackedRows.h): split back only when the cells
// prove how, each piece pointing at its own text; every other row left as it is.
#include "core/document/DocumentLoader.h"
#include "core/document/StackedRows.h"
#include "core/document/TextTableReader.h"

#include <QTest>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

// A table's rows as "cell|cell|…", a continuation cell as "^", an inferred cell with a trailing "?".
QStringList rowsOf(const Table &table)
{
    QStringList rows;
    for (const TableRow &row : table.rows) {
        QStringList cells;
        for (const TableCell &c : row.cells)
            cells.append(c.continuation ? u"^"_s : c.text + (c.inferred ? u"?"_s : QString()));
        rows.append(cells.join(u'|'));
    }
    return rows;
}

} // namespace

class TestStackedRows final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void markdown_data()
    {
        QTest::addColumn<QString>("row"); // one markdown row, after a header row
        QTest::addColumn<QStringList>("want");
        QTest::newRow("two numbered rows under their group")
            << u"| （三）不予公开 | 1.属于国家秘密<br>2.其他法律行政法规禁止公开 | 0<br>2 | 3<br>0 |"_s
            << QStringList{u"（三）不予公开|1.属于国家秘密|0|3"_s, u"^|2.其他法律行政法规禁止公开|2|0"_s};
        QTest::newRow("a numbered label wrapped inside its line")
            << u"|  | 4.无正当理由大量反复申请<br>5.要求行政机关确认或重新<br>出具已获取信息 | 1<br>0 | 0<br>7 |"_s
            << QStringList{u"|4.无正当理由大量反复申请|1|0"_s, u"|5.要求行政机关确认或重新<br>出具已获取信息|0|7"_s};
        QTest::newRow("three rows, <br/> and a placeholder")
            << u"| 1.甲<br/>2.乙<BR>3.丙 | 1<br/>/<BR>3 |"_s
            << QStringList{u"1.甲|1"_s, u"2.乙|/"_s, u"3.丙|3"_s};
        QTest::newRow("an empty line among the numbers")
            << u"| 1.甲<br>2.乙 | 5<br> | 0<br>1 |"_s << QStringList{u"1.甲|5|0"_s, u"2.乙||1"_s};
        QTest::newRow("labels without numbers: values to confirm")
            << u"| 规章<br>行政规范性文件 | 2<br>5 | 0<br>1 |"_s
            << QStringList{u"规章|2?|0?"_s, u"行政规范性文件|5?|1?"_s};
        // Left as they are:
        QTest::newRow("numbers stacked unevenly") << u"| 1.甲<br>2.乙 | 0<br>0 | 5 |"_s
                                                  << QStringList{u"1.甲<br>2.乙|0<br>0|5"_s};
        QTest::newRow("one label for two lines of numbers") << u"| 行政许可 | 356<br>7 |"_s
                                                            << QStringList{u"行政许可|356<br>7"_s};
        QTest::newRow("numbered items fewer than the lines of numbers")
            << u"| 1.属于国家秘密<br>禁止公开 | 0<br>0 |"_s << QStringList{u"1.属于国家秘密<br>禁止公开|0<br>0"_s};
        QTest::newRow("unnumbered label lines more than the rows") << u"| 行政规范<br>性文件<br>规章 | 1<br>2 |"_s
                                                                   << QStringList{u"行政规范<br>性文件<br>规章|1<br>2"_s};
        QTest::newRow("a header wrapped over lines, no numbers") << u"| 本年新<br>收数量 | 结转<br>下年 |"_s
                                                                 << QStringList{u"本年新<br>收数量|结转<br>下年"_s};
        QTest::newRow("one row, nothing stacked") << u"| 1.甲 | 4 | 0 |"_s << QStringList{u"1.甲|4|0"_s};
    }
    void markdown()
    {
        QFETCH(QString, row);
        QFETCH(QStringList, want);
        const QString text = u"| 项目 | 甲 | 乙 |\n|---|---|---|\n"_s + row + u"\n"_s;
        QList<Table> tables = readTextTables(text);
        QCOMPARE(tables.size(), 1);
        Table table = tables.takeFirst();
        table.rows.removeFirst(); // the header
        const QStringList before = rowsOf(table);
        const int split = splitStackedRows(table, text);
        QCOMPARE(rowsOf(table), want);
        QCOMPARE(split, want.size() > 1 ? 1 : 0);
        if (!split)
            QCOMPARE(rowsOf(table), before);
        for (const TableRow &r : std::as_const(table.rows))
            for (const TableCell &c : r.cells)
                if (c.span.isValid()) // each piece points at its own text
                    QCOMPARE(text.mid(c.span.start, c.span.length), c.text);
    }

    // HTML and docx keep a cell's line breaks as '\n': the same split, through the loader.
    void html()
    {
        const QByteArray html = "<html><body><table>"
                                "<tr><td>项目</td><td>自然人</td><td>总计</td></tr>"
                                "<tr><td>（四）无法提供</td><td>1.本机关不掌握相关政府信息<br>2.没有现成信息需要另行制作</td>"
                                "<td>3<br>1</td><td>4<br>1</td></tr>"
                                "</table></body></html>";
        const auto doc = loadDocumentFromBytes(html, u"stacked.html"_s);
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error()));
        QCOMPARE(doc->tables.size(), 1);
        const QStringList rows = rowsOf(doc->tables.first());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1), u"（四）无法提供|1.本机关不掌握相关政府信息|3|4"_s);
        QCOMPARE(rows.at(2), u"^|2.没有现成信息需要另行制作|1|1"_s);
    }
};

QTEST_GUILESS_MAIN(TestStackedRows)
#include "tst_stackedrows.moc"
