// SPDX-License-Identifier: GPL-3.0-or-later
// The Excel export: the workbook is opened again as a zip (QuaZip) and its XML read back: the
// sheets by name, values in the cells of the official layout, merged headers, the check formulas
// with their computed results, the fills of problem cells, the comments, the findings, the
// corrections and the long form; and failures for paths that cannot be written.
#include "core/export/CsvExport.h"
#include "core/record/CellState.h"
#include "core/export/XlsxExport.h"
#include "core/record/Record.h"
#include "core/export/XlsxBook.h"
#include "core/export/SummaryWorkbook.h"
#include "core/schema/TableLayout.h"

#include <QDir>
#include <dlfcn.h>
#include <limits>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace nianbao;

namespace {

// ---- reading the workbook back -----------------------------------------------------------

struct XCell
{
    QString type;    // t attribute: "s", "str", "n"/empty
    QString value;   // <v>, shared strings resolved
    QString formula; // <f>
    int style = 0;   // s attribute
    bool present = false;
};

class Workbook
{
public:
    bool open(const QString &path)
    {
        QuaZip zip(path);
        if (!zip.open(QuaZip::mdUnzip))
            return false;
        for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::ReadOnly))
                return false;
            m_parts.insert(zip.getCurrentFileName(), file.readAll());
            file.close();
        }
        zip.close();
        readSharedStrings();
        readSheets();
        return true;
    }

    QByteArray part(const QString &name) const { return m_parts.value(name); }
    QStringList sheetNames() const { return m_sheetNames; }
    QString sheetPart(const QString &name) const { return m_sheetPart.value(name); }
    QByteArray sheetXml(const QString &name) const { return part(sheetPart(name)); }

    QHash<QString, XCell> cells(const QString &sheet) const
    {
        QHash<QString, XCell> out;
        QXmlStreamReader xml(sheetXml(sheet));
        QString ref;
        XCell cur;
        QString inside;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto n = xml.name();
                if (n == u"c") {
                    ref = xml.attributes().value(QLatin1StringView("r")).toString();
                    cur = XCell();
                    cur.present = true;
                    cur.type = xml.attributes().value(QLatin1StringView("t")).toString();
                    cur.style = xml.attributes().value(QLatin1StringView("s")).toInt();
                } else if (n == u"v" || n == u"f") {
                    inside = n.toString();
                }
            } else if (xml.isCharacters() && !inside.isEmpty()) {
                (inside == u"v" ? cur.value : cur.formula) += xml.text();
            } else if (xml.isEndElement()) {
                if (xml.name() == u"c") {
                    if (cur.type == u"s")
                        cur.value = m_shared.value(cur.value.toInt());
                    out.insert(ref, cur);
                }
                inside.clear();
            }
        }
        return out;
    }

    QStringList mergedRanges(const QString &sheet) const
    {
        QStringList refs;
        QXmlStreamReader xml(sheetXml(sheet));
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"mergeCell")
                refs.append(xml.attributes().value(QLatin1StringView("ref")).toString());
        return refs;
    }

    // The RGB of the solid fill of a cell style ("F6A8A8"), empty when none.
    QString fillOf(int style) const
    {
        QXmlStreamReader xml(part(QStringLiteral("xl/styles.xml")));
        QStringList fills;
        QList<int> xfFills;
        bool inFills = false, inXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto n = xml.name();
                if (n == u"fills")
                    inFills = true;
                else if (n == u"cellXfs")
                    inXfs = true;
                else if (inFills && n == u"fill")
                    fills.append(QString());
                else if (inFills && n == u"fgColor" && !fills.isEmpty())
                    fills.last() = xml.attributes().value(QLatin1StringView("rgb")).toString().right(6);
                else if (inXfs && n == u"xf")
                    xfFills.append(xml.attributes().value(QLatin1StringView("fillId")).toInt());
            } else if (xml.isEndElement()) {
                if (xml.name() == u"fills")
                    inFills = false;
                else if (xml.name() == u"cellXfs")
                    inXfs = false;
            }
        }
        const int fill = xfFills.value(style, -1);
        return fill < 0 ? QString() : fills.value(fill);
    }

    // All comment texts of a sheet (through its relationships).
    QString commentsOf(const QString &sheet) const
    {
        const QString rels = sheetPart(sheet).replace(QStringLiteral("worksheets/"), QStringLiteral("worksheets/_rels/")) + QStringLiteral(".rels");
        QXmlStreamReader xml(part(rels));
        QString text;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship"
                && xml.attributes().value(QLatin1StringView("Type")).endsWith(u"/comments")) {
                const QString target = xml.attributes().value(QLatin1StringView("Target")).toString();
                text += QString::fromUtf8(part(QDir::cleanPath(QStringLiteral("xl/worksheets/") + target)));
            }
        }
        return text;
    }

