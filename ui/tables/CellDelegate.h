#pragma once
// Edits a value cell in place: Enter commits, Esc cancels; input that does not fit the cell
// (letters, a negative count, a fraction for a count) is refused with a message shown right
// under the cell, and the editor stays open so the reviewer can fix it. A value accepted with
// Enter says so (enterCommitted), so the table can move on to the next cell to fill.
#include "ui/tables/FramedSelectionDelegate.h"

class QLabel;
class QLineEdit;

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
    void showError(QWidget *editor, const QString &message) const;
    void hideError() const;

    mutable QLabel *m_error = nullptr;
};

} // namespace nianbao::ui
