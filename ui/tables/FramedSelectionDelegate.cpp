// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tables/FramedSelectionDelegate.h"

#include <QAbstractItemView>
#include <QPainter>

namespace nianbao::ui {

FramedSelectionDelegate::FramedSelectionDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QColor FramedSelectionDelegate::frameColor()
{
    return QColor(0x1d, 0x4e, 0xd8);
}

void FramedSelectionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    QStyleOptionViewItem plain(option);
    plain.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
    QStyledItemDelegate::paint(painter, plain, index);
    if (!selected)
        return;
    // The current item of a focused view gets the thicker frame (where typing goes).
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const bool current = view && view->currentIndex() == index;
    const int w = current ? currentFrameWidth : frameWidth;
    painter->save();
    QPen pen(frameColor(), w);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const qreal inset = w / 2.0;
    painter->drawRect(QRectF(option.rect).adjusted(inset, inset, -inset, -inset));
    painter->restore();
}

} // namespace nianbao::ui
