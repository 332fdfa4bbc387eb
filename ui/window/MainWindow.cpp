#include "ui/window/MainWindow.h"

#include "ui/audit/AuditPanel.h"
#include "ui/audit/CorrectionsModel.h"
#include "ui/document/DocumentView.h"
#include "ui/findings/FindingsModel.h"
#include "ui/findings/FindingsView.h"
#include "ui/io/Autosave.h"
#include "ui/io/ReviewLoader.h"
#include "ui/tables/SectionTableModel.h"
#include "ui/tables/TablesPanel.h"

#include "core/review/Review.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QProgressBar>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoGroup>

namespace nianbao::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_undoGroup = new QUndoGroup(this);
    m_loader = new ReviewLoader(this);
    connect(m_loader, &ReviewLoader::finished, this, &MainWindow::onLoaded);
    connect(m_loader, &ReviewLoader::progress, this, [this](int percent) {
        m_progress->setRange(0, 100);
        m_progress->setValue(percent);
    });
    m_autosave = new Autosave(this);
    m_autosave->setDirtyCheck([this] { return isDirty(); });
    buildLayout();
    createActions();
    createMenus();
    connectViews();
    retranslate();

    // A sensible default: most of the screen, never more than 1600×1000.
    QSize size(1440, 900);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.92);
    resize(size);
    setReview(nullptr);
}

MainWindow::~MainWindow()
{
    // The views follow the review through QPointer; drop them before the review goes.
    m_tables->setReview(nullptr);
    m_document->setReview(nullptr);
    m_findings->setReview(nullptr);
    m_corrections->setReview(nullptr);
    m_autosave->setReview(nullptr);
}

