// SPDX-License-Identifier: GPL-3.0-or-later
// The window's menus and toolbar (the collaborators' actions placed), the panel shortcuts, the
// language switch (all strings set in retranslate()), about, and files dropped on the window.
#include "ui/window/MainWindow.h"

#include "ui/actions/HintActions.h"
#include "ui/actions/ReviewActions.h"
#include "ui/audit/AuditPanel.h"
#include "ui/compare/CompareEntry.h"
#include "ui/document/DocumentView.h"
#include "ui/document/PageView.h"
#include "ui/document/FindBar.h"
#include "ui/findings/FindingsModel.h"
#include "ui/findings/FindingsView.h"
#include "ui/opinion/OpinionActions.h"
#include "ui/project/ProjectActions.h"
#include "ui/project/ProjectSession.h"
#include "ui/season/SeasonViews.h"
#include "ui/tables/TableTitle.h"
#include "ui/tables/TablesPanel.h"
#include "ui/window/Language.h"
#include "ui/window/ShortcutsDialog.h"

#include "core/review/Review.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QEvent>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUrl>

namespace nianbao::ui {

void MainWindow::createActions()
{
    m_quitAct = new QAction(this);
    m_quitAct->setShortcut(QKeySequence::Quit);
    m_quitAct->setMenuRole(QAction::QuitRole);
    connect(m_quitAct, &QAction::triggered, this, &QWidget::close);

    for (int i = 0; i < 3; ++i) {
        m_tableActs[i] = new QAction(this);
        m_tableActs[i]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_2 + i)));
        connect(m_tableActs[i], &QAction::triggered, this, [this, i] {
            m_tables->tabs()->setCurrentIndex(i);
            m_tables->view(TableSection(i))->setFocus();
        });
    }
    m_focusDocAct = new QAction(this);
    m_focusDocAct->setShortcut(QKeySequence(QStringLiteral("Ctrl+1")));
    connect(m_focusDocAct, &QAction::triggered, this, [this] {
        (pagesShown() ? static_cast<QWidget *>(m_pages) : m_document)->setFocus();
    });
    m_focusFindingsAct = new QAction(this);
    m_focusFindingsAct->setShortcut(QKeySequence(QStringLiteral("Ctrl+5")));
    connect(m_focusFindingsAct, &QAction::triggered, this, [this] { m_findingsView->view()->setFocus(); });

    m_focusCorrectionsAct = new QAction(this);
    m_focusCorrectionsAct->setShortcut(QKeySequence(QStringLiteral("Ctrl+6")));
    connect(m_focusCorrectionsAct, &QAction::triggered, this, [this] {
        m_bottomTabs->setCurrentWidget(m_audit);
        m_audit->view()->setFocus();
    });
    m_focusNoteAct = new QAction(this);
    m_focusNoteAct->setShortcut(QKeySequence(QStringLiteral("Ctrl+7")));
    connect(m_focusNoteAct, &QAction::triggered, this, [this] {
        m_bottomTabs->setCurrentWidget(m_audit);
        m_audit->noteEdit()->setFocus();
        m_audit->noteEdit()->selectAll();
    });

    m_findAct = new QAction(this);
    m_findAct->setShortcut(QKeySequence::Find);
    m_findAct->setIcon(QIcon::fromTheme(QStringLiteral("edit-find")));
    connect(m_findAct, &QAction::triggered, this, [this] {
        setPagesShown(false); // the search is in the text
        m_findBar->open();
    });
    m_findNextAct = new QAction(this);
    m_findNextAct->setShortcut(QKeySequence(Qt::Key_F3));
    connect(m_findNextAct, &QAction::triggered, this, [this] {
        m_findBar->isVisible() ? m_findBar->next() : m_findBar->open();
    });
    m_findPrevAct = new QAction(this);
    m_findPrevAct->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    connect(m_findPrevAct, &QAction::triggered, this, [this] {
        m_findBar->isVisible() ? m_findBar->previous() : m_findBar->open();
    });
    // Ctrl+plus on every keyboard (Ctrl+= is Ctrl and the + key without Shift).
    m_zoomInAct = new QAction(this);
    m_zoomInAct->setShortcuts({QKeySequence(QStringLiteral("Ctrl++")), QKeySequence(QStringLiteral("Ctrl+="))});
    connect(m_zoomInAct, &QAction::triggered, this, [this] { zoom(1); });
    m_zoomOutAct = new QAction(this);
    m_zoomOutAct->setShortcut(QKeySequence(QStringLiteral("Ctrl+-")));
    connect(m_zoomOutAct, &QAction::triggered, this, [this] { zoom(-1); });
    m_fitWidthAct = new QAction(this);
    m_fitWidthAct->setShortcut(QKeySequence(QStringLiteral("Ctrl+9"))); // Ctrl+0 fills blanks
    connect(m_fitWidthAct, &QAction::triggered, m_pages, &PageView::fitWidth);
    m_pagesAct = new QAction(this);
    m_pagesAct->setCheckable(true);
    m_pagesAct->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    connect(m_pagesAct, &QAction::triggered, this, [this](bool on) { setPagesShown(on); });
    m_shortcutsAct = new QAction(this);
    m_shortcutsAct->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_shortcutsAct, &QAction::triggered, this, &MainWindow::showShortcuts);

    auto *languages = new QActionGroup(this);
    m_chineseAct = new QAction(QStringLiteral("中文"), languages);
    m_englishAct = new QAction(QStringLiteral("English"), languages);
    for (QAction *a : {m_chineseAct, m_englishAct})
        a->setCheckable(true);
    (currentLanguage() == QLatin1String("en") ? m_englishAct : m_chineseAct)->setChecked(true);
    connect(m_chineseAct, &QAction::triggered, this, [this] { switchLanguage(QStringLiteral("zh_CN")); });
    connect(m_englishAct, &QAction::triggered, this, [this] { switchLanguage(QStringLiteral("en")); });

    m_aboutAct = new QAction(this);
    connect(m_aboutAct, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_session->openAction());
    m_fileMenu->addAction(m_project->openFolderAction());
    m_fileMenu->addAction(m_compare->action());
    m_fileMenu->addMenu(m_session->recentMenu());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_session->saveAction());
    m_fileMenu->addAction(m_session->saveAsAction());
    m_exportMenu = m_fileMenu->addMenu(QString());
    for (const char *suffix : {"xlsx", "csv", "json"})
        m_exportMenu->addAction(m_session->exportAction(QLatin1String(suffix)));
    auto *opinion = new OpinionActions(this, [this] { return m_session->review(); }); // issue 11: 审核意见书
    connect(opinion, &OpinionActions::message, this, &MainWindow::showMessage);
    // A report of a project carries its review status into the findings report.
    opinion->setStatusProvider([this]() -> std::optional<StatusChange> {
        Project *project = m_project->session()->project();
        const qint64 id = m_project->currentReportId();
        if (!project || id <= 0)
            return std::nullopt;
        const auto report = project->report(id);
        if (!report)
            return std::nullopt;
        return report->status;
    });
    m_fileMenu->addActions({opinion->exportAction(), opinion->printAction()});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_session->closeAction());
    m_fileMenu->addAction(m_quitAct);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_actions->undoAction());
    m_editMenu->addAction(m_actions->redoAction());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_actions->fillAction());
    m_editMenu->addAction(m_actions->confirmAction());
    m_editMenu->addSeparator();
    for (QAction *a : m_hintActions->actions())
        m_editMenu->addAction(a);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_actions->nextAction());
    m_editMenu->addAction(m_actions->previousAction());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_focusDocAct);
    for (QAction *a : m_tableActs)
        m_viewMenu->addAction(a);
    m_viewMenu->addAction(m_focusFindingsAct);
    m_viewMenu->addAction(m_focusCorrectionsAct);
    m_viewMenu->addAction(m_focusNoteAct);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_findAct);
    m_viewMenu->addAction(m_findNextAct);
    m_viewMenu->addAction(m_findPrevAct);
    m_viewMenu->addAction(m_zoomInAct);
    m_viewMenu->addAction(m_zoomOutAct);
    m_viewMenu->addAction(m_fitWidthAct);
    m_viewMenu->addAction(m_pagesAct);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addAction(m_chineseAct);
    m_languageMenu->addAction(m_englishAct);

    menuBar()->addMenu(m_project->menu()); // 项目: the season's actions (ProjectActions and the views of the season)
    {
        const auto projectPath = [this] { return m_project->projectPath(); };
        m_project->menu()->addSeparator();
        // 总览 / 机关历年: a report chosen there opens here, inside the project when it is one of its reports.
        addSeasonViewActions(m_project->menu(), this, projectPath, [this](const QString &reportPath) {
            const Project *project = m_project->session()->project();
            if (const auto id = project ? project->reportId(reportPath) : std::nullopt; id && m_project->openReport(*id))
                return;
            openFile(reportPath);
        });
        m_project->menu()->addSeparator();
        addProjectOpinionActions(m_project->menu(), this, projectPath); // 审核意见书 of the whole project
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsAct);
    m_helpMenu->addAction(m_aboutAct);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_session->openAction());
    m_toolBar->addAction(m_session->saveAction());
    m_toolBar->addAction(m_session->exportAction(QStringLiteral("xlsx")));
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions->undoAction());
    m_toolBar->addAction(m_actions->redoAction());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions->previousAction());
    m_toolBar->addAction(m_actions->nextAction());
    m_toolBar->addAction(m_actions->fillAction());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_pagesAct);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("文件(&F)"));
    m_exportMenu->setTitle(tr("导出(&E)"));
    m_editMenu->setTitle(tr("编辑(&E)"));
    m_viewMenu->setTitle(tr("视图(&V)"));
    m_languageMenu->setTitle(tr("语言 / Language(&L)"));
    m_helpMenu->setTitle(tr("帮助(&H)"));
    m_toolBar->setWindowTitle(tr("工具栏"));
    m_quitAct->setText(tr("退出(&Q)"));
    m_focusDocAct->setText(tr("报告原文"));
    for (int i = 0; i < 3; ++i)
        m_tableActs[i]->setText(tableTitle(TableSection(i)));
    m_focusFindingsAct->setText(tr("问题清单"));
    m_focusCorrectionsAct->setText(tr("修改记录"));
    m_focusNoteAct->setText(tr("修改说明"));
    m_findAct->setText(tr("在原文中查找(&F)…"));
    m_findNextAct->setText(tr("查找下一处"));
    m_findPrevAct->setText(tr("查找上一处"));
    m_zoomInAct->setText(tr("放大"));
    m_zoomOutAct->setText(tr("缩小"));
    m_fitWidthAct->setText(tr("页面适合宽度"));
    m_pagesAct->setText(tr("页面视图"));
    m_pagesAct->setToolTip(tr("在报告页面与文字之间切换（Ctrl+Shift+P）"));
    m_shortcutsAct->setText(tr("键盘快捷键"));
    m_findBar->retranslate();
    m_aboutAct->setText(tr("关于年报审核(&A)"));
    m_session->retranslate();
    m_actions->retranslate();
    m_hintActions->retranslate();
    m_compare->retranslate();
    m_project->retranslate();
    m_projectDock->setWindowTitle(tr("项目面板"));
    m_tables->retranslate();
    m_findingsView->retranslate();
    m_findings->retranslate();
    m_audit->retranslate();
    if (!review())
        m_document->setPlaceholderText(
            tr("把年度报告文件拖到这里，或按 Ctrl+O 打开（txt、md、docx、html、pdf、doc、wps）"));
    updateTitle();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::switchLanguage(const QString &language)
{
    setLanguage(language, true);
    (language == QLatin1String("en") ? m_englishAct : m_chineseAct)->setChecked(true);
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(findChildren<QAction *>(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("关于年报审核"),
                       tr("<h3>年报审核 %1</h3><p>审核政府信息公开工作年度报告：读取报告中的三张统计表，"
                          "核对勾稽关系，记录每一处修改，导出 Excel、CSV、JSON。</p>"
                          "<p>全部在本机完成，不联网；报告原文件不会被修改。</p>")
                           .arg(QApplication::applicationVersion()));
}

static QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files.append(url.toLocalFile());
    return files;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    if (files.size() == 1 && m_compare->offerCompare(files.first(), m_session->confirmDiscard()))
        return; // compared with the open report (or cancelled)
    openFile(files.first());
    // Further files each get a window of their own.
    for (qsizetype i = 1; i < files.size(); ++i) {
        auto *w = new MainWindow;
        w->setAttribute(Qt::WA_DeleteOnClose);
        w->show();
        w->openFile(files.at(i));
    }
}

} // namespace nianbao::ui
