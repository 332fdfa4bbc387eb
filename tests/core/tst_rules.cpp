// SPDX-License-Identifier: GPL-3.0-or-later
// The checks of FORMAT.md on records built in code: every relation holds on a consistent record,
// a fault planted in any one cell of a relation is reported naming every cell of it, blanks are
// missing (never 0), the value rules, the soft checks, and the order of the findings.
#include "tests/core/RecordFixture.h"
#include "core/rules/Messages.h"
#include "core/rules/Rules.h"

#include <QTest>
#include <algorithm>

using namespace nianbao;
using namespace fixture;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(nianbao::FormatVersion)

namespace {

QList<Finding> ofKind(const QList<Finding> &all, FindingKind k)
{
    QList<Finding> out;
    for (const Finding &f : all)
        if (f.kind == k)
            out.append(f);
    return out;
}

QList<Finding> withRule(const QList<Finding> &all, const QString &rule)
{
    QList<Finding> out;
    for (const Finding &f : all)
        if (f.rule == rule)
            out.append(f);
    return out;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

QString describe(const QList<Finding> &all)
{
    QStringList lines;
    for (const Finding &f : all)
        lines.append(findingKindName(f.kind) + u' ' + f.rule + u' ' + f.cells.join(u',') + u' ' + f.message);
    return lines.join(u'\n');
}

} // namespace

class TestRules final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void consistentRecordIsClean_data()
    {
        QTest::addColumn<FormatVersion>("format");
        QTest::newRow("2021") << FormatVersion::V2021;
        QTest::newRow("2019") << FormatVersion::V2019;
    }
    void consistentRecordIsClean()
    {
        QFETCH(FormatVersion, format);
        const Record r = makeRecord(format);
        for (const CellValue &c : r.cells) {
            QVERIFY(c.value);
            QVERIFY(*c.value != 0);
        }
        const QList<Finding> findings = checkRecord(r);
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    }

    // Every relation instance, every cell of it: plant +5 there, expect that relation to fail
    // naming all its cells, and every violation found to name the planted cell.
    void plantedFaultIsReported_data()
    {
        QTest::addColumn<FormatVersion>("format");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QStringList>("involved");
        QTest::addColumn<QString>("cell");
        for (FormatVersion f : {FormatVersion::V2021, FormatVersion::V2019})
            for (const RelationCase &rc : relationCases(f))
                for (const QString &cell : rc.cells)
                    QTest::addRow("%s/%s/%s/%s", qPrintable(formatName(f)), qPrintable(rc.rule),
                                  qPrintable(rc.name), qPrintable(cell))
                        << f << rc.rule << rc.cells << cell;
    }
    void plantedFaultIsReported()
    {
        QFETCH(FormatVersion, format);
        QFETCH(QString, rule);
        QFETCH(QStringList, involved);
        QFETCH(QString, cell);
        Record r = makeRecord(format);
        const double before = *r.value(cell);
        r.cell(cell)->value = before + 5;
        const QList<Finding> findings = checkRecord(r);
        const QList<Finding> violations = ofKind(findings, FindingKind::Violation);
        QCOMPARE(violations.size(), findings.size()); // nothing missing, no warning
        bool found = false;
        for (const Finding &f : violations) {
            QVERIFY2(f.cells.contains(cell), qPrintable(describe(violations)));
            QVERIFY(!f.message.isEmpty());
            QVERIFY2(f.message.contains(u"相差 5"), qPrintable(f.message));
            if (f.rule == rule && sorted(f.cells) == sorted(involved))
                found = true;
        }
        QVERIFY2(found, qPrintable(QStringLiteral("no ") + rule + QStringLiteral(" naming ") + involved.join(u',')
                                       + u'\n' + describe(violations)));
    }

