// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The reviewer's audit trail: every correction with the cell, the value the report printed (or
// the one before), the new value, when, and the note. Read from the review after each change.
#include "core/record/Record.h"

#include <QAbstractTableModel>
#include <QPointer>
#include "core/review/Review.h"

namespace nianbao::ui {

class CorrectionsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, CellColumn, FromColumn, ToColumn, NoteColumn, ColumnCount };
    enum Role { CellIdRole = Qt::UserRole + 1 };

    explicit CorrectionsModel(QObject *parent = nullptr);
    void setReview(Review *review);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The note is the one thing of a correction the reviewer may rewrite (undoable, in the review).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void retranslate();

private:
    void reload();

    QPointer<Review> m_review;
    QList<Correction> m_corrections;
    FormatVersion m_format = FormatVersion::V2021;
};

} // namespace nianbao::ui
