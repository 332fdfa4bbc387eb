// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tables/CellDelegate.h"

#include "ui/tables/SectionTableModel.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>

namespace nianbao::ui {

CellDelegate::CellDelegate(QObject *parent)
    : FramedSelectionDelegate(parent)
{
}

QWidget *CellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const QStringList readings = index.data(SectionTableModel::ReadingsRole).toStringList();
    const bool typeInstead = m_typeInstead.isValid() && m_typeInstead == index;
    m_typeInstead = QPersistentModelIndex();
    if (!readings.isEmpty() && !typeInstead) {
        auto *picker = new QListWidget(parent);
        picker->setObjectName(QStringLiteral("readingPicker"));
        for (qsizetype k = 0; k < readings.size(); ++k)
            picker->addItem(k < 9 ? QStringLiteral("%1  %2").arg(k + 1).arg(readings.at(k)) : readings.at(k));
        picker->addItem(tr("0  输入其他数值…"));
        picker->setProperty("modelIndex", QVariant::fromValue(QPersistentModelIndex(index)));
        picker->installEventFilter(const_cast<CellDelegate *>(this));
        auto *self = const_cast<CellDelegate *>(this);
        connect(picker, &QListWidget::itemActivated, self, [self, picker] { self->pickerKey(picker, Qt::Key_Return); });
        hideError();
        return picker;
    }
    auto *edit = new QLineEdit(parent);
    edit->setAlignment(Qt::AlignCenter);
    edit->setFrame(false);
    edit->setProperty("modelIndex", QVariant::fromValue(QPersistentModelIndex(index)));
    edit->installEventFilter(const_cast<CellDelegate *>(this));
    hideError();
    return edit;
}

void CellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *picker = qobject_cast<QListWidget *>(editor)) {
        picker->setCurrentRow(0);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(index.data(Qt::EditRole).toString());
        edit->selectAll();
    }
}

void CellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *picker = qobject_cast<QListWidget *>(editor)) {
        auto *table = qobject_cast<SectionTableModel *>(model);
        const int row = picker->currentRow();
        if (table && row >= 0 && row < picker->count() - 1 && !table->pickReading(index, row))
            Q_EMIT const_cast<CellDelegate *>(this)->inputRefused(table->lastError());
        return;
    }
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit || !model)
        return;
    if (!model->setData(index, edit->text(), Qt::EditRole)) {
        const auto *table = qobject_cast<const SectionTableModel *>(model);
        const QString message = table ? table->lastError() : QString();
        if (!message.isEmpty()) {
            showError(editor, message);
            Q_EMIT const_cast<CellDelegate *>(this)->inputRefused(message);
        }
        return;
    }
    hideError();
}

QString CellDelegate::refusal(QLineEdit *editor) const
{
    const auto index = editor->property("modelIndex").value<QPersistentModelIndex>();
    const auto *model = qobject_cast<const SectionTableModel *>(index.model());
    if (!model)
        return {};
    const auto parsed = model->parseInput(index, editor->text());
    return parsed ? QString() : parsed.error();
}

// A key in the pick list: 1–9 takes that reading, 0 or the last entry opens the number editor,
// Enter takes the current entry. True when the key was used.
bool CellDelegate::pickerKey(QListWidget *picker, int key)
{
    const int readings = picker->count() - 1;
    int row = -1;
    if (key >= Qt::Key_1 && key <= Qt::Key_9)
        row = key - Qt::Key_1;
    else if (key == Qt::Key_0)
        row = readings;
    else if (key == Qt::Key_Return || key == Qt::Key_Enter)
        row = picker->currentRow();
    if (row < 0 || row > readings)
        return false;
    picker->setCurrentRow(row);
    if (row == readings) { // type a number instead
        const auto index = picker->property("modelIndex").value<QPersistentModelIndex>();
        auto *view = qobject_cast<QAbstractItemView *>(picker->parentWidget() ? picker->parentWidget()->parentWidget() : nullptr);
        Q_EMIT closeEditor(picker, QAbstractItemDelegate::NoHint);
        if (view && index.isValid()) {
            m_typeInstead = index;
            QTimer::singleShot(0, view, [view, index] { view->edit(index); });
        }
        return true;
    }
    Q_EMIT commitData(picker);
    Q_EMIT closeEditor(picker, QAbstractItemDelegate::NoHint);
    return true;
}

bool CellDelegate::eventFilter(QObject *object, QEvent *event)
{
    if (auto *picker = qobject_cast<QListWidget *>(object)) {
        if (event->type() == QEvent::KeyPress && pickerKey(picker, static_cast<QKeyEvent *>(event)->key()))
            return true;
        return QStyledItemDelegate::eventFilter(object, event);
    }
    auto *edit = qobject_cast<QLineEdit *>(object);
    if (!edit)
        return QStyledItemDelegate::eventFilter(object, event);
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab) {
            const QString message = refusal(edit);
            if (!message.isEmpty()) { // keep the editor open with the message under it
                showError(edit, message);
                Q_EMIT inputRefused(message);
                return true;
            }
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                const auto index = edit->property("modelIndex").value<QPersistentModelIndex>();
                const bool handled = QStyledItemDelegate::eventFilter(object, event); // commits, closes
                const auto *model = qobject_cast<const SectionTableModel *>(index.model());
                if (index.isValid() && model && model->lastError().isEmpty())
                    Q_EMIT enterCommitted(index);
                return handled;
            }
        } else if (key == Qt::Key_Escape) {
            hideError();
        }
    } else if (event->type() == QEvent::FocusOut && !refusal(edit).isEmpty()) {
        // Leaving a refused value: nothing is written, the cell keeps its value; the message
        // stays a moment so the reviewer sees why.
        Q_EMIT closeEditor(edit, QAbstractItemDelegate::RevertModelCache);
        if (m_error)
            QTimer::singleShot(4000, m_error, &QWidget::hide);
        return true;
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

void CellDelegate::showError(QWidget *editor, const QString &message) const
{
    QWidget *host = editor->parentWidget();
    if (!host)
        return;
    if (!m_error || m_error->parentWidget() != host) {
        delete m_error;
        m_error = new QLabel(host);
        m_error->setObjectName(QStringLiteral("cellInputError"));
        m_error->setWordWrap(true);
        m_error->setStyleSheet(QStringLiteral(
            "QLabel { background: #fff1f0; color: #a40e0e; border: 1px solid #e05252; padding: 3px 6px; }"));
    }
    m_error->setText(message);
    m_error->setMaximumWidth(qMax(240, host->width() / 2));
    m_error->adjustSize();
    QPoint pos = editor->geometry().bottomLeft() + QPoint(0, 2);
    if (pos.y() + m_error->height() > host->height())
        pos.setY(editor->geometry().top() - m_error->height() - 2);
    pos.setX(qBound(0, pos.x(), qMax(0, host->width() - m_error->width())));
    m_error->move(pos);
    m_error->show();
    m_error->raise();
}

void CellDelegate::hideError() const
{
    if (m_error)
        m_error->hide();
}

} // namespace nianbao::ui
