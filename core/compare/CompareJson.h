// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The comparison as JSON (RECORD.md): {"old": record, "new": record, "findings": [...]}, plus the
// aligned "rows" with their values and changes and the "thresholds" used for big changes.
#include "core/compare/Compare.h"

#include <QByteArray>
#include <QJsonObject>

namespace nianbao {

QJsonObject comparisonRowToJson(const ComparisonRow &row);
QJsonObject comparisonToJson(const Comparison &comparison);
// Indented, UTF-8.
QByteArray comparisonToJsonBytes(const Comparison &comparison);

} // namespace nianbao
