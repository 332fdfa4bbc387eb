// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How Nianbao writes a number, everywhere: in the findings, the tables of the window and of the
// comparison, the audit trail, the json, csv and xlsx. One home, so a value reads the same in a
// message and in the cell it names.
#include "core/schema/CellSchema.h"

#include <QString>

namespace nianbao {

// 3, 40.51, -2: integers without ".0", decimals in their shortest form to fifteen significant
// digits (lossless for any number read or typed; 40.51 - 30.2 reads 10.31), never an exponent;
// "0" for -0; "非数字" when not finite.
QString formatValue(double value);

// A cell's value as the tables show it (the window, the comparison, the audit trail): an amount
// (万元) to at most four decimals (one 元), the rest as formatValue(value); "+" before a positive
// 本年增/减, and before any positive value when `plus` (a change between two years).
QString formatValue(double value, ValueKind kind, bool plus = false);

} // namespace nianbao
