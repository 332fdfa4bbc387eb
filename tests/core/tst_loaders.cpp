// SPDX-License-Identifier: GPL-3.0-or-later
// The loaders for .docx, .html, .pdf and (through LibreOffice) .doc/.odt: the same report in every
// format gives the same grids, merged cells and spans; hostile inputs fail with a message naming
// the file instead of crashing.
#include "core/document/DocumentLoader.h"
#include "core/extract/Extractor.h"
#include "core/rules/Rules.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace nianbao;

namespace {

QString fixture(const QString &name)
{
    return QFINDTESTDATA(QStringLiteral("../data/input/formats/") + name);
}

bool hasSoffice()
{
    return !QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty();
}

// A cell's text without any white space: PDF line wraps and Word paragraphs differ only there.
QString squeeze(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

// --- a minimal zip writer (stored or deflated entries), for hostile packages ------------------

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void put16(QByteArray &b, quint32 v) { b.append(char(v & 0xFF)).append(char((v >> 8) & 0xFF)); }
void put32(QByteArray &b, quint32 v) { put16(b, v & 0xFFFF); put16(b, v >> 16); }

struct ZipEntry
{
    QString name;
    QByteArray data;
    bool deflate = false;
    qint64 declaredSize = -1; // a lie about the uncompressed size when >= 0
};

QByteArray makeZip(const QList<ZipEntry> &entries)
{
    QByteArray out, central;
    for (const ZipEntry &e : entries) {
        const QByteArray name = e.name.toUtf8();
        QByteArray body = e.data;
        if (e.deflate) // qCompress: 4-byte size, 2-byte zlib header, raw deflate, 4-byte adler
            body = qCompress(e.data, 9).mid(6).chopped(4);
        const quint32 size = e.declaredSize >= 0 ? quint32(e.declaredSize) : quint32(e.data.size());
        const quint32 offset = quint32(out.size());
        auto header = [&](QByteArray &b, bool isCentral) {
            put32(b, isCentral ? 0x02014b50 : 0x04034b50);
            if (isCentral)
                put16(b, 20);
            put16(b, 20); put16(b, 0); put16(b, e.deflate ? 8 : 0); put16(b, 0); put16(b, 0x21);
            put32(b, crc32(e.data)); put32(b, quint32(body.size())); put32(b, size);
            put16(b, quint32(name.size())); put16(b, 0);
            if (isCentral) {
                put16(b, 0); put16(b, 0); put16(b, 0); put32(b, 0); put32(b, offset);
            }
            b += name;
        };
        header(out, false);
        out += body;
        header(central, true);
    }
    const quint32 centralOffset = quint32(out.size());
    out += central;
    put32(out, 0x06054b50); put16(out, 0); put16(out, 0);
    put16(out, quint32(entries.size())); put16(out, quint32(entries.size()));
    put32(out, quint32(central.size())); put32(out, centralOffset); put16(out, 0);
    return out;
}

QByteArray docxWithBody(const QByteArray &body)
{
    const QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                           "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                           "<w:body>" + body + "</w:body></w:document>";
    return makeZip({{QStringLiteral("word/document.xml"), xml}});
}

// Same rows, same cells at the same grid places with the same spans and text (white space aside).
bool sameGrid(const Table &got, const Table &want, QString *where)
{
    if (got.rows.size() != want.rows.size()) {
        *where = QStringLiteral("%1 rows instead of %2").arg(got.rows.size()).arg(want.rows.size());
        return false;
    }
    for (qsizetype r = 0; r < got.rows.size(); ++r) {
        const auto &gc = got.rows.at(r).cells;
        const auto &wc = want.rows.at(r).cells;
        if (gc.size() != wc.size()) {
            *where = QStringLiteral("row %1: %2 cells instead of %3").arg(r).arg(gc.size()).arg(wc.size());
            return false;
        }
        for (qsizetype c = 0; c < gc.size(); ++c) {
            const TableCell &g = gc.at(c);
            const TableCell &w = wc.at(c);
            if (g.column != w.column || g.colSpan != w.colSpan || g.rowSpan != w.rowSpan
                || g.continuation != w.continuation || squeeze(g.text) != squeeze(w.text)) {
                *where = QStringLiteral("row %1 cell %2: [%3+%4v%5 %6] instead of [%7+%8v%9 %10]")
                             .arg(r).arg(c).arg(g.column).arg(g.colSpan).arg(g.rowSpan).arg(g.text)
                             .arg(w.column).arg(w.colSpan).arg(w.rowSpan).arg(w.text);
                return false;
            }
        }
    }
    return true;
}

// A table's grid in short: "text@column+colSpan" per cell ("^" for a continuation), cells
// separated by spaces, rows by " | ".
QString gridOf(const Table &table)
{
    QStringList rows;
    for (const TableRow &row : table.rows) {
        QStringList cells;
        for (const TableCell &c : row.cells)
            cells << QStringLiteral("%1@%2+%3").arg(c.continuation ? QStringLiteral("^") : squeeze(c.text))
                         .arg(c.column).arg(c.colSpan);
        rows << cells.join(u' ');
    }
    return rows.join(QStringLiteral(" | "));
}

const TableCell *cellAt(const Table &table, int row, int column)
{
    if (row < 0 || row >= table.rows.size())
        return nullptr;
    for (const TableCell &c : table.rows.at(row).cells) {
        if (c.column == column)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestLoaders : public QObject
{
    Q_OBJECT

private:
    Document m_reference; // report.docx, the grid every other format must match

private slots:
    void initTestCase()
    {
        auto doc = loadDocument(fixture(QStringLiteral("report.docx")));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        m_reference = *doc;
    }

    void sameReport_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("needsSoffice");
        QTest::newRow("docx") << "report.docx" << "docx" << false;
        QTest::newRow("docx, longer") << "report-split.docx" << "docx" << false;
        QTest::newRow("html") << "report.html" << "html" << false;
        QTest::newRow("html gb2312") << "report-gb2312.html" << "html" << false;
        QTest::newRow("pdf") << "report.pdf" << "pdf" << false;
        QTest::newRow("pdf, table over two pages") << "report-split.pdf" << "pdf" << false;
        QTest::newRow("doc") << "report.doc" << "doc" << true;
        QTest::newRow("odt") << "report.odt" << "odt" << true;
        QTest::newRow("rtf") << "report.rtf" << "rtf" << true;
    }

    // The application table of the report, as every format must give it.
    void sameReport()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(bool, needsSoffice);
        if (needsSoffice && !hasSoffice())
            QSKIP("soffice (Debian package libreoffice-writer) is not installed: .doc/.odt cannot be converted here");
        auto loaded = loadDocument(fixture(file));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        const Document &doc = *loaded;
        QCOMPARE(doc.kind, kind);
        QVERIFY(doc.text.contains(QStringLiteral("全年共收到政府信息公开申请33件")));
        QVERIFY(doc.text.contains(QStringLiteral("三、收到和处理政府信息公开申请情况")));
        QVERIFY(!doc.text.contains(QStringLiteral("政 府")));
        QCOMPARE(doc.tables.size(), 3);

        const Table &apply = doc.tables.at(1);
        QCOMPARE(apply.rows.size(), 28);
        const TableCell *note = cellAt(apply, 0, 0);
        QVERIFY(note);
        QVERIFY(squeeze(note->text).contains(QStringLiteral("第一项加第二项之和，等于第三项加第四项之和")));
        QCOMPARE(note->colSpan, 3);
        QCOMPARE(note->rowSpan, 3);
        const TableCell *results = cellAt(apply, 5, 0);
        QVERIFY(results);
        QCOMPARE(squeeze(results->text), QStringLiteral("三、本年度办理结果"));
        QCOMPARE(results->rowSpan, 22);
        const TableCell *denied = cellAt(apply, 7, 1);
        QVERIFY(denied);
        QCOMPARE(squeeze(denied->text), QStringLiteral("（三）不予公开"));
        QCOMPARE(denied->rowSpan, 8);
        QVERIFY(cellAt(apply, 8, 0) && cellAt(apply, 8, 0)->continuation);
        QVERIFY(cellAt(apply, 14, 1) && cellAt(apply, 14, 1)->continuation);
        const QStringList newRow{QStringLiteral("26"), QStringLiteral("4"), QStringLiteral("0"), QStringLiteral("0"),
                                 QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("33")};
        for (int c = 0; c < 7; ++c) {
            const TableCell *cell = cellAt(apply, 3, 3 + c);
            QVERIFY(cell);
            QCOMPARE(cell->text, newRow.at(c));
        }
        const TableCell *forward = cellAt(apply, 27, 0);
        QVERIFY(forward);
        QCOMPARE(forward->colSpan, 3);
        QCOMPARE(squeeze(forward->text), QStringLiteral("四、结转下年度继续办理"));
        QCOMPARE(cellAt(apply, 27, 9)->text, QStringLiteral("3"));
        QCOMPARE(doc.tables.at(0).rows.at(13).cells.at(1).text, QStringLiteral("40.51"));
    }

    void sameGridAsDocx_data() { sameReport_data(); }

    // Every cell of every table: same grid position, spans, continuation and text as the .docx.
    void sameGridAsDocx()
    {
        QFETCH(QString, file);
        QFETCH(bool, needsSoffice);
        if (needsSoffice && !hasSoffice())
            QSKIP("soffice (Debian package libreoffice-writer) is not installed: .doc/.odt cannot be converted here");
        auto doc = loadDocument(fixture(file));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QCOMPARE(doc->tables.size(), m_reference.tables.size());
        for (qsizetype t = 0; t < doc->tables.size(); ++t) {
            QString where;
            const bool same = sameGrid(doc->tables.at(t), m_reference.tables.at(t), &where);
            QVERIFY2(same, qPrintable(QStringLiteral("table %1: %2").arg(t).arg(where)));
        }
    }

    void spansPointAtCellText_data() { sameReport_data(); }

    void spansPointAtCellText()
    {
        QFETCH(QString, file);
        QFETCH(bool, needsSoffice);
        if (needsSoffice && !hasSoffice())
            QSKIP("soffice (Debian package libreoffice-writer) is not installed: .doc/.odt cannot be converted here");
        auto doc = loadDocument(fixture(file));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        int checked = 0;
        for (const Table &table : doc->tables) {
            QVERIFY(table.span.isValid());
            for (const TableRow &row : table.rows) {
                QVERIFY(row.span.isValid());
                QVERIFY(!doc->text.mid(row.span.start, row.span.length).contains(u'\n')
                        || std::any_of(row.cells.begin(), row.cells.end(),
                                       [](const TableCell &c) { return c.text.contains(u'\n'); }));
                for (const TableCell &cell : row.cells) {
                    if (cell.continuation) {
                        QVERIFY(!cell.span.isValid());
                        continue;
                    }
                    QVERIFY(cell.span.isValid());
                    QCOMPARE(doc->text.mid(cell.span.start, cell.span.length), cell.text);
                    QVERIFY(row.span.start <= cell.span.start && cell.span.end() <= row.span.end());
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 100);
    }

    void borderlessPdf_data()
    {
        QTest::addColumn<QString>("numbers");
        QTest::addColumn<QStringList>("label");
        QTest::newRow("one line") << "\t26\t4\t0\t0\t2\t1\t33" << QStringList{QStringLiteral("一、本年新收政府信息公开申请数量")};
        QTest::newRow("label running into its number") << "\t1\t0\t0\t0\t0\t0\t1" << QStringList{QStringLiteral("4.保护第三方合法")};
        QTest::newRow("label wrapped above and below its numbers")
            << "\t3\t1\t0\t0\t0\t0\t4" << QStringList{QStringLiteral("（二）部分公开（区分处理的，"), QStringLiteral("只计这一情形，不计其他情形）")};
        QTest::newRow("section 四 numbers") << "2\t1\t0\t0\t3\t1\t0\t0\t1\t2\t0\t0\t1\t0\t1" << QStringList{};
        QTest::newRow("group cell beside a numbered label")
            << "\t0\t0\t0\t0\t0\t0\t0" << QStringList{QStringLiteral("（三）不予公开\t1.属于国家秘密")};
        QTest::newRow("first row of a page, label around its numbers")
            << "\t0\t0\t0\t0\t0\t0\t0" << QStringList{QStringLiteral("\t5.属于三类内部事务信息\t")};
        QTest::newRow("label over five lines")
            << "\t0\t0\t0\t0\t0\t0\t0"
            << QStringList{QStringLiteral("（六）其他处理\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t")};
        QTest::newRow("one-line row below a long label") << "\t3.其他\t0\t1\t0\t0\t0\t0\t1" << QStringList{};
    }

    // Tables printed without rules: rows rebuilt from positions, one tab row per table row, the
    // label fragments wrapped around a row's numbers joined to its line.
    void borderlessPdf()
    {
        QFETCH(QString, numbers);
        QFETCH(QStringList, label);
        auto doc = loadDocument(fixture(QStringLiteral("report-borderless.pdf")));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QVERIFY(doc->text.contains(QStringLiteral("全年共收到政府信息公开申请33件")));
        const QStringList lines = doc->text.split(u'\n');
        // Some line holds the whole row: every piece of its label, then its numbers.
        const auto row = std::find_if(lines.begin(), lines.end(), [&](const QString &l) {
            return l.endsWith(numbers)
                && std::all_of(label.begin(), label.end(), [&](const QString &piece) { return l.contains(piece); });
        });
        QVERIFY2(row != lines.end(), qPrintable(doc->text));
    }

    // The whole report from the PDF without rules: every cell as in the text report, every
    // relation holding, nothing missing.
    void borderlessPdfCells()
    {
        auto pdf = loadDocument(fixture(QStringLiteral("report-borderless.pdf")));
        QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
        auto txt = loadDocument(fixture(QStringLiteral("report.txt")));
        QVERIFY2(txt.ok(), qPrintable(txt.error()));
        const Record got = extractRecord(*pdf);
        const Record want = extractRecord(*txt);
        QCOMPARE(got.format, want.format);
        QCOMPARE(got.cells.size(), 200);
        QCOMPARE(want.cells.size(), 200);
        for (qsizetype i = 0; i < got.cells.size(); ++i) {
            const QString id = got.schema().cells().at(i).id;
            const CellValue &g = got.cells.at(i);
            const CellValue &w = want.cells.at(i);
            QVERIFY2(w.source == CellSource::Read && w.value, qPrintable(id));
            QVERIFY2(g.source == CellSource::Read && g.value == w.value && g.raw == w.raw,
                     qPrintable(QStringLiteral("%1: %2 instead of %3").arg(id, g.raw, w.raw)));
            QCOMPARE(pdf->text.mid(g.span.start, g.span.length), g.raw);
        }
        const QList<Finding> findings = checkRecord(got);
        QVERIFY2(findings.isEmpty(), qPrintable(findings.isEmpty() ? QString() : findings.first().message));
    }

    void docxStructures_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("tables");
        const QByteArray field = "<w:p><w:r><w:t>共</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                                 "<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                                 "<w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                                 "<w:bookmarkStart w:id=\"1\" w:name=\"_Hlk1\"/><w:r><w:t>件</w:t></w:r><w:bookmarkEnd w:id=\"1\"/></w:p>";
        QTest::newRow("field and bookmark") << field << "共3件" << 0;
        const QByteArray inner = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>规章</w:t></w:r></w:p></w:tc>"
                                 "<w:tc><w:p><w:r><w:t>0</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
        QTest::newRow("layout table around a data table")
            << QByteArray("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>标题</w:t></w:r></w:p>" + inner + "</w:tc></w:tr></w:tbl>")
            << "规章\t0" << 1;
        QTest::newRow("tab, break and deleted text")
            << QByteArray("<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r>"
                          "<w:del><w:r><w:delText>删</w:delText></w:r></w:del></w:p>")
            << "甲\t乙\n丙" << 0;
    }

    void docxStructures()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, text);
        QFETCH(int, tables);
        auto doc = loadDocumentFromBytes(docxWithBody(body), QStringLiteral("built.docx"));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QVERIFY2(doc->text.contains(text), qPrintable(doc->text));
        QVERIFY(!doc->text.contains(QStringLiteral("PAGE")));
        QVERIFY(!doc->text.contains(QStringLiteral("删")));
        QCOMPARE(doc->tables.size(), tables);
        if (tables == 1) {
            QCOMPARE(doc->tables.first().rows.size(), 1);
            QCOMPARE(doc->tables.first().rows.first().cells.size(), 2);
        }
    }

    void htmlStructures_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("tables");
        QTest::addColumn<int>("rows");
        QTest::newRow("no tables, script dropped")
            << QByteArray("<html><head><title>T</title><style>p{}</style></head><body><p>你好&nbsp;世界</p>"
                          "<script>var x = 1;</script><div>第二段</div></body></html>")
            << "你好 世界\n第二段" << 0 << 0;
        QTest::newRow("layout table around a data table, rowspan")
            << QByteArray("<meta charset=\"utf-8\"><table><tr><td><p>说明</p><table>"
                          "<tr><td rowspan=\"2\">三、本年度办理结果</td><td>（一）予以公开</td><td>5</td></tr>"
                          "<tr><td>（二）部分公开</td><td>1</td></tr></table></td></tr></table>")
            << "三、本年度办理结果\t（一）予以公开\t5\n\t（二）部分公开\t1" << 1 << 2;
        QTest::newRow("Word HTML: wrapped source, o:p, nbsp cells")
            << QByteArray("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><body><p class=MsoNormal>"
                          "<span>全年共收到政府信息\r\n公开申请<span lang=EN-US>33</span>件<o:p></o:p></span></p>"
                          "<table class=MsoNormalTable><tr><td width=57 valign=top><p class=MsoNormal>行政\r\n许可"
                          "<o:p></o:p></p></td><td><p class=MsoNormal><span lang=EN-US>&nbsp;408<o:p></o:p></span></p></td>"
                          "<td><p class=MsoNormal>&nbsp;<o:p></o:p></p></td></tr></table></body></html>")
            << "全年共收到政府信息公开申请33件\n行政许可\t408\t" << 1 << 1;
        QTest::newRow("colspan and trailing rowspan")
            << QByteArray("<table><tr><th colspan=\"2\">信息内容</th><th rowspan=\"2\">总计</th></tr>"
                          "<tr><td>甲</td><td>乙</td></tr></table>")
            << "信息内容\t总计\n甲\t乙\t" << 1 << 2;
    }

