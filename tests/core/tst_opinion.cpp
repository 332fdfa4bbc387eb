// SPDX-License-Identifier: GPL-3.0-or-later
// The findings report (core/opinion): the model built from a report, a corrected record, settled
// findings, a project; the layout's words; the .docx read back (every part well-formed XML, the
// same words as the model) — one document per report or one for all.
#include "core/opinion/Opinion.h"
#include "core/opinion/OpinionDocx.h"
#include "core/opinion/OpinionHtml.h"
#include "core/opinion/OpinionSources.h"
#include "core/opinion/PdfToUnicode.h"
#include "core/record/Corrections.h"
#include "core/report/Report.h"
#include "core/rules/Rules.h"

#include "tests/fixtures/OpinionFixture.h"
#include "tests/fixtures/ReviewFixture.h"

#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace nianbao;
using namespace opinionfixture;
using namespace Qt::StringLiterals;

namespace {

Record plantedRecord(const QTemporaryDir &dir, const QString &agency = u"甲市司法局"_s, int year = 2023,
                     bool planted = true)
{
    const QString path = writeReport(dir.path(), u"%1-%2.txt"_s.arg(agency).arg(year), agency, year, planted);
    auto report = readReport(path);
    return report ? report->record : Record{};
}

const OpinionFinding *findingNaming(const OpinionReport &r, const QString &cell, FindingKind kind)
{
    for (const OpinionFinding &f : r.findings)
        if (f.kind == kind)
            for (const OpinionCell &c : f.cells)
                if (c.id == cell)
                    return &f;
    return nullptr;
}

// Every part parses as XML; the error of the first that does not, else empty.
QString xmlError(const QHash<QString, QByteArray> &parts)
{
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (!it.key().endsWith(u".xml"_s) && !it.key().endsWith(u".rels"_s))
            continue;
        QXmlStreamReader xml(it.value());
        while (!xml.atEnd())
            xml.readNext();
        if (xml.hasError())
            return it.key() + u": "_s + xml.errorString();
    }
    return {};
}

} // namespace

