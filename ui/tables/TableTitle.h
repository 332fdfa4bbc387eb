// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's names of the three tables, translated, and the translated text of a layout item.
#include "core/schema/CellSchema.h"

#include <QString>

namespace nianbao::ui {

// Short name of a table for tabs and menus: 二、主动公开 / 三、依申请公开 / 四、复议诉讼.
QString tableTitle(TableSection section);

// A header or row label of core/schema/TableLayout as the window shows it: its fixed texts
// translated, the schema's labels as printed.
QString layoutText(const QString &source);

} // namespace nianbao::ui
