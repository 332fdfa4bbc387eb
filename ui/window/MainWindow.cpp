// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/MainWindow.h"

#include "ui/actions/HintActions.h"
#include "ui/actions/ReviewActions.h"
#include "ui/audit/AuditPanel.h"
#include "ui/audit/CorrectionsModel.h"
#include "ui/compare/CompareEntry.h"
#include "ui/document/DocumentView.h"
#include "ui/document/FindBar.h"
#include "ui/document/PageView.h"
#include "ui/findings/FindingsModel.h"
#include "ui/findings/FindingsView.h"
#include "ui/project/ProjectActions.h"
#include "ui/project/ProjectPanel.h"
#include "ui/project/ProjectSession.h"
#include "ui/tables/TablesPanel.h"

#include "core/review/Review.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>

namespace nianbao::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    buildLayout();
    m_session = new ReportSession(this);
    m_actions = new ReviewActions(m_tables, m_findingsView, m_bottomTabs, this);
    m_hintActions = new HintActions(m_tables, m_findingsView, this);
    m_compare = new CompareEntry(this, [this] { return m_session->review(); });
    m_project = new ProjectActions(this, m_session);
    m_hintActions->setSettleRefused([this]() -> QString {
        if (m_project->currentReportId() > 0 && !m_project->session()->isWritable())
            return tr("项目以只读方式打开：对问题的确认或排除不能保存到项目");
        return {};
    });
    placeProject();
    createActions();
    createMenus();
    connectViews();
    connectCollaborators();
    retranslate();

    restoreWindowState();
    setReview(nullptr);
}

MainWindow::~MainWindow()
{
    // The views follow the review through QPointer; drop them before the review goes.
    disconnect(m_session, nullptr, this, nullptr);
    if (Review *r = review())
        disconnect(r, nullptr, this, nullptr);
    m_tables->setReview(nullptr);
    m_document->setReview(nullptr);
    m_pages->setReview(nullptr);
    m_findings->setReview(nullptr);
    m_corrections->setReview(nullptr);
    m_actions->setReview(nullptr);
    m_hintActions->setReview(nullptr);
}

void MainWindow::buildLayout()
{
    m_document = new DocumentView(this);
    m_pages = new PageView(this);
    m_tables = new TablesPanel(this);
    m_findings = new FindingsModel(this);
    m_findingsView = new FindingsView(m_findings, this);
    m_corrections = new CorrectionsModel(this);
    m_audit = new AuditPanel(m_corrections, this);

    m_bottomTabs = new QTabWidget(this);
    m_bottomTabs->setObjectName(QStringLiteral("bottomTabs"));
    m_bottomTabs->addTab(m_findingsView, QString());
    m_bottomTabs->addTab(m_audit, QString());

    m_rightSplitter = new QSplitter(Qt::Vertical, this);
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    m_rightSplitter->addWidget(m_tables);
    m_rightSplitter->addWidget(m_bottomTabs);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);

    // The report's text with its find bar (Ctrl+F) over it, or (a PDF) its pages.
    m_textPane = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(m_textPane);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    m_findBar = new FindBar(m_document, m_textPane);
    leftLayout->addWidget(m_findBar);
    leftLayout->addWidget(m_document, 1);
    m_leftStack = new QStackedWidget(this);
    m_leftStack->addWidget(m_textPane);
    m_leftStack->addWidget(m_pages);
    QWidget *left = m_leftStack;
    m_documentPoints = m_document->font().pointSizeF();
    m_tablePoints = m_tables->view(TableSection::Active)->font().pointSizeF();

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(left);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(0, 2);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setSizes({520, 920});
    m_rightSplitter->setSizes({560, 300});
    setCentralWidget(m_mainSplitter);

    m_reportLabel = new QLabel(this);
    m_reportLabel->setObjectName(QStringLiteral("reportInfo"));
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("findingCounts"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_reportLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
}

// The project panel: a dock on the left, shown once a project opens; its progress in the status bar.
void MainWindow::placeProject()
{
    m_projectDock = new QDockWidget(this);
    m_projectDock->setObjectName(QStringLiteral("projectDock"));
    m_projectDock->setWidget(m_project->panel());
    m_projectDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, m_projectDock);
    resizeDocks({m_projectDock}, {520}, Qt::Horizontal);
    m_projectDock->hide();
    statusBar()->addPermanentWidget(m_project->scanIndicator());
    connect(m_project, &ProjectActions::projectOpened, m_projectDock, &QWidget::show);
    connect(m_project, &ProjectActions::message, this, &MainWindow::showMessage);
}

QMenu *MainWindow::projectMenu() const
{
    return m_project->menu();
}

