// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/CompareWindow.h"

#include "ui/compare/ChartsPanel.h"
#include "ui/compare/CompareActions.h"
#include "ui/compare/CompareFiles.h"
#include "ui/compare/CompareTableModel.h"
#include "ui/audit/AuditPanel.h"
#include "ui/audit/CorrectionsModel.h"
#include "ui/document/DocumentView.h"
#include "ui/findings/FindingsModel.h"
#include "ui/findings/FindingsView.h"
#include "ui/tables/FramedSelectionDelegate.h"
#include "ui/tables/TableTitle.h"

#include "core/review/Review.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace nianbao::ui {

static int sideIndex(Side side)
{
    return side == Side::Older ? 0 : 1;
}

CompareWindow::CompareWindow(CompareSession *session, QWidget *parent)
    : QMainWindow(parent), m_session(session)
{
    setObjectName(QStringLiteral("compareWindow"));
    m_session->setParent(this);
    m_files = new CompareFiles(m_session, this);
    buildLayout();
    createMenus();
    connectViews();
    onComparisonChanged();
    QSize size(1680, 1000);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.95);
    resize(size);
}

CompareWindow::~CompareWindow()
{
    // An editor still open is committed while the widgets go: nothing may reach this window then.
    m_session->blockSignals(true);
    for (Side side : {Side::Older, Side::Newer})
        if (Review *r = m_session->review(side))
            for (const QObject *receiver : {static_cast<QObject *>(this), static_cast<QObject *>(m_actions),
                                            static_cast<QObject *>(m_files)})
                disconnect(r->undoStack(), nullptr, receiver, nullptr);
    for (DocumentView *d : m_docs)
        d->setReview(nullptr);
    for (CorrectionsModel *c : m_corrections)
        c->setReview(nullptr);
}

QWidget *CompareWindow::buildDocumentPane(Side side)
{
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *title = new QLabel;
    title->setTextFormat(Qt::RichText);
    title->setStyleSheet(QStringLiteral("padding:3px 6px; background:%1; color:white; font-weight:bold")
                             .arg(side == Side::Older ? QStringLiteral("#64748b") : QStringLiteral("#2563eb")));
    auto *doc = new DocumentView;
    doc->setObjectName(side == Side::Older ? QStringLiteral("olderDocument") : QStringLiteral("newerDocument"));
    doc->setReview(m_session->review(side));
    layout->addWidget(title);
    layout->addWidget(doc, 1);
    m_docs[sideIndex(side)] = doc;
    m_docTitles[sideIndex(side)] = title;
    return pane;
}

QWidget *CompareWindow::buildTablePage(TableSection section)
{
    auto *model = new CompareTableModel(m_session, section, this);
    auto *view = new QTableView;
    view->setObjectName(QStringLiteral("compareTable%1").arg(int(section)));
    view->setModel(model);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::AnyKeyPressed);
    view->setAlternatingRowColors(false);
    // The 说明 column wraps (never cut); rows grow to fit it.
    view->setWordWrap(true);
    view->setItemDelegate(new FramedSelectionDelegate(view)); // the selection keeps the colours
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    auto *fit = new QTimer(view);
    fit->setSingleShot(true);
    fit->setInterval(0);
    connect(fit, &QTimer::timeout, view, &QTableView::resizeRowsToContents);
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, fit, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::modelReset, fit, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::dataChanged, fit, qOverload<>(&QTimer::start));
    QHeaderView *h = view->horizontalHeader();
    h->setSectionResizeMode(CompareTableModel::ItemColumn, QHeaderView::Interactive);
    h->resizeSection(CompareTableModel::ItemColumn, 300);
    for (int c : {CompareTableModel::OldColumn, CompareTableModel::NewColumn, CompareTableModel::ChangeColumn,
                  CompareTableModel::PercentColumn})
        h->resizeSection(c, 72);
    h->setStretchLastSection(true);
    m_models[int(section)] = model;
    m_views[int(section)] = view;
    return view;
}

