// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tables/TablesPanel.h"

#include "ui/tables/CellDelegate.h"
#include "ui/tables/Legend.h"
#include "ui/tables/SectionTableModel.h"
#include "ui/tables/TableTitle.h"

#include "core/review/Review.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace nianbao::ui {

static constexpr TableSection allSections[] = {TableSection::Active, TableSection::Apply, TableSection::Review};

TablesPanel::TablesPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tableTabs"));
    for (TableSection s : allSections)
        m_tabs->addTab(buildPage(s), tableTitle(s));
    layout->addWidget(m_tabs, 1);
    m_legend = new Legend(this);
    layout->addWidget(m_legend);
    retranslate();
}

QWidget *TablesPanel::buildPage(TableSection section)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *bar = new QHBoxLayout;
    bar->addStretch(1);
    auto *fill = new QPushButton(page);
    fill->setObjectName(QStringLiteral("fillBlanks%1").arg(int(section)));
    connect(fill, &QPushButton::clicked, this, [this, section] { Q_EMIT fillBlanksRequested(section); });
    m_fillButtons[int(section)] = fill;
    bar->addWidget(fill);
    layout->addLayout(bar);

    auto *view = new QTableView(page);
    view->setObjectName(QStringLiteral("table%1").arg(int(section)));
    view->horizontalHeader()->hide();
    view->verticalHeader()->hide();
    view->setWordWrap(true);
    // One delegate per view: an editor belongs to the view that opened it.
    auto *delegate = new CellDelegate(view);
    connect(delegate, &CellDelegate::inputRefused, this, &TablesPanel::inputRefused);
    connect(delegate, &CellDelegate::enterCommitted, this,
            [this, section](const QModelIndex &index) { moveToNextMissing(section, index); });
    m_delegates[int(section)] = delegate;
    view->setItemDelegate(delegate);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::AnyKeyPressed);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // The selection is a frame (the delegate), the cell keeps its state colour.
    view->setStyleSheet(QStringLiteral("QTableView { gridline-color: #b8bcc4; }"));
    m_views[int(section)] = view;
    view->viewport()->installEventFilter(this); // label columns give way on narrow screens
    layout->addWidget(view, 1);
    // Ctrl+C copies the selection as tab-separated text (pastes into a spreadsheet).
    auto *copy = new QAction(view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] {
        QGuiApplication::clipboard()->setText(selectionAsText());
    });
    view->addAction(copy);
    view->setContextMenuPolicy(Qt::ActionsContextMenu); // right click: the view's actions
    m_copyActions[int(section)] = copy;
    // Rows grow to fit wrapped labels once the stretched columns have their width.
    auto *fit = new QTimer(view);
    fit->setSingleShot(true);
    fit->setInterval(0);
    connect(fit, &QTimer::timeout, view, &QTableView::resizeRowsToContents);
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, fit, qOverload<>(&QTimer::start));
    return page;
}

void TablesPanel::retranslate()
{
    for (TableSection s : allSections) {
        m_tabs->setTabText(int(s), tableTitle(s));
        m_fillButtons[int(s)]->setText(tr("本表空白按 0 处理"));
        m_copyActions[int(s)]->setText(tr("复制"));
        m_fillButtons[int(s)]->setToolTip(
            tr("把本表中空白、只写“/”“无”或未找到的单元格都改为 0（作为修改记录保存，可撤销）"));
    }
    static_cast<Legend *>(m_legend)->retranslate();
}

void TablesPanel::setPendingNote(const QString &note)
{
    m_note = note;
    for (SectionTableModel *m : m_models)
        if (m)
            m->setPendingNote(note);
}

