// SPDX-License-Identifier: GPL-3.0-or-later
// The window's models on their own: the tables' layout against the official format, the models
// under QAbstractItemModelTester (through edits, undo and redo), the cell states.
#include "tests/fixtures/ReviewFixture.h"

#include "ui/audit/CorrectionsModel.h"
#include "ui/findings/FindingsModel.h"
#include "ui/tables/CellStyle.h"
#include "ui/tables/SectionTableModel.h"
#include "core/schema/TableLayout.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace nianbao;
using namespace nianbao::ui;

Q_DECLARE_METATYPE(nianbao::FormatVersion)
Q_DECLARE_METATYPE(nianbao::TableSection)

class TestTableModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layoutCoversEveryCellOnce_data();
    void layoutCoversEveryCellOnce();
    void layoutHeaders_data();
    void layoutHeaders();
    void modelsUnderTester_data();
    void modelsUnderTester();
    void displayAndStates_data();
    void displayAndStates();
    void editRefusesText();
    void findingsModel();
    void correctionsModelFollowsEdits();
};

static void sections()
{
    QTest::addColumn<FormatVersion>("format");
    QTest::addColumn<TableSection>("section");
    for (FormatVersion f : {FormatVersion::V2021, FormatVersion::V2019})
        for (TableSection s : {TableSection::Active, TableSection::Apply, TableSection::Review})
            QTest::addRow("%s-%d", qPrintable(formatName(f)), int(s)) << f << s;
}

void TestTableModels::layoutCoversEveryCellOnce_data()
{
    sections();
}

// Every canonical cell of the section has one place; no two items overlap; nothing is outside.
void TestTableModels::layoutCoversEveryCellOnce()
{
    QFETCH(FormatVersion, format);
    QFETCH(TableSection, section);
    const Schema &schema = Schema::get(format);
    const TableLayout layout = TableLayout::build(schema, section);
    QVector<int> covered(layout.rowCount() * layout.columnCount(), 0);
    for (const TableLayout::Placed &p : layout.items()) {
        QVERIFY(p.row + p.item.rowSpan <= layout.rowCount());
        QVERIFY(p.column + p.item.colSpan <= layout.columnCount());
        for (int r = p.row; r < p.row + p.item.rowSpan; ++r)
            for (int c = p.column; c < p.column + p.item.colSpan; ++c)
                ++covered[r * layout.columnCount() + c];
    }
    for (int i = 0; i < covered.size(); ++i)
        QVERIFY2(covered.at(i) <= 1, qPrintable(QStringLiteral("overlap at %1").arg(i)));
    int cells = 0;
    for (int i = 0; i < schema.size(); ++i) {
        if (schema.at(i).table != section)
            continue;
        ++cells;
        int row = -1, column = -1;
        QVERIFY2(layout.positionOf(i, &row, &column), qPrintable(schema.at(i).id));
        QCOMPARE(layout.cellIndexAt(row, column), i);
    }
    QVERIFY(cells > 0);
    int placedCells = 0;
    for (const TableLayout::Placed &p : layout.items())
        placedCells += p.item.cellIndex >= 0;
    QCOMPARE(placedCells, cells);
}

