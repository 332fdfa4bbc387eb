// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The figures the comparison's charts draw, one value per category and year, taken from the two
// records: applications received by applicant type, outcomes by kind, 行政复议 and 行政诉讼 results.
// Both formats give the same categories (the 2019 （六）其他处理 row against the sum of the
// 2021 （六） rows); 行政诉讼 sums 未经复议直接起诉 and 复议后起诉. A cell without a value counts 0
// and is reported in `missing`.
#include "core/compare/Compare.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace nianbao::ui {

struct ChartData
{
    QString key;             // "applicants", "outcomes", "review", "litigation"
    QString title;           // Chinese
    QStringList categories;  // Chinese labels
    QList<double> older;     // one per category
    QList<double> newer;
    QStringList missing;     // "2023 年·自然人": the values drawn as 0 for want of a number
};

QList<ChartData> comparisonCharts(const Comparison &comparison);

} // namespace nianbao::ui
