// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The rows of the season's views (issue 11) as a table: an agency in a year with its review
// status, its findings counted (违反勾稽关系 / 缺失 / 推断) and the key totals of the summary
// workbook's 汇总, after the reviewer's corrections. The overview leads with the agency, an
// agency's years with the year. A value the report does not give is shown open ("—"), never 0;
// a row without a report (the agency has none that year) shows no figures at all. Sorted through
// a QSortFilterProxyModel on SortRole: numbers as numbers, open below every number.
#include "core/project/Season.h"

#include <QAbstractTableModel>

namespace nianbao::ui {

class SeasonTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Lead { Agency, Year };
    enum Column { LeadColumn, StatusColumn, ViolationsColumn, MissingColumn, InferredColumn, FirstTotalColumn };
    enum Role {
        SortRole = Qt::UserRole + 1,
        ReportIdRole, // qint64, 0 without a report
        PathRole,     // the report's file
        OpenRole,     // bool: the cell is an open value (no number)
    };

    explicit SeasonTableModel(Lead lead, QObject *parent = nullptr);

    // The rows in their given order (which SortRole keeps for the agency: the groups' order, by
    // the Chinese collation). Files are shown relative to `baseDir` (the project's folder).
    void setRows(const QList<SeasonRow> &rows, const QString &baseDir = {});
    const QList<SeasonRow> &rows() const { return m_rows; }
    const SeasonRow *rowAt(int row) const;
    Lead lead() const { return m_lead; }

    // Key total i's label in the interface's language (the workbook keeps the Chinese).
    static QString totalLabel(int i);

    int totalCount() const { return int(m_totalLabels.size()); }
    int totalColumn(int i) const { return FirstTotalColumn + i; }
    int fileColumn() const { return FirstTotalColumn + totalCount(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QVariant displayData(const SeasonRow &row, int column) const;
    QVariant sortData(const SeasonRow &row, int rowIndex, int column) const;
    QVariant toolTip(const SeasonRow &row, int column) const;
    // The number of a figure column (counts and totals), nullopt when open or without figures.
    std::optional<double> figure(const SeasonRow &row, int column) const;
    bool isFigureColumn(int column) const;

    Lead m_lead;
    QStringList m_totalLabels;
    QList<SeasonRow> m_rows;
    QString m_baseDir;
};

} // namespace nianbao::ui
