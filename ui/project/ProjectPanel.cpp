// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/project/ProjectPanel.h"

#include "ui/project/ProjectFilterModel.h"
#include "ui/project/ProjectListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace nianbao::ui {

ProjectPanel::ProjectPanel(ProjectListModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_filter(new ProjectFilterModel(this))
{
    setObjectName(QStringLiteral("projectPanel"));
    m_filter->setSourceModel(model);
    m_filter->sort(ProjectListModel::AgencyColumn, Qt::AscendingOrder);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("projectTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_count = new QLabel(this);
    m_filterBox = new QComboBox(this);
    m_filterBox->setObjectName(QStringLiteral("projectFilter"));
    for (int i = 0; i < 4; ++i)
        m_filterBox->addItem(QString(), i);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("projectSearch"));
    m_search->setClearButtonEnabled(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("projectView"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(ProjectListModel::AgencyColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Narrow columns: the panel shares the window with the report and its tables.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int cjk = metrics.horizontalAdvance(QStringLiteral("机"));
    m_view->setColumnWidth(ProjectListModel::AgencyColumn, cjk * 10);
    m_view->setColumnWidth(ProjectListModel::YearColumn, metrics.horizontalAdvance(QStringLiteral("20230")) + 8);
    m_view->setColumnWidth(ProjectListModel::FormatColumn, metrics.horizontalAdvance(QStringLiteral("20230")) + 8);
    m_view->setColumnWidth(ProjectListModel::StatusColumn, cjk * 6);
    for (int c = ProjectListModel::ViolationsColumn; c <= ProjectListModel::CorrectionsColumn; ++c)
        m_view->setColumnWidth(c, cjk * 2 + 24);
    m_view->installEventFilter(this);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_filter->idAt(index.row()))
            Q_EMIT reportActivated(id);
    });

    connect(m_filterBox, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_filter->setFilter(ProjectFilterModel::Filter(m_filterBox->itemData(i).toInt()));
    });
    connect(m_search, &QLineEdit::textChanged, m_filter, &ProjectFilterModel::setSearchText);
    // Down from the search box goes into the list; Enter there opens the first report found.
    m_search->installEventFilter(this);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &ProjectPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ProjectPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ProjectPanel::updateCount);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_filterBox);
    filters->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_count);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    retranslate();
}

void ProjectPanel::retranslate()
{
    m_filterBox->setItemText(0, tr("全部"));
    m_filterBox->setItemText(1, tr("有问题"));
    m_filterBox->setItemText(2, tr("未审"));
    m_filterBox->setItemText(3, tr("退回整改"));
    m_filterBox->setToolTip(tr("有问题：违反勾稽关系、有缺失的单元格或未能读取的报告"));
    m_search->setPlaceholderText(tr("搜索机关…"));
    m_model->retranslate();
    updateCount();
}

void ProjectPanel::setTitle(const QString &title)
{
    m_title->setText(title);
}

void ProjectPanel::updateCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown == all ? tr("%1 份").arg(all) : tr("%1 / %2 份").arg(shown).arg(all));
}

qint64 ProjectPanel::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_filter->idAt(current.row()) : 0;
}

bool ProjectPanel::selectReport(qint64 id)
{
    const int row = m_filter->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

qint64 ProjectPanel::neighbour(qint64 from, int step) const
{
    return m_filter->idAt(m_filter->nextRow(from, step));
}

bool ProjectPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_view && enter && key->modifiers() == Qt::NoModifier) {
            if (const qint64 id = currentId())
                Q_EMIT reportActivated(id);
            return true;
        }
        if (watched == m_search && (key->key() == Qt::Key_Down || enter) && m_filter->rowCount() > 0) {
            if (!m_view->currentIndex().isValid() || m_filter->rowOfId(currentId()) < 0)
                m_view->setCurrentIndex(m_filter->index(0, 0));
            m_view->setFocus();
            if (enter)
                Q_EMIT reportActivated(currentId());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace nianbao::ui
