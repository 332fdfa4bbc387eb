// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/findings/FindingsView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace nianbao::ui {

namespace {
// Shows the findings of one kind, or all (kind -1).
class KindFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setKind(int kind)
    {
        m_kind = kind;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_kind < 0)
            return true;
        const QModelIndex idx = sourceModel()->index(row, 0, parent);
        return idx.data(FindingsModel::KindRole).toInt() == m_kind;
    }

private:
    int m_kind = -1;
};
} // namespace

FindingsView::FindingsView(FindingsModel *model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("findingsFilter"));
    bar->addWidget(m_filter);
    bar->addStretch(1);
    layout->addLayout(bar);

    auto *proxy = new KindFilter(this);
    proxy->setSourceModel(model);
    m_proxy = proxy;
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setSectionResizeMode(FindingsModel::KindColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(FindingsModel::CellsColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(FindingsModel::CellsColumn, 220);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this, proxy](int i) { proxy->setKind(m_filter->itemData(i).toInt()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FindingsView::emitCurrent);
    connect(m_view, &QTableView::clicked, this, &FindingsView::emitCurrent);
    retranslate();
}

void FindingsView::retranslate()
{
    const int current = m_filter->currentIndex();
    const QSignalBlocker blocker(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("全部问题"), -1);
    m_filter->addItem(tr("违反勾稽关系"), int(FindingKind::Violation));
    m_filter->addItem(tr("缺失"), int(FindingKind::Missing));
    m_filter->addItem(tr("提示"), int(FindingKind::Warning));
    m_filter->setCurrentIndex(qMax(0, current));
}

const Finding *FindingsView::currentFinding() const
{
    const QModelIndex idx = m_proxy->mapToSource(m_view->currentIndex());
    return idx.isValid() ? m_model->findingAt(idx.row()) : nullptr;
}

int FindingsView::currentFindingIndex() const
{
    const QModelIndex idx = m_proxy->mapToSource(m_view->currentIndex());
    return idx.isValid() ? idx.row() : -1;
}

void FindingsView::setCurrentFindingIndex(int index)
{
    const QModelIndex idx = m_proxy->mapFromSource(m_model->index(index, FindingsModel::MessageColumn));
    if (idx.isValid()) {
        m_view->setCurrentIndex(idx);
        m_view->scrollTo(idx);
    }
}

void FindingsView::emitCurrent()
{
    if (const Finding *f = currentFinding())
        Q_EMIT findingActivated(*f);
}

bool FindingsView::step(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return false;
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : (delta > 0 ? -1 : rows);
    const int row = ((current + delta) % rows + rows) % rows;
    const QModelIndex idx = m_proxy->index(row, FindingsModel::MessageColumn);
    m_view->setCurrentIndex(idx);
    m_view->scrollTo(idx);
    if (idx.row() == current) // a single finding: re-show it
        emitCurrent();
    return true;
}

bool FindingsView::next()
{
    return step(1);
}

bool FindingsView::previous()
{
    return step(-1);
}

} // namespace nianbao::ui
