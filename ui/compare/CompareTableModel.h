// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One table (section 二, 三 or 四) of a comparison as a list of aligned rows: the item, the older
// and the newer year's value, the change and its percentage, and a note. Big changes are marked,
// rows that are not comparable are greyed with the reason. The two value columns are editable
// when the row stands for one cell of that report: the edit goes to that report's review.
#include "ui/compare/CompareSession.h"
#include "ui/tables/CellStyle.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace nianbao::ui {

class CompareTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ItemColumn, OldColumn, NewColumn, ChangeColumn, PercentColumn, NoteColumn, ColumnCount };
    enum Role {
        ComparableRole = Qt::UserRole + 1, // bool
        BigChangeRole,                     // bool
        CrossFindingRole,                  // bool: the cell is named by a cross-year finding
        CellIdsRole,                       // QStringList: the ids this item stands for (old or new column)
        ValueRole,                         // double or invalid: the raw number of the column
    };

    CompareTableModel(CompareSession *session, TableSection section, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    TableSection section() const { return m_section; }
    // The comparison row shown at a model row (null when out of range).
    const ComparisonRow *rowAt(int row) const;
    // The model index of a cell of one report (its value column), invalid when not in this table.
    QModelIndex indexOfCell(Side side, QStringView cellId) const;
    // Why the last setData was refused (empty when it was accepted).
    const QString &lastError() const { return m_lastError; }
    void setPendingNote(const QString &note) { m_note = note; }

    static Side sideOf(int column) { return column == OldColumn ? Side::Older : Side::Newer; }

Q_SIGNALS:
    void inputRefused(const QString &message);

private:
    void reload();
    QVariant valueData(const ComparisonRow &row, Side side, int role) const;
    QVariant displayData(const ComparisonRow &row, int rowIndex, int column) const;
    QString toolTip(const ComparisonRow &row, int column) const;
    bool inCrossFinding(const ComparisonRow &row, Side side) const;
    QString formatNumber(const ComparisonRow &row, double v, bool sign) const;

    QPointer<CompareSession> m_session;
    TableSection m_section;
    QList<int> m_rows; // indexes into comparison().rows of this table
    CellStates m_states[2];
    QString m_note;
    QString m_lastError;
};

// The colours of the comparison (also shown in its legend).
QColor compareBigChangeBackground();
QColor compareCrossFindingBackground();
QColor compareNotComparableBackground();

} // namespace nianbao::ui