void TestTableModels::layoutHeaders_data()
{
    QTest::addColumn<FormatVersion>("format");
    QTest::addColumn<TableSection>("section");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rowSpan");
    QTest::addColumn<int>("colSpan");
    const auto v21 = FormatVersion::V2021;
    const auto v19 = FormatVersion::V2019;
    QTest::newRow("applicants") << v21 << TableSection::Apply << QStringLiteral("申请人情况") << 1 << 7;
    QTest::newRow("legal persons") << v21 << TableSection::Apply << QStringLiteral("法人或其他组织") << 1 << 5;
    QTest::newRow("natural") << v21 << TableSection::Apply << QStringLiteral("自然人") << 2 << 1;
    QTest::newRow("results 2021") << v21 << TableSection::Apply << QStringLiteral("三、本年度\n办理结果") << 22 << 1;
    QTest::newRow("results 2019") << v19 << TableSection::Apply << QStringLiteral("三、本年度\n办理结果") << 20 << 1;
    QTest::newRow("denied") << v21 << TableSection::Apply << QStringLiteral("（三）不予公开") << 8 << 1;
    QTest::newRow("other handling 2019") << v19 << TableSection::Apply << QStringLiteral("（六）其他处理") << 1 << 2;
    QTest::newRow("new") << v21 << TableSection::Apply << QStringLiteral("一、本年新收政府信息公开申请数量") << 1 << 3;
    QTest::newRow("litigation") << v21 << TableSection::Review << QStringLiteral("行政诉讼") << 1 << 10;
    QTest::newRow("administrative review") << v21 << TableSection::Review << QStringLiteral("行政复议") << 1 << 5;
    QTest::newRow("direct") << v21 << TableSection::Review << QStringLiteral("未经复议直接起诉") << 1 << 5;
    QTest::newRow("article 1") << v21 << TableSection::Active << QStringLiteral("第二十条第（一）项") << 1 << 4;
    QTest::newRow("decisions") << v21 << TableSection::Active << QStringLiteral("本年处理决定数量") << 1 << 3;
    QTest::newRow("procurement 2019") << v19 << TableSection::Active << QStringLiteral("采购总金额") << 1 << 2;
}

// The merged headers and labels of the printed format.
void TestTableModels::layoutHeaders()
{
    QFETCH(FormatVersion, format);
    QFETCH(TableSection, section);
    QFETCH(QString, text);
    QFETCH(int, rowSpan);
    QFETCH(int, colSpan);
    const TableLayout layout = TableLayout::build(Schema::get(format), section);
    const GridItem *found = nullptr;
    for (const TableLayout::Placed &p : layout.items())
        if (p.item.text == text && !found)
            found = &p.item;
    QVERIFY2(found, qPrintable(text));
    QCOMPARE(found->rowSpan, rowSpan);
    QCOMPARE(found->colSpan, colSpan);
}

void TestTableModels::modelsUnderTester_data()
{
    sections();
}