void MainWindow::connectViews()
{
    connect(m_tables, &TablesPanel::cellSelected, this, [this](int cell) {
        const bool onPage = m_pages->showCell(cell);
        if (!m_document->showCell(cell) && !(pagesShown() && onPage))
            statusBar()->showMessage(review() && review()->document().imageOnly
                                         ? tr("扫描件：请对照页面录入这一格")
                                         : tr("这一格在报告原文中没有对应的文字（空白或未找到）"),
                                     4000);
    });
    connect(m_document, &DocumentView::cellClicked, this, [this](int cell) { m_tables->selectCells({cell}); });
    connect(m_pages, &PageView::cellClicked, this, [this](int cell) {
        m_tables->selectCells({cell});
        m_document->showCell(cell);
    });
    connect(m_pages, &PageView::pageFailed, this, [this](const QString &message) { showMessage(message, 0); });
    connect(m_findingsView, &FindingsView::findingActivated, this, &MainWindow::showFinding);
    connect(m_findings, &FindingsModel::countsChanged, this, &MainWindow::updateStatus);
    connect(m_tables, &TablesPanel::inputRefused, this, [this](const QString &message) { showMessage(message, 6000); });
    connect(m_audit, &AuditPanel::noteChanged, m_tables, &TablesPanel::setPendingNote);
    connect(m_audit, &AuditPanel::correctionActivated, this, [this](const QString &id) {
        if (review())
            selectCell(review()->record().schema().indexOf(id));
    });
}

void MainWindow::connectCollaborators()
{
    connect(m_session, &ReportSession::reviewChanged, this, &MainWindow::onReviewChanged);
    connect(m_session, &ReportSession::dirtyChanged, this, &MainWindow::updateTitle);
    connect(m_session, &ReportSession::loaded, this, &MainWindow::loaded);
    connect(m_session, &ReportSession::message, this, &MainWindow::showMessage);
    connect(m_session, &ReportSession::loadProgress, this, &MainWindow::showProgress);
    connect(m_session, &ReportSession::loadFinished, m_progress, &QWidget::hide);
    connect(m_actions, &ReviewActions::message, this, &MainWindow::showMessage);
    connect(m_hintActions, &HintActions::message, this, &MainWindow::showMessage);
    // The status bar's progress bar is shared with the window's own loads.
    connect(m_compare, &CompareEntry::message, this, &MainWindow::showMessage);
    connect(m_compare, &CompareEntry::progress, this, &MainWindow::showProgress);
    connect(m_compare, &CompareEntry::finished, this, [this] {
        if (!m_session->isLoading())
            m_progress->hide();
    });
}

void MainWindow::showMessage(const QString &text, int timeout)
{
    if (text.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(text, timeout);
}

// -1: busy until a loader reports a percentage.
void MainWindow::showProgress(int percent)
{
    if (percent < 0) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 100);
        m_progress->setValue(percent);
    }
    m_progress->show();
}

void MainWindow::onReviewChanged(Review *review)
{
    // Views first let go of the old review (the session destroys it after this).
    m_tables->setReview(review);
    m_document->setReview(review);
    m_pages->setReview(review);
    // A PDF opens on its pages (the page the agency published, each value's box on it); a scan
    // has nothing else to show. Other formats open on their text.
    setPagesShown(m_pages->hasPages());
    m_pagesAct->setEnabled(m_pages->hasPages());
    m_findings->setReview(review);
    m_corrections->setReview(review);
    m_actions->setReview(review);
    m_hintActions->setReview(review);
    if (review)
        connect(review, &Review::changed, this, [this] {
            updateTitle();
            updateStatus();
        });
    m_document->setPlaceholderText(tr("把年度报告文件拖到这里，或按 Ctrl+O 打开（txt、md、docx、html、pdf、doc、wps）"));
    if (review)
        m_bottomTabs->setCurrentWidget(m_findingsView); // a new report: its findings first
    updateTitle();
    updateStatus();
}

void MainWindow::setPagesShown(bool pages)
{
    pages = pages && m_pages->hasPages();
    m_leftStack->setCurrentWidget(pages ? static_cast<QWidget *>(m_pages) : m_textPane);
    m_pagesAct->setChecked(pages);
    m_fitWidthAct->setEnabled(pages);
}

bool MainWindow::pagesShown() const
{
    return m_leftStack->currentWidget() == m_pages;
}

void MainWindow::zoom(int steps)
{
    if (pagesShown()) { // the pages zoom by themselves; the tables keep their size
        steps > 0 ? m_pages->zoomIn() : m_pages->zoomOut();
        showMessage(tr("缩放 %1%").arg(qRound(100.0 * m_pages->zoomFactor())), 2000);
        return;
    }
    m_zoom = qBound(-4, m_zoom + steps, 12);
    QFont f = m_document->font();
    f.setPointSizeF(m_documentPoints + m_zoom);
    m_document->setFont(f);
    m_tables->setFontPointSize(m_tablePoints + m_zoom);
    if (m_zoom != 0)
        showMessage(tr("缩放 %1%").arg(qRound(100.0 * (m_documentPoints + m_zoom) / m_documentPoints)), 2000);
}

// The window fills what the screen gives it (92 %) the first time, and comes back where and as
// large as it was left, with its panes as they were.
void MainWindow::restoreWindowState()
{
    QSettings settings;
    const bool restored = restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!restored) {
        QSize size(1440, 900);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = (screen->availableSize() * 0.92);
        resize(size);
    }
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_rightSplitter->restoreState(settings.value(QStringLiteral("window/rightSplitter")).toByteArray());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/rightSplitter"), m_rightSplitter->saveState());
}