void CompareWindow::buildLayout()
{
    m_findings = new FindingsModel(this);
    m_findingsView = new FindingsView(m_findings);
    m_findingsView->setObjectName(QStringLiteral("crossYearFindings"));
    m_actions = new CompareActions(m_session, m_findingsView, this);

    auto *docs = new QSplitter(Qt::Vertical);
    docs->addWidget(buildDocumentPane(Side::Older));
    docs->addWidget(buildDocumentPane(Side::Newer));

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("compareTabs"));
    for (TableSection s : {TableSection::Active, TableSection::Apply, TableSection::Review})
        m_tabs->addTab(buildTablePage(s), tableTitle(s));

    auto *legend = new QLabel;
    legend->setObjectName(QStringLiteral("compareLegend"));
    legend->setTextFormat(Qt::RichText);
    legend->setWordWrap(true);
    auto swatch = [](const QColor &c, const QString &text) {
        return QStringLiteral("<span style='background:%1'>&nbsp;&nbsp;&nbsp;&nbsp;</span> %2").arg(c.name(), text);
    };
    // Every colour the tables use: the comparison's own, then each state a cell can be in.
    QStringList entries{swatch(compareCrossFindingBackground(), tr("跨年度不一致")),
                        swatch(compareBigChangeBackground(), tr("变化较大")),
                        swatch(compareNotComparableBackground(), tr("不可比（见说明）"))};
    for (CellState state : allCellStates)
        if (state != CellState::Consistent && state != CellState::Culprit) // culprits show as violated here
            entries.append(swatch(cellStateBackground(state), state == CellState::Violated ? tr("本年报告内违反勾稽关系")
                                                                                            : cellStateLabel(state)));
    legend->setText(entries.join(QStringLiteral("&nbsp;&nbsp; ")));
    auto *tablesPane = new QWidget;
    auto *tl = new QVBoxLayout(tablesPane);
    tl->setContentsMargins(0, 0, 0, 0);
    m_agencyBanner = new QLabel;
    m_agencyBanner->setObjectName(QStringLiteral("agencyBanner"));
    m_agencyBanner->setWordWrap(true);
    m_agencyBanner->setStyleSheet(QStringLiteral(
        "QLabel { background:#fff7ed; color:#9a3412; border:1px solid #fdba74; padding:4px 8px; font-weight:bold; }"));
    m_agencyBanner->hide();
    tl->addWidget(m_agencyBanner);
    tl->addWidget(m_actions->thresholdsBar());
    tl->addWidget(m_tabs, 1);
    tl->addWidget(legend);

    m_bottomTabs = new QTabWidget;
    m_bottomTabs->addTab(m_findingsView, QString());
    for (Side side : {Side::Older, Side::Newer}) {
        auto *model = new CorrectionsModel(this);
        model->setReview(m_session->review(side));
        auto *panel = new AuditPanel(model);
        m_corrections[sideIndex(side)] = model;
        m_audits[sideIndex(side)] = panel;
        m_bottomTabs->addTab(panel, QString());
    }

    auto *middle = new QSplitter(Qt::Vertical);
    middle->addWidget(tablesPane);
    middle->addWidget(m_bottomTabs);
    middle->setStretchFactor(0, 3);
    middle->setStretchFactor(1, 1);
    middle->setSizes({620, 260});

    m_charts = new ChartsPanel(m_session);

    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->addWidget(docs);
    m_mainSplitter->addWidget(middle);
    m_mainSplitter->addWidget(m_charts);
    m_mainSplitter->setStretchFactor(0, 2);
    m_mainSplitter->setStretchFactor(1, 4);
    m_mainSplitter->setStretchFactor(2, 3);
    m_mainSplitter->setSizes({400, 760, 520});
    setCentralWidget(m_mainSplitter);

    m_countsLabel = new QLabel;
    m_countsLabel->setObjectName(QStringLiteral("compareCounts"));
    m_countsLabel->setTextFormat(Qt::RichText);
    statusBar()->addPermanentWidget(m_countsLabel);
}