void TablesPanel::setReview(Review *review)
{
    for (TableSection s : allSections) {
        QTableView *view = m_views[int(s)];
        SectionTableModel *old = m_models[int(s)];
        view->clearSpans();
        QItemSelectionModel *oldSelection = view->selectionModel();
        view->setModel(nullptr);
        delete oldSelection; // setModel() does not delete the selection model it replaces
        delete old;
        m_models[int(s)] = nullptr;
        m_fillButtons[int(s)]->setEnabled(review != nullptr);
        if (!review)
            continue;
        auto *model = new SectionTableModel(review, s, this);
        model->setPendingNote(m_note);
        m_models[int(s)] = model;
        view->setModel(model);
        applySpans(s);
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, model](const QModelIndex &current) {
                    const int cell = model->cellIndexAt(current);
                    if (!m_selecting && cell >= 0)
                        Q_EMIT cellSelected(cell);
                });
    }
}

void TablesPanel::applySpans(TableSection section)
{
    QTableView *view = m_views[int(section)];
    const TableLayout &layout = m_models[int(section)]->layout();
    for (const TableLayout::Placed &p : layout.items())
        if (p.item.rowSpan > 1 || p.item.colSpan > 1)
            view->setSpan(p.row, p.column, p.item.rowSpan, p.item.colSpan);
    // Value columns share what the label columns leave (never narrower than a number).
    QHeaderView *header = view->horizontalHeader();
    header->setMinimumSectionSize(section == TableSection::Review ? 46 : 56);
    for (int c = 0; c < layout.columnCount(); ++c)
        header->setSectionResizeMode(c, c < layout.labelColumns() ? QHeaderView::Interactive : QHeaderView::Stretch);
    fitColumns(section);
    view->resizeRowsToContents();
}

// The label columns take their natural width when there is room, and give way (down to about
// half, their text wrapping) so that every value column fits without scrolling sideways.
void TablesPanel::fitColumns(TableSection section)
{
    const SectionTableModel *model = m_models[int(section)];
    if (!model)
        return;
    QTableView *view = m_views[int(section)];
    const TableLayout &layout = model->layout();
    static constexpr int labelWidths[] = {84, 112, 196};
    const int labels = layout.labelColumns();
    const int values = layout.columnCount() - labels;
    QList<int> natural;
    int naturalSum = 0;
    for (int c = 0; c < labels; ++c) {
        const int w = section == TableSection::Active ? 150 : labelWidths[qMin(c, 2)];
        natural.append(w);
        naturalSum += w;
    }
    const int minValue = view->horizontalHeader()->minimumSectionSize();
    const int available = view->viewport()->width() - values * minValue;
    const double scale = naturalSum > 0 ? qBound(0.5, double(available) / naturalSum, 1.0) : 1.0;
    for (int c = 0; c < labels; ++c)
        view->setColumnWidth(c, int(natural.at(c) * scale));
}

bool TablesPanel::eventFilter(QObject *object, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        for (TableSection s : allSections)
            if (object == m_views[int(s)]->viewport())
                fitColumns(s);
    return QWidget::eventFilter(object, event);
}

void TablesPanel::setFontPointSize(qreal points)
{
    for (QTableView *view : m_views) {
        QFont f = view->font();
        f.setPointSizeF(points);
        view->setFont(f);
        view->resizeRowsToContents();
    }
}

void TablesPanel::selectCells(const QList<int> &cellIndexes)
{
    m_selecting = true;
    bool first = true;
    for (TableSection s : allSections) {
        QTableView *view = m_views[int(s)];
        SectionTableModel *model = m_models[int(s)];
        if (!model)
            continue;
        QItemSelection selection;
        QModelIndex firstHere;
        for (int cell : cellIndexes) {
            const QModelIndex idx = model->indexOfCell(cell);
            if (!idx.isValid())
                continue;
            selection.select(idx, idx);
            if (!firstHere.isValid())
                firstHere = idx;
        }
        view->selectionModel()->clearSelection();
        if (!firstHere.isValid())
            continue;
        view->selectionModel()->setCurrentIndex(firstHere, QItemSelectionModel::NoUpdate);
        view->selectionModel()->select(selection, QItemSelectionModel::Select);
        if (first && cellIndexes.size() > 0 && model->indexOfCell(cellIndexes.first()).isValid()) {
            m_tabs->setCurrentIndex(int(s));
            view->scrollTo(firstHere, QAbstractItemView::PositionAtCenter);
            first = false;
        }
    }
    m_selecting = false;
}

