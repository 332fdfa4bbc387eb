// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every report of a season's project as one row of a table (the project panel): agency, year,
// format, review status, the findings counted by kind, the inferred cells and the corrections.
// Filled from Project::reports() (the database's columns, no record is decompressed) and
// refreshed in place while a scan adds reports: rows are matched by the report's id, so the
// selection and the views' order survive a refresh. Sorting, filtering and the search are the
// proxy's (ProjectFilterModel).
#include "core/project/Project.h"

#include <QAbstractTableModel>
#include <QHash>

namespace nianbao::ui {

class ProjectListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        AgencyColumn,
        YearColumn,
        FormatColumn,
        StatusColumn,
        ViolationsColumn,
        MissingColumn,
        InferredColumn,
        CorrectionsColumn,
        FileColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        SortRole,                  // numbers as numbers, texts as texts
        StatusRole,                // int(ReviewStatus)
        HasProblemsRole,           // bool: violations, missing cells, or the report could not be read
        PathRole,
    };

    explicit ProjectListModel(QObject *parent = nullptr);

    // Takes the project's reports: rows of known ids are updated, new ids appended (a full reset
    // only when a report went away from the list).
    void setReports(const QList<ProjectReport> &reports);
    // One report changed (a status, a correction).
    void updateReport(const ProjectReport &report);
    // A review's own counts for a report (its corrections applied and checked again): shown
    // instead of the extracted record's (the project's columns) from now on.
    void setLiveCounts(qint64 id, int violations, int missing, int inferred, int corrections);
    void clear();

    const ProjectReport *reportAt(int row) const;
    const ProjectReport *reportById(qint64 id) const;
    int rowOf(qint64 id) const;
    static bool hasProblems(const ProjectReport &r);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    struct Counts
    {
        int violations = 0, missing = 0, inferred = 0, corrections = 0;
    };
    void applyLive(ProjectReport &r) const;

    QList<ProjectReport> m_reports;
    QHash<qint64, Counts> m_live;
    QHash<qint64, int> m_rows; // id -> row
};

// A status in the window's language (core's reviewStatusLabel is the Chinese the project keeps).
QString reviewStatusLabelTr(ReviewStatus s);

} // namespace nianbao::ui