void MainWindow::updateTitle()
{
    QString name = tr("未打开报告");
    if (const Review *r = review())
        name = QFileInfo(reviewPath().isEmpty() ? r->document().path : reviewPath()).fileName();
    setWindowTitle(name + QStringLiteral("[*]"));
    setWindowModified(isDirty());
}

void MainWindow::updateStatus()
{
    const Review *r = review();
    if (!r) {
        m_reportLabel->clear();
        m_countsLabel->clear();
        m_bottomTabs->setTabText(0, tr("问题清单"));
        m_bottomTabs->setTabText(1, tr("修改记录"));
        return;
    }
    const Record &rec = r->record();
    QStringList parts;
    parts << tr("%1 年格式").arg(formatName(rec.format));
    if (!rec.agency.isEmpty())
        parts << rec.agency;
    if (rec.year > 0)
        parts << tr("%1 年度").arg(rec.year);
    // Read after converting Traditional characters (facts.converted_from): the left pane shows the
    // text as printed, the tables and findings come from its Simplified reading.
    if (rec.facts.convertedFrom == u"Hant")
        parts << tr("原文为繁体字，已转为简体后读取");
    // A scan whose values come from the reading kept with its review (facts.ocr.from_review): the
    // pages were not read by OCR again, so the values are those the corrections were made against.
    const OcrFacts &ocr = rec.facts.ocr;
    if (ocr.fromReview)
        parts << tr("文字识别结果取自保存的审核（未重新识别）");
    m_reportLabel->setText(parts.join(QStringLiteral(" · ")));
    QStringList tips;
    if (rec.facts.convertedFrom == u"Hant")
        tips << tr("左侧显示报告原文（繁体）；表格与问题清单按 ICU 繁简转换后的文字读取");
    if (ocr.fromReview)
        tips << tr("扫描件的数值取自上次用 %1 识别并随审核保存的结果；报告文件未改变，因此没有再次识别").arg(ocr.engine);
    m_reportLabel->setToolTip(tips.join(QLatin1Char('\n')));
    const auto v = m_findings->count(FindingKind::Violation);
    const auto m = m_findings->count(FindingKind::Missing);
    const auto w = m_findings->count(FindingKind::Warning);
    m_countsLabel->setText(
        tr("<span style='color:%1'>违反勾稽关系 %2</span> · <span style='color:%3'>缺失 %4</span> · "
           "<span style='color:%5'>提示 %6</span>")
            .arg(findingKindColor(FindingKind::Violation).name()).arg(v)
            .arg(findingKindColor(FindingKind::Missing).name()).arg(m)
            .arg(findingKindColor(FindingKind::Warning).name()).arg(w));
    m_bottomTabs->setTabText(0, tr("问题清单（%1）").arg(v + m + w));
    m_bottomTabs->setTabText(1, tr("修改记录（%1）").arg(rec.corrections.size()));
}

void MainWindow::selectCell(int cellIndex)
{
    if (!review() || cellIndex < 0)
        return;
    m_tables->selectCells({cellIndex});
    m_document->showCell(cellIndex);
    m_pages->showCell(cellIndex);
}

void MainWindow::showFinding(const Finding &finding)
{
    if (!review())
        return;
    const Schema &schema = review()->record().schema();
    QList<int> cells;
    for (const QString &id : finding.cells)
        if (const int i = schema.indexOf(id); i >= 0)
            cells.append(i);
    cells = culpritFirst(review()->record(), cells); // F8 lands on the likely wrong cell
    m_tables->selectCells(cells);
    m_pages->showCells(cells); // every box of the finding outlined
    // The first of its cells that stands in the text is shown in the report.
    bool shown = false;
    for (int cell : std::as_const(cells))
        if ((shown = m_document->showCell(cell)))
            break;
    if (!shown && !cells.isEmpty())
        m_document->showCell(-1);
    QString message = displayMessage(finding);
    for (const Hint &h : review()->record().hints)
        if (h.rank == 1 && !cells.isEmpty() && schema.indexOf(h.changes.first().cell) == cells.first()) {
            message += tr("　更正建议（Ctrl+Enter 采纳）：%1").arg(displayMessage(h));
            break;
        }
    statusBar()->showMessage(message, 8000);
}

void MainWindow::nextFinding()
{
    m_actions->nextFinding();
}

void MainWindow::previousFinding()
{
    m_actions->previousFinding();
}

void MainWindow::fillBlanks(TableSection section)
{
    m_actions->fillBlanks(section);
}

int MainWindow::confirmSelectedInferred()
{
    return m_actions->confirmSelectedInferred();
}

bool MainWindow::compareWith(const QString &path)
{
    return m_compare->compareWith(path);
}

bool MainWindow::compareFiles(const QString &first, const QString &second)
{
    return m_compare->compareFiles(first, second);
}

CompareLauncher *MainWindow::compareLauncher() const
{
    return m_compare->launcher();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_session->maybeDiscard()) {
        event->ignore();
        return;
    }
    m_session->windowClosing();
    saveWindowState();
    event->accept();
}

} // namespace nianbao::ui