void TablesPanel::addContextActions(const QList<QAction *> &actions)
{
    for (QTableView *view : m_views)
        view->addActions(actions);
}

QString TablesPanel::selectionAsText() const
{
    const int tab = m_tabs->currentIndex();
    if (tab < 0 || tab > 2 || !m_models[tab])
        return {};
    QModelIndexList indexes = m_views[tab]->selectionModel()->selectedIndexes();
    if (indexes.isEmpty())
        return {};
    std::sort(indexes.begin(), indexes.end());
    QStringList lines;
    QStringList line;
    int left = indexes.first().column();
    for (const QModelIndex &idx : std::as_const(indexes))
        left = qMin(left, idx.column());
    int row = indexes.first().row();
    int column = left;
    for (const QModelIndex &idx : std::as_const(indexes)) {
        if (idx.row() != row) {
            lines.append(line.join(QLatin1Char('\t')));
            line.clear();
            row = idx.row();
            column = left;
        }
        while (column < idx.column()) { // keep columns aligned over gaps
            line.append(QString());
            ++column;
        }
        line.append(idx.data().toString().replace(QLatin1Char('\n'), QString()));
        column = idx.column() + 1;
    }
    lines.append(line.join(QLatin1Char('\t')));
    return lines.join(QLatin1Char('\n'));
}

QList<int> TablesPanel::selectedCells() const
{
    QList<int> cells;
    const int tab = m_tabs->currentIndex();
    if (tab < 0 || tab > 2 || !m_models[tab])
        return cells;
    for (const QModelIndex &idx : m_views[tab]->selectionModel()->selectedIndexes())
        if (const int cell = m_models[tab]->cellIndexAt(idx); cell >= 0)
            cells.append(cell);
    if (cells.isEmpty() && currentCell() >= 0)
        cells.append(currentCell());
    return cells;
}

int TablesPanel::nextMissingCell(TableSection section, int afterCell) const
{
    const SectionTableModel *model = m_models[int(section)];
    if (!model)
        return -1;
    // Reading order: row by row, left to right; from just after `afterCell`, wrapping round.
    QList<QModelIndex> order;
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            if (const QModelIndex idx = model->index(r, c); model->cellIndexAt(idx) >= 0)
                order.append(idx);
    qsizetype start = 0;
    for (qsizetype i = 0; i < order.size(); ++i)
        if (model->cellIndexAt(order.at(i)) == afterCell)
            start = i + 1;
    for (qsizetype k = 0; k < order.size(); ++k) {
        const QModelIndex idx = order.at((start + k) % order.size());
        const int cell = model->cellIndexAt(idx);
        if (cell != afterCell && CellState(idx.data(SectionTableModel::CellStateRole).toInt()) == CellState::Missing)
            return cell;
    }
    return -1;
}

void TablesPanel::moveToNextMissing(TableSection section, const QModelIndex &committed)
{
    const SectionTableModel *model = m_models[int(section)];
    if (!model || committed.model() != model)
        return;
    const int next = nextMissingCell(section, model->cellIndexAt(committed));
    if (next < 0)
        return;
    QTableView *view = m_views[int(section)];
    const QModelIndex idx = model->indexOfCell(next);
    view->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect);
    view->scrollTo(idx);
}

int TablesPanel::currentCell() const
{
    const int tab = m_tabs->currentIndex();
    if (tab < 0 || tab > 2 || !m_models[tab])
        return -1;
    return m_models[tab]->cellIndexAt(m_views[tab]->currentIndex());
}

} // namespace nianbao::ui
