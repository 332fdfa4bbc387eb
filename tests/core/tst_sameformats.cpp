// SPDX-License-Identifier: GPL-3.0-or-later
// The same report as .txt, .docx, .html, .pdf and .doc (tests/data/input/formats, made by
// tests/tools/make-fixtures) gives the same record: the same value in every canonical cell, the
// same format, year and agency, and the same findings. The .txt is the yardstick.
#include "core/document/DocumentLoader.h"
#include "core/extract/Extractor.h"
#include "core/rules/Rules.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nianbao;

namespace {

QString fixture(const QString &name)
{
    return QFINDTESTDATA(QStringLiteral("../data/input/formats/") + name);
}

std::optional<Record> recordOf(const QString &path, QString *error)
{
    auto doc = loadDocument(path);
    if (!doc) {
        *error = doc.error();
        return std::nullopt;
    }
    Record record = extractRecord(*doc);
    recheck(record);
    return record;
}

QString describe(const Finding &f)
{
    return f.rule + u' ' + f.cells.join(u',');
}

} // namespace

class TestSameFormats final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        auto text = recordOf(fixture(QStringLiteral("report.txt")), &error);
        QVERIFY2(text, qPrintable(error));
        m_text = *text;
        // The yardstick itself: every cell printed, every relation holding.
        for (const CellValue &c : m_text.cells)
            QVERIFY(c.value.has_value());
        QVERIFY(m_text.findings.isEmpty());
    }

    void sameRecord_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("needsSoffice");
        QTest::addColumn<QString>("copyAs"); // read under another name (empty: as it is)
        for (const char *name : {"report.docx", "report-split.docx", "report-borderless.docx", "report.html",
                                 "report-gb2312.html", "report.pdf", "report-split.pdf", "report-borderless.pdf",
                                 "report-borderless-narrow.docx", "report-borderless-narrow.pdf",
                                 "report-borderless-narrow-top.docx", "report-borderless-narrow-top.pdf", "report-owner-only.pdf",
                                 "report-turned.pdf"})
            QTest::newRow(name) << QString::fromLatin1(name) << false << QString();
        for (const char *name : {"report.doc", "report.odt", "report.rtf"})
            QTest::newRow(name) << QString::fromLatin1(name) << true << QString();
        // Kingsoft WPS Writer's .wps files of the OLE kind are Word 97 documents inside.
        QTest::newRow("report.wps (OLE)") << QStringLiteral("report.doc") << true << QStringLiteral("report.wps");
    }

    void sameRecord()
    {
        QFETCH(QString, file);
        QFETCH(bool, needsSoffice);
        QFETCH(QString, copyAs);
        if (needsSoffice && QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
            QSKIP("soffice (Debian package libreoffice-writer) is not installed: this format cannot be converted here");
        QString path = fixture(file);
        QTemporaryDir dir;
        if (!copyAs.isEmpty()) {
            QVERIFY(dir.isValid());
            QVERIFY(QFile::copy(path, dir.filePath(copyAs)));
            path = dir.filePath(copyAs);
        }
        QString error;
        const auto record = recordOf(path, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->format, m_text.format);
        QCOMPARE(record->year, m_text.year);
        QCOMPARE(record->agency, m_text.agency);
        QCOMPARE(record->cells.size(), m_text.cells.size());
        for (qsizetype i = 0; i < m_text.cells.size(); ++i) {
            const QString id = m_text.schema().at(i).id;
            QVERIFY2(record->cells.at(i).value == m_text.cells.at(i).value,
                     qPrintable(QStringLiteral("%1: %2 instead of %3")
                                    .arg(id, record->cells.at(i).raw, m_text.cells.at(i).raw)));
            QCOMPARE(record->cells.at(i).inferred, false);
        }
        QStringList found, expected;
        for (const Finding &f : record->findings)
            found << describe(f);
        for (const Finding &f : m_text.findings)
            expected << describe(f);
        QCOMPARE(found, expected);
    }

private:
    Record m_text;
};

QTEST_GUILESS_MAIN(TestSameFormats)
#include "tst_sameformats.moc"
