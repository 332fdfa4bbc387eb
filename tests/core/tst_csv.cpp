// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV export read back with an RFC 4180 parser: BOM, header, one row per cell in table order,
// quoting of commas, quotes and line breaks, formula escaping, and the status of every cell.
#include "tests/core/RecordFixture.h"
#include "core/export/CsvExport.h"
#include "core/record/CellState.h"
#include "core/rules/Rules.h"

#include <QTest>

using namespace nianbao;
using namespace fixture;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(nianbao::FormatVersion)

namespace {

const QByteArray kBom("\xEF\xBB\xBF");

// RFC 4180: fields separated by commas, rows by CRLF, quoted fields may hold commas, CR, LF and
// doubled quotes. Returns false on anything malformed.
bool parseCsv(const QString &text, QList<QStringList> *rows)
{
    QStringList row;
    QString field;
    bool quoted = false, wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (!field.isEmpty() || wasQuoted)
                return false; // a quote inside an unquoted field
            quoted = wasQuoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                return false; // rows end with CRLF
            row.append(field);
            rows->append(row);
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == u'\n') {
            return false; // a bare LF outside quotes
        } else {
            if (wasQuoted)
                return false; // text after a closing quote
            field += c;
        }
    }
    return !quoted && row.isEmpty() && field.isEmpty(); // the last row ended with CRLF
}

QList<QStringList> readBack(const QByteArray &bytes)
{
    QList<QStringList> rows;
    if (!bytes.startsWith(kBom) || !parseCsv(QString::fromUtf8(bytes.mid(kBom.size())), &rows))
        return {};
    return rows;
}

const QStringList kHeader = {u"file"_s, u"id"_s, u"section"_s, u"row"_s, u"column"_s, u"value"_s, u"raw"_s, u"status"_s};

} // namespace

