// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/project/ProjectFilterModel.h"

#include "ui/project/ProjectListModel.h"

namespace nianbao::ui {

ProjectFilterModel::ProjectFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProjectListModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void ProjectFilterModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
}

void ProjectFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

void ProjectFilterModel::setProblemsFirst(bool first)
{
    if (first == m_problemsFirst)
        return;
    m_problemsFirst = first;
    invalidate(); // the order changes
    if (sortColumn() < 0)
        sort(ProjectListModel::AgencyColumn, Qt::AscendingOrder);
}

bool ProjectFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex agency = sourceModel()->index(sourceRow, ProjectListModel::AgencyColumn, sourceParent);
    switch (m_filter) {
    case Filter::All: break;
    case Filter::Problems:
        if (!agency.data(ProjectListModel::HasProblemsRole).toBool())
            return false;
        break;
    case Filter::Unreviewed:
        if (agency.data(ProjectListModel::StatusRole).toInt() != int(ReviewStatus::Unreviewed))
            return false;
        break;
    case Filter::Returned:
        if (agency.data(ProjectListModel::StatusRole).toInt() != int(ReviewStatus::Returned))
            return false;
        break;
    }
    if (m_search.isEmpty())
        return true;
    if (agency.data(ProjectListModel::SortRole).toString().contains(m_search, Qt::CaseInsensitive))
        return true;
    const QModelIndex file = sourceModel()->index(sourceRow, ProjectListModel::FileColumn, sourceParent);
    return file.data(ProjectListModel::SortRole).toString().contains(m_search, Qt::CaseInsensitive);
}

bool ProjectFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QAbstractItemModel *m = sourceModel();
    if (m_problemsFirst) {
        const bool a = m->index(left.row(), 0).data(ProjectListModel::HasProblemsRole).toBool();
        const bool b = m->index(right.row(), 0).data(ProjectListModel::HasProblemsRole).toBool();
        if (a != b) // first in either direction of the sort
            return sortOrder() == Qt::AscendingOrder ? a : b;
    }
    const QVariant l = left.data(ProjectListModel::SortRole);
    const QVariant r = right.data(ProjectListModel::SortRole);
    const int c = QVariant::compare(l, r) == QPartialOrdering::Less      ? -1
                  : QVariant::compare(l, r) == QPartialOrdering::Greater ? 1
                                                                          : 0;
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        const int t = QString::localeAwareCompare(l.toString(), r.toString());
        if (t != 0)
            return t < 0;
    } else if (c != 0) {
        return c < 0;
    }
    // Ties: agency, year, file, then the project's path order; always in the sort's direction.
    for (int column : {int(ProjectListModel::AgencyColumn), int(ProjectListModel::YearColumn),
                       int(ProjectListModel::FileColumn)}) {
        if (column == left.column())
            continue;
        const QVariant a = m->index(left.row(), column).data(ProjectListModel::SortRole);
        const QVariant b = m->index(right.row(), column).data(ProjectListModel::SortRole);
        if (a.typeId() == QMetaType::QString) {
            const int t = QString::localeAwareCompare(a.toString(), b.toString());
            if (t != 0)
                return t < 0;
        } else if (a != b) {
            return a.toInt() < b.toInt();
        }
    }
    return left.row() < right.row();
}

qint64 ProjectFilterModel::idAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return index(row, 0).data(ProjectListModel::IdRole).toLongLong();
}

int ProjectFilterModel::rowOfId(qint64 id) const
{
    auto *list = qobject_cast<ProjectListModel *>(sourceModel());
    if (!list)
        return -1;
    const int source = list->rowOf(id);
    if (source < 0)
        return -1;
    return mapFromSource(list->index(source, 0)).row();
}

int ProjectFilterModel::nextRow(qint64 id, int step) const
{
    const int rows = rowCount();
    if (rows == 0)
        return -1;
    const int at = rowOfId(id);
    if (at < 0)
        return step > 0 ? 0 : rows - 1;
    const int next = at + step;
    return next >= 0 && next < rows ? next : -1;
}

} // namespace nianbao::ui
