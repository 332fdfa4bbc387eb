// The window's actions, menus, toolbar and language switch (all strings set in retranslate()).
#include "ui/window/MainWindow.h"

#include "ui/window/Language.h"
#include "ui/audit/AuditPanel.h"
#include "ui/document/DocumentView.h"
#include "ui/findings/FindingsModel.h"
#include "ui/findings/FindingsView.h"
#include "ui/io/RecentFiles.h"
#include "ui/tables/TableLayout.h"
#include "ui/tables/TablesPanel.h"

#include "core/review/Review.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoGroup>

namespace nianbao::ui {

void MainWindow::createActions()
{
    m_openAct = new QAction(this);
    m_openAct->setShortcut(QKeySequence::Open);
    m_openAct->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    connect(m_openAct, &QAction::triggered, this, &MainWindow::chooseAndOpen);
    m_saveAct = new QAction(this);
    m_saveAct->setShortcut(QKeySequence::Save);
    m_saveAct->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    connect(m_saveAct, &QAction::triggered, this, &MainWindow::save);
    m_saveAsAct = new QAction(this);
    m_saveAsAct->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    connect(m_saveAsAct, &QAction::triggered, this, &MainWindow::saveAs);
    m_exportXlsxAct = new QAction(this);
    m_exportXlsxAct->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    connect(m_exportXlsxAct, &QAction::triggered, this, [this] { chooseAndExport(QStringLiteral("xlsx")); });
    m_exportCsvAct = new QAction(this);
    connect(m_exportCsvAct, &QAction::triggered, this, [this] { chooseAndExport(QStringLiteral("csv")); });
    m_exportJsonAct = new QAction(this);
    connect(m_exportJsonAct, &QAction::triggered, this, [this] { chooseAndExport(QStringLiteral("json")); });
    m_closeAct = new QAction(this);
    m_closeAct->setShortcut(QKeySequence::Close);
    connect(m_closeAct, &QAction::triggered, this, [this] {
        if (maybeDiscard())
            setReview(nullptr);
    });
    m_quitAct = new QAction(this);
    m_quitAct->setShortcut(QKeySequence::Quit);
    m_quitAct->setMenuRole(QAction::QuitRole);
    connect(m_quitAct, &QAction::triggered, this, &QWidget::close);
    m_clearRecentAct = new QAction(this);
    connect(m_clearRecentAct, &QAction::triggered, this, [this] {
        RecentFiles::clear();
        rebuildRecentMenu();
    });

    // Short fixed texts (the toolbar stays narrow); the tooltip names the step.
    m_undoAct = new QAction(this);
    m_undoAct->setShortcuts({QKeySequence::Undo});
    m_undoAct->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undoAct->setEnabled(false);
    connect(m_undoAct, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, m_undoAct, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this,
            [this](const QString &text) { m_undoAct->setToolTip(tr("撤销：%1（Ctrl+Z）").arg(text)); });
    m_redoAct = new QAction(this);
    // Ctrl+Y everywhere, plus the platform's own redo keys (without a duplicate, which would
    // make the shortcut ambiguous).
    QList<QKeySequence> redoKeys{QKeySequence(QStringLiteral("Ctrl+Y"))};
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(k))
            redoKeys.append(k);
    m_redoAct->setShortcuts(redoKeys);
    m_redoAct->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redoAct->setEnabled(false);
    connect(m_redoAct, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, m_redoAct, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, this,
            [this](const QString &text) { m_redoAct->setToolTip(tr("重做：%1（Ctrl+Y）").arg(text)); });

    m_nextAct = new QAction(this);
    m_nextAct->setShortcut(QKeySequence(Qt::Key_F8));
    m_nextAct->setIcon(QIcon::fromTheme(QStringLiteral("go-down")));
    connect(m_nextAct, &QAction::triggered, this, &MainWindow::nextFinding);
    m_prevAct = new QAction(this);
    m_prevAct->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_prevAct->setIcon(QIcon::fromTheme(QStringLiteral("go-up")));
    connect(m_prevAct, &QAction::triggered, this, &MainWindow::previousFinding);
    m_fillAct = new QAction(this);
    m_fillAct->setShortcut(QKeySequence(QStringLiteral("Ctrl+0")));
    connect(m_fillAct, &QAction::triggered, this,
            [this] { fillBlanks(TableSection(qBound(0, m_tables->tabs()->currentIndex(), 2))); });

    m_confirmAct = new QAction(this);
    m_confirmAct->setShortcut(QKeySequence(QStringLiteral("Ctrl+K")));
    connect(m_confirmAct, &QAction::triggered, this, &MainWindow::confirmSelectedInferred);

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
    connect(m_focusDocAct, &QAction::triggered, m_document, qOverload<>(&QWidget::setFocus));
    m_focusFindingsAct = new QAction(this);
    m_focusFindingsAct->setShortcut(QKeySequence(QStringLiteral("Ctrl+5")));
    connect(m_focusFindingsAct, &QAction::triggered, this, [this] {
        m_findingsView->view()->setFocus();
    });