class TestOpinion final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plantedErrorInWords()
    {
        QTemporaryDir dir;
        const Record record = plantedRecord(dir);
        QVERIFY(record.hasViolations());
        const OpinionReport r = buildOpinion(record, {u"甲市司法局-2023.txt"_s, {}, {}, {}});
        QCOMPARE(r.agency, u"甲市司法局"_s);
        QCOMPARE(r.year, 2023);
        QCOMPARE(r.reportFile, u"甲市司法局-2023.txt"_s);
        QVERIFY(!r.status);
        QVERIFY(r.violations);
        QCOMPARE(r.count(FindingKind::Violation), record.count(FindingKind::Violation));
        const OpinionFinding *f = findingNaming(r, kCell, FindingKind::Violation);
        QVERIFY(f);
        QCOMPARE(f->state, OpinionState::Open);
        QCOMPARE(f->kindLabel(), u"违反勾稽关系"_s);
        QVERIFY2(f->words.contains(u"（七）总计"_s), qPrintable(f->words));
        QVERIFY2(f->likely.contains(u"表三（七）总计·自然人应为 27（报告为 72）"_s), qPrintable(f->likely));
        QVERIFY2(f->likely.contains(u"疑为两位数字颠倒"_s), qPrintable(f->likely));
        QCOMPARE(f->handling, u"请核实并更正"_s);
        for (const OpinionCell &c : f->cells)
            if (c.id == kCell) {
                QCOMPARE(c.label, u"（七）总计·自然人"_s);
                QCOMPARE(c.table, u"表三"_s);
                QCOMPARE(c.printed, kPrinted);
                QCOMPARE(c.likely, kRight);
                QVERIFY(c.value.isEmpty());
            }
        QVERIFY2(r.summary().contains(u"违反勾稽关系 %1 项"_s.arg(r.count(FindingKind::Violation))), qPrintable(r.summary()));
        QVERIFY2(r.conclusion().contains(u"请对照上述问题逐项核实"_s), qPrintable(r.conclusion()));
    }

    void consistentReportHasNoFindings()
    {
        QTemporaryDir dir;
        const Record record = plantedRecord(dir, u"乙县教育局"_s, 2022, false);
        QVERIFY(!record.hasViolations());
        const OpinionReport r = buildOpinion(record, {});
        QCOMPARE(r.count(FindingKind::Violation), 0);
        QVERIFY(!r.violations);
        QVERIFY2(r.summary().contains(u"勾稽关系全部成立"_s) || !r.findings.isEmpty(), qPrintable(r.summary()));
    }

    // A correction resolves the finding: it stays in the document (the report printed it), says
    // what the reviewer changed and why, and the correction is listed with its note.
    void correctionResolvesFinding()
    {
        QTemporaryDir dir;
        Record record = plantedRecord(dir);
        const QDateTime at(QDate(2026, 11, 30), QTime(9, 15), Qt::UTC);
        applyCorrections(record, {Correction{kCell, 72, 27, u"与原件核对"_s, at}});
        recheck(record);
        QVERIFY(!record.hasViolations());
        const OpinionReport r = buildOpinion(record, {});
        QVERIFY(!r.violations);
        const OpinionFinding *f = findingNaming(r, kCell, FindingKind::Violation);
        QVERIFY(f);
        QCOMPARE(f->state, OpinionState::Corrected);
        QVERIFY2(f->handling.contains(u"表三（七）总计·自然人由 72 改为 27（备注：与原件核对）"_s), qPrintable(f->handling));
        for (const OpinionCell &c : f->cells)
            if (c.id == kCell) {
                QCOMPARE(c.printed, kPrinted);
                QCOMPARE(c.value, kRight);
            }
        QCOMPARE(r.corrections.size(), 1);
        QCOMPARE(r.corrections.first().label, u"表三（七）总计·自然人"_s);
        QCOMPARE(r.corrections.first().from, kPrinted);
        QCOMPARE(r.corrections.first().to, kRight);
        QCOMPARE(r.corrections.first().note, u"与原件核对"_s);
        QVERIFY2(r.summary().contains(u"审核时已更正"_s), qPrintable(r.summary()));
        QVERIFY2(r.conclusion().contains(u"已在审核中更正"_s), qPrintable(r.conclusion()));
    }

    void settledFindings_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("listed");
        QTest::newRow("confirmed") << int(FindingStatus::Confirmed) << true;
        QTest::newRow("dismissed") << int(FindingStatus::Dismissed) << false;
    }

    void settledFindings()
    {
        QFETCH(int, status);
        QFETCH(bool, listed);
        QTemporaryDir dir;
        Record record = plantedRecord(dir);
        const Finding target = record.findings.first();
        record.settlements.append(Settlement{target.kind, target.rule, target.cells, FindingStatus(status),
                                             u"单位已说明"_s, QDateTime::currentDateTimeUtc()});
        recheck(record);
        const OpinionReport r = buildOpinion(record, {});
        const auto it = std::find_if(r.findings.begin(), r.findings.end(), [&](const OpinionFinding &f) {
            return f.rule == target.rule && f.words == target.message;
        });
        QCOMPARE(it != r.findings.end(), listed);
        if (listed) {
            QCOMPARE(it->state, OpinionState::Confirmed);
            QVERIFY2(it->handling.contains(u"经核实确属报告错误（单位已说明）"_s), qPrintable(it->handling));
        } else {
            QCOMPARE(r.dismissed, 1);
            QVERIFY2(r.summary().contains(u"另有 1 项"_s), qPrintable(r.summary()));
        }
    }

    // Blank cells of one row are one entry naming its columns; a report without the table of
    // section 四 says so in one entry.
    void blankRowsGathered()
    {
        auto built = fixture::buildFixture();
        Record &record = built.record;
        for (const QString &column : {u"natural"_s, u"commercial"_s, u"research"_s}) {
            CellValue *cell = record.cell(u"apply.granted."_s + column);
            QVERIFY(cell);
            cell->value.reset();
            cell->raw.clear();
            cell->source = CellSource::Blank;
        }
        for (const CellSpec &spec : record.schema().cells())
            if (spec.table == TableSection::Review) {
                CellValue *cell = record.cell(spec.id);
                cell->value.reset();
                cell->raw.clear();
                cell->source = CellSource::NotFound;
            }
        recheck(record);
        const OpinionReport r = buildOpinion(record, {});
        const OpinionFinding *row = findingNaming(r, u"apply.granted.commercial"_s, FindingKind::Missing);
        QVERIFY(row);
        QVERIFY2(row->words.contains(u"表三予以公开：自然人、商业企业、科研机构共 3 个单元格单元格空白"_s), qPrintable(row->words));
        QCOMPARE(row->cells.size(), 3);
        QCOMPARE(row->cells.first().printed, u"空白"_s);
        const OpinionFinding *table = findingNaming(r, u"review.total"_s, FindingKind::Missing);
        QVERIFY(table);
        QVERIFY2(table->words.startsWith(u"表四（四、复议诉讼）：报告中没有找到这张统计表"_s), qPrintable(table->words));
        const int entries = int(std::count_if(r.findings.begin(), r.findings.end(), [](const OpinionFinding &f) {
            return f.rule == u"not_found";
        }));
        QCOMPARE(entries, 1);
    }

    // The .docx read back: well-formed parts, the words of the model, 宋体, borders, page breaks.
    void docxReadBack_data()
    {
        QTest::addColumn<QStringList>("agencies");
        QTest::addColumn<bool>("planted");
        QTest::newRow("one report with an error") << QStringList{u"甲市司法局"_s} << true;
        QTest::newRow("one consistent report") << QStringList{u"乙县教育局"_s} << false;
        QTest::newRow("three reports in one") << QStringList{u"甲市司法局"_s, u"乙县教育局"_s, u"丙区财政局"_s} << true;
    }

    void docxReadBack()
    {
        QFETCH(QStringList, agencies);
        QFETCH(bool, planted);
        QTemporaryDir dir;
        OpinionDocument document;
        document.options.date = QDate(2026, 12, 3);
        document.options.reviewer = u"张审核"_s;
        for (const QString &agency : agencies)
            document.reports.append(buildOpinion(plantedRecord(dir, agency, 2023, planted), {agency + u".txt"_s, {}, ReviewStatus::Returned, u"请于月底前重报"_s}));
        const QString path = dir.filePath(u"意见书.docx"_s);
        QVERIFY(writeOpinionDocx(document, path));
        const QHash<QString, QByteArray> parts = zipParts(path);
        for (const QString &part : {u"[Content_Types].xml"_s, u"_rels/.rels"_s, u"word/document.xml"_s,
                                   u"word/styles.xml"_s, u"word/_rels/document.xml.rels"_s, u"word/footer1.xml"_s})
            QVERIFY2(parts.contains(part), qPrintable(part));
        QCOMPARE(xmlError(parts), QString());
        const QByteArray xml = parts.value(u"word/document.xml"_s);
        const QString text = docxText(xml);
        QCOMPARE(text.count(OpinionDocument::title()), agencies.size());
        QCOMPARE(xml.count("w:type=\"page\""), agencies.size() - 1);
        QCOMPARE(xml.contains("<w:tblBorders>"), planted); // the table of findings (a consistent report has none)
        QVERIFY(parts.value(u"word/styles.xml"_s).contains(u"w:eastAsia=\"宋体\""_s.toUtf8()));
        QVERIFY2(text.contains(u"审核日期：2026年12月3日"_s), qPrintable(text.left(600)));
        QVERIFY(text.contains(u"审核人：张审核"_s));
        QVERIFY(text.contains(u"审核状态：退回整改（请于月底前重报）"_s));
        for (const OpinionReport &r : std::as_const(document.reports)) {
            QVERIFY(text.contains(u"被审核单位："_s + r.agency));
            QVERIFY(text.contains(u"报告年度：2023 年度"_s));
            QVERIFY(text.contains(r.summary()));
            for (const OpinionFinding &f : r.findings) {
                QVERIFY2(text.contains(f.words), qPrintable(f.words));
                if (!f.likely.isEmpty())
                    QVERIFY2(text.contains(f.likely), qPrintable(f.likely));
            }
        }
        if (!planted)
            QVERIFY(text.contains(u"勾稽关系全部成立"_s));
        if (planted) {
            QVERIFY(text.contains(u"表三："_s) && text.contains(u"（七）总计·自然人："_s + kPrinted));
            QVERIFY(text.contains(u"应为 27（报告为 72）"_s));
        }
        // The same document gives the same bytes (the entries carry the document's date).
        QCOMPARE(opinionDocxBytes(document).value(), opinionDocxBytes(document).value());
    }

    void docxToUnwritablePlaceNamesFile()
    {
        QTemporaryDir dir;
        OpinionDocument document;
        document.reports.append(buildOpinion(plantedRecord(dir), {}));
        const QString path = dir.filePath(u"no/such/folder/x.docx"_s);
        const Status s = writeOpinionDocx(document, path);
        QVERIFY(!s);
        QVERIFY2(s.error().startsWith(path + u"：无法写入"_s), qPrintable(s.error()));
    }

    void htmlHasPagesAndTables()
    {
        QTemporaryDir dir;
        OpinionDocument document;
        document.reports.append(buildOpinion(plantedRecord(dir, u"甲市司法局"_s), {}));
        document.reports.append(buildOpinion(plantedRecord(dir, u"乙县教育局"_s), {}));
        const QString html = opinionHtml(document);
        QCOMPARE(html.count(u"page-break-before: always"_s), 1);
        QCOMPARE(html.count(OpinionDocument::title().toHtmlEscaped()), 3); // <title> and two pages
        QVERIFY(html.contains(u"（第 2 份，共 2 份）"_s));
        QVERIFY(html.contains(u"border: 1px solid black"_s));
    }

    // A project: every report (path order) with its corrections and its status and note; one per
    // report gets a file name of its own even when two reports share a name.
    void projectReports()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"season"_s);
        writeReport(folder + u"/a"_s, u"report.txt"_s, u"甲市司法局"_s, 2023, true);
        writeReport(folder + u"/b"_s, u"report.txt"_s, u"乙县教育局"_s, 2023, false);
        writeReport(folder, u"丙区财政局.txt"_s, u"丙区财政局"_s, 2023, true);
        const QString path = dir.filePath(u"season.nbproj"_s);
        qint64 planted = 0;
        {
            auto project = Project::open(path, Project::Access::Write);
            QVERIFY2(project, qPrintable(project.error()));
            QVERIFY(project->scan({folder}));
            const auto reports = project->reports();
            QVERIFY(reports && reports->size() == 3);
            for (const ProjectReport &r : *reports)
                if (r.path.endsWith(u"/a/report.txt"_s))
                    planted = r.id;
            QVERIFY(planted);
            QVERIFY(project->addCorrection(planted, Correction{kCell, {}, 27, u"原件为 27"_s, {}}));
            QVERIFY(project->setStatus(planted, ReviewStatus::Approved, u"已更正"_s));
        }
        auto project = Project::open(path, Project::Access::Read);
        QVERIFY(project);
        QStringList skipped;
        const auto opinions = opinionsFromProject(*project, &skipped);
        QVERIFY2(opinions, qPrintable(opinions.error()));
        QVERIFY2(skipped.isEmpty(), qPrintable(skipped.join(u'\n')));
        QCOMPARE(opinions->size(), 3);
        QStringList agencies;
        for (const OpinionReport &r : *opinions)
            agencies.append(r.agency);
        QCOMPARE(agencies, (QStringList{u"甲市司法局"_s, u"乙县教育局"_s, u"丙区财政局"_s})); // path order
        const OpinionReport &a = opinions->at(0);
        QCOMPARE(a.status, std::optional<ReviewStatus>(ReviewStatus::Approved));
        QCOMPARE(a.statusNote, u"已更正"_s);
        QVERIFY(!a.violations);
        const OpinionFinding *f = findingNaming(a, kCell, FindingKind::Violation);
        QVERIFY(f);
        QCOMPARE(f->state, OpinionState::Corrected);
        QVERIFY2(f->handling.contains(u"由 72 改为 27（备注：原件为 27）"_s), qPrintable(f->handling));
        QVERIFY2(a.conclusion().startsWith(u"审核结论：通过。"_s), qPrintable(a.conclusion()));
        QCOMPARE(opinions->at(1).status, std::optional<ReviewStatus>(ReviewStatus::Unreviewed));
        QVERIFY(opinions->at(2).violations);
        QCOMPARE(opinionFileNames(*opinions, u"pdf"_s),
                 (QStringList{u"report-审核意见书.pdf"_s, u"report-审核意见书-2.pdf"_s, u"丙区财政局-审核意见书.pdf"_s}));
        const auto one = opinionFromProject(*project, planted);
        QVERIFY(one);
        QCOMPARE(one->agency, u"甲市司法局"_s);
        QVERIFY(!opinionFromProject(*project, 9999));
    }

    // The ToUnicode maps of Qt's PDFs: the destination codes folded, the glyph ids untouched, no
    // byte moved.
    void pdfToUnicodeRadicals()
    {
        const QByteArray before = "1 0 obj\n<< /Length 2 0 R >>\nstream\nbegincmap\n2 beginbfrange\n"
                                  "<0000> <0000> <0000>\n<2F00> <2F03> [<2F2F> <4F5C> <2EC5> <2F00>]\nendbfrange\n"
                                  "1 beginbfchar\n<2F08> <2F08>\nendbfchar\nendcmap\nendstream\n<2F2F> outside\n";
        QByteArray pdf = before;
        QCOMPARE(foldPdfToUnicodeRadicals(pdf), 4);
        QCOMPARE(pdf.size(), before.size());
        QByteArray expected = before;
        expected.replace("[<2F2F> <4F5C> <2EC5> <2F00>]", "[<5DE5> <4F5C> <89C1> <4E00>]");
        expected.replace("<2F08> <2F08>", "<2F08> <4EBA>");
        QCOMPARE(pdf, expected);
        QCOMPARE(foldPdfToUnicodeRadicals(pdf), 0); // nothing left to fold
    }

    void fileSources()
    {
        QTemporaryDir dir;
        const QString path = writeReport(dir.path(), u"r.txt"_s, u"甲市司法局"_s, 2023, true);
        const auto fromFile = opinionFromFile(path);
        QVERIFY2(fromFile, qPrintable(fromFile.error()));
        QCOMPARE(fromFile->reportFile, u"r.txt"_s);
        QVERIFY(fromFile->violations);
        const auto missing = opinionFromFile(dir.filePath(u"none.txt"_s));
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(dir.filePath(u"none.txt"_s)), qPrintable(missing.error()));
    }
};

QTEST_GUILESS_MAIN(TestOpinion)
#include "tst_opinion.moc"