void TestTableModels::modelsUnderTester()
{
    QFETCH(FormatVersion, format);
    QFETCH(TableSection, section);
    std::unique_ptr<Review> review;
    if (format == FormatVersion::V2021) {
        review = fixture::makeReview();
    } else {
        Record rec;
        rec.format = format;
        rec.resetCells();
        review = std::make_unique<Review>(Document{}, rec);
    }
    SectionTableModel model(review.get(), section);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FindingsModel findings;
    QAbstractItemModelTester findingsTester(&findings, QAbstractItemModelTester::FailureReportingMode::QtTest);
    findings.setReview(review.get());
    CorrectionsModel corrections;
    QAbstractItemModelTester correctionsTester(&corrections, QAbstractItemModelTester::FailureReportingMode::QtTest);
    corrections.setReview(review.get());

    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0); // a table: no children
    QVERIFY(!model.index(model.rowCount(), 0).isValid());
    QVERIFY(!model.index(0, model.columnCount()).isValid());
    QCOMPARE(model.cellIndexAt(QModelIndex()), -1);

    // Edit the first value cell of the table, undo, redo: the testers watch every signal.
    const Schema &schema = review->record().schema();
    int cell = -1;
    for (int i = 0; i < schema.size() && cell < 0; ++i)
        if (schema.at(i).table == section)
            cell = i;
    const QModelIndex idx = model.indexOfCell(cell);
    QVERIFY(idx.isValid());
    QVERIFY(model.flags(idx) & Qt::ItemIsEditable);
    QVERIFY(model.setData(idx, QStringLiteral("7")));
    QCOMPARE(review->record().cells.at(cell).value, std::optional<double>(7));
    QCOMPARE(idx.data().toString(), QStringLiteral("7"));
    QCOMPARE(corrections.rowCount(), 1);
    // The reviewer rewrites the correction's note (the only editable column), then undoes that.
    const QModelIndex note = corrections.index(0, CorrectionsModel::NoteColumn);
    QVERIFY(corrections.flags(note) & Qt::ItemIsEditable);
    const QModelIndex to = corrections.index(0, CorrectionsModel::ToColumn);
    QVERIFY(!(corrections.flags(to) & Qt::ItemIsEditable));
    QVERIFY(!corrections.setData(to, QStringLiteral("8")));
    QVERIFY(corrections.setData(note, QStringLiteral(" 依据原件 ")));
    QCOMPARE(review->record().corrections.at(0).note, QStringLiteral("依据原件"));
    QCOMPARE(corrections.index(0, CorrectionsModel::NoteColumn).data().toString(), QStringLiteral("依据原件"));
    QCOMPARE(corrections.index(0, CorrectionsModel::NoteColumn).data(Qt::EditRole).toString(), QStringLiteral("依据原件"));
    review->undoStack()->undo(); // the note
    QCOMPARE(review->record().corrections.at(0).note, QString());
    QCOMPARE(review->record().cells.at(cell).value, std::optional<double>(7));
    review->undoStack()->undo(); // the edit
    QCOMPARE(corrections.rowCount(), 0);
    QVERIFY(idx.data().toString() != QStringLiteral("7"));
    review->undoStack()->redo();
    QCOMPARE(idx.data().toString(), QStringLiteral("7"));
    QCOMPARE(corrections.rowCount(), 1);
}

void TestTableModels::displayAndStates_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("display");
    QTest::addColumn<int>("state");
    QTest::newRow("count") << QStringLiteral("apply.new.natural") << QStringLiteral("3") << int(CellState::Consistent);
    QTest::newRow("zero") << QStringLiteral("apply.new.research") << QStringLiteral("0") << int(CellState::Consistent);
    QTest::newRow("licensing") << QStringLiteral("active.licensing.decisions") << QStringLiteral("408")
                               << int(CellState::Consistent);
    QTest::newRow("slash") << fixture::textCell << QStringLiteral("/") << int(CellState::Text);
    QTest::newRow("blank") << fixture::blankCell << QString() << int(CellState::Missing);
    QTest::newRow("review") << QStringLiteral("review.total") << QStringLiteral("1") << int(CellState::Consistent);
}

void TestTableModels::displayAndStates()
{
    QFETCH(QString, cell);
    QFETCH(QString, display);
    QFETCH(int, state);
    auto review = fixture::makeReview();
    const int index = fixture::cellIndex(cell);
    const TableSection section = review->record().schema().at(index).table;
    SectionTableModel model(review.get(), section);
    const QModelIndex idx = model.indexOfCell(index);
    QVERIFY(idx.isValid());
    QCOMPARE(idx.data(SectionTableModel::CellIdRole).toString(), cell);
    QCOMPARE(idx.data().toString(), display);
    QCOMPARE(idx.data(SectionTableModel::CellStateRole).toInt(), state);
    QCOMPARE(idx.data(Qt::BackgroundRole).value<QColor>(), cellStateBackground(CellState(state)));
    // A correction turns it into a corrected cell (or, if it breaks a relation, a violated one).
    QVERIFY(model.setData(idx, QStringLiteral("0")) || display == QStringLiteral("0"));
    if (display != QStringLiteral("0")) {
        const int after = idx.data(SectionTableModel::CellStateRole).toInt();
        QVERIFY(after == int(CellState::Corrected) || isViolated(CellState(after)));
        QVERIFY(idx.data(Qt::ToolTipRole).toString().contains(QStringLiteral("原值")));
    }
}

