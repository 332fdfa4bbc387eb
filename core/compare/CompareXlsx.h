// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The comparison as an Excel workbook (libxlsxwriter): a summary sheet with both reports, the two
// years side by side with the changes (big changes and not-comparable rows formatted to stand
// out), and the cross-year findings.
#include "core/compare/Compare.h"
#include "core/util/Result.h"

namespace nianbao {

Status writeComparisonXlsx(const Comparison &comparison, const QString &path);

} // namespace nianbao