    void relationCounts_data()
    {
        QTest::addColumn<FormatVersion>("format");
        QTest::addColumn<int>("relations");
        // 7 balance + 7 totals + 25 (23) rows + 3 review groups
        QTest::newRow("2021") << FormatVersion::V2021 << 7 + 7 + 25 + 3;
        QTest::newRow("2019") << FormatVersion::V2019 << 7 + 7 + 23 + 3;
    }
    void relationCounts()
    {
        // Every relation at once: every cell of sections 三 and 四 is 1 but 结转下年度 is 2, so
        // each sum of several cells differs from its total, and 1 + 1 ≠ 1 + 2.
        QFETCH(FormatVersion, format);
        QFETCH(int, relations);
        QCOMPARE(relationCases(format).size(), relations);
        Record r = makeRecord(format);
        for (qsizetype i = 0; i < r.cells.size(); ++i) {
            const CellSpec &spec = r.schema().at(i);
            if (spec.table != TableSection::Active)
                r.cells[i].value = spec.rowKey == u"apply.carried_forward" ? 2 : 1;
        }
        const QList<Finding> violations = ofKind(checkRecord(r), FindingKind::Violation);
        QCOMPARE(violations.size(), relations);
    }

    void messages()
    {
        Record r = makeRecord(FormatVersion::V2021);
        r.cell(u"apply.total.natural")->value = *r.value(u"apply.total.natural") + 1;
        const QList<Finding> f = checkRecord(r);
        const QList<Finding> balance = withRule(f, QStringLiteral("apply.balance"));
        QCOMPARE(balance.size(), 1);
        const QString newN = formatValue(*r.value(u"apply.new.natural"));
        const QString totalN = formatValue(*r.value(u"apply.total.natural"));
        QCOMPARE(balance.first().message,
                 QStringLiteral("自然人：本年新收 %1 + 上年结转 1 = %2，但（七）总计 %3 + 结转下年度 1 = %4，相差 1")
                     .arg(newN, formatValue(*r.value(u"apply.new.natural") + 1), totalN,
                          formatValue(*r.value(u"apply.total.natural") + 1)));
        const QList<Finding> total = withRule(f, QStringLiteral("apply.total"));
        QCOMPARE(total.size(), 1);
        QVERIFY2(total.first().message.startsWith(QStringLiteral("（七）总计·自然人：%1 ≠ 予以公开 ").arg(totalN)),
                 qPrintable(total.first().message));
        for (const char *group : {"部分公开", "不予公开", "无法提供", "不予处理", "其他处理"})
            QVERIFY2(total.first().message.contains(QString::fromUtf8(group)), group);
        const QList<Finding> rowSum = withRule(f, QStringLiteral("apply.row_sum"));
        QCOMPARE(rowSum.size(), 1);
        QVERIFY2(rowSum.first().message.startsWith(QStringLiteral("（七）总计·总计：")), qPrintable(rowSum.first().message));
        QVERIFY(rowSum.first().message.contains(QStringLiteral("自然人 %1 + 商业企业").arg(totalN)));

        Record review = makeRecord(FormatVersion::V2019);
        review.cell(u"litigation.direct.pending")->value = 9;
        const QList<Finding> lit = withRule(checkRecord(review), QStringLiteral("litigation.direct.sum"));
        QCOMPARE(lit.size(), 1);
        QVERIFY2(lit.first().message.startsWith(QStringLiteral("行政诉讼（直接起诉）·总计：")), qPrintable(lit.first().message));
        QVERIFY(lit.first().message.contains(QStringLiteral("尚未审结 9")));
    }

