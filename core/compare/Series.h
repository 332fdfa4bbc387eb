// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Series (issue 10): among the reports of one run, the same agency in consecutive years. The
// cross-year checks of Compare.h run between each report and its previous year by themselves,
// and their findings go with the newer report.
//
// A run may hold thousands of reports, so what is kept of each is a slice: the agency, the year,
// the format and the few cells the cross-year checks read (section 二 and the 上年结转 /
// 结转下年度 rows), not the record.
#include "core/record/Record.h"

#include <QList>
#include <QString>

namespace nianbao {

struct SeriesSlice
{
    QString agency;      // as the report gives it
    QString agencyKey;   // labelKey(agency); empty when the name cannot tell the agency apart
    int year = 0;
    FormatVersion format = FormatVersion::V2021;
    QList<double> values; // the cells the cross-year checks read, as seriesCells() lists them; NaN: missing
};

// The key under which reports of one agency are matched across years: labelKey(agency) (spaces,
// width and punctuation do not matter), or empty when the name cannot tell the agency apart
// (agencyLacksPlaceName: "区司法局" is every 区司法局). The season's series, `compare` with folders
// and the project's views by agency (core/project/Season.h) all group by it.
QString agencyKey(const QString &agency);

// The cells the cross-year checks read (CrossYearRules.cpp): 上年结转 and 结转下年度 by column,
// and 现行有效件数, 制发, 废止 of 规章 and 行政规范性文件; and those settleWithPreviousYear reads
// of the year before (2019: 上一年项目数量, 本年增/减), so that a slice can stand for that year.
const QStringList &seriesCells();

// The slice of a checked record (its values after the reviewer's corrections).
SeriesSlice seriesSlice(const Record &record);

// A record holding only the slice's values (every other cell not found), for crossYearFindings.
Record seriesRecord(const SeriesSlice &slice);

// For each slice, the index of its previous year (same agency key, year − 1) in `slices`, or −1.
// When a previous year is there twice (a copy, a draft and its final), the first in the list is
// taken. Slices without a year or an agency key have none and are nobody's previous year.
QList<qsizetype> previousYears(const QList<SeriesSlice> &slices);

// The cross-year findings of `newer` against `older` (crossYearFindings on the slices).
QList<Finding> seriesFindings(const SeriesSlice &older, const SeriesSlice &newer);

} // namespace nianbao