    void htmlStructures()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, text);
        QFETCH(int, tables);
        QFETCH(int, rows);
        auto doc = loadDocumentFromBytes(html, QStringLiteral("page.html"));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QVERIFY2(doc->text.contains(text), qPrintable(doc->text));
        QVERIFY(!doc->text.contains(QStringLiteral("var x")));
        QVERIFY(!doc->text.contains(QStringLiteral("p{}")));
        QCOMPARE(doc->tables.size(), tables);
        if (tables > 0)
            QCOMPARE(doc->tables.first().rows.size(), rows);
    }

    void htmlRowspanGrid()
    {
        const QByteArray html = "<table><tr><td rowspan=\"3\">甲</td><td>1</td></tr><tr><td>2</td></tr>"
                                "<tr><td>3</td></tr></table>";
        auto doc = loadDocumentFromBytes(html, QStringLiteral("grid.html"));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QCOMPARE(doc->tables.size(), 1);
        const Table &t = doc->tables.first();
        QCOMPARE(cellAt(t, 0, 0)->rowSpan, 3);
        QVERIFY(cellAt(t, 1, 0)->continuation);
        QVERIFY(cellAt(t, 2, 0)->continuation);
        QCOMPARE(cellAt(t, 2, 1)->text, QStringLiteral("3"));
    }

    // LibreOffice writes colspans from the pixel positions of every row's edges: one edge of the
    // document put a fraction of a pixel apart by two rows makes a grid column of no width that
    // no cell holds alone. It is folded away; a narrow column with a width is not.
    void htmlJitterColumns_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("grid");
        const QByteArray rows =
            "<tr><td colspan=\"2\" width=\"190\">甲</td><td colspan=\"3\" width=\"190\">乙</td></tr>"
            "<tr><td width=\"90\">a</td><td colspan=\"2\" rowspan=\"2\" width=\"90\">b</td>"
            "<td width=\"90\">c</td><td width=\"90\">d</td></tr>"
            "<tr><td width=\"90\">a2</td><td width=\"90\">c2</td><td width=\"90\">d2</td></tr></table>";
        const QString folded = QStringLiteral("甲@0+2 乙@2+2 | a@0+1 b@1+1 c@2+1 d@3+1 | a2@0+1 ^@1+1 c2@2+1 d2@3+1");
        const QString kept = QStringLiteral("甲@0+2 乙@2+3 | a@0+1 b@1+2 c@3+1 d@4+1 | a2@0+1 ^@1+2 c2@3+1 d2@4+1");
        QTest::newRow("LibreOffice: <col> widths, the jitter column's overflowing, a rowspan over it")
            << QByteArray("<table width=\"400\" cellpadding=\"5\" cellspacing=\"0\"><col width=\"90\"/>"
                          "<col width=\"90\"/><col width=\"4355\"/><col width=\"90\"/><col width=\"90\"/>" + rows)
            << folded;
        QTest::newRow("widths on the cells only") << QByteArray("<table cellpadding=\"5\">" + rows) << folded;
        QTest::newRow("two edges each a pixel off, alternately")
            << QByteArray("<table cellpadding=\"0\"><tr><td width=\"100\">A</td><td colspan=\"2\" width=\"100\">B</td>"
                          "<td colspan=\"2\" width=\"100\">C</td></tr><tr><td colspan=\"2\" width=\"100\">a</td>"
                          "<td colspan=\"2\" width=\"100\">b</td><td width=\"100\">c</td></tr></table>")
            << QStringLiteral("A@0+1 B@1+1 C@2+1 | a@0+1 b@1+1 c@2+1");
        QTest::newRow("Word: the measuring row's blank cell does not hold the jitter column")
            << QByteArray("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>"
                          "<tr><td width=100>A</td><td width=101 colspan=2>B</td></tr>"
                          "<tr><td width=101 colspan=2>a</td><td width=100>b</td></tr>"
                          "<![if !supportMisalignedColumns]><tr height=0><td width=100 style='border:none'></td>"
                          "<td width=1 style='border:none'></td><td width=100 style='border:none'></td></tr>"
                          "<![endif]></table>")
            << QStringLiteral("A@0+1 B@1+1 | a@0+1 b@1+1 | @0+1 @1+1");
        // Counter-cases: the grid stays as the colspans make it.
        QTest::newRow("a narrow column 30 px wide is real")
            << QByteArray("<table width=\"400\" cellpadding=\"5\"><col width=\"90\"/><col width=\"60\"/><col width=\"20\"/>"
                          "<col width=\"90\"/><col width=\"90\"/>"
                          "<tr><td colspan=\"2\" width=\"160\">甲</td><td colspan=\"3\" width=\"220\">乙</td></tr>"
                          "<tr><td width=\"90\">a</td><td colspan=\"2\" rowspan=\"2\" width=\"90\">b</td>"
                          "<td width=\"90\">c</td><td width=\"90\">d</td></tr>"
                          "<tr><td width=\"90\">a2</td><td width=\"90\">c2</td><td width=\"90\">d2</td></tr></table>")
            << kept;
        QTest::newRow("no widths declared") << QByteArray(rows).prepend("<table>")
            .replace(" width=\"190\"", "").replace(" width=\"90\"", "") << kept;
        QTest::newRow("a thin column that a cell holds alone")
            << QByteArray("<table cellpadding=\"0\"><tr><td colspan=\"2\" width=\"100\">甲</td><td width=\"100\">乙</td></tr>"
                          "<tr><td width=\"100\">a</td><td width=\"0\">x</td><td width=\"100\">丙</td></tr></table>")
            << QStringLiteral("甲@0+2 乙@2+1 | a@0+1 x@1+1 丙@2+1");
    }

    void htmlJitterColumns()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, grid);
        auto doc = loadDocumentFromBytes("<meta charset=\"utf-8\">" + html, QStringLiteral("jitter.html"));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QCOMPARE(doc->tables.size(), 1);
        QCOMPARE(gridOf(doc->tables.first()), grid);
    }

    // A PDF that needs its user password: one message naming the file and saying why.
    void encryptedPdf()
    {
        const QString path = fixture(QStringLiteral("report-encrypted.pdf"));
        auto doc = loadDocument(path);
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error().contains(QStringLiteral("report-encrypted.pdf")), qPrintable(doc.error()));
        QVERIFY2(doc.error().contains(QStringLiteral("已加密")), qPrintable(doc.error()));
        QVERIFY2(!doc.error().contains(u'\n'), qPrintable(doc.error()));
    }

    // Only an owner password (printing and copying not permitted): opens like report.pdf.
    void ownerPasswordPdf()
    {
        auto plain = loadDocument(fixture(QStringLiteral("report.pdf")));
        QVERIFY2(plain.ok(), qPrintable(plain.error()));
        auto doc = loadDocument(fixture(QStringLiteral("report-owner-only.pdf")));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QCOMPARE(doc->kind, QStringLiteral("pdf"));
        QCOMPARE(doc->text, plain->text);
        QCOMPARE(doc->tables.size(), 3);
        for (qsizetype t = 0; t < doc->tables.size(); ++t) {
            QString where;
            QVERIFY2(sameGrid(doc->tables.at(t), plain->tables.at(t), &where),
                     qPrintable(QStringLiteral("table %1: %2").arg(t).arg(where)));
        }
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("maxUnpacked");
        QTest::addColumn<QString>("needle"); // in the message
        QFile docx(fixture(QStringLiteral("report.docx")));
        QVERIFY(docx.open(QIODevice::ReadOnly));
        const QByteArray whole = docx.readAll();
        QTest::newRow("truncated docx") << whole.left(whole.size() / 2) << "cut.docx" << qint64(100 << 20) << "cut.docx";
        const QByteArray big(20 * 1024 * 1024, ' ');
        QTest::newRow("zip bomb, honest size")
            << makeZip({{QStringLiteral("word/document.xml"), big, true}}) << "bomb.docx" << qint64(1 << 20) << "压缩炸弹";
        QTest::newRow("zip bomb, size lied about")
            << makeZip({{QStringLiteral("word/document.xml"), big, true, 100}}) << "liar.docx" << qint64(1 << 20) << "liar.docx";
        QTest::newRow("malformed xml")
            << docxWithBody("<w:p><w:r><w:t>未闭合</w:r></w:p>") << "bad.docx" << qint64(100 << 20) << "XML";
        QTest::newRow("no document part")
            << makeZip({{QStringLiteral("other.txt"), "x"}}) << "empty.docx" << qint64(100 << 20) << "word/document.xml";
        QTest::newRow("broken pdf") << QByteArray("%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage") << "broken.pdf"
                                    << qint64(100 << 20) << "broken.pdf";
    }

    void hostile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(qint64, maxUnpacked);
        QFETCH(QString, needle);
        LoadOptions options;
        options.maxUnpackedBytes = maxUnpacked;
        auto doc = loadDocumentFromBytes(bytes, name, options);
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error().contains(name), qPrintable(doc.error()));
        QVERIFY2(doc.error().contains(needle), qPrintable(doc.error()));
    }

    // Every format cut at many lengths: a failure naming the file, or a document; never a crash.
    void truncatedAnywhere_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"report.docx", "report.pdf", "report.html"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void truncatedAnywhere()
    {
        QFETCH(QString, file);
        QFile in(fixture(file));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray whole = in.readAll();
        int failures = 0;
        for (int i = 1; i < 16; ++i) {
            const QByteArray cut = whole.left(whole.size() * i / 16);
            auto doc = loadDocumentFromBytes(cut, file);
            if (!doc) {
                ++failures;
                QVERIFY2(doc.error().contains(file), qPrintable(doc.error()));
            } else {
                for (const Table &t : doc->tables) {
                    for (const TableRow &r : t.rows) {
                        for (const TableCell &c : r.cells)
                            QVERIFY(!c.span.isValid() || c.span.end() <= doc->text.size());
                    }
                }
            }
        }
        if (!file.endsWith(u".html")) // a cut page is still a page; a cut package or PDF is not
            QVERIFY(failures > 0);
    }

    void hostileHtml_data()
    {
        QTest::addColumn<QByteArray>("html");
        QByteArray deep;
        for (int i = 0; i < 20000; ++i)
            deep += "<div><span>";
        deep += "深处";
        QTest::newRow("20000 nested elements") << deep;
        QTest::newRow("huge spans")
            << QByteArray("<table><tr><td colspan=\"999999\" rowspan=\"999999\">甲</td><td>1</td></tr></table>");
        QByteArray nestedTables;
        for (int i = 0; i < 3000; ++i)
            nestedTables += "<table><tr><td>";
        nestedTables += "核心";
        QTest::newRow("3000 nested tables") << nestedTables;
        QTest::newRow("binary junk") << QByteArray("<html>\x00\xff\xfe<table><tr><td>\x01", 24);
    }

    void hostileHtml()
    {
        QFETCH(QByteArray, html);
        auto doc = loadDocumentFromBytes(html, QStringLiteral("hostile.html"));
        QVERIFY2(doc.ok() || doc.error().contains(QStringLiteral("hostile.html")), qPrintable(doc.error()));
        if (doc) {
            for (const Table &t : doc->tables) {
                for (const TableRow &r : t.rows)
                    QVERIFY(r.cells.size() <= 1000);
            }
        }
    }

    // A WPS file that is an OOXML package is read as one, without LibreOffice.
    void wpsPackage()
    {
        QFile docx(fixture(QStringLiteral("report.docx")));
        QVERIFY(docx.open(QIODevice::ReadOnly));
        const QByteArray savedPath = qgetenv("PATH");
        QTemporaryDir empty;
        qputenv("PATH", QFile::encodeName(empty.path()));
        auto doc = loadDocumentFromBytes(docx.readAll(), QStringLiteral("report.wps"));
        qputenv("PATH", savedPath);
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QCOMPARE(doc->kind, QStringLiteral("wps"));
        QCOMPARE(doc->tables.size(), 3);
        QCOMPARE(doc->tables.at(1).rows.size(), 28);
    }

    // The window reads reports off its thread and the comparison reads two at once: PDFs read on
    // several threads at the same time give what one thread gives.
    void pdfOnSeveralThreads()
    {
        const QStringList files{fixture(QStringLiteral("report.pdf")), fixture(QStringLiteral("report-split.pdf")),
                                fixture(QStringLiteral("report-borderless.pdf")), fixture(QStringLiteral("report-turned.pdf"))};
        QStringList expected;
        for (const QString &f : files) {
            auto doc = loadDocument(f);
            QVERIFY2(doc, qPrintable(doc.error()));
            expected << doc->text;
        }
        QList<QStringList> got(files.size());
        std::vector<std::thread> threads;
        for (qsizetype t = 0; t < files.size(); ++t) {
            threads.emplace_back([&, t] {
                for (int round = 0; round < 5; ++round) {
                    auto doc = loadDocument(files.at(t));
                    got[t] << (doc ? doc->text : doc.error());
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        for (qsizetype t = 0; t < files.size(); ++t) {
            QCOMPARE(got.at(t).size(), 5);
            for (const QString &text : got.at(t))
                QCOMPARE(text, expected.at(t));
        }
    }

    void pdfPageCap()
    {
        LoadOptions options;
        options.maxPages = 1;
        auto doc = loadDocument(fixture(QStringLiteral("report.pdf")), options);
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error().contains(QStringLiteral("上限")), qPrintable(doc.error()));
    }

    // Without soffice on the PATH the message names the package to install.
    void libreOfficeMissing()
    {
        const QByteArray savedPath = qgetenv("PATH");
        QTemporaryDir empty;
        qputenv("PATH", QFile::encodeName(empty.path()));
        auto doc = loadDocument(fixture(QStringLiteral("report.doc")));
        qputenv("PATH", savedPath);
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error().contains(QStringLiteral("libreoffice-writer")), qPrintable(doc.error()));
        QVERIFY(doc.error().contains(QStringLiteral("report.doc")));
    }

    void libreOfficeTimeout()
    {
        if (!hasSoffice())
            QSKIP("soffice (Debian package libreoffice-writer) is not installed");
        LoadOptions options;
        options.conversionTimeoutMs = 1;
        auto doc = loadDocument(fixture(QStringLiteral("report.doc")), options);
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error().contains(QStringLiteral("超时")), qPrintable(doc.error()));
    }
};

QTEST_GUILESS_MAIN(TestLoaders)
#include "tst_loaders.moc"
