// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/season/AgencyYearsWindow.h"

#include "ui/compare/CompareWindow.h"
#include "ui/season/ProjectCompare.h"
#include "ui/season/TrendCharts.h"

#include "core/compare/Series.h"
#include "core/project/Project.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace nianbao::ui {

static constexpr int kGroupRole = Qt::UserRole + 1;

AgencyYearsWindow::AgencyYearsWindow(const QString &projectPath, QWidget *parent, const QString &agency)
    : QMainWindow(parent, Qt::Window), m_projectPath(QFileInfo(projectPath).absoluteFilePath())
    , m_wanted(agency)
{
    setObjectName(QStringLiteral("agencyYearsWindow"));
    m_comparer = new ProjectCompare(m_projectPath, this);
    buildLayout();
    retranslate();
    reload();
    QSize size(1560, 940);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.95);
    resize(size);
}

void AgencyYearsWindow::buildLayout()
{
    // Left: the agencies.
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 0, 4);
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("agencyFilter"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("agencyList"));
    m_list->setUniformItemSizes(true);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_list, 1);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString key = agencyKey(text);
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem *item = m_list->item(i);
            const AgencyGroup &g = m_groups.at(item->data(kGroupRole).toInt());
            const bool match = text.trimmed().isEmpty() || g.name.contains(text.trimmed(), Qt::CaseInsensitive)
                               || (!key.isEmpty() && g.key.contains(key));
            item->setHidden(!match);
        }
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        QListWidgetItem *item = m_list->item(row);
        const int group = item ? item->data(kGroupRole).toInt() : -1;
        if (group != m_current) {
            m_current = group;
            showGroup();
        }
    });

    // Right: the agency's trend, its years, the comparison.
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 4, 4, 4);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("agencyTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel;
    m_subtitle->setStyleSheet(QStringLiteral("color:#475569"));
    m_subtitle->setWordWrap(true);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_subtitle);
    m_charts = new TrendCharts;
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_charts);

    auto *tablePane = new QWidget;
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    m_model = new SeasonTableModel(SeasonTableModel::Lead::Year, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SeasonTableModel::SortRole);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("agencyYearsTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SeasonTableModel::LeadColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString path = index.data(SeasonTableModel::PathRole).toString();
        if (m_openReport && !path.isEmpty())
            m_openReport(path);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AgencyYearsWindow::updateCompareButton);
    tableLayout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    m_compareButton = new QPushButton;
    m_compareButton->setObjectName(QStringLiteral("compareYears"));
    connect(m_compareButton, &QPushButton::clicked, this, &AgencyYearsWindow::compareSelected);
    m_compareHint = new QLabel;
    m_compareHint->setStyleSheet(QStringLiteral("color:#475569"));
    buttons->addWidget(m_compareButton);
    buttons->addWidget(m_compareHint, 1);
    tableLayout->addLayout(buttons);
    split->addWidget(tablePane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    rightLayout->addWidget(split, 1);

    auto *main = new QSplitter(Qt::Horizontal);
    main->addWidget(left);
    main->addWidget(right);
    main->setStretchFactor(0, 0);
    main->setStretchFactor(1, 1);
    main->setSizes({300, 1200});
    setCentralWidget(main);

    m_reloadAct = new QAction(this);
    m_reloadAct->setShortcut(QKeySequence::Refresh);
    connect(m_reloadAct, &QAction::triggered, this, [this] { reload(); });
    addAction(m_reloadAct);
    m_closeAct = new QAction(this);
    m_closeAct->setShortcut(QKeySequence::Close);
    connect(m_closeAct, &QAction::triggered, this, &QWidget::close);
    addAction(m_closeAct);

    connect(m_comparer, &ProjectCompare::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); updateCompareButton(); });
    connect(m_comparer, &ProjectCompare::opened, this, [this] {
        statusBar()->clearMessage();
        updateCompareButton();
    });
}

void AgencyYearsWindow::retranslate()
{
    m_filter->setPlaceholderText(tr("输入机关名称筛选"));
    m_compareButton->setText(tr("对比所选两个年度…"));
    m_compareButton->setToolTip(tr("在对比窗口中并排查看所选两个年度的报告（套用项目中的修改）"));
    m_reloadAct->setText(tr("刷新"));
    m_model->retranslate();
    setWindowTitle(tr("机关历年 — %1").arg(QFileInfo(m_projectPath).completeBaseName()));
    fillList();
    showGroup();
}

void AgencyYearsWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_list)
        retranslate();
    QMainWindow::changeEvent(event);
}

bool AgencyYearsWindow::reload()
{
    m_error.clear();
    QString keep = m_current >= 0 && m_current < m_groups.size()
                       ? (m_groups.at(m_current).key.isEmpty() ? m_groups.at(m_current).name
                                                               : m_groups.at(m_current).key)
                       : QString();
    if (keep.isEmpty() && !m_wanted.isEmpty()) // the agency asked for at the start
        keep = agencyKey(m_wanted).isEmpty() ? m_wanted : agencyKey(m_wanted);
    m_wanted.clear();
    auto project = Project::open(m_projectPath, Project::Access::Read);
    auto reports = project ? project->reports() : Result<QList<ProjectReport>>::failure(project.error());
    m_groups = reports ? groupByAgency(*reports) : QList<AgencyGroup>{};
    if (!reports) {
        m_error = reports.error();
        statusBar()->showMessage(m_error);
    }
    // The agency shown before, else the first with the most years.
    m_current = -1;
    for (int i = 0; i < m_groups.size() && m_current < 0; ++i)
        if (!keep.isEmpty() && (m_groups.at(i).key == keep || m_groups.at(i).name == keep))
            m_current = i;
    if (m_current < 0)
        for (int i = 0; i < m_groups.size(); ++i)
            if (m_current < 0 || m_groups.at(i).years().size() > m_groups.at(m_current).years().size())
                m_current = i;
    fillList();
    showGroup();
    return reports.ok();
}