void CompareWindow::connectViews()
{
    connect(m_session, &CompareSession::comparisonChanged, this, &CompareWindow::onComparisonChanged);
    // Queued: the review is being destroyed by its window right now; closing may ask about the
    // other year's unsaved corrections, which must not happen inside that destructor.
    connect(m_session, &CompareSession::reviewGone, this, &QWidget::close, Qt::QueuedConnection);
    connect(m_files, &CompareFiles::message, statusBar(), &QStatusBar::showMessage);
    for (TableSection s : {TableSection::Active, TableSection::Apply, TableSection::Review}) {
        QTableView *view = m_views.at(int(s));
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, s](const QModelIndex &current) { onItemActivated(s, current); });
        connect(m_models.at(int(s)), &CompareTableModel::inputRefused, this,
                [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    }
    for (Side side : {Side::Older, Side::Newer}) {
        connect(m_docs.at(sideIndex(side)), &DocumentView::cellClicked, this,
                [this, side](int cell) { onDocumentCell(side, cell); });
        connect(m_audits.at(sideIndex(side)), &AuditPanel::noteChanged, this, [this](const QString &note) {
            for (CompareTableModel *m : m_models)
                m->setPendingNote(note);
        });
        connect(m_audits.at(sideIndex(side)), &AuditPanel::correctionActivated, this,
                [this, side](const QString &id) { selectCell(side, id); });
    }
    connect(m_findingsView, &FindingsView::findingActivated, this, &CompareWindow::showFinding);
}

// Moving in a table shows the item's numbers in both reports; a value column makes its year the
// one undo acts on.
void CompareWindow::onItemActivated(TableSection section, const QModelIndex &index)
{
    if (m_selecting)
        return;
    const ComparisonRow *row = m_models.at(int(section))->rowAt(index.row());
    if (!row)
        return;
    const int column = index.column();
    if (column == CompareTableModel::OldColumn || column == CompareTableModel::NewColumn)
        m_session->setActiveSide(CompareTableModel::sideOf(column));
    for (Side side : {Side::Older, Side::Newer}) {
        const QStringList &ids = side == Side::Older ? row->oldCells : row->newCells;
        const Record &rec = m_session->record(side);
        m_docs.at(sideIndex(side))->showCell(ids.isEmpty() ? -1 : rec.schema().indexOf(ids.first()));
    }
}

void CompareWindow::onDocumentCell(Side side, int cellIndex)
{
    const Record &rec = m_session->record(side);
    if (cellIndex < 0 || cellIndex >= rec.schema().size())
        return;
    m_session->setActiveSide(side);
    selectCell(side, rec.schema().at(cellIndex).id);
}

void CompareWindow::selectCell(Side side, const QString &cellId)
{
    for (CompareTableModel *model : m_models) {
        const QModelIndex index = model->indexOfCell(side, cellId);
        if (!index.isValid())
            continue;
        QTableView *view = m_views.at(int(model->section()));
        m_tabs->setCurrentIndex(int(model->section()));
        view->setCurrentIndex(index); // shows both years' numbers (onItemActivated)
        view->scrollTo(index);
        m_docs.at(sideIndex(side))->showCell(m_session->record(side).schema().indexOf(cellId));
        return;
    }
}

