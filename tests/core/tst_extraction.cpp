// SPDX-License-Identifier: GPL-3.0-or-later
// The extractor against the reference records read by hand from the seeds (every canonical cell,
// the format, agency, year, claims, sections), and against small inputs for the tricky layouts.
#include "core/document/DocumentLoader.h"
#include "core/document/TextTableReader.h"
#include "core/extract/Extractor.h"
#include "core/report/Report.h"
#include "core/util/TextNormalize.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <cmath>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

// Through the text loader, as a .txt file would go (tables, or run-together tables as a fallback).
Document textDocument(const QString &text)
{
    auto doc = loadDocumentFromBytes(text.toUtf8(), QStringLiteral("inline.txt"));
    if (doc)
        return std::move(doc).value();
    Document empty; // the loader refuses empty files; the extractor must still cope with them
    empty.path = QStringLiteral("inline.txt");
    empty.kind = QStringLiteral("txt");
    empty.text = text;
    return empty;
}

bool sameValue(std::optional<double> a, std::optional<double> b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::abs(*a - *b) < 1e-9;
}

QString show(std::optional<double> v)
{
    return v ? QString::number(*v) : QStringLiteral("null");
}

const TextClaim *claimOf(const Record &r, const QString &kind)
{
    for (const TextClaim &c : r.facts.claims)
        if (c.kind == kind)
            return &c;
    return nullptr;
}

// Each read cell's span points at its raw text, and the raw text reads as its value.
void verifyReadSpans(const Document &doc, const Record &r)
{
    const Schema &s = r.schema();
    for (qsizetype i = 0; i < s.size(); ++i) {
        const CellValue &c = r.cells.at(i);
        if (c.source != CellSource::Read)
            continue;
        QVERIFY2(c.span.isValid(), qPrintable(s.at(i).id));
        QString shown = doc.text.mid(c.span.start, c.span.length);
        if (c.inferred) // a number split out of a run: the run's white space is no part of it
            shown.remove(QRegularExpression(u"\\s"_s));
        QVERIFY2(shown.contains(c.raw), qPrintable(s.at(i).id));
        QVERIFY2(sameValue(parseNumber(c.raw), c.value), qPrintable(s.at(i).id));
    }
}

// The 2021 application table as seed 000 prints it (tab rows, all zeros); rows can be replaced.
QStringList applyTable2021()
{
    const QString z = QStringLiteral("\t0\t0\t0\t0\t0\t0\t0");
    return {
        u"(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t总计\t"_s,
        u"\t\t自然人\t法人或其他组织\t\t\t\t\t\t"_s,
        u"\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t"_s,
        u"一、本年新收政府信息公开申请数量\t"_s + z + u'\t',
        u"二、上年结转政府信息公开申请数量\t"_s + z + u'\t',
        u"三、本年度办理结果\t(一) 予以公开"_s + z + u'\t',
        u"\t(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)"_s + z + u'\t',
        u"\t(三) 不予公开\t1. 属于国家秘密"_s + z,
        u"\t\t2. 其他法律行政法规禁止公开"_s + z,
        u"\t\t3. 危及“三安全一稳定”"_s + z,
        u"\t\t4. 保护第三方合法权益"_s + z,
        u"\t\t5. 属于三类内部事务信息"_s + z,
        u"\t\t6. 属于四类过程性信息"_s + z,
        u"\t\t7. 属于行政执法案卷"_s + z,
        u"\t\t8. 属于行政查询事项"_s + z,
        u"\t(四) 无法提供\t1. 本机关不掌握相关政府信息"_s + z,
        u"\t\t2. 没有现成信息需要另行制作"_s + z,
        u"\t\t3. 补正后申请内容仍不明确"_s + z,
        u"\t(五) 不予处理\t1. 信访举报投诉类申请"_s + z,
        u"\t\t2. 重复申请"_s + z,
        u"\t\t3. 要求提供公开出版物"_s + z,
        u"\t\t4. 无正当理由大量反复申请"_s + z,
        u"\t\t5. 要求行政机关确认或重新出具已获取信息"_s + z,
        u"\t(六) 其他处理\t1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"_s + z,
        u"\t\t2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"_s + z,
        u"3. 其他\t"_s + z + u'\t',
        u"(七) 总计\t"_s + z + u'\t',
        u"四、结转下年度继续办理\t"_s + z + u'\t',
    };
}

