// SPDX-License-Identifier: GPL-3.0-or-later
// A run of digits the report left unsettled (tests/data/input/evidence/open_2023.txt: 12517 as
// 行政规范性文件 本年制发/本年废止/现行有效) offered as a pick list in the cell: the model lists the
// readings, editing the cell opens the list, key 1, 2 … takes that split for the whole row as one
// undoable correction in the audit trail; 0 opens the number editor instead.
#include "core/review/Review.h"
#include "ui/tables/CellDelegate.h"
#include "ui/tables/SectionTableModel.h"

#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QtTest>

using namespace nianbao;
using namespace nianbao::ui;
using namespace Qt::StringLiterals;

namespace {

const QStringList kRow = {u"active.normative.issued"_s, u"active.normative.repealed"_s, u"active.normative.in_force"_s};

QList<std::optional<double>> rowValues(const Review &review)
{
    QList<std::optional<double>> out;
    for (const QString &id : kRow)
        out.append(review.record().value(id));
    return out;
}

} // namespace

class TestReadingPicker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        auto opened = Review::open(QFINDTESTDATA("../data/input/evidence/open_2023.txt"));
        QVERIFY2(opened, qPrintable(opened.error()));
        m_review = std::move(*opened);
        m_model = std::make_unique<SectionTableModel>(m_review.get(), TableSection::Active);
        m_view = std::make_unique<QTableView>();
        m_view->setModel(m_model.get());
        m_delegate = new CellDelegate(m_view.get());
        m_view->setItemDelegate(m_delegate);
        m_view->resize(900, 500);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup()
    {
        m_view.reset();
        m_model.reset();
        m_review.reset();
    }

    void modelListsTheReadings()
    {
        const QModelIndex issued = m_model->indexOfCell(m_review->record().schema().indexOf(kRow[0]));
        const QStringList readings = issued.data(SectionTableModel::ReadingsRole).toStringList();
        QCOMPARE(readings.size(), 6);
        QCOMPARE(readings.first(), u"12|5|17"_s);
        QCOMPARE(readings.at(1), u"1|25|17"_s);
        QVERIFY(issued.data(Qt::ToolTipRole).toString().contains(u"12|5|17"_s));
        // A settled cell offers nothing.
        const QModelIndex licensing = m_model->indexOfCell(m_review->record().schema().indexOf(u"active.licensing.decisions"));
        QVERIFY(licensing.data(SectionTableModel::ReadingsRole).toStringList().isEmpty());
        QVERIFY(!m_model->pickReading(licensing, 0));
    }

    void keyPicksAReading_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("cell"); // the cell edited: any cell of the row picks for the row
        QTest::addColumn<QList<std::optional<double>>>("values");
        QTest::newRow("1 on 本年制发") << int(Qt::Key_1) << 0 << QList<std::optional<double>>{12, 5, 17};
        QTest::newRow("2 on 现行有效") << int(Qt::Key_2) << 2 << QList<std::optional<double>>{1, 25, 17};
    }
    void keyPicksAReading()
    {
        QFETCH(int, key);
        QFETCH(int, cell);
        QFETCH(QList<std::optional<double>>, values);
        const QModelIndex index = m_model->indexOfCell(m_review->record().schema().indexOf(kRow[cell]));
        m_view->setCurrentIndex(index);
        m_view->edit(index);
        auto *picker = m_view->findChild<QListWidget *>(u"readingPicker"_s);
        QVERIFY(picker);
        QCOMPARE(picker->count(), 7); // six readings and "type another value"
        QTest::keyClick(picker, Qt::Key(key));
        QCOMPARE(rowValues(*m_review), values);
        // One undoable step, in the audit trail: each cell from null to the picked value.
        QCOMPARE(m_review->record().corrections.size(), 3);
        for (const Correction &c : m_review->record().corrections) {
            QVERIFY(kRow.contains(c.cell));
            QVERIFY(!c.from);
            QVERIFY2(c.note.contains(u"12517"_s), qPrintable(c.note));
        }
        QCOMPARE(m_review->undoStack()->count(), 1);
        m_review->undoStack()->undo();
        QCOMPARE(rowValues(*m_review), (QList<std::optional<double>>{std::nullopt, std::nullopt, std::nullopt}));
        QCOMPARE(m_review->record().cell(kRow[0])->alternatives.size(), 6); // offered again
        m_review->undoStack()->redo();
        QCOMPARE(rowValues(*m_review), values);
    }

    void zeroTypesAnotherValue()
    {
        const QModelIndex index = m_model->indexOfCell(m_review->record().schema().indexOf(kRow[0]));
        m_view->setCurrentIndex(index);
        m_view->edit(index);
        auto *picker = m_view->findChild<QListWidget *>(u"readingPicker"_s);
        QVERIFY(picker);
        QTest::keyClick(picker, Qt::Key_0);
        QTRY_VERIFY(m_view->findChild<QLineEdit *>() != nullptr);
        auto *edit = m_view->findChild<QLineEdit *>();
        QCOMPARE(m_view->indexWidget(index), edit);
        edit->clear();
        edit->insert(u"13"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits through a queued call
        QCOMPARE(m_review->record().value(kRow[0]), std::optional<double>(13));
        QVERIFY(!m_review->record().value(kRow[1])); // only the cell typed into
    }

private:
    std::unique_ptr<Review> m_review;
    std::unique_ptr<SectionTableModel> m_model;
    std::unique_ptr<QTableView> m_view;
    CellDelegate *m_delegate = nullptr;
};

QTEST_MAIN(TestReadingPicker)
#include "tst_readingpicker.moc"