void CompareWindow::showFinding(const Finding &finding)
{
    statusBar()->showMessage(displayMessage(finding), 10000);
    m_selecting = true;
    bool first = true;
    for (QTableView *v : m_views)
        v->selectionModel()->clearSelection();
    for (Side side : {Side::Newer, Side::Older}) {
        const QStringList &ids = side == Side::Older ? finding.previousCells : finding.cells;
        for (const QString &id : ids) {
            for (CompareTableModel *model : m_models) {
                const QModelIndex index = model->indexOfCell(side, id);
                if (!index.isValid())
                    continue;
                QTableView *view = m_views.at(int(model->section()));
                if (first) {
                    m_tabs->setCurrentIndex(int(model->section()));
                    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
                    view->scrollTo(index);
                    first = false;
                }
                view->selectionModel()->select(index, QItemSelectionModel::Select);
            }
        }
        // The first of its cells that stands in that report's text.
        const Record &rec = m_session->record(side);
        bool shown = false;
        for (const QString &id : ids)
            if ((shown = m_docs.at(sideIndex(side))->showCell(rec.schema().indexOf(id))))
                break;
        if (!shown)
            m_docs.at(sideIndex(side))->showCell(-1);
    }
    m_selecting = false;
}

QStringList CompareWindow::selectedCells(Side side) const
{
    QStringList ids;
    const int column = side == Side::Older ? CompareTableModel::OldColumn : CompareTableModel::NewColumn;
    for (QTableView *view : m_views)
        for (const QModelIndex &index : view->selectionModel()->selectedIndexes())
            if (index.column() == column)
                ids.append(index.data(CompareTableModel::CellIdsRole).toStringList());
    return ids;
}

void CompareWindow::onComparisonChanged()
{
    const Comparison &c = m_session->comparison();
    m_findings->setFindings(c.findings, c.newer.format);
    for (Side side : {Side::Older, Side::Newer}) {
        const Record &rec = m_session->record(side);
        const Review *review = m_session->review(side);
        const QString file = review ? QFileInfo(review->document().path).fileName() : QString();
        m_docTitles.at(sideIndex(side))
            ->setText(tr("%1（%2）：%3").arg(sideName(rec, side), side == Side::Older ? tr("旧") : tr("新"),
                                            file.toHtmlEscaped()));
        m_bottomTabs->setTabText(1 + sideIndex(side), tr("修改记录·%1（%2）").arg(sideName(rec, side)).arg(rec.corrections.size()));
    }
    m_bottomTabs->setTabText(0, tr("跨年度问题（%1）").arg(c.findings.size()));
    for (CompareTableModel *m : m_models)
        Q_EMIT m->headerDataChanged(Qt::Horizontal, CompareTableModel::OldColumn, CompareTableModel::NewColumn);
    fitNumberColumns();
    // Two agencies (the cross-year rules say the names differ): both named, in the title and in
    // a banner over the tables, not only in the findings list.
    const auto differ = std::find_if(c.findings.cbegin(), c.findings.cend(),
                                     [](const Finding &f) { return f.rule == QLatin1String("cross.agency"); });
    if (differ != c.findings.cend()) {
        setWindowTitle(tr("年度对比：%1 %2 — %3 %4")
                           .arg(c.older.agency.trimmed(), sideName(c.older, Side::Older), c.newer.agency.trimmed(),
                                sideName(c.newer, Side::Newer)));
        m_agencyBanner->setText(differ->message);
    } else {
        const QString agency = !c.newer.agency.isEmpty() ? c.newer.agency : c.older.agency;
        setWindowTitle(tr("年度对比：%1 %2 — %3").arg(agency, sideName(c.older, Side::Older), sideName(c.newer, Side::Newer)));
    }
    m_agencyBanner->setVisible(differ != c.findings.cend());
    updateStatus();
}