    // A cell without a value is missing (never 0) and the relations through it are not evaluated.
    void missingCells_data()
    {
        QTest::addColumn<FormatVersion>("format");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<int>("source");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("rule");
        const QString a = QStringLiteral("apply.new.natural"), b = QStringLiteral("review.pending"),
                      c = QStringLiteral("apply.other_handling.total"), d = QStringLiteral("active.fees.amount");
        QTest::newRow("blank") << FormatVersion::V2021 << a << int(CellSource::Blank) << QString() << "blank";
        QTest::newRow("blank space") << FormatVersion::V2021 << b << int(CellSource::Blank) << "　" << "blank";
        QTest::newRow("slash") << FormatVersion::V2021 << a << int(CellSource::Text) << "/" << "text";
        QTest::newRow("无") << FormatVersion::V2019 << c << int(CellSource::Text) << "无" << "text";
        QTest::newRow("invalid") << FormatVersion::V2021 << b << int(CellSource::Invalid) << "3件" << "invalid";
        QTest::newRow("not found") << FormatVersion::V2019 << c << int(CellSource::NotFound) << QString() << "not_found";
        QTest::newRow("fee blank") << FormatVersion::V2021 << d << int(CellSource::Blank) << QString() << "blank";
        QTest::newRow("cleared") << FormatVersion::V2021 << a << int(CellSource::Read) << "3" << "blank";
    }
    void missingCells()
    {
        QFETCH(FormatVersion, format);
        QFETCH(QString, cell);
        QFETCH(int, source);
        QFETCH(QString, raw);
        QFETCH(QString, rule);
        Record r = makeRecord(format);
        const std::optional<double> original = r.value(cell);
        CellValue *c = r.cell(cell);
        c->value.reset();
        c->source = CellSource(source);
        c->raw = raw;
        QList<Finding> f = checkRecord(r);
        QVERIFY2(f.size() == 1, qPrintable(describe(f)));
        QCOMPARE(f.first().kind, FindingKind::Missing);
        QCOMPARE(f.first().rule, rule);
        QCOMPARE(f.first().cells, QStringList{cell});
        QVERIFY(f.first().message.startsWith(cellLabels(format).at(r.schema().indexOf(cell))));
        if (rule == u"text" || rule == u"invalid")
            QVERIFY2(f.first().message.contains(u"“"_s + raw + u"”"_s), qPrintable(f.first().message));

        // A reviewer fills it: the finding goes.
        c->value = original;
        c->corrected = true;
        f = checkRecord(r);
        QVERIFY2(f.isEmpty(), qPrintable(describe(f)));
    }

