// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/season/OverviewWindow.h"

#include "core/project/Project.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace nianbao::ui {

OverviewWindow::OverviewWindow(const QString &projectPath, QWidget *parent, int year)
    : QMainWindow(parent, Qt::Window), m_projectPath(QFileInfo(projectPath).absoluteFilePath()), m_year(year)
{
    setObjectName(QStringLiteral("overviewWindow"));
    buildLayout();
    retranslate();
    reload();
    QSize size(1500, 820);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.95);
    resize(size);
}

void OverviewWindow::buildLayout()
{
    m_model = new SeasonTableModel(SeasonTableModel::Lead::Agency, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SeasonTableModel::SortRole);
    m_proxy->setFilterKeyColumn(SeasonTableModel::LeadColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("overviewTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SeasonTableModel::LeadColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    setCentralWidget(m_view);
    connect(m_view, &QTableView::activated, this, [this] { openCurrent(); });

    auto *bar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("overviewToolBar"));
    bar->setMovable(false);
    m_yearLabel = new QLabel;
    m_yearLabel->setContentsMargins(6, 0, 4, 0);
    bar->addWidget(m_yearLabel);
    m_yearBox = new QComboBox;
    m_yearBox->setObjectName(QStringLiteral("overviewYear"));
    m_yearBox->setMinimumContentsLength(8);
    bar->addWidget(m_yearBox);
    connect(m_yearBox, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i < m_years.size() && m_years.at(i) != m_year) {
            m_year = m_years.at(i);
            showYear();
        }
    });
    bar->addSeparator();
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("overviewFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(260);
    bar->addWidget(m_filter);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateSummary();
    });
    bar->addSeparator();
    m_exportAct = bar->addAction(QString(), this, &OverviewWindow::chooseAndExport);
    m_exportAct->setObjectName(QStringLiteral("overviewExport"));
    m_exportAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_reloadAct = bar->addAction(QString(), this, [this] { reload(); });
    m_reloadAct->setShortcut(QKeySequence::Refresh);
    m_closeAct = new QAction(this);
    m_closeAct->setShortcut(QKeySequence::Close);
    connect(m_closeAct, &QAction::triggered, this, &QWidget::close);
    addAction(m_closeAct);

    m_summary = new QLabel;
    statusBar()->addWidget(m_summary, 1);
}

QString OverviewWindow::baseDir() const
{
    return QFileInfo(m_projectPath).absolutePath();
}

void OverviewWindow::retranslate()
{
    m_yearLabel->setText(tr("年度："));
    m_filter->setPlaceholderText(tr("输入机关名称筛选"));
    m_exportAct->setText(tr("导出 xlsx…"));
    m_exportAct->setToolTip(tr("把表中显示的行（按当前排序）导出为 Excel 工作簿（Ctrl+E）"));
    m_reloadAct->setText(tr("刷新"));
    m_reloadAct->setToolTip(tr("重新读取项目（F5）：其他窗口中设置的状态和修改"));
    m_model->retranslate();
    const QString name = QFileInfo(m_projectPath).completeBaseName();
    setWindowTitle(m_year > 0 ? tr("%1 年总览 — %2").arg(m_year).arg(name) : tr("总览 — %1").arg(name));
    updateSummary();
}

void OverviewWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

bool OverviewWindow::reload()
{
    m_error.clear();
    auto project = Project::open(m_projectPath, Project::Access::Read);
    auto reports = project ? project->reports() : Result<QList<ProjectReport>>::failure(project.error());
    if (!reports) {
        m_error = reports.error();
        m_groups.clear();
        m_years.clear();
        m_model->setRows({});
        statusBar()->showMessage(m_error);
        return false;
    }
    m_groups = groupByAgency(*reports);
    m_years = projectYears(*reports);
    if (!m_years.contains(m_year))
        m_year = m_years.isEmpty() ? 0 : m_years.last();
    {
        const QSignalBlocker block(m_yearBox);
        m_yearBox->clear();
        for (int y : std::as_const(m_years))
            m_yearBox->addItem(tr("%1 年").arg(y), y);
        m_yearBox->setCurrentIndex(int(m_years.indexOf(m_year)));
    }
    m_model->setRows(m_year > 0 ? overviewOfYear(*project, m_groups, m_year) : QList<SeasonRow>{}, baseDir());
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(SeasonTableModel::LeadColumn,
                           qMin(m_view->columnWidth(SeasonTableModel::LeadColumn), 320));
    retranslate();
    return true;
}

bool OverviewWindow::setYear(int year)
{
    const qsizetype i = m_years.indexOf(year);
    if (i < 0)
        return false;
    m_yearBox->setCurrentIndex(int(i)); // showYear() through the combo when it changes
    return m_year == year;
}

void OverviewWindow::showYear()
{
    auto project = Project::open(m_projectPath, Project::Access::Read);
    if (!project) {
        m_error = project.error();
        statusBar()->showMessage(m_error);
        return;
    }
    m_model->setRows(overviewOfYear(*project, m_groups, m_year), baseDir());
    retranslate();
}

QList<SeasonRow> OverviewWindow::shownRows() const
{
    QList<SeasonRow> rows;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        if (const SeasonRow *row = m_model->rowAt(m_proxy->mapToSource(m_proxy->index(r, 0)).row()))
            rows.append(*row);
    return rows;
}

void OverviewWindow::updateSummary()
{
    int reports = 0, agencies = 0, withViolations = 0, unreviewed = 0, returned = 0, absent = 0;
    QSet<QString> seen;
    for (const SeasonRow &r : shownRows()) {
        const QString key = r.agencyKey.isEmpty() ? r.agency : r.agencyKey;
        if (!seen.contains(key)) {
            seen.insert(key);
            ++agencies;
        }
        if (!r.report) {
            ++absent;
            continue;
        }
        ++reports;
        if (r.figures && r.figures->violations > 0)
            ++withViolations;
        if (r.report->status.status == ReviewStatus::Unreviewed)
            ++unreviewed;
        if (r.report->status.status == ReviewStatus::Returned)
            ++returned;
    }
    m_summary->setText(tr("%1 个机关 · %2 份报告 · 违反勾稽关系 %3 份 · 未审 %4 份 · 退回整改 %5 份 · 本年度无报告 %6 个机关")
                           .arg(agencies)
                           .arg(reports)
                           .arg(withViolations)
                           .arg(unreviewed)
                           .arg(returned)
                           .arg(absent));
    m_exportAct->setEnabled(m_year > 0);
}

Status OverviewWindow::exportXlsx(const QString &path) const
{
    return writeSeasonWorkbook(path, tr("%1 年总览").arg(m_year), shownRows());
}

void OverviewWindow::chooseAndExport()
{
    const QString suggested = QFileInfo(m_projectPath).dir().filePath(
        tr("%1 %2 年总览.xlsx").arg(QFileInfo(m_projectPath).completeBaseName()).arg(m_year));
    QString path = QFileDialog::getSaveFileName(this, tr("导出总览"), suggested, tr("Excel 工作簿 (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    const Status written = exportXlsx(path);
    if (!written)
        QMessageBox::warning(this, tr("导出失败"), written.error());
    else
        statusBar()->showMessage(tr("已导出到 %1").arg(QDir::toNativeSeparators(path)), 6000);
}

void OverviewWindow::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    const QString path = index.data(SeasonTableModel::PathRole).toString();
    if (m_openReport && !path.isEmpty())
        m_openReport(path);
}

} // namespace nianbao::ui