// Numbers are never elided: the number columns grow to their widest text (measured with the bold
// font, much cheaper than the views' size hints on every edit).
void CompareWindow::fitNumberColumns()
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    for (int t = 0; t < 3; ++t) {
        const CompareTableModel *model = m_models.at(t);
        QHeaderView *h = m_views.at(t)->horizontalHeader();
        for (int c : {CompareTableModel::OldColumn, CompareTableModel::NewColumn, CompareTableModel::ChangeColumn,
                      CompareTableModel::PercentColumn}) {
            // Digits, signs and arrows are of even width: only the longest text is measured.
            QString longest;
            for (int r = 0; r < model->rowCount(); ++r) {
                const QString text = model->index(r, c).data().toString();
                if (text.size() > longest.size())
                    longest = text;
            }
            const int width = std::max(fm.horizontalAdvance(model->headerData(c, Qt::Horizontal).toString()) + 20,
                                       fm.horizontalAdvance(longest + QStringLiteral("00")) + 12);
            if (width > h->sectionSize(c))
                h->resizeSection(c, width);
        }
    }
}

void CompareWindow::updateStatus()
{
    const Comparison &c = m_session->comparison();
    qsizetype notComparable = 0;
    for (const ComparisonRow &r : c.rows)
        notComparable += !r.comparable();
    QStringList parts;
    parts << tr("<span style='color:#c2410c'>跨年度问题 %1</span>").arg(c.findings.size())
          << tr("<span style='color:#9d174d'>变化较大 %1</span>").arg(c.bigChangeCount());
    if (notComparable > 0)
        parts << tr("不可比 %1").arg(notComparable);
    for (Side side : {Side::Older, Side::Newer}) {
        const Record &rec = m_session->record(side);
        parts << tr("%1：违反勾稽关系 %2").arg(sideName(rec, side)).arg(rec.count(FindingKind::Violation));
    }
    if (!c.sameFormat())
        parts << tr("%1 年格式对 %2 年格式").arg(formatName(c.older.format), formatName(c.newer.format));
    m_countsLabel->setText(parts.join(QStringLiteral(" · ")));
}

void CompareWindow::createMenus()
{
    m_closeAct = new QAction(tr("关闭对比(&C)"), this);
    m_closeAct->setShortcut(QKeySequence::Close);
    connect(m_closeAct, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("文件(&F)"));
    file->addAction(m_files->saveAction(Side::Older));
    file->addAction(m_files->saveAction(Side::Newer));
    file->addSeparator();
    file->addAction(m_files->exportXlsxAction());
    file->addAction(m_files->exportJsonAction());
    file->addSeparator();
    file->addAction(m_closeAct);
    QMenu *edit = menuBar()->addMenu(tr("编辑(&E)"));
    edit->addAction(m_actions->undoAction());
    edit->addAction(m_actions->redoAction());
    edit->addSeparator();
    edit->addAction(m_actions->nextAction());
    edit->addAction(m_actions->previousAction());

    QToolBar *bar = addToolBar(tr("工具栏"));
    bar->setObjectName(QStringLiteral("compareToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_actions->undoAction());
    bar->addAction(m_actions->redoAction());
    bar->addSeparator();
    bar->addAction(m_files->exportXlsxAction());
    bar->addAction(m_files->exportJsonAction());
    bar->addSeparator();
    bar->addAction(m_actions->previousAction());
    bar->addAction(m_actions->nextAction());
}

void CompareWindow::closeEvent(QCloseEvent *event)
{
    if (m_files->maybeClose())
        event->accept();
    else
        event->ignore();
}

QAction *CompareWindow::undoAction() const
{
    return m_actions->undoAction();
}

QAction *CompareWindow::redoAction() const
{
    return m_actions->redoAction();
}

void CompareWindow::undo()
{
    m_actions->undo();
}

void CompareWindow::redo()
{
    m_actions->redo();
}

void CompareWindow::setThresholds(const CompareThresholds &thresholds)
{
    m_actions->setThresholds(thresholds);
}

bool CompareWindow::exportComparison(const QString &path)
{
    return m_files->exportComparison(path);
}

bool CompareWindow::saveReviewAs(Side side, const QString &path)
{
    return m_files->saveReviewAs(side, path);
}

void CompareWindow::setConfirmDiscard(bool ask)
{
    m_files->setConfirmDiscard(ask);
}

} // namespace nianbao::ui
