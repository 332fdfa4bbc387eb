// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One of the three tables of a review (section 二, 三 or 四), laid out as printed: headers and
// row labels are read-only items, each canonical cell is an editable item coloured by its state.
// Editing goes through Review::setCellValue (validated, undoable, re-checked).
#include "ui/tables/CellStyle.h"
#include "core/schema/TableLayout.h"

#include <QAbstractTableModel>
#include <QPointer>
#include "core/review/Review.h"
#include <optional>

namespace nianbao::ui {

class SectionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        CellIndexRole = Qt::UserRole + 1, // int, -1 for headers and labels
        CellIdRole,                       // QString
        CellStateRole,                    // int (CellState)
        HeaderItemRole,                   // bool: a column header
        // QStringList: the readings of a run of digits the report left unsettled ("12|5|17", the
        // row's cells in order), offered as a pick list; empty for every other cell.
        ReadingsRole,
    };

    SectionTableModel(Review *review, TableSection section, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    const TableLayout &layout() const { return m_layout; }
    TableSection section() const { return m_layout.section(); }
    Review *review() const { return m_review; }
    QModelIndex indexOfCell(int cellIndex) const;
    int cellIndexAt(const QModelIndex &index) const;

    // Reads what the reviewer typed for a cell: empty clears it, otherwise a number that fits the
    // cell. Returns the message to show when it does not.
    // What setData would make of `text` at `index` (core's parseCellInput): the value, or why not.
    Result<std::optional<double>> parseInput(const QModelIndex &index, const QString &text) const;

    // Picks reading `k` of the cell's unsettled run: every cell of the run gets its value, one
    // undoable step recorded as corrections. False (lastError says why) when there is none.
    bool pickReading(const QModelIndex &index, int k);

    // The note attached to the next corrections (from the audit panel).
    void setPendingNote(const QString &note) { m_note = note; }
    // Why the last setData was refused (empty when it was accepted).
    const QString &lastError() const { return m_lastError; }

private:
    void refresh(const QStringList &changedIds);
    QString displayText(int cellIndex) const;
    QString toolTip(int cellIndex) const;
    QList<int> unsettledRun(int cellIndex) const; // the cells sharing the cell's unsettled run
    QStringList readings(int cellIndex) const;

    QPointer<Review> m_review;
    TableLayout m_layout;
    CellStates m_states;
    QString m_note;
    QString m_lastError;
};

} // namespace nianbao::ui