private:
    void readSharedStrings()
    {
        QXmlStreamReader xml(part(QStringLiteral("xl/sharedStrings.xml")));
        bool inT = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"si")
                m_shared.append(QString());
            else if (xml.isStartElement() && xml.name() == u"t")
                inT = true;
            else if (xml.isEndElement() && xml.name() == u"t")
                inT = false;
            else if (xml.isCharacters() && inT && !m_shared.isEmpty())
                m_shared.last() += xml.text();
        }
    }

    void readSheets()
    {
        QHash<QString, QString> targets;
        QXmlStreamReader rels(part(QStringLiteral("xl/_rels/workbook.xml.rels")));
        while (!rels.atEnd())
            if (rels.readNext() == QXmlStreamReader::StartElement && rels.name() == u"Relationship")
                targets.insert(rels.attributes().value(QLatin1StringView("Id")).toString(),
                               QStringLiteral("xl/") + rels.attributes().value(QLatin1StringView("Target")).toString());
        QXmlStreamReader xml(part(QStringLiteral("xl/workbook.xml")));
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"sheet") {
                const QString name = xml.attributes().value(QLatin1StringView("name")).toString();
                m_sheetNames.append(name);
                for (const QXmlStreamAttribute &a : xml.attributes())
                    if (a.name() == u"id")
                        m_sheetPart.insert(name, targets.value(a.value().toString()));
            }
        }
    }

    QHash<QString, QByteArray> m_parts;
    QStringList m_shared;
    QStringList m_sheetNames;
    QHash<QString, QString> m_sheetPart;
};

// ---- the planted record ------------------------------------------------------------------

void set(Record &r, const QString &id, std::optional<double> v, CellSource source, const QString &raw = {})
{
    CellValue *c = r.cell(id);
    QVERIFY2(c, qPrintable(id));
    c->value = v;
    c->source = source;
    c->raw = raw.isEmpty() && v ? QString::number(*v) : raw;
}

// Every cell 0 except: 一 自然人 5 (corrected from 4) = （一）予以公开 3 + 四 结转 2; 总计 column
// likewise; （七）总计 商业企业 4 although its rows are 0 (a violation); （二）部分公开 科研机构
// blank; 一 法律服务机构 "/"; 行政许可 12; 行政复议 1 维持, 总计 1 (inferred).
Record plantedRecord(FormatVersion format)
{
    Record r;
    r.format = format;
    r.sourceFile = format == FormatVersion::V2021 ? QStringLiteral("report-2021.txt") : QStringLiteral("report-2019.txt");
    r.agency = QStringLiteral("某市司法局");
    r.year = format == FormatVersion::V2021 ? 2022 : 2019;
    r.resetCells();
    for (const CellSpec &spec : r.schema().cells())
        set(r, spec.id, 0.0, CellSource::Read);
    for (const QString &col : {QStringLiteral("natural"), QStringLiteral("total")}) {
        set(r, QStringLiteral("apply.new.") + col, 5, CellSource::Read);
        set(r, QStringLiteral("apply.granted.") + col, 3, CellSource::Read);
        set(r, QStringLiteral("apply.total.") + col, 3, CellSource::Read);
        set(r, QStringLiteral("apply.carried_forward.") + col, 2, CellSource::Read);
    }
    set(r, QStringLiteral("apply.total.commercial"), 4, CellSource::Read);
    set(r, QStringLiteral("apply.partial.research"), std::nullopt, CellSource::Blank);
    set(r, QStringLiteral("apply.new.legal"), std::nullopt, CellSource::Text, QStringLiteral("/"));
    set(r, QStringLiteral("active.licensing.decisions"), 12, CellSource::Read);
    set(r, QStringLiteral("review.upheld"), 1, CellSource::Read);
    set(r, QStringLiteral("review.total"), 1, CellSource::Read);
    r.cell(u"review.total")->inferred = true;
    r.cell(u"apply.new.natural")->corrected = true;
    r.cell(u"apply.new.natural")->raw = QStringLiteral("4");
    r.corrections.append({QStringLiteral("apply.new.natural"), 4.0, 5.0, QStringLiteral("原文笔误，据正文更正"),
                          QDateTime(QDate(2026, 11, 20), QTime(8, 30), Qt::UTC)});
    r.findings.append({FindingKind::Violation, QStringLiteral("apply.sum"),
                       {QStringLiteral("apply.total.commercial")}, {},
                       QStringLiteral("商业企业一列：（七）总计 4 ≠ 各项之和 0")});
    r.findings.append({FindingKind::Missing, QStringLiteral("blank"), {QStringLiteral("apply.partial.research")}, {},
                       QStringLiteral("（二）部分公开 / 科研机构 空白")});
    return r;
}

} // namespace