class TestCsv final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneRowPerCell_data()
    {
        QTest::addColumn<FormatVersion>("format");
        QTest::addColumn<int>("cells");
        QTest::newRow("2021") << FormatVersion::V2021 << 200;
        QTest::newRow("2019") << FormatVersion::V2019 << 198;
    }
    void oneRowPerCell()
    {
        QFETCH(FormatVersion, format);
        QFETCH(int, cells);
        Record r = makeRecord(format);
        recheck(r);
        const QByteArray bytes = recordsToCsv({r});
        QVERIFY(bytes.startsWith(kBom));
        const QList<QStringList> rows = readBack(bytes);
        QCOMPARE(rows.size(), 1 + cells);
        QCOMPARE(rows.first(), kHeader);
        const Schema &s = r.schema();
        for (int i = 0; i < cells; ++i) {
            const QStringList &row = rows.at(i + 1);
            QCOMPARE(row.size(), kHeader.size());
            QCOMPARE(row.at(0), r.sourceFile);
            QCOMPARE(row.at(1), s.at(i).id);
            QCOMPARE(row.at(2), s.at(i).section);
            QCOMPARE(row.at(3), s.at(i).row);
            QCOMPARE(row.at(4), s.at(i).column);
            QCOMPARE(row.at(5).toDouble(), *r.cells.at(i).value);
            QVERIFY2(!row.at(5).endsWith(u".0"_s), qPrintable(row.at(5)));
            QCOMPARE(row.at(6).startsWith(u'\'') ? row.at(6).mid(1) : row.at(6), r.cells.at(i).raw);
            QCOMPARE(row.at(7), u"ok"_s);
        }
    }

    void severalRecords()
    {
        Record a = makeRecord(FormatVersion::V2021);
        Record b = makeRecord(FormatVersion::V2019);
        a.sourceFile = u"甲.docx"_s;
        b.sourceFile = u"乙.pdf"_s;
        a.agency = u"甲局"_s;
        b.agency = u"乙局"_s;
        b.year = 0;
        const QList<QStringList> rows = readBack(recordsToCsv({a, b}));
        QCOMPARE(rows.size(), 1 + 200 + 198);
        // one header only; several reports: 机关 and 年度 after the file
        QStringList header = kHeader;
        header.insert(1, u"year"_s);
        header.insert(1, u"agency"_s);
        QCOMPARE(rows.first(), header);
        for (int i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).at(0), i <= 200 ? a.sourceFile : b.sourceFile);
            QCOMPARE(rows.at(i).at(1), i <= 200 ? a.agency : b.agency);
            QCOMPARE(rows.at(i).at(2), i <= 200 ? QString::number(a.year) : QString());
        }
        QCOMPARE(rows.at(201).at(3), u"active.regulations.made"_s);
    }

    void quotingAndFormulas_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expectedFile");
        QTest::addColumn<QString>("expectedRaw");
        QTest::newRow("comma") << u"报告,2023.txt"_s << u"1,234"_s << u"报告,2023.txt"_s << u"1,234"_s;
        QTest::newRow("quotes") << u"\"年报\".txt"_s << u"3\"件\""_s << u"\"年报\".txt"_s << u"3\"件\""_s;
        QTest::newRow("line breaks") << u"a\nb\r\nc.txt"_s << u"12\n34"_s << u"a\nb\r\nc.txt"_s << u"12\n34"_s;
        QTest::newRow("formula =") << u"=HYPERLINK(\"x\",\"y\").txt"_s << u"=1+2"_s
                                   << u"'=HYPERLINK(\"x\",\"y\").txt"_s << u"'=1+2"_s;
        QTest::newRow("plus") << u"+a.txt"_s << u"+3"_s << u"'+a.txt"_s << u"'+3"_s;
        QTest::newRow("minus") << u"-a.txt"_s << u"-2"_s << u"'-a.txt"_s << u"'-2"_s;
        QTest::newRow("at") << u"@a.txt"_s << u"@SUM(A1)"_s << u"'@a.txt"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\ta.txt"_s << u"\t5"_s << u"'\ta.txt"_s << u"'\t5"_s;
        QTest::newRow("carriage return") << u"\ra.txt"_s << u"\r5"_s << u"'\ra.txt"_s << u"'\r5"_s;
        QTest::newRow("plain") << u"a.txt"_s << u"　０"_s << u"a.txt"_s << u"　０"_s;
    }
    void quotingAndFormulas()
    {
        QFETCH(QString, file);
        QFETCH(QString, raw);
        QFETCH(QString, expectedFile);
        QFETCH(QString, expectedRaw);
        Record r = makeRecord(FormatVersion::V2019);
        r.sourceFile = file;
        r.cell(u"active.fees.change")->raw = raw;
        r.cell(u"active.fees.change")->value = -2;
        const QList<QStringList> rows = readBack(recordsToCsv({r}));
        QCOMPARE(rows.size(), 1 + 198);
        const int i = 1 + r.schema().indexOf(u"active.fees.change");
        QCOMPARE(rows.at(i).size(), kHeader.size());
        QCOMPARE(rows.at(i).at(0), expectedFile);
        QCOMPARE(rows.at(i).at(6), expectedRaw);
        QCOMPARE(rows.at(i).at(5), u"-2"_s); // a number, not text: not escaped
    }

    // The status column: violation wins, then corrected, then how a missing cell was given,
    // then inferred, else ok.
    void statuses_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("status");
        QTest::newRow("ok") << "none" << "apply.new.natural" << "ok";
        QTest::newRow("violation, planted") << "fault" << "review.upheld" << "violation";
        QTest::newRow("violation, other cell of it") << "fault" << "review.total" << "violation";
        QTest::newRow("blank") << "blank" << "apply.granted.legal" << "blank";
        QTest::newRow("text") << "text" << "apply.granted.legal" << "text";
        QTest::newRow("invalid") << "invalid" << "apply.granted.legal" << "invalid";
        QTest::newRow("not found") << "not_found" << "apply.granted.legal" << "not_found";
        QTest::newRow("corrected") << "corrected" << "apply.granted.legal" << "corrected";
        QTest::newRow("inferred") << "inferred" << "apply.granted.legal" << "inferred";
        QTest::newRow("inferred and broken") << "inferred+fault" << "apply.granted.legal" << "violation";
    }
    void statuses()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, cell);
        QFETCH(QString, status);
        Record r = makeRecord(FormatVersion::V2021);
        CellValue *c = r.cell(cell);
        auto missing = [&](CellSource s, const QString &raw) {
            c->value.reset();
            c->source = s;
            c->raw = raw;
        };
        if (scenario == u"fault")
            r.cell(u"review.upheld")->value = 50;
        else if (scenario == u"blank")
            missing(CellSource::Blank, QString());
        else if (scenario == u"text")
            missing(CellSource::Text, u"/"_s);
        else if (scenario == u"invalid")
            missing(CellSource::Invalid, u"约5"_s);
        else if (scenario == u"not_found")
            missing(CellSource::NotFound, QString());
        else if (scenario == u"corrected")
            c->corrected = true;
        else if (scenario.startsWith(u"inferred")) {
            c->inferred = true;
            if (scenario.endsWith(u"fault"))
                c->value = *c->value + 1;
        }
        recheck(r);
        const int index = r.schema().indexOf(cell);
        QCOMPARE(cellStatus(r, index), status);
        QCOMPARE(cellStatuses(r).at(index), status);
        const QList<QStringList> rows = readBack(recordsToCsv({r}));
        QCOMPARE(rows.at(1 + index).at(7), status);
        // Every other cell stays ok unless a violation names it.
        int violated = 0;
        for (int i = 1; i < rows.size(); ++i)
            violated += rows.at(i).at(7) == u"violation";
        for (const Finding &f : r.findings)
            if (f.kind == FindingKind::Violation)
                QVERIFY(violated >= f.cells.size());
        if (status != u"violation")
            QCOMPARE(violated, 0);
    }

    void emptyList()
    {
        const QList<QStringList> rows = readBack(recordsToCsv({}));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first(), kHeader);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
