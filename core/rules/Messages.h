// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The words of the findings: short Chinese labels of the cells, derived once per format from the
// schema (CellSpec row/column); numbers are written by formatValue (core/schema/ValueFormat.h).
#include "core/schema/CellSchema.h"
#include "core/schema/ValueFormat.h"

#include <QString>
#include <QStringList>

namespace nianbao {

// Short readable labels: row "不予公开·属于国家秘密", column "自然人", cell "不予公开·属于国家秘密·自然人".
QString shortRowLabel(const CellSpec &spec);
QString shortColumnLabel(const CellSpec &spec);
// The cell labels of one format, indexed like Schema::cells(); computed once.
const QStringList &cellLabels(FormatVersion format);

// Section keys of ReportFacts::sectionsFound in report order, and their Chinese titles.
const QStringList &sectionKeys(); // overview active apply review problems other
QString sectionTitle(QStringView key); // "overview" -> "一、总体情况"

// The group name of a result row of section 三: "apply.denied.query" -> "不予公开".
QString applyGroupLabel(QStringView rowKey);

} // namespace nianbao
