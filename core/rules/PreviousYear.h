// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The agency's previous year settling the runs of digits its report left unsettled (a crawler's
// text, see extract/FlattenedTables.h): cells with no value and their readings in
// CellValue::alternatives. A reading is kept when it fits the year before:
//   2021 format: 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数 (规章, 行政规范性文件);
//   2019 format: 上一年项目数量 = last year's 上一年项目数量 + 本年增/减 (行政许可 … 行政事业性收费).
// Used only when `older` is the year just before `newer` (both years known), in the same format,
// and the cells it needs have values. One reading left: the cells get its values (still inferred,
// raw still the printed run); several: the alternatives shrink to them; none: nothing changes (the
// year before disagrees with every reading; the cross-year checks say so).
#include "core/record/Record.h"

#include <QStringList>

namespace nianbao {

// Returns the ids of the cells it settled. Findings are not recomputed: call the checks after it.
QStringList settleWithPreviousYear(Record &newer, const Record &older);

} // namespace nianbao
