// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Draws a selected item with its own background (the cell's state colour) and a frame around it,
// instead of the platform's selection colour, which would hide the state. Used by every table
// whose cells are coloured by state (the review window's tables, the comparison's).
#include <QColor>
#include <QStyledItemDelegate>

namespace nianbao::ui {

class FramedSelectionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit FramedSelectionDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The frame of a selected item; the current item gets a thicker one.
    static QColor frameColor();
    static constexpr int frameWidth = 2;
    static constexpr int currentFrameWidth = 3;
};

} // namespace nianbao::ui