void MainWindow::buildLayout()
{
    m_document = new DocumentView(this);
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
    m_rightSplitter->addWidget(m_tables);
    m_rightSplitter->addWidget(m_bottomTabs);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->addWidget(m_document);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(0, 2);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setSizes({560, 880});
    m_rightSplitter->setSizes({560, 300});
    setCentralWidget(m_mainSplitter);

    m_reportLabel = new QLabel(this);
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

void MainWindow::connectViews()
{
    connect(m_tables, &TablesPanel::cellSelected, this, [this](int cell) {
        if (!m_document->showCell(cell))
            statusBar()->showMessage(tr("这一格在报告原文中没有对应的文字（空白或未找到）"), 4000);
    });
    connect(m_document, &DocumentView::cellClicked, this, [this](int cell) { m_tables->selectCells({cell}); });
    connect(m_findingsView, &FindingsView::findingActivated, this, &MainWindow::showFinding);
    connect(m_findings, &FindingsModel::countsChanged, this, &MainWindow::updateStatus);
    connect(m_tables, &TablesPanel::fillBlanksRequested, this, &MainWindow::fillBlanks);
    connect(m_tables, &TablesPanel::inputRefused, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_audit, &AuditPanel::noteChanged, m_tables, &TablesPanel::setPendingNote);
    connect(m_audit, &AuditPanel::correctionActivated, this, [this](const QString &id) {
        if (m_review)
            selectCell(m_review->record().schema().indexOf(id));
    });
}

void MainWindow::setReview(std::unique_ptr<Review> review, const QString &reviewPath)
{
    // Views first let go of the old review, then it is destroyed.
    m_tables->setReview(review.get());
    m_document->setReview(review.get());
    m_findings->setReview(review.get());
    m_corrections->setReview(review.get());
    m_autosave->setReview(review.get());
    m_review = std::move(review);
    m_reviewPath = reviewPath;
    m_restoredDirty = false;
    if (m_review) {
        m_undoGroup->addStack(m_review->undoStack());
        m_undoGroup->setActiveStack(m_review->undoStack());
        connect(m_review.get(), &Review::changed, this, &MainWindow::onReviewChanged);
        connect(m_review->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    }
    const bool has = m_review != nullptr;
    for (QAction *a : {m_saveAct, m_saveAsAct, m_closeAct, m_exportXlsxAct, m_exportCsvAct, m_exportJsonAct,
                       m_nextAct, m_prevAct, m_fillAct, m_confirmAct})
        a->setEnabled(has);
    m_document->setPlaceholderText(tr("把年度报告文件拖到这里，或按 Ctrl+O 打开（txt、md、docx、html、pdf、doc、wps）"));
    updateTitle();
    updateStatus();
}

void MainWindow::onReviewChanged()
{
    updateTitle();
    updateStatus();
}

bool MainWindow::isDirty() const
{
    return m_review && (m_review->isModified() || m_restoredDirty);
}

void MainWindow::updateTitle()
{
    QString name = tr("未打开报告");
    if (m_review)
        name = QFileInfo(m_reviewPath.isEmpty() ? m_review->document().path : m_reviewPath).fileName();
    setWindowTitle(name + QStringLiteral("[*]"));
    setWindowModified(isDirty());
}

void MainWindow::updateStatus()
{
    if (!m_review) {
        m_reportLabel->clear();
        m_countsLabel->clear();
        m_bottomTabs->setTabText(0, tr("问题清单"));
        m_bottomTabs->setTabText(1, tr("修改记录"));
        return;
    }
    const Record &rec = m_review->record();
    QStringList parts;
    parts << tr("%1 年格式").arg(formatName(rec.format));
    if (!rec.agency.isEmpty())
        parts << rec.agency;
    if (rec.year > 0)
        parts << tr("%1 年度").arg(rec.year);
    m_reportLabel->setText(parts.join(QStringLiteral(" · ")));
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
    if (!m_review || cellIndex < 0)
        return;
    m_tables->selectCells({cellIndex});
    m_document->showCell(cellIndex);
}

void MainWindow::showFinding(const Finding &finding)
{
    if (!m_review)
        return;
    const Schema &schema = m_review->record().schema();
    QList<int> cells;
    for (const QString &id : finding.cells)
        if (const int i = schema.indexOf(id); i >= 0)
            cells.append(i);
    m_tables->selectCells(cells);
    // The first of its cells that stands in the text is shown in the report.
    bool shown = false;
    for (int cell : std::as_const(cells))
        if ((shown = m_document->showCell(cell)))
            break;
    if (!shown && !cells.isEmpty())
        m_document->showCell(-1);
    statusBar()->showMessage(displayMessage(finding), 8000);
}

// F8 / Shift+F8: the finding's first cell gets the keyboard, so typing a number corrects it.
void MainWindow::nextFinding()
{
    m_bottomTabs->setCurrentWidget(m_findingsView);
    if (!m_findingsView->next()) {
        statusBar()->showMessage(tr("没有问题"), 3000);
        return;
    }
    m_tables->view(TableSection(qBound(0, m_tables->tabs()->currentIndex(), 2)))->setFocus();
}

void MainWindow::previousFinding()
{
    m_bottomTabs->setCurrentWidget(m_findingsView);
    if (!m_findingsView->previous()) {
        statusBar()->showMessage(tr("没有问题"), 3000);
        return;
    }
    m_tables->view(TableSection(qBound(0, m_tables->tabs()->currentIndex(), 2)))->setFocus();
}

int MainWindow::confirmSelectedInferred()
{
    if (!m_review)
        return 0;
    const Record &rec = m_review->record();
    QStringList ids;
    for (int cell : m_tables->selectedCells())
        if (rec.cells.at(cell).inferred && !rec.cells.at(cell).corrected)
            ids.append(rec.schema().at(cell).id);
    const int n = ids.isEmpty() ? 0 : m_review->confirmCells(ids);
    if (n > 0)
        statusBar()->showMessage(tr("已确认 %1 个推断值（可撤销）").arg(n), 5000);
    else
        statusBar()->showMessage(tr("所选单元格中没有待确认的推断值"), 4000);
    return n;
}

void MainWindow::fillBlanks(TableSection section)
{
    if (!m_review)
        return;
    const int n = m_review->fillBlanks(section);
    if (n > 0)
        statusBar()->showMessage(tr("%1：%2 个空白单元格已按 0 处理（可撤销）").arg(tableTitle(section)).arg(n), 6000);
    else
        statusBar()->showMessage(tr("%1：没有空白单元格").arg(tableTitle(section)), 4000);
}

} // namespace nianbao::ui
