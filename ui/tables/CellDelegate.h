// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Edits a value cell in place: Enter commits, Esc cancels; input that does not fit the cell
// (letters, a negative count, a fraction for a count) is refused with a message shown right
// under the cell, and the editor stays open so the reviewer can fix it. A value accepted with
// Enter says so (enterCommitted), so the table can move on to the next cell to fill.
// A cell whose run of digits the report left unsettled opens a pick list instead (object name
// "readingPicker"): key 1, 2, 3 … takes that split for the whole row (one undoable correction),
// 0 (or its last entry) opens the number editor to type another value.
#include "ui/tables/FramedSelectionDelegate.h"

#include <QPersistentModelIndex>

class QLabel;
class QLineEdit;
class QListWidget;

namespace nianbao::ui {

class CellDelegate final : public FramedSelectionDelegate
{
    Q_OBJECT
public:
    explicit CellDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    // The label showing the last refusal (object name "cellInputError"), null before any.
    QLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    void inputRefused(const QString &message);
    // A value typed in this cell was accepted with Enter.
    void enterCommitted(const QModelIndex &index);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    QString refusal(QLineEdit *editor) const;
    bool pickerKey(QListWidget *picker, int key);
    void showError(QWidget *editor, const QString &message) const;
    void hideError() const;

    mutable QLabel *m_error = nullptr;
    mutable QPersistentModelIndex m_typeInstead; // the picker asked for the number editor here
};

} // namespace nianbao::ui
