// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/project/ProjectActions.h"

#include "ui/project/ProjectFilterModel.h"
#include "ui/project/ProjectListModel.h"
#include "ui/project/ProjectPanel.h"
#include "ui/project/ProjectReviewLink.h"
#include "ui/project/ProjectSession.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace nianbao::ui {

ProjectActions::ProjectActions(QWidget *window, ReportSession *reports)
    : QObject(window), m_window(window), m_reports(reports)
{
    m_session = new ProjectSession(window);
    m_link = new ProjectReviewLink(m_session, reports, this);
    m_panel = new ProjectPanel(m_session->model(), window);

    m_indicator = new QWidget(window);
    auto *layout = new QHBoxLayout(m_indicator);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_progress = new QProgressBar(m_indicator);
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(true);
    m_cancel = new QToolButton(m_indicator);
    m_cancel->setObjectName(QStringLiteral("scanCancel"));
    m_cancel->setAutoRaise(true);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    m_indicator->hide();

    createActions();

    connect(m_panel, &ProjectPanel::reportActivated, this, &ProjectActions::openReport);
    connect(m_link, &ProjectReviewLink::message, this, &ProjectActions::message);
    connect(m_link, &ProjectReviewLink::reportShown, this, [this](qint64 id, qint64 ms) {
        if (m_panel->currentId() != id)
            m_panel->selectReport(id);
        Q_EMIT reportShown(id, ms);
    });
    connect(m_session, &ProjectSession::message, this, &ProjectActions::message);
    connect(m_session, &ProjectSession::opened, this, [this](const QString &path) {
        updateTitle();
        updateEnabled();
        if (m_panel->filterModel()->rowCount() > 0 && !m_panel->view()->currentIndex().isValid())
            m_panel->view()->setCurrentIndex(m_panel->filterModel()->index(0, 0));
        m_panel->view()->setFocus();
        Q_EMIT projectOpened(path);
    });
    connect(m_session, &ProjectSession::closed, this, [this] {
        updateTitle();
        updateEnabled();
        Q_EMIT projectClosed();
    });
    connect(m_session, &ProjectSession::refreshed, this, [this] {
        if (m_panel->filterModel()->rowCount() > 0 && !m_panel->view()->currentIndex().isValid())
            m_panel->view()->setCurrentIndex(m_panel->filterModel()->index(0, 0));
    });
    connect(m_session, &ProjectSession::scanStarted, this, [this] {
        m_progress->setRange(0, 0);
        m_indicator->show();
        updateEnabled();
    });
    connect(m_session, &ProjectSession::scanProgress, this, [this](int done, int total) {
        if (total > 0) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
            m_progress->setFormat(tr("读取报告 %v / %m"));
        }
    });
    connect(m_session, &ProjectSession::scanFinished, this, [this] {
        m_indicator->hide();
        updateEnabled();
    });
    connect(m_cancel, &QToolButton::clicked, m_session, &ProjectSession::cancelScan);
    retranslate();
    updateEnabled();
}

ProjectActions::~ProjectActions() = default;