    void blankIsNotZero()
    {
        // A zero-valued cell left blank: 0 would satisfy every relation, yet it is missing.
        Record r = makeRecord(FormatVersion::V2021);
        r.cell(u"review.other")->value = 0;
        r.cell(u"review.total")->value = *r.value(u"review.total") - 1;
        QVERIFY(checkRecord(r).isEmpty());
        r.cell(u"review.other")->value.reset();
        r.cell(u"review.other")->source = CellSource::Blank;
        r.cell(u"review.other")->raw.clear();
        const QList<Finding> f = checkRecord(r);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().rule, QStringLiteral("blank"));
    }

    void allNotFound()
    {
        Record r;
        r.format = FormatVersion::V2021;
        r.resetCells();
        r.year = 2023;
        r.facts.sectionsFound = sixSections();
        const QList<Finding> f = checkRecord(r);
        QCOMPARE(ofKind(f, FindingKind::Violation).size(), 0);
        QCOMPARE(withRule(f, QStringLiteral("not_found")).size(), 200);
        QCOMPARE(withRule(f, QStringLiteral("structure.no_tables")).size(), 1);
        // A record whose cells list is short (never reset) is checked without crashing.
        Record bare;
        QCOMPARE(withRule(checkRecord(bare), QStringLiteral("not_found")).size(), 200);
    }

    void valueRules_data()
    {
        QTest::addColumn<FormatVersion>("format");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("rule");
        const auto v21 = FormatVersion::V2021, v19 = FormatVersion::V2019;
        QTest::newRow("count 2.5") << v21 << "active.licensing.decisions" << 2.5 << "value.integer";
        QTest::newRow("count -1") << v21 << "active.penalty.decisions" << -1.0 << "value.nonnegative";
        QTest::newRow("count 0") << v21 << "active.penalty.decisions" << 0.0 << "";
        QTest::newRow("count -0.5") << v21 << "active.coercion.decisions" << -0.5 << "value.integer";
        QTest::newRow("fee 40.51") << v21 << "active.fees.amount" << 40.51 << "";
        QTest::newRow("fee -3") << v21 << "active.fees.amount" << -3.0 << "value.nonnegative";
        QTest::newRow("change -2") << v19 << "active.fees.change" << -2.0 << "";
        QTest::newRow("change +3") << v19 << "active.licensing.change" << 3.0 << "";
        QTest::newRow("change 1.5") << v19 << "active.fees.change" << 1.5 << "value.integer";
        QTest::newRow("procurement 0.5") << v19 << "active.procurement.amount" << 0.5 << "";
        QTest::newRow("projects 0.5") << v19 << "active.procurement.projects" << 0.5 << "value.integer";
        QTest::newRow("previous -4") << v19 << "active.fees.previous" << -4.0 << "value.nonnegative";
    }
    void valueRules()
    {
        QFETCH(FormatVersion, format);
        QFETCH(QString, cell);
        QFETCH(double, value);
        QFETCH(QString, rule);
        Record r = makeRecord(format);
        r.cell(cell)->value = value;
        const QList<Finding> f = checkRecord(r);
        if (rule.isEmpty()) {
            QVERIFY2(f.isEmpty(), qPrintable(describe(f)));
        } else {
            QCOMPARE(f.size(), 1);
            QCOMPARE(f.first().kind, FindingKind::Violation);
            QCOMPARE(f.first().rule, rule);
            QCOMPARE(f.first().cells, QStringList{cell});
            QVERIFY(f.first().message.contains(formatValue(value)));
        }
        QCOMPARE(validateValue(*r.schema().find(cell), value).isEmpty(), rule.isEmpty());
    }

    void negativeInRelation()
    {
        // A negative count inside section 三 breaks the value rule and the relations through it.
        Record r = makeRecord(FormatVersion::V2021);
        r.cell(u"apply.denied.query.legal")->value = -1;
        const QList<Finding> f = checkRecord(r);
        QCOMPARE(withRule(f, QStringLiteral("value.nonnegative")).size(), 1);
        QCOMPARE(withRule(f, QStringLiteral("apply.total")).size(), 1);
        QCOMPARE(withRule(f, QStringLiteral("apply.row_sum")).size(), 1);
    }

    void validateValueMessages_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("contains");
        QTest::newRow("fine count") << "apply.new.natural" << 3.0 << "";
        QTest::newRow("fine zero") << "review.total" << 0.0 << "";
        QTest::newRow("fraction") << "apply.new.natural" << 1.5 << "非负整数";
        QTest::newRow("negative") << "review.total" << -2.0 << "负数";
        QTest::newRow("fee negative") << "active.fees.amount" << -0.01 << "金额";
        QTest::newRow("fee fine") << "active.fees.amount" << 0.01 << "";
        QTest::newRow("nan") << "apply.new.natural" << qQNaN() << "非负整数";
        QTest::newRow("huge") << "apply.new.natural" << 1e9 << "";
    }
    void validateValueMessages()
    {
        QFETCH(QString, cell);
        QFETCH(double, value);
        QFETCH(QString, contains);
        const QString m = validateValue(*Schema::get(FormatVersion::V2021).find(cell), value);
        QCOMPARE(m.isEmpty(), contains.isEmpty());
        QVERIFY2(m.contains(contains), qPrintable(m));
        if (!m.isEmpty())
            QVERIFY2(m.contains(u"·"), qPrintable(m)); // names the cell
    }

    void signedCountValidation()
    {
        const CellSpec &change = *Schema::get(FormatVersion::V2019).find(u"active.licensing.change");
        QVERIFY(validateValue(change, -7).isEmpty());
        QVERIFY(validateValue(change, 0.5).contains(QStringLiteral("整数")));
    }

    // Soft checks: each scenario names the rule it must raise, or "" for none.
    void softChecks_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<QString>("contains");
        const QStringList none;
        QTest::newRow("applications agree") << "applications=new" << "" << none << "";
        QTest::newRow("applications differ") << "applications=new+1" << "text.applications"
                                             << QStringList{u"apply.new.total"_s} << "本年共收到政府信息公开申请";
        QTest::newRow("未收到 but table has some") << "applications=0" << "text.applications"
                                                 << QStringList{u"apply.new.total"_s} << "未收到";
        QTest::newRow("applications, table blank") << "applications=new+1,blank" << "" << none << "";
        QTest::newRow("review agrees") << "review=total" << "" << none << "";
        QTest::newRow("review differs") << "review=total+2" << "text.review" << QStringList{u"review.total"_s}
                                        << "行政复议";
        QTest::newRow("litigation agrees") << "litigation=sum" << "" << none << "";
        QTest::newRow("litigation differs") << "litigation=sum-1" << "text.litigation"
                                            << QStringList{u"litigation.direct.total"_s, u"litigation.after_review.total"_s}
                                            << "行政诉讼";
        QTest::newRow("sections all") << "sections=all" << "" << none << "";
        QTest::newRow("sections missing") << "sections=-problems-other" << "structure.sections" << none
                                          << "五、存在的主要问题及改进情况；六、其他需要报告的事项";
        QTest::newRow("years agree") << "years=2023,2023" << "" << none << "";
        QTest::newRow("years differ") << "years=2023,2022" << "structure.year" << none << "2022";
        QTest::newRow("period unknown") << "years=2023,0" << "" << none << "";
        QTest::newRow("2019 format for 2019") << "format2019=2019" << "" << none << "";
        QTest::newRow("2019 format for 2020") << "format2019=2020" << "" << none << "";
        QTest::newRow("2019 format for 2022") << "format2019=2022" << "structure.outdated_format" << none << "2022";
        QTest::newRow("tables found") << "tables=yes" << "" << none << "";
        QTest::newRow("no tables") << "tables=no" << "structure.no_tables" << none << "统计表";
        QTest::newRow("section 二 not read") << "unread=active" << "structure.cells_not_read" << none
                                             << "二、主动公开";
        QTest::newRow("section 四 not read") << "unread=review" << "structure.cells_not_read" << none
                                             << "四、复议诉讼";
        QTest::newRow("section 二 printed blank is read") << "blank=active" << "" << none << "";
    }
    void softChecks()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, rule);
        QFETCH(QStringList, cells);
        QFETCH(QString, contains);
        Record r = makeRecord(scenario.startsWith(u"format2019") ? FormatVersion::V2019 : FormatVersion::V2021);
        const double fresh = *r.value(u"apply.new.total");
        const double review = *r.value(u"review.total");
        const double litigation = *r.value(u"litigation.direct.total") + *r.value(u"litigation.after_review.total");
        auto claim = [&](const char *kind, double v, const QString &quote) {
            r.facts.claims.append({QLatin1String(kind), v, {}, quote});
        };
        if (scenario == u"applications=new")
            claim("applications", fresh, QStringLiteral("本年共收到政府信息公开申请%1件").arg(fresh));
        else if (scenario == u"applications=new+1")
            claim("applications", fresh + 1, QStringLiteral("本年共收到政府信息公开申请%1件").arg(fresh + 1));
        else if (scenario == u"applications=0")
            claim("applications", 0, QStringLiteral("本年度未收到政府信息公开申请"));
        else if (scenario == u"applications=new+1,blank") {
            claim("applications", fresh + 1, QStringLiteral("收到申请"));
            r.cell(u"apply.new.total")->value.reset();
            r.cell(u"apply.new.total")->source = CellSource::Blank;
        } else if (scenario == u"review=total")
            claim("review", review, QStringLiteral("发生政府信息公开行政复议%1件").arg(review));
        else if (scenario == u"review=total+2")
            claim("review", review + 2, QStringLiteral("发生政府信息公开行政复议%1件").arg(review + 2));
        else if (scenario == u"litigation=sum")
            claim("litigation", litigation, QStringLiteral("行政诉讼%1件").arg(litigation));
        else if (scenario == u"litigation=sum-1")
            claim("litigation", litigation - 1, QStringLiteral("行政诉讼%1件").arg(litigation - 1));
        else if (scenario == u"sections=-problems-other")
            r.facts.sectionsFound = {QStringLiteral("overview"), QStringLiteral("active"), QStringLiteral("apply"),
                                     QStringLiteral("review")};
        else if (scenario.startsWith(u"years=")) {
            const QStringList y = scenario.mid(6).split(u',');
            r.facts.titleYear = y.at(0).toInt();
            r.facts.periodYear = y.at(1).toInt();
        } else if (scenario.startsWith(u"format2019="))
            r.year = scenario.mid(11).toInt();
        else if (scenario == u"tables=no")
            r.facts.tablesFound = false;
        else if (scenario.startsWith(u"unread=") || scenario.startsWith(u"blank=")) {
            const QString prefix = scenario.section(u'=', 1) + u'.';
            for (qsizetype i = 0; i < r.schema().size(); ++i) {
                const QString &id = r.schema().at(i).id;
                if (!id.startsWith(prefix) && !(prefix == u"review." && id.startsWith(u"litigation.")))
                    continue;
                r.cells[i] = CellValue{};
                r.cells[i].source = scenario.startsWith(u"unread=") ? CellSource::NotFound : CellSource::Blank;
            }
        }

        const QList<Finding> warnings = ofKind(checkRecord(r), FindingKind::Warning);
        if (rule.isEmpty()) {
            QVERIFY2(warnings.isEmpty(), qPrintable(describe(warnings)));
            return;
        }
        QVERIFY2(warnings.size() == 1, qPrintable(describe(warnings)));
        QCOMPARE(warnings.first().rule, rule);
        QCOMPARE(warnings.first().cells, cells);
        QVERIFY2(warnings.first().message.contains(contains), qPrintable(warnings.first().message));
    }

    // Cells split out of run-together digits are to be confirmed; a run the report did not settle
    // has no value: one missing finding for its row, naming the readings; a corrected cell is
    // confirmed.
    void inferredCells()
    {
        Record r = makeRecord(FormatVersion::V2021);
        QVERIFY(checkRecord(r).isEmpty());
        const QStringList uniqueIds = {u"apply.new.natural"_s, u"apply.new.total"_s};
        const QStringList openIds = {u"active.normative.issued"_s, u"active.normative.repealed"_s,
                                     u"active.normative.in_force"_s};
        for (const QString &id : uniqueIds)
            r.cell(id)->inferred = true;
        const QList<QList<double>> readings = {{12, 1}, {5, 25}, {17, 17}};
        for (qsizetype i = 0; i < openIds.size(); ++i) {
            CellValue *c = r.cell(openIds[i]);
            c->inferred = true;
            c->value.reset();
            c->raw = u"12517"_s;
            c->source = CellSource::Invalid;
            c->span = Span{100, 5};
            c->alternatives = readings[i];
        }
        QList<Finding> findings = checkRecord(r);
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings.at(0).rule, u"ambiguous"_s);
        QCOMPARE(findings.at(0).kind, FindingKind::Missing);
        QCOMPARE(findings.at(0).cells, openIds);
        QVERIFY2(findings.at(0).message.contains(u"12|5|17 或 1|25|17"_s), qPrintable(findings.at(0).message));
        QVERIFY2(findings.at(0).message.contains(u"12517"_s), qPrintable(findings.at(0).message));
        QCOMPARE(findings.at(1).rule, u"inferred"_s);
        QCOMPARE(findings.at(1).kind, FindingKind::Warning);
        QCOMPARE(findings.at(1).cells, uniqueIds);
        // The reviewer picks a reading: values, no missing finding; the picked cells are corrected.
        for (qsizetype i = 0; i < openIds.size(); ++i) {
            r.cell(openIds[i])->value = readings[i][0];
            r.cell(openIds[i])->corrected = true;
        }
        for (const QString &id : uniqueIds)
            r.cell(id)->corrected = true;
        QVERIFY(checkRecord(r).isEmpty());
    }

    void order()
    {
        Record r = makeRecord(FormatVersion::V2021);
        r.facts.tablesFound = false;                               // warning
        r.cell(u"review.upheld")->value = 99;                      // violation
        r.cell(u"apply.granted.legal")->value.reset();             // missing
        r.cell(u"apply.granted.legal")->source = CellSource::Blank;
        r.cell(u"active.fees.amount")->value = -1;                 // violation (value)
        const QList<Finding> f = checkRecord(r);
        QCOMPARE(f.size(), 4);
        QVERIFY(std::is_sorted(f.begin(), f.end(),
                               [](const Finding &a, const Finding &b) { return int(a.kind) < int(b.kind); }));
        QCOMPARE(f.at(0).rule, QStringLiteral("review.sum"));
        QCOMPARE(f.at(1).rule, QStringLiteral("value.nonnegative"));
        QCOMPARE(f.at(2).rule, QStringLiteral("blank"));
        QCOMPARE(f.at(3).rule, QStringLiteral("structure.no_tables"));
        // Stable: the same record gives the same list.
        QCOMPARE(checkRecord(r), f);
        recheck(r);
        QCOMPARE(r.findings, f);
    }

    void labels()
    {
        const Schema &s21 = Schema::get(FormatVersion::V2021);
        const QStringList &l21 = cellLabels(FormatVersion::V2021);
        QCOMPARE(l21.size(), s21.size());
        QCOMPARE(l21.at(s21.indexOf(u"apply.new.natural")), QStringLiteral("本年新收·自然人"));
        QCOMPARE(l21.at(s21.indexOf(u"apply.denied.state_secret.total")), QStringLiteral("不予公开·属于国家秘密·总计"));
        QCOMPARE(l21.at(s21.indexOf(u"apply.other_handling.no_fee.other")), QStringLiteral("其他处理·逾期未缴费·其他"));
        QCOMPARE(l21.at(s21.indexOf(u"active.fees.amount")), QStringLiteral("行政事业性收费·本年收费金额"));
        QCOMPARE(l21.at(s21.indexOf(u"review.upheld")), QStringLiteral("行政复议·结果维持"));
        const Schema &s19 = Schema::get(FormatVersion::V2019);
        QCOMPARE(cellLabels(FormatVersion::V2019).at(s19.indexOf(u"apply.other_handling.research")),
                 QStringLiteral("其他处理·科研机构"));
        QCOMPARE(cellLabels(FormatVersion::V2019).at(s19.indexOf(u"active.procurement.amount")),
                 QStringLiteral("政府集中采购·采购总金额"));
        // Labels are unique within a format, so a message never leaves the cell in doubt.
        for (FormatVersion f : {FormatVersion::V2021, FormatVersion::V2019}) {
            const QStringList &l = cellLabels(f);
            QCOMPARE(QSet<QString>(l.begin(), l.end()).size(), l.size());
        }
    }

    void numbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("int") << 3.0 << "3";
        QTest::newRow("zero") << 0.0 << "0";
        QTest::newRow("minus zero") << -0.0 << "0";
        QTest::newRow("negative") << -2.0 << "-2";
        QTest::newRow("decimal") << 40.51 << "40.51";
        QTest::newRow("million") << 1e6 << "1000000";
        QTest::newRow("large") << 1e17 << "100000000000000000";
    }
    void numbers()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(formatValue(value), text);
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
