// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/Season.h"

#include "core/compare/Series.h"
#include "core/export/ListWorkbook.h"
#include "core/export/SummaryWorkbook.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace nianbao {

QList<int> AgencyGroup::years() const
{
    QList<int> out;
    for (const ProjectReport &r : reports)
        if (r.year > 0 && !out.contains(r.year))
            out.append(r.year);
    std::sort(out.begin(), out.end());
    return out;
}

QList<AgencyGroup> groupByAgency(const QList<ProjectReport> &reports)
{
    QList<AgencyGroup> groups;
    QHash<QString, qsizetype> byKey;
    for (const ProjectReport &r : reports) {
        if (!r.hasRecord)
            continue;
        const QString key = agencyKey(r.agency);
        if (key.isEmpty()) {
            AgencyGroup alone;
            alone.name = r.agency.isEmpty() ? QFileInfo(r.path).fileName() : r.agency;
            alone.reports.append(r);
            groups.append(std::move(alone));
            continue;
        }
        const auto it = byKey.constFind(key);
        if (it == byKey.cend()) {
            byKey.insert(key, groups.size());
            groups.append(AgencyGroup{key, {}, {r}});
        } else {
            groups[*it].reports.append(r);
        }
    }
    for (AgencyGroup &g : groups) {
        // Oldest first; the reports came in path order, which stable_sort keeps within a year.
        std::stable_sort(g.reports.begin(), g.reports.end(),
                         [](const ProjectReport &a, const ProjectReport &b) { return a.year < b.year; });
        if (!g.key.isEmpty())
            g.name = g.reports.constLast().agency;
    }
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    collator.setNumericMode(true);
    std::stable_sort(groups.begin(), groups.end(), [&collator](const AgencyGroup &a, const AgencyGroup &b) {
        const int c = collator.compare(a.name, b.name);
        return c != 0 ? c < 0 : a.key < b.key;
    });
    return groups;
}

QList<int> projectYears(const QList<ProjectReport> &reports)
{
    QSet<int> seen;
    for (const ProjectReport &r : reports)
        if (r.hasRecord && r.year > 0)
            seen.insert(r.year);
    QList<int> out(seen.cbegin(), seen.cend());
    std::sort(out.begin(), out.end());
    return out;
}

ReportFigures reportFigures(const Record &record)
{
    ReportFigures f;
    f.totals = SummaryWorkbook::keyTotalValues(record);
    f.violations = int(record.count(FindingKind::Violation));
    f.missing = int(record.count(FindingKind::Missing));
    f.inferred = int(record.inferredCells().size());
    return f;
}

Result<ReportFigures> reportFigures(const Project &project, qint64 reportId)
{
    const auto record = project.correctedRecord(reportId);
    if (!record)
        return Result<ReportFigures>::failure(record.error());
    return reportFigures(*record);
}

QStringList keyTotalLabels()
{
    QStringList out;
    for (const SummaryWorkbook::KeyTotal &t : SummaryWorkbook::keyTotals())
        out.append(t.label);
    return out;
}

static SeasonRow rowOf(const Project &project, const AgencyGroup &group, const ProjectReport &report)
{
    SeasonRow row;
    row.agency = group.name;
    row.agencyKey = group.key;
    row.year = report.year;
    row.report = report;
    auto figures = reportFigures(project, report.id);
    if (figures)
        row.figures = std::move(*figures);
    else
        row.error = figures.error();
    return row;
}

QList<SeasonRow> overviewOfYear(const Project &project, const QList<AgencyGroup> &groups, int year)
{
    QList<SeasonRow> rows;
    for (const AgencyGroup &g : groups) {
        bool any = false;
        for (const ProjectReport &r : g.reports)
            if (r.year == year) {
                rows.append(rowOf(project, g, r));
                any = true;
            }
        if (!any) {
            SeasonRow none;
            none.agency = g.name;
            none.agencyKey = g.key;
            none.year = year;
            rows.append(std::move(none));
        }
    }
    return rows;
}

QList<SeasonRow> agencyYears(const Project &project, const AgencyGroup &group)
{
    QList<SeasonRow> rows;
    for (const ProjectReport &r : group.reports)
        rows.append(rowOf(project, group, r));
    return rows;
}

Status writeSeasonWorkbook(const QString &path, const QString &sheet, const QList<SeasonRow> &rows)
{
    ListTable table;
    table.sheet = sheet;
    table.labels = QStringList{u"机关"_s, u"年度"_s, u"状态"_s, u"违反勾稽关系"_s, u"缺失"_s, u"推断"_s}
                   + keyTotalLabels() + QStringList{u"文件"_s};
    table.widths = {30, 8, 10, 12, 8, 8};
    for (qsizetype i = 0; i < SummaryWorkbook::keyTotals().size(); ++i)
        table.widths.append(12);
    table.widths.append(50);
    const auto number = [](int n) { return ListCell(double(n)); };
    for (const SeasonRow &r : rows) {
        QList<ListCell> cells;
        cells << ListCell(r.agency) << (r.year > 0 ? ListCell(double(r.year)) : ListCell());
        cells << ListCell(r.report ? reviewStatusLabel(r.report->status.status) : u"无本年度报告"_s);
        if (r.figures)
            cells << number(r.figures->violations) << number(r.figures->missing) << number(r.figures->inferred);
        else
            cells << ListCell() << ListCell() << ListCell();
        for (qsizetype i = 0; i < SummaryWorkbook::keyTotals().size(); ++i) {
            const std::optional<double> v = r.figures ? r.figures->totals.value(i) : std::nullopt;
            cells << (v ? ListCell(*v) : ListCell());
        }
        cells << ListCell(r.report ? QDir::toNativeSeparators(r.report->path) : QString());
        table.rows.append(std::move(cells));
    }
    return writeListWorkbook(path, table);
}

} // namespace nianbao
