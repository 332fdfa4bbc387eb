// SPDX-License-Identifier: GPL-3.0-or-later
// A PDF's ruled tables laid out as tables in the text (core/document/TableText.h): each row on one
// line, the numbers of one grid column starting at one display column, header cells whole, every
// number a cell of its own, every span on its cell's text; and the same on a hand-made grid.
#include "core/document/DocumentLoader.h"
#include "core/document/TableText.h"
#include "core/extract/Extractor.h"
#include "core/util/TextNormalize.h"

#include <QRegularExpression>
#include <QtTest>

using namespace nianbao;
using nianbao::loaders::displayWidth;

namespace {

QString fixture(const QString &name)
{
    return QFINDTESTDATA(QStringLiteral("../data/input/formats/") + name);
}

// The display column at which `offset` stands on its line.
int displayColumn(const QString &text, qsizetype offset)
{
    const qsizetype lineStart = text.lastIndexOf(u'\n', offset - 1) + 1;
    return displayWidth(QStringView(text).mid(lineStart, offset - lineStart));
}

bool isNumberText(const QString &s)
{
    return !s.isEmpty() && parseNumber(s).has_value();
}

} // namespace

class TestTableText : public QObject
{
    Q_OBJECT

private slots:
    void pdfTables_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("tables");
        QTest::addColumn<QStringList>("headers"); // printed on two lines in their cells in some fixture
        const QStringList headers{QStringLiteral("社会公益组织"), QStringLiteral("法律服务机构"),
                                  QStringLiteral("其他结果"), QStringLiteral("尚未审结"),
                                  QStringLiteral("未经复议直接起诉"), QStringLiteral("法人或其他组织")};
        QTest::newRow("report.pdf") << QStringLiteral("report.pdf") << 3 << headers;
        QTest::newRow("split over pages") << QStringLiteral("report-split.pdf") << 3 << headers;
        QTest::newRow("turned page") << QStringLiteral("report-turned.pdf") << 3 << headers;
        QTest::newRow("owner password") << QStringLiteral("report-owner-only.pdf") << 3 << headers;
    }

    void pdfTables()
    {
        QFETCH(QString, file);
        QFETCH(int, tables);
        QFETCH(QStringList, headers);
        const auto doc = loadDocument(fixture(file));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QVERIFY(doc->tables.size() >= tables);
        int numbers = 0;
        for (const Table &table : doc->tables) {
            // Where each grid column's numbers start: one display column for all of them.
            QHash<int, int> numberColumn;
            for (const TableRow &row : table.rows) {
                const QString line = doc->text.mid(row.span.start, row.span.length);
                QVERIFY2(!line.contains(u'\n') && !line.contains(u'\t'), qPrintable(line));
                QVERIFY(row.span.start == 0 || doc->text.at(row.span.start - 1) == u'\n');
                for (const TableCell &cell : row.cells) {
                    if (!cell.span.isValid())
                        continue;
                    QCOMPARE(doc->text.mid(cell.span.start, cell.span.length), cell.text);
                    QVERIFY(cell.span.start >= row.span.start && cell.span.end() <= row.span.end());
                    QVERIFY2(!cell.text.contains(u'\n'), qPrintable(cell.text));
                    if (!isNumberText(cell.text))
                        continue;
                    ++numbers;
                    const int at = displayColumn(doc->text, cell.span.start);
                    const auto seen = numberColumn.constFind(cell.column);
                    if (seen == numberColumn.cend())
                        numberColumn.insert(cell.column, at);
                    else
                        QVERIFY2(*seen == at, qPrintable(QStringLiteral("%1: column %2 at %3, not %4")
                                                             .arg(line).arg(cell.column).arg(at).arg(*seen)));
                }
                // Every number on the line is a cell of its own: no number inside a label cell
                // runs into another cell's text.
                static const QRegularExpression number(QStringLiteral("(?<![\\d.])\\d+(?:\\.\\d+)?(?![\\d.])"));
                for (auto it = number.globalMatch(line); it.hasNext();) {
                    const auto m = it.next();
                    const qsizetype at = row.span.start + m.capturedStart();
                    const auto owner = std::find_if(row.cells.cbegin(), row.cells.cend(), [&](const TableCell &c) {
                        return c.span.isValid() && c.span.start <= at && at + m.capturedLength() <= c.span.end();
                    });
                    QVERIFY2(owner != row.cells.cend(), qPrintable(line));
                }
            }
        }
        QVERIFY2(numbers >= 180, qPrintable(QString::number(numbers))); // the tables' values, read as cells
        // Header words whole, on one line, and in the grid as one cell each.
        for (const QString &header : headers) {
            QVERIFY2(doc->text.contains(header), qPrintable(header));
            bool cell = false;
            for (const Table &table : doc->tables)
                for (const TableRow &row : table.rows)
                    for (const TableCell &c : row.cells)
                        cell = cell || c.text == header;
            QVERIFY2(cell, qPrintable(header));
        }
        // The record still reads every cell where it stands.
        const Record record = extractRecord(*doc);
        int landed = 0;
        for (const CellValue &v : record.cells) {
            if (v.span.isValid() && v.value) {
                QVERIFY(!doc->text.mid(v.span.start, v.span.length).isEmpty());
                ++landed;
            }
        }
        QVERIFY2(landed >= 180, qPrintable(QString::number(landed)));
    }

    // A hand-made grid: a merged header over two columns, a header wrapped in its cell, Chinese
    // and Latin text of different widths, a vertical merge, a blank cell, text around the table.
    void handMadeGrid()
    {
        Document doc;
        doc.text = QStringLiteral("前言\n"
                                  "申请人情况\t\n"
                                  "\t其他结\n果\t总计\n"
                                  "一、新收\t12\t3\n"
                                  "\t\t45\n"
                                  "结语\n");
        auto at = [&](const QString &s, qsizetype from = 0) { return doc.text.indexOf(s, from); };
        Table t;
        auto cell = [&](const QString &text, int column, int colSpan, qsizetype from) {
            TableCell c;
            c.text = text;
            c.column = column;
            c.colSpan = colSpan;
            c.span = text.isEmpty() ? Span{from, 0} : Span{at(text, from), text.size()};
            return c;
        };
        const qsizetype r0 = at(QStringLiteral("申请人情况")), r1 = r0 + 7, r2 = at(QStringLiteral("一、新收")),
                        r3 = at(QStringLiteral("\t\t45")) ;
        TableRow row0;
        row0.cells << cell(QStringLiteral("申请人情况"), 0, 2, r0) << cell(QString(), 2, 1, r0 + 6);
        row0.span = Span{r0, 6};
        TableRow row1;
        row1.cells << cell(QString(), 0, 1, r1) << cell(QStringLiteral("其他结\n果"), 1, 1, r1)
                   << cell(QStringLiteral("总计"), 2, 1, r1);
        row1.span = Span{r1, at(QStringLiteral("总计")) + 2 - r1};
        TableRow row2;
        row2.cells << cell(QStringLiteral("一、新收"), 0, 1, r2) << cell(QStringLiteral("12"), 1, 1, r2)
                   << cell(QStringLiteral("3"), 2, 1, r2);
        row2.cells[0].rowSpan = 2;
        row2.span = Span{r2, 9};
        TableRow row3;
        TableCell merged;
        merged.continuation = true;
        row3.cells << merged << cell(QString(), 1, 1, r3 + 1) << cell(QStringLiteral("45"), 2, 1, r3);
        row3.span = Span{r3, 4};
        t.rows << row0 << row1 << row2 << row3;
        t.span = Span{r0, r3 + 5 - r0};
        doc.tables << t;
        for (const TableRow &row : t.rows)
            for (const TableCell &c : row.cells)
                if (!c.text.isEmpty())
                    QCOMPARE(doc.text.mid(c.span.start, c.span.length), c.text); // the input is right

        loaders::alignTables(doc);
        const QStringList lines = doc.text.split(u'\n');
        QCOMPARE(lines.first(), QStringLiteral("前言"));
        QCOMPARE(lines.at(lines.size() - 2), QStringLiteral("结语"));
        // 一、新收 is 8 columns wide, 其他结果 8, 申请人情况 10 over two columns: 8 + 2 + 8 ≥ 10.
        QCOMPARE(lines.at(1), QStringLiteral("申请人情况"));
        QCOMPARE(lines.at(2), QStringLiteral("          其他结果  总计"));
        QCOMPARE(lines.at(3), QStringLiteral("一、新收  12        3"));
        QCOMPARE(lines.at(4), QStringLiteral("                    45"));
        const Table &out = doc.tables.first();
        for (const TableRow &row : out.rows) {
            for (const TableCell &c : row.cells) {
                if (c.span.isValid())
                    QCOMPARE(doc.text.mid(c.span.start, c.span.length), c.text);
            }
        }
        QCOMPARE(out.rows.at(1).cells.at(1).text, QStringLiteral("其他结果"));
        QVERIFY(out.rows.at(3).cells.first().continuation);
        QCOMPARE(doc.text.mid(out.span.start, out.span.length),
                 lines.mid(1, 4).join(u'\n') + u'\n');
        QCOMPARE(displayWidth(u"其他结果"), 8);
        QCOMPARE(displayWidth(u"12 件"), 5);
        QCOMPARE(displayWidth(u"（一）"), 6);
    }
};

QTEST_GUILESS_MAIN(TestTableText)
#include "tst_tabletext.moc"