void ProjectActions::createActions()
{
    m_openFolderAct = new QAction(this);
    m_openFolderAct->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    m_openFolderAct->setIcon(QIcon::fromTheme(QStringLiteral("folder-open")));
    connect(m_openFolderAct, &QAction::triggered, this, &ProjectActions::chooseFolder);
    m_openProjectAct = new QAction(this);
    connect(m_openProjectAct, &QAction::triggered, this, &ProjectActions::chooseProject);
    m_scanAct = new QAction(this);
    m_scanAct->setShortcut(QKeySequence(Qt::Key_F5));
    m_scanAct->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    connect(m_scanAct, &QAction::triggered, m_session, &ProjectSession::scan);
    m_cancelAct = new QAction(this);
    connect(m_cancelAct, &QAction::triggered, m_session, &ProjectSession::cancelScan);
    m_nextAct = new QAction(this);
    m_nextAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_nextAct->setShortcutContext(Qt::WindowShortcut);
    connect(m_nextAct, &QAction::triggered, this, [this] { step(1); });
    m_prevAct = new QAction(this);
    m_prevAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_prevAct->setShortcutContext(Qt::WindowShortcut);
    connect(m_prevAct, &QAction::triggered, this, [this] { step(-1); });
    m_problemsFirstAct = new QAction(this);
    m_problemsFirstAct->setCheckable(true);
    m_problemsFirstAct->setChecked(QSettings().value(QStringLiteral("project/problemsFirst"), false).toBool());
    m_panel->filterModel()->setProblemsFirst(m_problemsFirstAct->isChecked());
    connect(m_problemsFirstAct, &QAction::toggled, this, [this](bool on) {
        m_panel->filterModel()->setProblemsFirst(on);
        QSettings().setValue(QStringLiteral("project/problemsFirst"), on);
        if (const qint64 id = m_panel->currentId())
            m_panel->selectReport(id);
    });
    m_focusPanelAct = new QAction(this);
    m_focusPanelAct->setShortcut(QKeySequence(QStringLiteral("Ctrl+8")));
    connect(m_focusPanelAct, &QAction::triggered, this, [this] {
        if (QWidget *dock = m_panel->parentWidget(); dock && !m_panel->isVisible())
            dock->show();
        m_panel->view()->setFocus();
    });
    for (ReviewStatus s : {ReviewStatus::Unreviewed, ReviewStatus::InReview, ReviewStatus::Approved, ReviewStatus::Returned}) {
        QAction *a = new QAction(this);
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + int(s))));
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, [this, s] { setStatus(s); });
        m_statusActs[int(s)] = a;
    }

    m_menu = new QMenu(m_window);
    m_menu->setObjectName(QStringLiteral("projectMenu"));
    m_menu->addAction(m_openFolderAct);
    m_menu->addAction(m_openProjectAct);
    m_menu->addAction(m_scanAct);
    m_menu->addAction(m_cancelAct);
    m_menu->addSeparator();
    m_menu->addAction(m_nextAct);
    m_menu->addAction(m_prevAct);
    m_menu->addAction(m_problemsFirstAct);
    m_menu->addAction(m_focusPanelAct);
    m_menu->addSeparator();
    for (QAction *a : m_statusActs)
        m_menu->addAction(a);
}

void ProjectActions::retranslate()
{
    m_menu->setTitle(tr("项目(&P)"));
    m_openFolderAct->setText(tr("打开文件夹(&D)…"));
    m_openFolderAct->setToolTip(tr("把一个文件夹中的全部报告作为一个项目打开（Ctrl+Shift+O）"));
    m_openProjectAct->setText(tr("打开项目…"));
    m_scanAct->setText(tr("扫描/重新读取"));
    m_scanAct->setToolTip(tr("重新扫描项目的文件夹：读取新增和改变了的报告（F5）"));
    m_cancelAct->setText(tr("取消读取"));
    m_cancel->setText(QStringLiteral("✕"));
    m_cancel->setToolTip(tr("取消读取（已读入的报告保留）"));
    m_nextAct->setText(tr("下一份报告"));
    m_prevAct->setText(tr("上一份报告"));
    m_problemsFirstAct->setText(tr("有问题的优先"));
    m_focusPanelAct->setText(tr("项目面板"));
    m_statusActs[int(ReviewStatus::Unreviewed)]->setText(tr("状态：未审"));
    m_statusActs[int(ReviewStatus::InReview)]->setText(tr("状态：审核中"));
    m_statusActs[int(ReviewStatus::Approved)]->setText(tr("状态：通过"));
    m_statusActs[int(ReviewStatus::Returned)]->setText(tr("状态：退回整改"));
    m_panel->retranslate();
    updateTitle();
}

void ProjectActions::updateEnabled()
{
    const bool open = m_session->isOpen();
    const bool writable = open && m_session->isWritable();
    m_scanAct->setEnabled(writable && !m_session->isScanning());
    m_cancelAct->setEnabled(m_session->isScanning());
    m_nextAct->setEnabled(open);
    m_prevAct->setEnabled(open);
    for (QAction *a : m_statusActs)
        a->setEnabled(writable);
}