QString report(const QString &body)
{
    return u"某某县测试局 2023 年政府信息公开工作年度报告\n\n三、收到和处理政府信息公开申请情况\n\n"_s
           + body + u"\n\n五、存在的主要问题及改进情况\n\n正文。\n"_s;
}

} // namespace

class TestExtraction final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // ---- the seeds against their reference records ------------------------------------------

    void references_data()
    {
        QTest::addColumn<QString>("referencePath");
        const QString dir = QFINDTESTDATA("../data/reference");
        QVERIFY(!dir.isEmpty());
        const QStringList files = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 5);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << QDir(dir).filePath(f);
    }
    void references()
    {
        QFETCH(QString, referencePath);
        QFile file(referencePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject ref = QJsonDocument::fromJson(file.readAll()).object();
        const QString input = QFINDTESTDATA(u"../data/input/"_s + ref.value(u"file").toString());
        QVERIFY(!input.isEmpty());
        const auto doc = loadDocument(input);
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error()));
        const Record r = extractRecord(*doc);

        QCOMPARE(formatName(r.format), ref.value(u"format").toString());
        QCOMPARE(r.agency, ref.value(u"agency").toString());
        QCOMPARE(r.year, ref.value(u"year").toInt());
        QCOMPARE(r.facts.periodYear, ref.value(u"period_year").toInt());
        QVERIFY(r.facts.tablesFound);
        QVERIFY(looksLikeReport(r));
        QVERIFY(!r.facts.title.isEmpty());
        QCOMPARE(doc->text.mid(r.facts.titleSpan.start, r.facts.titleSpan.length).simplified(),
                 r.facts.title.simplified());

        QStringList sections;
        for (const QJsonValue &v : ref.value(u"sections").toArray())
            sections.append(v.toString());
        QCOMPARE(r.facts.sectionsFound, sections);

        // Claims: exactly the kinds the reference lists, with their counts and spans.
        const QJsonObject claims = ref.value(u"claims").toObject();
        for (const QString &kind : {u"applications"_s, u"review"_s, u"litigation"_s}) {
            const TextClaim *c = claimOf(r, kind);
            QVERIFY2(bool(c) == claims.contains(kind), qPrintable(kind));
            if (!c)
                continue;
            QCOMPARE(c->value, claims.value(kind).toDouble());
            QCOMPARE(doc->text.mid(c->span.start, c->span.length).simplified(), c->quote);
        }

        // Every canonical cell, value and source.
        QSet<QString> blank;
        for (const QJsonValue &v : ref.value(u"blank").toArray())
            blank.insert(v.toString());
        const QJsonObject cells = ref.value(u"cells").toObject();
        const Schema &s = r.schema();
        QCOMPARE(qsizetype(cells.size()), s.size());
        for (qsizetype i = 0; i < s.size(); ++i) {
            const QString &id = s.at(i).id;
            QVERIFY2(cells.contains(id), qPrintable(id));
            const QJsonValue expected = cells.value(id);
            const std::optional<double> want = expected.isNull() ? std::nullopt
                                                                 : std::optional<double>(expected.toDouble());
            const CellValue &got = r.cells.at(i);
            QVERIFY2(sameValue(got.value, want),
                     qPrintable(id + u": got "_s + show(got.value) + u" want "_s + show(want)));
            if (want)
                QVERIFY2(got.source == CellSource::Read, qPrintable(id));
            else
                QVERIFY2(got.source != CellSource::Read, qPrintable(id));
            if (blank.contains(id))
                QVERIFY2(got.source == CellSource::Blank, qPrintable(id + u" is not blank"_s));
        }
        verifyReadSpans(*doc, r);
    }

    // ---- small inputs for the tricky layouts -------------------------------------------------

    void layouts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("expect"); // "id|value|source[|raw]", value "null"

        {
            QStringList t = applyTable2021();
            t[3] = u"一、本年新收政府信息公开申请数量\t\t5\t\t\t\t\t\t5\t"_s;     // blanks inside
            t[4] = u"二、上年结转政府信息公开申请数量\t\t\t\t\t\t\t\t\t"_s;       // a blank row
            t[27] = u"四、结转下年度继续办理\t\t\t1\t0\t0\t0\t0\t0\t1"_s;          // shifted right
            QTest::newRow("shifted rows and blanks") << report(t.join(u'\n')) << u"2021"_s
                << QStringList{u"apply.new.natural|5|read"_s, u"apply.new.commercial|null|blank"_s,
                               u"apply.new.other|null|blank"_s, u"apply.new.total|5|read"_s,
                               u"apply.carried_over.natural|null|blank"_s,
                               u"apply.carried_over.total|null|blank"_s,
                               u"apply.carried_forward.natural|1|read"_s,
                               u"apply.carried_forward.commercial|0|read"_s,
                               u"apply.carried_forward.total|1|read"_s,
                               u"apply.total.total|0|read"_s,
                               u"active.regulations.issued|null|not_found"_s,
                               u"review.total|null|not_found"_s};
        }
        {
            QStringList t = applyTable2021();
            t[5] = u"三、本年度办理结果\t(一) 予以公开\t/\t０\t　3\t3件\t—\t无\t+3\t"_s;
            QTest::newRow("marks, widths and signs") << report(t.join(u'\n')) << u"2021"_s
                << QStringList{u"apply.granted.natural|null|text|/"_s,
                               u"apply.granted.commercial|0|read|０"_s,
                               u"apply.granted.research|3|read|　3"_s,
                               u"apply.granted.social|null|invalid|3件"_s,
                               u"apply.granted.legal|null|text|—"_s,
                               u"apply.granted.other|null|text|无"_s,
                               u"apply.granted.total|3|read|+3"_s};
        }
        {
            QStringList t = applyTable2021();
            t[25] = u"3. 其他\t\t7\t0\t0\t0\t0\t0\t7\t"_s;
            t[24] = u"\t\t2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t4\t4"_s;
            QStringList centred = applyTable2021();
            centred[23] = u"\t\t1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0"_s;
            centred[25] = u"\t(六) 其他处理\t3. 其他\t5\t0\t0\t0\t0\t0\t5"_s;
            QTest::newRow("（六） group cell on the 3.其他 row") << report(centred.join(u'\n')) << u"2021"_s
                << QStringList{u"apply.other_handling.other.natural|5|read"_s,
                               u"apply.other_handling.no_correction.total|0|read"_s};
            QTest::newRow("（六） sub-rows, 3.其他 without its group cell") << report(t.join(u'\n')) << u"2021"_s
                << QStringList{u"apply.other_handling.other.natural|7|read"_s,
                               u"apply.other_handling.other.total|7|read"_s,
                               u"apply.other_handling.no_fee.other|4|read"_s,
                               u"apply.other_handling.no_correction.total|0|read"_s};
        }
        {
            // Flattened Word cells: debris in labels, a label over two cells and two lines.
            const QString body =
                u"\t（本列数据的勾稽关系为：第一项加第二项之和，\n等于第三项加第四项之和）\n\t申请人情况\n\n"
                "\t\n\t（五）不予处理\n\t[bookmark: _Hlk1]1.信访举报投诉类申请\n\t1\n\t0\n\t0\n\t0\n\t0\n\t0\n\t1\n\n"
                "\t\n\t\n\t5.要求行政机关确认或重新\n出具已获取信息\n\t2\n\t0\n\t0\n\t0\n\t0\n\t0\n\t2\n\n"
                "\t\n\t（七）总计\n\t3\n\t0\n\t0\n\t0\n\t0\n\t0\n\t3\n"_s;
            QTest::newRow("flattened labels over cells and lines") << report(body) << u"2021"_s
                << QStringList{u"apply.not_processed.complaint.natural|1|read"_s,
                               u"apply.not_processed.complaint.total|1|read"_s,
                               u"apply.not_processed.confirmation.natural|2|read"_s,
                               u"apply.not_processed.confirmation.total|2|read"_s,
                               u"apply.total.total|3|read"_s,
                               u"apply.new.natural|null|not_found"_s};
        }
        {
            // A markdown table split in two by a blank line: the second part has no headers.
            const QString body =
                u"| (本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和) | | 申请人情况 | | | | | | 总计 |\n"
                "|---|---|---|---|---|---|---|---|---|\n"
                "| 一、本年新收政府信息公开申请数量 | | 4 | 0 | 0 | 0 | 0 | 0 | 4 |\n\n"
                "| (七) 总计 | | 4 | 0 | 0 | 0 | 0 | 0 | 4 |\n"
                "| 四、结转下年度继续办理 | | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"_s;
            QTest::newRow("table split by a blank line") << report(body) << u"2021"_s
                << QStringList{u"apply.new.total|4|read"_s, u"apply.total.natural|4|read"_s,
                               u"apply.total.total|4|read"_s, u"apply.carried_forward.total|0|read"_s};
            QString prose = body;
            prose.replace(u"|\n\n| (七)"_s, u"|\n\n五、存在的主要问题及改进情况\n\n| (七)"_s);
            QTest::newRow("a heading between two tables ends the section") << report(prose) << u"2021"_s
                << QStringList{u"apply.new.total|4|read"_s, u"apply.total.total|null|not_found"_s};
        }
        {
            const QString text =
                u"某县民政局2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
                "\t第二十条第（五）项\n\n\t信息内容\n\t上一年项目数量\n\t本年增/减\n\t处理决定数量\n\n"
                "\t行政许可\n\t1,234\n\t+3\n\t12\n\n\t行政事业性收费\n\t5\n\t-2\n\n"
                "\t第二十条第（九）项\n\n\t信息内容\n\t采购项目数量\n\t采购总金额\n\n"
                "\t政府集中采购\n\t2\n\t12.5\n\n三、政府信息依申请公开办理情况\n"_s;
            QTest::newRow("2019 active table, signed and decimal") << text << u"2019"_s
                << QStringList{u"active.licensing.previous|1234|read|1,234"_s,
                               u"active.licensing.change|3|read|+3"_s,
                               u"active.licensing.decisions|12|read"_s,
                               u"active.fees.previous|5|read"_s, u"active.fees.change|-2|read"_s,
                               u"active.procurement.projects|2|read"_s,
                               u"active.procurement.amount|12.5|read"_s,
                               u"active.penalty.previous|null|not_found"_s,
                               u"apply.other_handling.total|null|not_found"_s};
        }
        {
            // Text laid out by columns: a long label wraps, its numbers on the line below.
            const QString body =
                u"                        申请人情况\n"
                "                 自然人    商业企业   科研机构   社会公益组织   法律服务机构   其他   总计\n"
                "一、本年新收政府信息公开申请数量     21    0      0     0   0   0     21\n"
                "          （二）部分公开（区分处理的，只计这一情\n"
                "          形，不计其他情形）\n"
                "                     4    0      0     0   0   0     4\n"
                "       （七）总计                   21   0   0   0    0    0   21\n"_s;
            QTest::newRow("aligned with spaces, label above its numbers") << report(body) << u"2021"_s
                << QStringList{u"apply.new.natural|21|read"_s, u"apply.new.total|21|read"_s,
                               u"apply.partial.natural|4|read"_s, u"apply.partial.total|4|read"_s,
                               u"apply.total.total|21|read"_s};
        }
        {
            const QString text =
                u"四、政府信息公开行政复议、行政诉讼情况\n\n"
                "\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
                "行政复议\t1\t0\t0\t0\t1\n未经复议直接起诉\t0\t0\t0\t2\t2\n复议后起诉\t0\t0\t0\t0\t0\n"_s;
            const QString labelled =
                u"四、政府信息公开行政复议、行政诉讼情况\n\n行政复议\t\t\t\t\t行政诉讼\n"
                "\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
                "数量\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0\t2\t0\t0\t0\t2\n"_s;
            const QString active =
                u"二、主动公开政府信息情况\n\n第二十条第（一）项\t\t\t\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
                "规章\t0\t0\t不涉及\n行政规范性文件\t1\t\t3\n第二十条第（八）项\t\t\t\n"
                "信息内容\t本年收费金额（单位：万元）\t\t\n行政事业性收费\t不涉及\t\t\n"_s;
            QTest::newRow("section 二 with words for nothing") << active << u"2021"_s
                << QStringList{u"active.regulations.issued|0|read"_s,
                               u"active.regulations.in_force|null|text|不涉及"_s,
                               u"active.normative.issued|1|read"_s,
                               u"active.normative.repealed|null|blank"_s,
                               u"active.normative.in_force|3|read"_s,
                               u"active.fees.amount|null|text|不涉及"_s,
                               u"active.licensing.decisions|null|not_found"_s};
            const QString unrelated =
                u"一、总体情况\n（一）主动公开情况\n\n类别\t条数\n行政许可类信息\t69\n机构职能类信息\t25\n\n"
                "二、主动公开政府信息情况\n\n第二十条第（五）项\t\t\t\n信息内容\t本年处理决定数量\t\t\n行政许可\t408\t\t\n"_s;
            QTest::newRow("an unrelated table under a heading") << unrelated << u"2021"_s
                << QStringList{u"active.licensing.decisions|408|read"_s,
                               u"active.regulations.issued|null|not_found"_s};
            const QString standing =
                u"二、主动公开政府信息情况\n\n规章 | 2 | 0 | 35 |\n\n（二）行政许可\n\n行政许可 | 356 |\n"
                "行政许可类信息 | 69 |\n"_s;
            QTest::newRow("section 二 rows without headers, wherever they stand") << standing << u"2021"_s
                << QStringList{u"active.regulations.issued|2|read"_s, u"active.regulations.in_force|35|read"_s,
                               u"active.licensing.decisions|356|read"_s,
                               u"active.penalty.decisions|null|not_found"_s};
            QTest::newRow("section 四 data row with a label") << labelled << u"2021"_s
                << QStringList{u"review.corrected|1|read"_s, u"review.total|1|read"_s,
                               u"litigation.after_review.upheld|2|read"_s,
                               u"litigation.after_review.total|2|read"_s};
            QTest::newRow("section 四 one group per row") << text << u"2021"_s
                << QStringList{u"review.upheld|1|read"_s, u"review.total|1|read"_s,
                               u"litigation.direct.pending|2|read"_s,
                               u"litigation.after_review.total|0|read"_s};
        }
    }
    void layouts()
    {
        QFETCH(QString, text);
        QFETCH(QString, format);
        QFETCH(QStringList, expect);
        const Document doc = textDocument(text);
        const Record r = extractRecord(doc);
        QCOMPARE(formatName(r.format), format);
        QVERIFY(r.facts.tablesFound);
        for (const QString &e : expect) {
            const QStringList p = e.split(u'|');
            const CellValue *c = r.cell(p.at(0));
            QVERIFY2(c, qPrintable(p.at(0)));
            const std::optional<double> want = p.at(1) == u"null" ? std::nullopt
                                                                  : std::optional<double>(p.at(1).toDouble());
            QVERIFY2(sameValue(c->value, want), qPrintable(e + u" got "_s + show(c->value)));
            QCOMPARE(cellSourceName(c->source), p.at(2));
            if (p.size() > 3)
                QCOMPARE(c->raw, p.at(3));
        }
        verifyReadSpans(doc, r);
    }

    // ---- tables whose cells ran together (a crawler's page) -----------------------------------

    void runTogether()
    {
        // Section 三 and 四 flattened into one paragraph; runs set per row (zeros elsewhere).
        const QHash<int, QString> runs = {
            {0, u"010000010"_s},  // 0|10|0|0|0|0|10
            {1, u"1000012"_s},    // 1|0|0|0|0|1|2
            {2, u"110000112"_s},  // 1|10|… or 11|0|…: only 1|10 makes the columns add up
            {23, u"110 000112"_s}, // （七）总计, as ambiguous, a space between two cells
        };
        QString table;
        const QStringList rows = applyTable2021();
        for (qsizetype i = 3; i < rows.size(); ++i) {
            QString label = rows.at(i);
            label.remove(u"\t0"_s).remove(u'\t');
            table += label + runs.value(int(i - 3), u"0000000"_s);
        }
        const QString text = u"标题: 某某区测试局2021年度政府信息公开工作年度报告\n正文。三、收到和处理政府信息公开申请情况"
                             "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人"
                             "法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"_s
                             + table
                             + u" 四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结"
                               "总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他"
                               "结果尚未审结总计12345 五、存在的主要问题及改进情况"_s;
        const Document doc = textDocument(text);
        QVERIFY(!readTextTables(text).size()); // no table the ordinary reader sees
        const Record r = extractRecord(doc);
        QCOMPARE(r.format, FormatVersion::V2021);
        QVERIFY(r.facts.tablesFound);
        const QList<std::pair<QString, double>> expected = {
            {u"apply.new.commercial"_s, 10}, {u"apply.new.total"_s, 10},
            {u"apply.carried_over.natural"_s, 1}, {u"apply.carried_over.total"_s, 2},
            {u"apply.granted.natural"_s, 1}, {u"apply.granted.commercial"_s, 10},
            {u"apply.granted.total"_s, 12}, {u"apply.total.commercial"_s, 10},
            {u"apply.total.total"_s, 12}, {u"apply.carried_forward.total"_s, 0},
            {u"apply.other_handling.other.total"_s, 0}, {u"apply.denied.query.natural"_s, 0},
        };
        for (const auto &[id, value] : expected) {
            const CellValue *c = r.cell(id);
            QVERIFY2(c && c->value && *c->value == value, qPrintable(id + u" "_s + show(c ? c->value : std::nullopt)));
            QCOMPARE(c->source, CellSource::Read);
            QVERIFY2(c->inferred, qPrintable(id)); // never shown as simply read
        }
        QVERIFY(r.inferredCells().contains(u"apply.granted.commercial"_s));
        verifyReadSpans(doc, r);
        // Section 四's run cannot be split into 15 cells: no number is invented, the cells stay missing.
        QVERIFY(!r.cell(u"review.upheld")->value);
        QVERIFY(!r.cell(u"review.total")->value);
        QVERIFY(!r.cell(u"review.total")->inferred);
    }

    void runTogetherButSeparated()
    {
        // The numbers of a row printed apart: read as printed (not inferred), even when they do
        // not add up (the rules report that, the extractor does not repair it).
        const QString text =
            u"三、收到和处理政府信息公开申请情况 申请人情况 自然人 一、本年新收政府信息公开申请数量 1 0 0 0 0 0 3 "
            "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0 四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 "
            "结果维持 结果纠正 其他结果 尚未审结 总计 0 1 0 0 1 0 0 0 0 0 12 0 0 0 12 五、存在的主要问题"_s;
        const Document doc = textDocument(text);
        const Record r = extractRecord(doc);
        for (const auto &[id, value] : QList<std::pair<QString, double>>{
                 {u"apply.new.natural"_s, 1}, {u"apply.new.total"_s, 3}, {u"apply.carried_over.total"_s, 0},
                 {u"review.corrected"_s, 1}, {u"litigation.after_review.upheld"_s, 12},
                 {u"litigation.after_review.total"_s, 12}}) {
            const CellValue *c = r.cell(id);
            QVERIFY2(c && c->value && *c->value == value, qPrintable(id));
            QCOMPARE(c->source, CellSource::Read);
            QVERIFY2(!c->inferred, qPrintable(id));
        }
        QVERIFY(r.inferredCells().isEmpty());
        verifyReadSpans(doc, r);
    }

    // ---- prose: title, agency, year, claims ---------------------------------------------------

    void facts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("agency");
        QTest::addColumn<int>("year");
        QTest::addColumn<QStringList>("claims"); // "kind=value"
        QTest::newRow("respondent counts")
            << u"# 2023年某某市教育局政府信息公开工作年度报告\n\n本机关被申请行政复议 2 件，被提起行政诉讼 1 件。全年共收到政府信息公开申请 12 件。\n"_s
            << u"某某市教育局"_s << 2023
            << QStringList{u"applications=12"_s, u"review=2"_s, u"litigation=1"_s};
        QTest::newRow("cases decided as 复议机关 are no claim")
            << u"区司法局2022年政府信息公开工作年度报告\n作为复议机关，依法审理政府信息公开行政复议案件，收到行政复议案件 5 件，已全部办结。\n"_s
            << u"区司法局"_s << 2022 << QStringList{};
        QTest::newRow("none received, none happened")
            << u"标题: 某某县司法局2021年度政府信息公开工作年度报告\n本年度未收到政府信息公开申请，未发生政府信息公开行政复议、行政诉讼案件。\n"_s
            << u"某某县司法局"_s << 2021
            << QStringList{u"applications=0"_s, u"review=0"_s, u"litigation=0"_s};
        QTest::newRow("spaced out and wrapped like PDF text")
            << u"        淮 安 市 测 试 局\n   2 0 2 3 年 政 府 信 息 公 开 工 作 年 度 报 告\n\n   数据统计期限自 2023 年 1 月 1 日起。2023 年全区受理政府信息公开申\n请 21 件，均在法定期限答复。\n"_s
            << u"淮安市测试局"_s << 2023 << QStringList{u"applications=21"_s};
        QTest::newRow("applied for review against the agency")
            << u"某某县司法局2023年政府信息公开工作年度报告\n2023年，因政府信息公开申请行政复议1件，提起行政诉讼0件。\n"_s
            << u"某某县司法局"_s << 2023 << QStringList{u"review=1"_s, u"litigation=0"_s};
        QTest::newRow("older title without 年度")
            << u"\n某某县商务局2019年政府信息公开工作报告\n\n全年共受理依申请公开12件。\n"_s
            << u"某某县商务局"_s << 2019 << QStringList{u"applications=12"_s};
        QTest::newRow("short agency expanded from the text")
            << u"县司法局2023年政府信息公开年报\n2023年，武陟县司法局认真落实。根据武陟县司法局安排。\n"_s
            << u"武陟县司法局"_s << 2023 << QStringList{};
        QTest::newRow("spaces inside and after the year")
            << u"2024 年某某市测试局政府信息公开工作年度报告\n正文。\n"_s << u"某某市测试局"_s << 2024 << QStringList{};
        QTest::newRow("year spaced out in a title with the agency first")
            << u"某某市测试局 20 24 年政府信息公开工作年度报告\n正文。\n"_s << u"某某市测试局"_s << 2024 << QStringList{};
        QTest::newRow("agency cut from the sentence that introduces it")
            << u"根据条例要求，现公布区统计局2023年政府信息公开工作年度报告\n正文。\n"_s << u"区统计局"_s << 2023
            << QStringList{};
        QTest::newRow("agency after 特向社会公布")
            << u"特向社会公布某某县测试局2022年度政府信息公开工作年度报告\n正文。\n"_s << u"某某县测试局"_s << 2022
            << QStringList{};
        QTest::newRow("a town keeps its 人民政府")
            << u"某某镇人民政府2023年政府信息公开工作年度报告\n某某镇坚持公开为常态。\n"_s << u"某某镇人民政府"_s
            << 2023 << QStringList{};
        QTest::newRow("a town keeps its 人民政府 after the year")
            << u"2023年某某镇人民政府政府信息公开工作年度报告\n某某镇坚持公开为常态。\n"_s << u"某某镇人民政府"_s
            << 2023 << QStringList{};
        QTest::newRow("a town's short name expanded keeps 人民政府")
            << u"镇人民政府2023年政府信息公开工作年度报告\n2023年，某某镇人民政府坚持公开为常态。\n"_s
            << u"某某镇人民政府"_s << 2023 << QStringList{};
    }
    void facts()
    {
        QFETCH(QString, text);
        QFETCH(QString, agency);
        QFETCH(int, year);
        QFETCH(QStringList, claims);
        const Document doc = textDocument(text);
        const Record r = extractRecord(doc);
        QCOMPARE(r.agency, agency);
        QCOMPARE(r.year, year);
        QStringList got;
        for (const TextClaim &c : r.facts.claims) {
            got.append(c.kind + u'=' + QString::number(c.value));
            QVERIFY(c.span.isValid());
            QCOMPARE(text.mid(c.span.start, c.span.length).simplified(), c.quote);
        }
        QCOMPARE(got, claims);
        QVERIFY(looksLikeReport(r));   // a title alone makes a report …
        QVERIFY(!r.facts.tablesFound);      // … whose cells are all missing
        for (const CellValue &c : r.cells)
            QCOMPARE(c.source, CellSource::NotFound);
    }

    // ---- no crash, no hang, no report in noise ------------------------------------------------

    void robustness_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("report");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("prose") << u"今天天气很好。\n我们去公园散步。\n"_s << false;
        QByteArray bytes(300'000, Qt::Uninitialized);
        QRandomGenerator rng(7);
        for (char &b : bytes)
            b = char(rng.bounded(256));
        QTest::newRow("random bytes") << QString::fromUtf8(bytes) << false;
        QString wide = u"一、本年新收政府信息公开申请数量"_s;
        for (int i = 0; i < 500; ++i)
            wide += u"\t1"_s;
        QTest::newRow("500 columns") << wide << true;
        QTest::newRow("huge line") << QString(1'000'000, u'表') << false;
        QString tabs;
        for (int i = 0; i < 3000; ++i)
            tabs += u"\t行政复议\t行政诉讼\n\t\n"_s;
        QTest::newRow("many header rows") << tabs << true;
        auto grid = [](int rows) {
            QString g;
            for (int r = 0; r < rows; ++r) {
                g += r % 2 ? u"三、本年度办理结果\t(一) 予以公开"_s : u"\t(三) 不予公开\t1. 属于国家秘密"_s;
                for (int c = 0; c < 300; ++c)
                    g += c % 3 ? u"\t"_s : u"\t1"_s;
                g += u'\n';
            }
            return g;
        };
        QTest::newRow("600 rows of 300 cells") << grid(600) << true;
        // Over the text tables' cell limit (200,000: core/document): the tables are not read.
        QTest::newRow("2000 rows of 300 cells, over the cell limit") << grid(2000) << false;
    }
    // Seeds with random characters, tabs, line breaks and pipes inserted or deleted: no crash, and
    // what is read still points at what it says.
    void mutatedSeeds_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"seed_000_ebc2797f3e368fc1.txt", "seed_001_5eaa7f9da2d83dc7.txt",
                              "seed_002_d313710ee9afc711.txt", "seed_003_ad0933fee798d3b4.txt",
                              "seed_004_80a41c86f4ba9762.txt"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void mutatedSeeds()
    {
        QFETCH(QString, file);
        QFile f(QFINDTESTDATA(u"../data/input/"_s + file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString original = QString::fromUtf8(f.readAll());
        QRandomGenerator rng(1234);
        static const QString pieces = u"\t\n|0123456789 　一（）.、总计其他"_s;
        for (int round = 0; round < 60; ++round) {
            QString text = original;
            for (int k = 0; k < 1 + round; ++k) {
                const qsizetype at = rng.bounded(int(text.size()));
                if (rng.bounded(2))
                    text.remove(at, 1 + rng.bounded(4));
                else
                    text.insert(at, pieces.at(rng.bounded(int(pieces.size()))));
            }
            const Document doc = textDocument(text);
            const Record r = extractRecord(doc);
            QCOMPARE(r.cells.size(), r.schema().size());
            verifyReadSpans(doc, r);
            for (const TextClaim &c : r.facts.claims)
                QVERIFY(c.span.isValid() && c.span.end() <= text.size());
        }
    }

    void robustness()
    {
        QFETCH(QString, text);
        QFETCH(bool, report);
        const Document doc = textDocument(text);
        const Record r = extractRecord(doc);
        QCOMPARE(r.cells.size(), r.schema().size());
        QCOMPARE(looksLikeReport(r), report);
        verifyReadSpans(doc, r);
    }
};

QTEST_GUILESS_MAIN(TestExtraction)
#include "tst_extraction.moc"
