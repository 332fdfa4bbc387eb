// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the window paints a cell's state (core/record/CellState.h decides the state): the label of
// the legend and the tooltips, the colours of the tables and of the numbers in the report.
#include "core/record/CellState.h"

#include <QColor>
#include <QString>

namespace nianbao::ui {

QString cellStateLabel(CellState state);       // 一致 / 违反勾稽关系 / …
QColor cellStateBackground(CellState state);   // for the tables
QColor cellStateMark(CellState state);         // for the numbers in the report (lighter)
QColor cellStateForeground(CellState state);

} // namespace nianbao::ui