void AgencyYearsWindow::fillList()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (int i = 0; i < m_groups.size(); ++i) {
        const AgencyGroup &g = m_groups.at(i);
        QStringList years;
        for (int y : g.years())
            years << QString::number(y);
        auto *item = new QListWidgetItem(
            years.isEmpty() ? g.name : tr("%1（%2）").arg(g.name, years.join(tr("、"))));
        item->setData(kGroupRole, i);
        QStringList names;
        for (const ProjectReport &r : g.reports)
            if (!names.contains(r.agency))
                names << r.agency;
        item->setToolTip(names.size() > 1 ? tr("报告中的名称：%1").arg(names.join(tr("；"))) : g.name);
        m_list->addItem(item);
        if (i == m_current)
            m_list->setCurrentItem(item);
    }
}

bool AgencyYearsWindow::selectGroup(int i)
{
    if (i < 0 || i >= m_groups.size())
        return false;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(kGroupRole).toInt() == i)
            m_list->setCurrentRow(row); // showGroup() through currentRowChanged
    if (m_current != i) {
        m_current = i;
        showGroup();
    }
    return true;
}

bool AgencyYearsWindow::selectAgency(const QString &name)
{
    const QString key = agencyKey(name);
    for (int i = 0; i < m_groups.size(); ++i)
        if (m_groups.at(i).name == name || (!key.isEmpty() && m_groups.at(i).key == key))
            return selectGroup(i);
    return false;
}

void AgencyYearsWindow::showGroup()
{
    if (m_current < 0 || m_current >= m_groups.size()) {
        m_title->setText(m_groups.isEmpty() ? tr("项目中还没有读出的报告") : tr("请在左侧选择机关"));
        m_subtitle->clear();
        m_model->setRows({});
        m_charts->setRows({});
        updateCompareButton();
        return;
    }
    const AgencyGroup &g = m_groups.at(m_current);
    auto project = Project::open(m_projectPath, Project::Access::Read);
    const QList<SeasonRow> rows = project ? agencyYears(*project, g) : QList<SeasonRow>{};
    if (!project)
        statusBar()->showMessage(project.error());
    m_title->setText(g.name);
    QStringList names;
    for (const ProjectReport &r : g.reports)
        if (!names.contains(r.agency))
            names << r.agency;
    QString sub = tr("%1 份报告，%2 个年度").arg(g.reports.size()).arg(g.years().size());
    if (names.size() > 1)
        sub += tr("；报告中的名称：%1").arg(names.join(tr("；")));
    if (g.key.isEmpty())
        sub += tr("；名称中没有地名，无法与其他年度的报告对应");
    m_subtitle->setText(sub);
    m_model->setRows(rows, QFileInfo(m_projectPath).absolutePath());
    m_charts->setRows(rows);
    m_view->resizeColumnsToContents();
    // The newest two years selected: 对比 opens them at once.
    const int n = m_proxy->rowCount();
    if (n >= 2)
        selectYears(m_proxy->mapToSource(m_proxy->index(n - 2, 0)).row(),
                    m_proxy->mapToSource(m_proxy->index(n - 1, 0)).row());
    updateCompareButton();
}

void AgencyYearsWindow::selectYears(int firstRow, int secondRow)
{
    QItemSelection selection;
    for (int row : {firstRow, secondRow}) {
        const QModelIndex source = m_model->index(row, 0);
        if (!source.isValid())
            continue;
        const QModelIndex index = m_proxy->mapFromSource(source);
        selection.select(index, index.siblingAtColumn(m_proxy->columnCount() - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

QList<qint64> AgencyYearsWindow::selectedReports() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const qint64 id = index.data(SeasonTableModel::ReportIdRole).toLongLong();
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

void AgencyYearsWindow::updateCompareButton()
{
    const QList<qint64> ids = selectedReports();
    m_compareButton->setEnabled(ids.size() == 2 && !m_comparer->isBusy());
    if (m_comparer->isBusy())
        m_compareHint->setText(tr("正在读取两份报告…"));
    else if (m_model->rowCount() < 2)
        m_compareHint->setText(tr("这个机关只有一份报告，没有可对比的年度"));
    else if (ids.size() != 2)
        m_compareHint->setText(tr("在表中选择两个年度（按住 Ctrl 点选）"));
    else
        m_compareHint->clear();
}

bool AgencyYearsWindow::compareSelected()
{
    const QList<qint64> ids = selectedReports();
    if (ids.size() != 2 || !m_comparer->start(ids.at(0), ids.at(1)))
        return false;
    updateCompareButton();
    return true;
}

} // namespace nianbao::ui
