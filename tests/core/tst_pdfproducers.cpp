// SPDX-License-Identifier: GPL-3.0-or-later
// PDFs from another producer than LibreOffice and WPS: Qt's own PDF writer prints the format
// fixture's tables (tests/data/input/formats/report.txt) as HTML tables, and the PDF must give the
// same record as the text. Qt draws cell borders as filled bars, draws the whole table on every
// page and clips it to the page's part, and its CJK font maps glyphs to Kangxi radicals (⾏ for 行).
#include "core/document/DocumentLoader.h"
#include "core/extract/Extractor.h"
#include "core/rules/Rules.h"

#include <QFile>
#include <QPageSize>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace nianbao;

namespace {

QString fixture(const QString &name)
{
    return QFINDTESTDATA(QStringLiteral("../data/input/formats/") + name);
}

// The report as HTML: its tab rows as table rows (one cell per field), other lines as paragraphs.
QString reportHtml(const QString &text, const QString &tableTag)
{
    QString html = QStringLiteral("<html><body style='font-family:\"Noto Sans CJK SC\"; font-size:10pt'>");
    bool inTable = false;
    for (const QString &line : text.split(u'\n')) {
        if (line.contains(u'\t')) {
            if (!inTable)
                html += tableTag;
            inTable = true;
            html += QStringLiteral("<tr>");
            for (const QString &field : line.split(u'\t'))
                html += QStringLiteral("<td>") + field.toHtmlEscaped() + QStringLiteral("</td>");
            html += QStringLiteral("</tr>");
            continue;
        }
        if (inTable)
            html += QStringLiteral("</table>");
        inTable = false;
        html += QStringLiteral("<p>") + line.toHtmlEscaped() + QStringLiteral("</p>");
    }
    return html + QStringLiteral("</body></html>");
}

Record recordOf(const Document &doc)
{
    Record record = extractRecord(doc);
    recheck(record);
    return record;
}

} // namespace

class TestPdfProducers final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void qtPdfWriter_data()
    {
        QTest::addColumn<QString>("tableTag");
        QTest::newRow("Qt's default grey 3D borders, collapsed")
            << QStringLiteral("<table border='1' cellspacing='0' cellpadding='2' style='border-collapse:collapse'>");
        QTest::newRow("Qt's default borders, cells spaced apart (each with its own frame)")
            << QStringLiteral("<table border='1' cellspacing='2' cellpadding='2'>");
        QTest::newRow("solid black borders")
            << QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' "
                              "style='border-collapse:collapse; border-style:solid; border-color:#000000'>");
    }

    void qtPdfWriter()
    {
        QFETCH(QString, tableTag);
        QFile in(fixture(QStringLiteral("report.txt")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(in.readAll());
        auto reference = loadDocumentFromBytes(text.toUtf8(), QStringLiteral("report.txt"));
        QVERIFY2(reference, qPrintable(reference.error()));
        const Record expected = recordOf(*reference);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pdfPath = dir.filePath(QStringLiteral("report-qt.pdf"));
        {
            QTextDocument html;
            html.setHtml(reportHtml(text, tableTag));
            QPdfWriter pdf(pdfPath);
            pdf.setPageSize(QPageSize(QPageSize::A4));
            html.print(&pdf);
        }
        auto doc = loadDocument(pdfPath);
        QVERIFY2(doc, qPrintable(doc.error()));
        QCOMPARE(doc->kind, QStringLiteral("pdf"));
        QVERIFY(doc->tables.size() >= 3); // ruled tables, not text rebuilt from positions
        QVERIFY2(doc->text.contains(QStringLiteral("示例市司法局2023年度政府信息公开工作年度报告")), qPrintable(doc->text.left(200)));
        const Record record = recordOf(*doc);
        QCOMPARE(record.format, expected.format);
        QCOMPARE(record.year, expected.year);
        QCOMPARE(record.agency, expected.agency);
        for (qsizetype i = 0; i < expected.cells.size(); ++i) {
            QVERIFY2(record.cells.at(i).value == expected.cells.at(i).value,
                     qPrintable(QStringLiteral("%1: '%2' instead of '%3'")
                                    .arg(expected.schema().at(i).id, record.cells.at(i).raw, expected.cells.at(i).raw)));
        }
        QCOMPARE(record.findings.size(), expected.findings.size());
    }
};

QTEST_MAIN(TestPdfProducers)
#include "tst_pdfproducers.moc"