void TestTableModels::editRefusesText()
{
    auto review = fixture::makeReview();
    SectionTableModel model(review.get(), TableSection::Apply);
    const QModelIndex idx = model.indexOfCell(fixture::cellIndex(QStringLiteral("apply.new.natural")));
    QVERIFY(!model.setData(idx, QStringLiteral("三件")));
    QVERIFY(model.lastError().contains(QStringLiteral("不是数字")));
    QCOMPARE(review->record().value(u"apply.new.natural"), std::optional<double>(3));
    QVERIFY(review->record().corrections.isEmpty());
    // Full-width digits are read; an empty input clears the cell (it becomes missing).
    QVERIFY(model.setData(idx, QStringLiteral("５")));
    QCOMPARE(review->record().value(u"apply.new.natural"), std::optional<double>(5));
    QVERIFY(model.setData(idx, QString()));
    QCOMPARE(review->record().value(u"apply.new.natural"), std::nullopt);
    // A header is not editable.
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("1")));
}

void TestTableModels::findingsModel()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Finding> findings = {
        {FindingKind::Violation, QStringLiteral("apply.balance"),
         {QStringLiteral("apply.new.total"), QStringLiteral("apply.total.total")}, {}, QStringLiteral("一 + 二 ≠ 总计 + 四")},
        {FindingKind::Missing, QStringLiteral("blank"), {fixture::blankCell}, {}, QStringLiteral("空白")},
        {FindingKind::Missing, QStringLiteral("blank"), {QStringLiteral("apply.new.other")}, {}, QStringLiteral("空白")},
        {FindingKind::Warning, QStringLiteral("text.applications"), {QStringLiteral("apply.new.total")}, {},
         QStringLiteral("正文与表格不符")},
    };
    model.setFindings(findings, FormatVersion::V2021);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(FindingsModel::ColumnCount));
    QCOMPARE(model.count(FindingKind::Violation), 1);
    QCOMPARE(model.count(FindingKind::Missing), 2);
    QCOMPARE(model.count(FindingKind::Warning), 1);
    QCOMPARE(model.summary(), QStringLiteral("违反勾稽关系 1 · 缺失 2 · 提示 1"));
    QCOMPARE(model.index(0, FindingsModel::KindColumn).data().toString(), QStringLiteral("违反勾稽关系"));
    QCOMPARE(model.index(0, FindingsModel::MessageColumn).data().toString(), findings.at(0).message);
    QVERIFY(model.index(0, FindingsModel::CellsColumn).data().toString().contains(QStringLiteral("总计")));
    QCOMPARE(model.index(1, 0).data(FindingsModel::CellIdsRole).toStringList(), QStringList{fixture::blankCell});
    QVERIFY(!model.findingAt(4));
    QVERIFY(!model.findingAt(-1));
    model.setFindings({}, FormatVersion::V2021);
    QCOMPARE(model.rowCount(), 0);
}

void TestTableModels::correctionsModelFollowsEdits()
{
    auto review = fixture::makeReview();
    CorrectionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReview(review.get());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(review->setCellValue(QStringLiteral("apply.new.natural"), 4, QStringLiteral("核对原件")).ok());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, CorrectionsModel::FromColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(model.index(0, CorrectionsModel::ToColumn).data().toString(), QStringLiteral("4"));
    QCOMPARE(model.index(0, CorrectionsModel::NoteColumn).data().toString(), QStringLiteral("核对原件"));
    QVERIFY(model.index(0, CorrectionsModel::CellColumn).data().toString().contains(QStringLiteral("自然人")));
    QVERIFY(!model.index(0, CorrectionsModel::TimeColumn).data().toString().isEmpty());
    QCOMPARE(review->fillBlanks(TableSection::Apply), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, CorrectionsModel::FromColumn).data().toString(), QStringLiteral("空"));
    review->undoStack()->undo();
    review->undoStack()->undo();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestTableModels)
#include "tst_tablemodels.moc"
