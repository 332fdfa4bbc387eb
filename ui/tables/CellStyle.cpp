// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tables/CellStyle.h"

#include <QCoreApplication>

namespace nianbao::ui {

QString cellStateLabel(CellState state)
{
    switch (state) {
    case CellState::Consistent: return QCoreApplication::translate("CellState", "一致");
    case CellState::Violated: return QCoreApplication::translate("CellState", "违反勾稽关系");
    case CellState::Missing: return QCoreApplication::translate("CellState", "空白或缺失");
    case CellState::Text: return QCoreApplication::translate("CellState", "文字（如“/”）");
    case CellState::Corrected: return QCoreApplication::translate("CellState", "已修改");
    case CellState::Inferred: return QCoreApplication::translate("CellState", "推断，待确认");
    case CellState::Culprit: return QCoreApplication::translate("CellState", "最可能出错（有更正建议）");
    }
    return {};
}

QColor cellStateBackground(CellState state)
{
    switch (state) {
    case CellState::Consistent: return QColor(0xe3, 0xf4, 0xe4);
    case CellState::Violated: return QColor(0xf6, 0xa8, 0xa8);
    case CellState::Missing: return QColor(0xfc, 0xdc, 0x7c);
    case CellState::Text: return QColor(0xdd, 0xdf, 0xe4);
    case CellState::Corrected: return QColor(0xa9, 0xcd, 0xf7);
    case CellState::Inferred: return QColor(0xdc, 0xc6, 0xf5);
    case CellState::Culprit: return QColor(0xd6, 0x3a, 0x3a);
    }
    return {};
}

QColor cellStateMark(CellState state)
{
    switch (state) {
    case CellState::Consistent: return QColor(0xcf, 0xec, 0xd1);
    case CellState::Violated: return QColor(0xf2, 0x7e, 0x7e);
    case CellState::Missing: return QColor(0xfa, 0xc8, 0x4a);
    case CellState::Culprit: return QColor(0xef, 0x5f, 0x5f);
    default: return cellStateBackground(state);
    }
}

QColor cellStateForeground(CellState state)
{
    switch (state) {
    case CellState::Violated: return QColor(0x7a, 0x0b, 0x0b);
    case CellState::Culprit: return QColor(0xff, 0xff, 0xff);
    case CellState::Text: return QColor(0x4b, 0x50, 0x5a);
    default: return QColor(0x11, 0x18, 0x27);
    }
}

} // namespace nianbao::ui
