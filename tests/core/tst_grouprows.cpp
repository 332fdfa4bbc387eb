// SPDX-License-Identifier: GPL-3.0-or-later
// A 2021-format report printing a group of section 三 as one row (its total), as the 2019 format
// printed （六）其他处理: the group value is kept, the relations use it, a 0 makes its sub-rows 0
// (inferred), a value makes the sub-rows one finding instead of a missing cell each; a wrong total
// is still found through the group value. Fixtures in tests/data/input/groups (see its README).
#include "core/document/DocumentLoader.h"
#include "core/export/JsonRecord.h"
#include "core/extract/Extractor.h"
#include "core/rules/Rules.h"

#include <QJsonObject>
#include <QTest>

using namespace nianbao;
using namespace Qt::StringLiterals;

namespace {

Record extracted(const QString &name)
{
    const auto doc = loadDocument(QStringLiteral(NIANBAO_TEST_DATA "/input/groups/") + name);
    if (!doc) {
        qWarning("%s", qPrintable(doc.error()));
        return {};
    }
    Record r = extractRecord(*doc);
    recheck(r);
    return r;
}

QList<Finding> withRule(const Record &r, const QString &rule)
{
    QList<Finding> out;
    for (const Finding &f : r.findings)
        if (f.rule == rule)
            out.append(f);
    return out;
}

QStringList subCells(const Record &r, const QString &group, const QStringList &columns)
{
    QStringList ids;
    for (const QString &c : columns)
        for (int i : r.groupCells(group, c))
            ids.append(r.schema().at(i).id);
    return ids;
}

} // namespace

class TestGroupRows final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupPrintedAsTotal_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QStringList>("valued"); // columns whose group value is not 0
        QTest::newRow("（六） all 0") << "group_zero_2021.txt" << "apply.other_handling" << QStringList();
        QTest::newRow("（六） with a value") << "group_value_2021.txt" << "apply.other_handling"
                                           << QStringList{u"natural"_s, u"total"_s};
        QTest::newRow("（四） with values") << "group_unavailable_2021.txt" << "apply.unavailable"
                                          << QStringList{u"natural"_s, u"commercial"_s, u"total"_s};
    }
    void groupPrintedAsTotal()
    {
        QFETCH(QString, file);
        QFETCH(QString, group);
        QFETCH(QStringList, valued);
        const Record r = extracted(file);
        QCOMPARE(r.format, FormatVersion::V2021);
        QCOMPARE(r.printedGroups.size(), 1);
        QCOMPARE(r.printedGroups.first().rowKey, group);
        QVERIFY(r.facts.formatEvidence.contains(u"只印了合计一行"_s));

        // Every relation holds, through the group value where its sub-rows are missing.
        QCOMPARE(r.count(FindingKind::Violation), 0);
        QVERIFY(r.hints.isEmpty());
        QVERIFY2(withRule(r, u"not_found"_s).isEmpty(), qPrintable(withRule(r, u"not_found"_s).value(0).message));

        QStringList zero = Schema::applicantColumns();
        for (const QString &c : valued)
            zero.removeAll(c);
        for (const QString &id : subCells(r, group, zero)) {
            QCOMPARE(r.value(id), std::optional<double>(0));
            QVERIFY2(r.cell(id)->inferred, qPrintable(id));
        }
        const QList<Finding> inferred = withRule(r, u"inferred.group"_s);
        QCOMPARE(inferred.size(), 1);
        QCOMPARE(inferred.first().cells, subCells(r, group, zero));

        const QList<Finding> one = withRule(r, u"group.total_only"_s);
        QCOMPARE(one.size(), valued.isEmpty() ? 0 : 1);
        if (!valued.isEmpty()) {
            QCOMPARE(one.first().kind, FindingKind::Missing);
            QCOMPARE(one.first().cells, subCells(r, group, valued));
            for (const QString &id : one.first().cells)
                QVERIFY(!r.value(id));
            QCOMPARE(r.count(FindingKind::Missing), 1);
        } else {
            QCOMPARE(r.count(FindingKind::Missing), 0);
        }

        // The group value is exported.
        const QJsonObject groups = recordToJson(r).value(u"printed_groups"_s).toObject();
        QVERIFY(groups.contains(group));
        QCOMPARE(groups.value(group).toObject().value(u"total"_s).toDouble(),
                 *r.printedGroups.first().cells.constLast().value);
    }

    // A wrong group value fails （七）总计's relation, naming it in the message.
    void wrongGroupValueIsFound()
    {
        Record r = extracted(u"group_value_2021.txt"_s);
        QCOMPARE(r.count(FindingKind::Violation), 0);
        r.printedGroups[0].cells[0].value = 5;
        recheck(r);
        const QList<Finding> total = withRule(r, u"apply.total"_s);
        QCOMPARE(total.size(), 1);
        QVERIFY2(total.first().message.contains(u"其他处理 5"_s), qPrintable(total.first().message));
        // Once the reviewer fills the sub-rows, they count instead of the group value.
        for (const QString &id : subCells(r, u"apply.other_handling"_s, {u"natural"_s}))
            r.cell(id)->value = id.startsWith(u"apply.other_handling.other"_s) ? 2 : 0;
        recheck(r);
        QCOMPARE(withRule(r, u"apply.total"_s).size(), 0);
    }

    // A report printing the sub-rows has no printed group, also when it prints the group's row too.
    void subRowsWin()
    {
        const auto doc = loadDocument(QStringLiteral(NIANBAO_TEST_DATA "/input/pairs/sifa_2023.txt"));
        QVERIFY2(doc, qPrintable(doc.error()));
        Record r = extractRecord(*doc);
        QVERIFY(r.printedGroups.isEmpty());
        recheck(r);
        QVERIFY(withRule(r, u"inferred.group"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGroupRows)
#include "tst_grouprows.moc"