    auto *languages = new QActionGroup(this);
    m_chineseAct = new QAction(QStringLiteral("中文"), languages);
    m_englishAct = new QAction(QStringLiteral("English"), languages);
    for (QAction *a : {m_chineseAct, m_englishAct})
        a->setCheckable(true);
    (currentLanguage() == QLatin1String("en") ? m_englishAct : m_chineseAct)->setChecked(true);
    connect(m_chineseAct, &QAction::triggered, this, [this] { switchLanguage(QStringLiteral("zh_CN")); });
    connect(m_englishAct, &QAction::triggered, this, [this] { switchLanguage(QStringLiteral("en")); });

    m_tables->addContextActions({m_confirmAct, m_fillAct});

    m_aboutAct = new QAction(this);
    connect(m_aboutAct, &QAction::triggered, this, &MainWindow::showAbout);
    setupCompare();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAct);
    m_fileMenu->addAction(m_compareAct);
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAct);
    m_fileMenu->addAction(m_saveAsAct);
    m_exportMenu = m_fileMenu->addMenu(QString());
    m_exportMenu->addAction(m_exportXlsxAct);
    m_exportMenu->addAction(m_exportCsvAct);
    m_exportMenu->addAction(m_exportJsonAct);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeAct);
    m_fileMenu->addAction(m_quitAct);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAct);
    m_editMenu->addAction(m_redoAct);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_fillAct);
    m_editMenu->addAction(m_confirmAct);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_nextAct);
    m_editMenu->addAction(m_prevAct);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_focusDocAct);
    for (QAction *a : m_tableActs)
        m_viewMenu->addAction(a);
    m_viewMenu->addAction(m_focusFindingsAct);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addAction(m_chineseAct);
    m_languageMenu->addAction(m_englishAct);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAct);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_openAct);
    m_toolBar->addAction(m_saveAct);
    m_toolBar->addAction(m_exportXlsxAct);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAct);
    m_toolBar->addAction(m_redoAct);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_prevAct);
    m_toolBar->addAction(m_nextAct);
    m_toolBar->addAction(m_fillAct);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (int i = 0; i < files.size(); ++i) {
        const QString &f = files.at(i);
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(f).fileName()));
        a->setToolTip(f);
        connect(a, &QAction::triggered, this, [this, f] { openFile(f); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("（无）"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAct);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("文件(&F)"));
    m_recentMenu->setTitle(tr("最近打开(&R)"));
    m_exportMenu->setTitle(tr("导出(&E)"));
    m_editMenu->setTitle(tr("编辑(&E)"));
    m_viewMenu->setTitle(tr("视图(&V)"));
    m_languageMenu->setTitle(tr("语言 / Language(&L)"));
    m_helpMenu->setTitle(tr("帮助(&H)"));
    m_toolBar->setWindowTitle(tr("工具栏"));
    m_openAct->setText(tr("打开(&O)…"));
    m_openAct->setToolTip(tr("打开年度报告或已保存的审核（Ctrl+O）"));
    m_saveAct->setText(tr("保存审核(&S)"));
    m_saveAct->setToolTip(tr("保存审核：修改记录与报告的校验值（Ctrl+S）"));
    m_saveAsAct->setText(tr("审核另存为(&A)…"));
    m_exportXlsxAct->setText(tr("导出 Excel (.xlsx)…"));
    m_exportCsvAct->setText(tr("导出 CSV (.csv)…"));
    m_exportJsonAct->setText(tr("导出 JSON (.json)…"));
    m_closeAct->setText(tr("关闭报告(&C)"));
    m_quitAct->setText(tr("退出(&Q)"));
    m_clearRecentAct->setText(tr("清除列表"));
    m_undoAct->setText(tr("撤销(&U)"));
    m_redoAct->setText(tr("重做(&R)"));
    m_nextAct->setText(tr("下一个问题"));
    m_nextAct->setToolTip(tr("下一个问题（F8）"));
    m_prevAct->setText(tr("上一个问题"));
    m_prevAct->setToolTip(tr("上一个问题（Shift+F8）"));
    m_fillAct->setText(tr("本表空白按 0 处理"));
    m_confirmAct->setText(tr("确认所选推断值"));
    m_confirmAct->setToolTip(tr("所选单元格中由勾稽关系拆分出的数值与原文核对无误：记为已确认（Ctrl+K）"));
    m_focusDocAct->setText(tr("报告原文"));
    for (int i = 0; i < 3; ++i)
        m_tableActs[i]->setText(tableTitle(TableSection(i)));
    m_focusFindingsAct->setText(tr("问题清单"));
    m_aboutAct->setText(tr("关于年报审核(&A)"));
    m_compareAct->setText(tr("与上一年度比较(&M)…"));
    rebuildRecentMenu();
    m_tables->retranslate();
    m_findingsView->retranslate();
    m_findings->retranslate();
    m_audit->retranslate();
    if (!m_review)
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

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("关于年报审核"),
                       tr("<h3>年报审核 %1</h3><p>审核政府信息公开工作年度报告：读取报告中的三张统计表，"
                          "核对勾稽关系，记录每一处修改，导出 Excel、CSV、JSON。</p>"
                          "<p>全部在本机完成，不联网；报告原文件不会被修改。</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace nianbao::ui