class TestXlsx final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // This test links QuaZip, whose exported minizip copy (zipOpen, …) takes the place of the
    // system minizip that libxlsxwriter needs: writing used to crash in workbook_close(). Every
    // write below is a regression test of that clash; here its precondition is asserted.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Dl_info info = {};
        void *zipOpen = dlsym(RTLD_DEFAULT, "zipOpen");
        QVERIFY(zipOpen && dladdr(zipOpen, &info));
        QVERIFY2(QByteArray(info.dli_fname).contains("quazip"), info.dli_fname);
    }

    void sections_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("resultsMerge"); // 三、本年度办理结果 over the result rows
        QTest::addColumn<QString>("sumFormula");   // Σ（一）–（六） of the 自然人 column
        QTest::addColumn<int>("totalRow");         // Excel row of （七）总计
        QTest::addColumn<QString>("licensing");    // 行政许可 处理决定数量 (2019: third column)
        QTest::newRow("2021") << int(FormatVersion::V2021) << QStringLiteral("A9:A30")
                              << QStringLiteral("SUM(D9:D29)") << 30 << QStringLiteral("B10");
        QTest::newRow("2019") << int(FormatVersion::V2019) << QStringLiteral("A9:A28")
                              << QStringLiteral("SUM(D9:D27)") << 28 << QStringLiteral("D10");
    }

    void sections()
    {
        QFETCH(int, format);
        QFETCH(QString, resultsMerge);
        QFETCH(QString, sumFormula);
        QFETCH(int, totalRow);
        QFETCH(QString, licensing);
        const Record record = plantedRecord(FormatVersion(format));
        const QString path = m_dir.filePath(QStringLiteral("one-%1.xlsx").arg(format));
        const Status st = writeRecordXlsx(record, path);
        QVERIFY2(st.ok(), qPrintable(st.error()));

        Workbook wb;
        QVERIFY(wb.open(path));
        QCOMPARE(wb.sheetNames(),
                 QStringList({QStringLiteral("二、主动公开"), QStringLiteral("三、依申请公开"), QStringLiteral("四、复议诉讼"),
                              QStringLiteral("问题清单"), QStringLiteral("更正建议"), QStringLiteral("修改记录"),
                              QStringLiteral("记录")}));

        // 二: 第二十条第（五）项 行政许可 sits under its block header and column header.
        const auto active = wb.cells(QStringLiteral("二、主动公开"));
        QCOMPARE(active.value(QStringLiteral("A4")).value, QStringLiteral("第二十条第（一）项"));
        QCOMPARE(active.value(QStringLiteral("A10")).value, QStringLiteral("行政许可"));
        QCOMPARE(active.value(licensing).value, QStringLiteral("12"));
        QVERIFY(active.value(QStringLiteral("A1")).value.contains(QStringLiteral("某市司法局")));

        // 三: the header and row groups of the official table, values in their cells.
        const QString apply = QStringLiteral("三、依申请公开");
        const auto cells = wb.cells(apply);
        const QStringList merges = wb.mergedRanges(apply);
        for (const QString &ref : {QStringLiteral("A4:C6"), QStringLiteral("D4:J4"), QStringLiteral("E5:I5"),
                                   QStringLiteral("D5:D6"), QStringLiteral("J5:J6"), QStringLiteral("A7:C7"),
                                   QStringLiteral("B11:B18"), resultsMerge})
            QVERIFY2(merges.contains(ref), qPrintable(ref));
        QCOMPARE(cells.value(QStringLiteral("D4")).value, QStringLiteral("申请人情况"));
        QCOMPARE(cells.value(QStringLiteral("E5")).value, QStringLiteral("法人或其他组织"));
        QCOMPARE(cells.value(QStringLiteral("H6")).value, QStringLiteral("法律服务机构"));
        QCOMPARE(cells.value(QStringLiteral("B11")).value, QStringLiteral("（三）不予公开"));
        QCOMPARE(cells.value(QStringLiteral("C11")).value, QStringLiteral("1.属于国家秘密"));
        QCOMPARE(cells.value(QStringLiteral("D7")).value, QStringLiteral("5"));
        QCOMPARE(cells.value(QStringLiteral("J7")).value, QStringLiteral("5"));
        const QString total = QString::number(totalRow);
        QCOMPARE(cells.value(QStringLiteral("E") + total).value, QStringLiteral("4"));
        // The "/" cell and the blank cell are empty, never 0, and explained in a comment.
        QVERIFY(cells.value(QStringLiteral("H7")).present);
        QVERIFY(cells.value(QStringLiteral("H7")).value.isEmpty());
        QVERIFY(cells.value(QStringLiteral("F10")).value.isEmpty());
        const QString comments = wb.commentsOf(apply);
        QVERIFY(comments.contains(QStringLiteral("原文：“/”")));
        QVERIFY(comments.contains(QStringLiteral("原值 4 → 新值 5（原文笔误，据正文更正）")));
        QVERIFY(comments.contains(QStringLiteral("商业企业一列：（七）总计 4 ≠ 各项之和 0")));
        // Fills: violation red, missing yellow, corrected blue, a plain value none.
        QCOMPARE(wb.fillOf(cells.value(QStringLiteral("E") + total).style), QStringLiteral("F6A8A8"));
        QCOMPARE(wb.fillOf(cells.value(QStringLiteral("H7")).style), QStringLiteral("FCDC7C"));
        QCOMPARE(wb.fillOf(cells.value(QStringLiteral("F10")).style), QStringLiteral("FCDC7C"));
        QCOMPARE(wb.fillOf(cells.value(QStringLiteral("D7")).style), QStringLiteral("A9CDF7"));
        QVERIFY(wb.fillOf(cells.value(QStringLiteral("J7")).style).isEmpty());

        // The relations as formulas with their results computed: the row check of 一 (its 法律
        // 服务机构 is "/" → undecidable), the sum row, the column checks under the table.
        const XCell rowCheck = cells.value(QStringLiteral("K7"));
        QVERIFY(rowCheck.formula.startsWith(QStringLiteral("IF(COUNT(D7:J7)<7")));
        QCOMPARE(rowCheck.value, QStringLiteral("? 有缺失"));
        QCOMPARE(cells.value(QStringLiteral("K8")).value, QStringLiteral("✓"));
        const int sumRow = totalRow + 2;
        QCOMPARE(cells.value(QStringLiteral("D%1").arg(sumRow)).formula, sumFormula);
        QCOMPARE(cells.value(QStringLiteral("D%1").arg(sumRow)).value, QStringLiteral("3"));
        QCOMPARE(cells.value(QStringLiteral("D%1").arg(sumRow + 1)).value, QStringLiteral("✓"));
        QCOMPARE(cells.value(QStringLiteral("E%1").arg(sumRow + 1)).value, QStringLiteral("✗ 总计≠各项之和"));
        QCOMPARE(cells.value(QStringLiteral("F%1").arg(sumRow + 1)).value, QStringLiteral("? 有缺失"));
        const XCell balance = cells.value(QStringLiteral("D%1").arg(sumRow + 2));
        QCOMPARE(balance.formula, QStringLiteral("IF(COUNT(D7,D8,D%1,D%2)<4,\"? 有缺失\",IF(D7+D8=D%1+D%2,\"✓\",\"✗ 一+二≠总计+结转\"))")
                                      .arg(totalRow).arg(totalRow + 1));
        QCOMPARE(balance.value, QStringLiteral("✓"));
        QCOMPARE(cells.value(QStringLiteral("H%1").arg(sumRow + 2)).value, QStringLiteral("? 有缺失"));
        // A failing check turns red through a conditional format anchored on its range.
        const QString applyXml = QString::fromUtf8(wb.sheetXml(apply));
        QVERIFY(applyXml.contains(QStringLiteral("sqref=\"K7:K%1\"").arg(totalRow + 1)));
        QVERIFY(applyXml.contains(QStringLiteral("<formula>LEFT(K7,1)=\"✗\"</formula>")));

        // 四: 行政复议 / 行政诉讼 with their sub-groups, one check per group; as the official
        // table (and the window: core/schema/TableLayout) prints it, 行政复议's result columns
        // run down the two header rows under it.
        const QString review = QStringLiteral("四、复议诉讼");
        const QStringList reviewMerges = wb.mergedRanges(review);
        for (const QString &ref : {QStringLiteral("B4:F4"), QStringLiteral("B5:B6"), QStringLiteral("F5:F6"),
                                   QStringLiteral("G4:P4"), QStringLiteral("G5:K5"), QStringLiteral("L5:P5"),
                                   QStringLiteral("B8:F8")})
            QVERIFY2(reviewMerges.contains(ref), qPrintable(ref));
        const auto rc = wb.cells(review);
        QCOMPARE(rc.value(QStringLiteral("B4")).value, QStringLiteral("行政复议"));
        QCOMPARE(rc.value(QStringLiteral("G5")).value, QStringLiteral("未经复议直接起诉"));
        QCOMPARE(rc.value(QStringLiteral("F5")).value, QStringLiteral("总计"));
        QCOMPARE(rc.value(QStringLiteral("P6")).value, QStringLiteral("总计"));
        QCOMPARE(rc.value(QStringLiteral("B7")).value, QStringLiteral("1"));
        QCOMPARE(wb.fillOf(rc.value(QStringLiteral("F7")).style), QStringLiteral("DCC6F5")); // inferred
        QCOMPARE(rc.value(QStringLiteral("B8")).formula,
                 QStringLiteral("IF(COUNT(B7:F7)<5,\"? 有缺失\",IF(SUM(B7:E7)=F7,\"✓\",\"✗ 总计≠维持+纠正+其他+尚未审结\"))"));
        QCOMPARE(rc.value(QStringLiteral("B8")).value, QStringLiteral("✓"));

        // 问题清单 and 修改记录 hold the planted finding and correction.
        const auto findings = wb.cells(QStringLiteral("问题清单"));
        QCOMPARE(findings.value(QStringLiteral("B2")).value, QStringLiteral("违反勾稽关系"));
        QCOMPARE(findings.value(QStringLiteral("C2")).value, QStringLiteral("apply.sum"));
        QCOMPARE(findings.value(QStringLiteral("D2")).value, QStringLiteral("apply.total.commercial"));
        QCOMPARE(findings.value(QStringLiteral("E2")).value, QStringLiteral("（七）总计 / 商业企业"));
        QCOMPARE(findings.value(QStringLiteral("B3")).value, QStringLiteral("缺失"));
        QCOMPARE(findings.value(QStringLiteral("H1")).value, QStringLiteral("处理"));
        QCOMPARE(findings.value(QStringLiteral("H2")).value, QStringLiteral("待处理"));
        QCOMPARE(findings.value(QStringLiteral("I1")).value, QStringLiteral("理由"));
        // Sheet 四 keeps its headers and labels in view like the others.
        QVERIFY(wb.sheetXml(review).contains("<pane "));
        const auto corrections = wb.cells(QStringLiteral("修改记录"));
        QCOMPARE(corrections.value(QStringLiteral("B2")).value, QStringLiteral("apply.new.natural"));
        QCOMPARE(corrections.value(QStringLiteral("D2")).value, QStringLiteral("4"));
        QCOMPARE(corrections.value(QStringLiteral("E2")).value, QStringLiteral("5"));
        QCOMPARE(corrections.value(QStringLiteral("F2")).value, QStringLiteral("原文笔误，据正文更正"));
        QCOMPARE(corrections.value(QStringLiteral("G2")).value, QStringLiteral("2026-11-20 08:30:00"));

        // 记录: one row per canonical cell, in schema order.
        const auto longForm = wb.cells(QStringLiteral("记录"));
        const Schema &schema = record.schema();
        for (qsizetype i = 0; i < schema.size(); ++i) {
            const QString row = QString::number(i + 2);
            QCOMPARE(longForm.value(QStringLiteral("A") + row).value, schema.at(i).id);
            const CellValue &c = record.cells.at(i);
            QCOMPARE(longForm.value(QStringLiteral("E") + row).value, c.value ? QString::number(*c.value) : QString());
            QCOMPARE(longForm.value(QStringLiteral("F") + row).value, c.raw);
            QCOMPARE(longForm.value(QStringLiteral("G") + row).value, cellStatus(record, i));
        }
        QVERIFY(!longForm.contains(QStringLiteral("A%1").arg(schema.size() + 2)));
    }

    void sheetsFollowTheOfficialLayout_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("section");
        QTest::addColumn<QString>("sheet");
        QTest::addColumn<int>("left"); // the sheet column of the layout's column 0
        for (FormatVersion f : {FormatVersion::V2021, FormatVersion::V2019}) {
            QTest::addRow("%s-active", qPrintable(formatName(f))) << int(f) << int(TableSection::Active) << QStringLiteral("二、主动公开") << 0;
            QTest::addRow("%s-apply", qPrintable(formatName(f))) << int(f) << int(TableSection::Apply) << QStringLiteral("三、依申请公开") << 0;
            QTest::addRow("%s-review", qPrintable(formatName(f))) << int(f) << int(TableSection::Review) << QStringLiteral("四、复议诉讼") << 1;
        }
    }

    // One home for the layout of the official tables: every header, label and value of
    // core/schema/TableLayout (what the window draws) stands at the same place on the sheet
    // (below the title), with the same merge.
    void sheetsFollowTheOfficialLayout()
    {
        QFETCH(int, format);
        QFETCH(int, section);
        QFETCH(QString, sheet);
        QFETCH(int, left);
        const Record record = plantedRecord(FormatVersion(format));
        const QString path = m_dir.filePath(QStringLiteral("layout-%1-%2.xlsx").arg(format).arg(section));
        const Status st = writeRecordXlsx(record, path);
        QVERIFY2(st.ok(), qPrintable(st.error()));
        Workbook wb;
        QVERIFY(wb.open(path));
        const auto cells = wb.cells(sheet);
        const QStringList merges = wb.mergedRanges(sheet);
        const TableLayout layout = TableLayout::build(record.schema(), TableSection(section));
        const int top = 3;
        int values = 0;
        for (const TableLayout::Placed &p : layout.items()) {
            const int r1 = top + p.row, c1 = left + p.column;
            const QString ref = xlsx::cellRef(r1, c1);
            if (p.item.rowSpan > 1 || p.item.colSpan > 1) {
                const QString range = ref + u':' + xlsx::cellRef(r1 + p.item.rowSpan - 1, c1 + p.item.colSpan - 1);
                QVERIFY2(merges.contains(range), qPrintable(range));
            }
            if (p.item.cellIndex < 0) {
                QCOMPARE(cells.value(ref).value, QString(p.item.text).remove(u'\n'));
            } else {
                const std::optional<double> v = record.cells.at(p.item.cellIndex).value;
                QCOMPARE(cells.value(ref).value, v ? QString::number(*v) : QString());
                ++values;
            }
        }
        QVERIFY(values > 0);
    }

    // The hints have a sheet, the findings their status and reason; the file is named without
    // its folders (a workbook is emailed around).
    void hintsStatusAndFileName()
    {
        Record record = plantedRecord(FormatVersion::V2021);
        record.sourceFile = QStringLiteral("/home/审核员/报告/report-2021.txt");
        record.hints = {Hint{QStringLiteral("hint.swapped_digits"), {{QStringLiteral("apply.total.natural"), 21, 12}},
                             {QStringLiteral("apply.total")}, QStringLiteral("把……从 21 改为 12"), 1}};
        record.findings[0].status = FindingStatus::Dismissed;
        record.findings[0].reason = QStringLiteral("口径不同，已核实");
        const QString path = m_dir.filePath(QStringLiteral("hints.xlsx"));
        const Status st = writeRecordXlsx(record, path);
        QVERIFY2(st.ok(), qPrintable(st.error()));
        Workbook wb;
        QVERIFY(wb.open(path));
        const auto hints = wb.cells(QStringLiteral("更正建议"));
        QCOMPARE(hints.value(QStringLiteral("B2")).value, QStringLiteral("1"));
        QCOMPARE(hints.value(QStringLiteral("C2")).value, QStringLiteral("hint.swapped_digits"));
        QCOMPARE(hints.value(QStringLiteral("D2")).value, QStringLiteral("apply.total.natural"));
        QCOMPARE(hints.value(QStringLiteral("F2")).value, QStringLiteral("21"));
        QCOMPARE(hints.value(QStringLiteral("G2")).value, QStringLiteral("12"));
        const auto findings = wb.cells(QStringLiteral("问题清单"));
        QCOMPARE(findings.value(QStringLiteral("H2")).value, QStringLiteral("已排除"));
        QCOMPARE(findings.value(QStringLiteral("I2")).value, QStringLiteral("口径不同，已核实"));
        for (const QString &sheet : {QStringLiteral("二、主动公开"), QStringLiteral("三、依申请公开"), QStringLiteral("四、复议诉讼")}) {
            const QString sub = wb.cells(sheet).value(QStringLiteral("A2")).value;
            QVERIFY2(sub.contains(QStringLiteral("来源文件：report-2021.txt")) && !sub.contains(QStringLiteral("审核员")), qPrintable(sub));
        }
    }

    void severalRecords()
    {
        const QList<Record> records = {plantedRecord(FormatVersion::V2021), plantedRecord(FormatVersion::V2019)};
        const QString path = m_dir.filePath(QStringLiteral("several.xlsx"));
        const Status st = writeRecordsXlsx(records, path);
        QVERIFY2(st.ok(), qPrintable(st.error()));
        Workbook wb;
        QVERIFY(wb.open(path));
        const QStringList names = wb.sheetNames();
        for (const QString &name : {QStringLiteral("汇总"), QStringLiteral("问题清单"), QStringLiteral("修改记录"),
                                    QStringLiteral("数据"), QStringLiteral("1 三、依申请公开"),
                                    QStringLiteral("2 三、依申请公开"), QStringLiteral("2 四、复议诉讼")})
            QVERIFY2(names.contains(name), qPrintable(name));
        QCOMPARE(names.first(), QStringLiteral("汇总"));

        const auto summary = wb.cells(QStringLiteral("汇总"));
        QCOMPARE(summary.value(QStringLiteral("B2")).value, QStringLiteral("report-2021.txt"));
        QCOMPARE(summary.value(QStringLiteral("D2")).value, QStringLiteral("2022"));
        QCOMPARE(summary.value(QStringLiteral("E3")).value, QStringLiteral("2019"));
        QCOMPARE(summary.value(QStringLiteral("G2")).value, QStringLiteral("1")); // violations
        QCOMPARE(summary.value(QStringLiteral("H3")).value, QStringLiteral("1")); // missing
        QVERIFY(!summary.contains(QStringLiteral("B4")));
        QVERIFY(wb.sheetXml(QStringLiteral("汇总")).contains(QStringLiteral("location=\"'2 三、依申请公开'!A1\"").toUtf8()));

        // The 2019 record's values in its own sheet: 行政许可 12.
        QCOMPARE(wb.cells(QStringLiteral("2 二、主动公开")).value(QStringLiteral("D10")).value, QStringLiteral("12"));

        // 数据, the long form, starts each row with the file, agency and year: 200 + 198 rows.
        const auto longForm = wb.cells(QStringLiteral("数据"));
        QCOMPARE(longForm.value(QStringLiteral("A1")).value, QStringLiteral("文件"));
        QCOMPARE(longForm.value(QStringLiteral("A2")).value, QStringLiteral("report-2021.txt"));
        QCOMPARE(longForm.value(QStringLiteral("A399")).value, QStringLiteral("report-2019.txt"));
        QCOMPARE(longForm.value(QStringLiteral("D399")).value, QStringLiteral("litigation.after_review.total"));
        QVERIFY(!longForm.contains(QStringLiteral("A400")));

        const auto findings = wb.cells(QStringLiteral("问题清单"));
        QCOMPARE(findings.value(QStringLiteral("B2")).value, QStringLiteral("report-2021.txt"));
        QCOMPARE(findings.value(QStringLiteral("B4")).value, QStringLiteral("report-2019.txt"));
    }

    void emptyRecord_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("reset"); // false: a record whose cell list was never filled
        QTest::newRow("2021") << int(FormatVersion::V2021) << true;
        QTest::newRow("2019") << int(FormatVersion::V2019) << true;
        QTest::newRow("2021, no cells") << int(FormatVersion::V2021) << false;
    }

    // A report whose tables were not found: every value cell empty and yellow, checks undecided.
    void emptyRecord()
    {
        QFETCH(int, format);
        QFETCH(bool, reset);
        Record r;
        r.format = FormatVersion(format);
        if (reset)
            r.resetCells();
        const QString path = m_dir.filePath(QStringLiteral("empty-%1.xlsx").arg(format));
        const Status st = writeRecordXlsx(r, path);
        QVERIFY2(st.ok(), qPrintable(st.error()));
        Workbook wb;
        QVERIFY(wb.open(path));
        const auto cells = wb.cells(QStringLiteral("三、依申请公开"));
        QVERIFY(cells.value(QStringLiteral("D7")).present);
        QVERIFY(cells.value(QStringLiteral("D7")).value.isEmpty());
        QCOMPARE(wb.fillOf(cells.value(QStringLiteral("D7")).style), QStringLiteral("FCDC7C"));
        QCOMPARE(cells.value(QStringLiteral("K7")).value, QStringLiteral("? 有缺失"));
        QVERIFY(wb.cells(QStringLiteral("二、主动公开")).value(QStringLiteral("A1")).value.contains(QStringLiteral("未识别机关")));
        QCOMPARE(wb.cells(QStringLiteral("问题清单")).value(QStringLiteral("A2")).value, QStringLiteral("未发现问题。"));
    }

    void unwritable_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("several");
        QTest::newRow("missing dir") << m_dir.filePath(QStringLiteral("no/such/dir/out.xlsx")) << false;
        QTest::newRow("a directory") << m_dir.path() << false;
        QTest::newRow("several, missing dir") << m_dir.filePath(QStringLiteral("nope/out.xlsx")) << true;
        QTest::newRow("empty path") << QString() << false;
    }

    void unwritable()
    {
        QFETCH(QString, path);
        QFETCH(bool, several);
        const Record r = plantedRecord(FormatVersion::V2021);
        const Status st = several ? writeRecordsXlsx({r, r}, path) : writeRecordXlsx(r, path);
        QVERIFY(!st.ok());
        QVERIFY(st.error().contains(QStringLiteral("无法写入 Excel 文件")));
        QVERIFY2(st.error().contains(path), qPrintable(st.error()));
    }

    // The cell a repair hint of the best rank names (CellState::Culprit: violated, and the likely
    // wrong one) is red like any violated cell.
    void culpritIsRed()
    {
        Record r = plantedRecord(FormatVersion::V2021);
        r.hints.append({QStringLiteral("hint.cell"), {{QStringLiteral("apply.total.commercial"), 4, 0}},
                        {QStringLiteral("apply.sum")}, QStringLiteral("总计改为 0"), 1});
        QCOMPARE(cellState(r, u"apply.total.commercial"), CellState::Culprit);
        const QString path = m_dir.filePath(QStringLiteral("culprit.xlsx"));
        const Status st = writeRecordXlsx(r, path);
        QVERIFY2(st.ok(), qPrintable(st.error()));
        Workbook wb;
        QVERIFY(wb.open(path));
        const auto cells = wb.cells(QStringLiteral("三、依申请公开"));
        QCOMPARE(cells.value(QStringLiteral("E30")).value, QStringLiteral("4")); // （七）总计, 商业企业
        QCOMPARE(wb.fillOf(cells.value(QStringLiteral("E30")).style), QStringLiteral("F6A8A8"));
    }

    // A workbook replaces the file at its path whole or not at all: until close() it is written
    // beside it under a hidden name, so a run that fails or is killed leaves the old file.
    void replacedWholeOrNotAtAll_data()
    {
        QTest::addColumn<bool>("closed");
        QTest::newRow("closed") << true;
        QTest::newRow("abandoned") << false;
    }
    void replacedWholeOrNotAtAll()
    {
        QFETCH(bool, closed);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("汇总.xlsx"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the old file");
        }
        const QStringList hidden = {QStringLiteral(".*.part")};
        {
            SummaryWorkbook book(path, 2);
            QVERIFY(book.isOpen());
            book.addReport(plantedRecord(FormatVersion::V2021), QStringLiteral("a.txt"));
            QFile now(path);
            QVERIFY(now.open(QIODevice::ReadOnly));
            QCOMPARE(now.readAll(), QByteArray("the old file"));
            QCOMPARE(QDir(dir.path()).entryList(hidden, QDir::Files | QDir::Hidden).size(), 1);
            if (closed) {
                const Status st = book.close();
                QVERIFY2(st.ok(), qPrintable(st.error()));
            }
        }
        QCOMPARE(QDir(dir.path()).entryList(hidden, QDir::Files | QDir::Hidden), QStringList());
        Workbook wb;
        QCOMPARE(wb.open(path), closed);
        if (closed) {
            QVERIFY(wb.sheetNames().contains(QStringLiteral("汇总")));
            QVERIFY(QFileInfo(path).permissions().testFlag(QFileDevice::ReadOwner));
        } else {
            QFile now(path);
            QVERIFY(now.open(QIODevice::ReadOnly));
            QCOMPARE(now.readAll(), QByteArray("the old file"));
        }
    }

    // A value that is not a number (NaN, infinity) must not reach the XML as "nan": Excel would
    // refuse the whole file. It is written as an empty, yellow cell.
    void nonFiniteValue()
    {
        Record r = plantedRecord(FormatVersion::V2021);
        r.cell(u"apply.new.commercial")->value = std::numeric_limits<double>::quiet_NaN();
        r.cell(u"apply.new.social")->value = std::numeric_limits<double>::infinity();
        const QString path = m_dir.filePath(QStringLiteral("nan.xlsx"));
        const Status st = writeRecordXlsx(r, path);
        QVERIFY2(st.ok(), qPrintable(st.error()));
        Workbook wb;
        QVERIFY(wb.open(path));
        const QByteArray xml = wb.sheetXml(QStringLiteral("三、依申请公开"));
        QVERIFY(!xml.contains("<v>nan</v>") && !xml.contains("<v>inf</v>"));
        const auto cells = wb.cells(QStringLiteral("三、依申请公开"));
        QVERIFY(cells.value(QStringLiteral("E7")).value.isEmpty());
        QCOMPARE(wb.fillOf(cells.value(QStringLiteral("E7")).style), QStringLiteral("FCDC7C"));
        QVERIFY(!wb.sheetXml(QStringLiteral("记录")).contains("<v>nan</v>"));
    }

    void noRecords()
    {
        const QString path = m_dir.filePath(QStringLiteral("none.xlsx"));
        const Status st = writeRecordsXlsx({}, path);
        QVERIFY(!st.ok());
        QVERIFY(st.error().contains(path));
        QVERIFY(!QFile::exists(path));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestXlsx)
#include "tst_xlsx.moc"
