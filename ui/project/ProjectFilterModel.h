// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The project panel's order and selection of reports: sorted by any column (ties by agency, year
// and file, so the order is always the same), optionally with the reports that have problems
// first whatever the column, filtered (全部 / 有问题 / 未审 / 退回整改) and searched by agency (or
// file name). Next / previous report follow this order.
#include <QSortFilterProxyModel>

namespace nianbao::ui {

class ProjectFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Filter { All, Problems, Unreviewed, Returned };

    explicit ProjectFilterModel(QObject *parent = nullptr);

    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    // Reports whose agency or file name contains the text (case-insensitive); empty: all.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Reports with problems (violations, missing cells, unreadable) before the others.
    void setProblemsFirst(bool first);
    bool problemsFirst() const { return m_problemsFirst; }

    // The row (in this model) of the report after / before `id` in the current order; the first /
    // last when `id` is not shown; -1 at the end / start.
    int nextRow(qint64 id, int step) const;
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Filter m_filter = Filter::All;
    QString m_search;
    bool m_problemsFirst = false;
};

} // namespace nianbao::ui