void ProjectActions::updateTitle()
{
    if (!m_session->isOpen()) {
        m_panel->setTitle(tr("未打开项目"));
        return;
    }
    QString title = QStringLiteral("<b>%1</b>").arg(QFileInfo(m_session->projectPath()).completeBaseName().toHtmlEscaped());
    if (!m_session->isWritable())
        title += tr("（只读）");
    m_panel->setTitle(title);
    m_panel->setToolTip(QDir::toNativeSeparators(m_session->projectPath()));
}

QString ProjectActions::projectPath() const
{
    return m_session->projectPath();
}

qint64 ProjectActions::currentReportId() const
{
    return m_link->currentId();
}

bool ProjectActions::openFolder(const QString &folder)
{
    return m_session->openFolder(folder);
}

bool ProjectActions::openProject(const QString &path)
{
    return m_session->openProject(path);
}

void ProjectActions::chooseFolder()
{
    QSettings settings;
    const QString dir = QFileDialog::getExistingDirectory(
        m_window, tr("打开文件夹：其中的全部报告作为一个项目"),
        settings.value(QStringLiteral("lastDirectory"), QDir::homePath()).toString());
    if (dir.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastDirectory"), dir);
    openFolder(dir);
}

void ProjectActions::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("打开项目"), QSettings().value(QStringLiteral("lastDirectory"), QDir::homePath()).toString(),
        tr("年报审核项目 (*.nbproj);;所有文件 (*)"));
    if (!path.isEmpty())
        openProject(path);
}

bool ProjectActions::openReport(qint64 id)
{
    if (!id)
        return false;
    m_panel->selectReport(id);
    return m_link->openReport(id);
}

bool ProjectActions::step(int step)
{
    if (!m_session->isOpen())
        return false;
    const qint64 from = m_link->targetId() ? m_link->targetId() : m_panel->currentId();
    const qint64 next = m_panel->neighbour(from, step);
    if (!next) {
        Q_EMIT message(step > 0 ? tr("已是列表中的最后一份报告") : tr("已是列表中的第一份报告"), 3000);
        return false;
    }
    return openReport(next);
}

qint64 ProjectActions::statusTarget() const
{
    if (m_panel->view()->hasFocus() && m_panel->currentId())
        return m_panel->currentId();
    return m_link->currentId() ? m_link->currentId() : m_panel->currentId();
}

bool ProjectActions::setStatus(ReviewStatus status)
{
    const qint64 id = statusTarget();
    const ProjectReport *report = m_session->model()->reportById(id);
    if (!report) {
        Q_EMIT message(tr("请先在项目面板中选择一份报告"), 4000);
        return false;
    }
    const auto note = askNote(id, status, report->status.status == status ? report->status.note : QString());
    if (!note)
        return false;
    const QString agency = report->agency.isEmpty() ? QFileInfo(report->path).fileName() : report->agency;
    if (!m_session->setStatus(id, status, *note))
        return false;
    Q_EMIT message(tr("%1：%2").arg(agency, reviewStatusLabelTr(status)), 4000);
    return true;
}

std::optional<QString> ProjectActions::askNote(qint64 id, ReviewStatus status, const QString &current)
{
    if (m_noteAsker)
        return m_noteAsker(id, status, current);
    const ProjectReport *report = m_session->model()->reportById(id);
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("statusNoteDialog"));
    dialog.setWindowTitle(tr("审核状态"));
    auto *label = new QLabel(tr("将 %1 设为“%2”。说明（可不填，Enter 确认）：")
                                 .arg((report && !report->agency.isEmpty() ? report->agency
                                                                           : QFileInfo(report ? report->path : QString()).fileName())
                                          .toHtmlEscaped(),
                                      reviewStatusLabelTr(status)),
                             &dialog);
    label->setWordWrap(true);
    auto *edit = new QLineEdit(current, &dialog);
    edit->setMinimumWidth(360);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    edit->selectAll();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return edit->text().trimmed();
}

} // namespace nianbao::ui
