// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The season by agency and by year (issue 11): a project's reports grouped by agency the way the
// season's cross-year checks match them (core/compare/Series.h agencyKey: spaces, width and
// punctuation in the name do not matter), and what the views show of each report — the key
// totals of the summary workbook's 汇总 and the findings counted, of the record with the
// reviewer's corrections. An open value stays open (nullopt), never 0.
#include "core/project/Project.h"

#include <QList>
#include <QString>
#include <optional>

namespace nianbao {

// One agency's reports across the years.
struct AgencyGroup
{
    QString key;                  // agencyKey(); empty: a report whose name cannot tell its agency apart (alone)
    QString name;                 // as its newest report gives it
    QList<ProjectReport> reports; // by year, oldest first; a year given twice in path order
    QList<int> years() const;     // distinct, ascending (0, unknown, left out)
};

// The reports with a record grouped by agency, ordered by name (a report whose name lacks its
// place, "区司法局", is a group of its own). Reports that could not be read are left out.
QList<AgencyGroup> groupByAgency(const QList<ProjectReport> &reports);

// The years of the reports with a record, ascending, each once.
QList<int> projectYears(const QList<ProjectReport> &reports);

// What the season's views show of one report.
struct ReportFigures
{
    QList<std::optional<double>> totals; // SummaryWorkbook::keyTotals() order; nullopt: open
    int violations = 0, missing = 0, inferred = 0;
};
ReportFigures reportFigures(const Record &record);
// Of the report's record with the reviewer's corrections and decisions (Project::correctedRecord).
Result<ReportFigures> reportFigures(const Project &project, qint64 reportId);

// The key totals' labels (the 汇总 columns after the counts).
QStringList keyTotalLabels();

// One row of a season view: an agency in a year.
struct SeasonRow
{
    QString agency;                       // the group's name
    QString agencyKey;
    int year = 0;
    std::optional<ProjectReport> report;  // none: the agency has no report that year
    std::optional<ReportFigures> figures; // none: no report, or its record could not be read
    QString error;                        // why the record could not be read
};

// The overview of one year: every agency of the project, one row per report of that year (an
// agency with two reports that year has two rows) and one row without a report for each agency
// that has reports in other years only. In the groups' order.
QList<SeasonRow> overviewOfYear(const Project &project, const QList<AgencyGroup> &groups, int year);

// An agency's years: one row per report of the group, oldest first.
QList<SeasonRow> agencyYears(const Project &project, const AgencyGroup &group);

// Writes rows (in the order given) as a one-sheet workbook: 机关, 年度, 状态, 违反勾稽关系, 缺失,
// 推断, the key totals, 文件; an open value or count is an empty cell. `sheet`: the sheet's name.
Status writeSeasonWorkbook(const QString &path, const QString &sheet, const QList<SeasonRow> &rows);

} // namespace nianbao
