// The comparison window's actions: undo/redo following the year edited last, the thresholds of
// a big change, exporting the comparison (.xlsx, .json).
#include "ui/compare/CompareWindow.h"

#include "core/compare/CompareJson.h"
#include "core/compare/CompareXlsx.h"
#include "core/review/Review.h"
#include "core/review/ReviewFile.h"
#include "ui/findings/FindingsView.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace nianbao::ui {

void CompareWindow::createActions()
{
    m_undoAct = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("撤销(&U)"), this);
    m_undoAct->setShortcuts({QKeySequence::Undo});
    connect(m_undoAct, &QAction::triggered, this, &CompareWindow::undo);
    m_redoAct = new QAction(QIcon::fromTheme(QStringLiteral("edit-redo")), tr("重做(&R)"), this);
    QList<QKeySequence> redoKeys{QKeySequence(QStringLiteral("Ctrl+Y"))};
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(k))
            redoKeys.append(k);
    m_redoAct->setShortcuts(redoKeys);
    connect(m_redoAct, &QAction::triggered, this, &CompareWindow::redo);
    m_exportXlsxAct = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("导出对比 Excel (.xlsx)…"), this);
    m_exportXlsxAct->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    connect(m_exportXlsxAct, &QAction::triggered, this, [this] { chooseAndExport(QStringLiteral("xlsx")); });
    m_exportJsonAct = new QAction(tr("导出对比 JSON (.json)…"), this);
    connect(m_exportJsonAct, &QAction::triggered, this, [this] { chooseAndExport(QStringLiteral("json")); });
    m_closeAct = new QAction(tr("关闭对比(&C)"), this);
    m_closeAct->setShortcut(QKeySequence::Close);
    connect(m_closeAct, &QAction::triggered, this, &QWidget::close);

    for (Side side : {Side::Older, Side::Newer}) {
        QAction *save = new QAction(this);
        connect(save, &QAction::triggered, this, [this, side] { chooseAndSave(side); });
        m_saveActs[side == Side::Older ? 0 : 1] = save;
    }
    m_nextAct = new QAction(QIcon::fromTheme(QStringLiteral("go-down")), tr("下一个问题"), this);
    m_nextAct->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_nextAct, &QAction::triggered, this, [this] { m_findingsView->next(); });
    m_prevAct = new QAction(QIcon::fromTheme(QStringLiteral("go-up")), tr("上一个问题"), this);
    m_prevAct->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    connect(m_prevAct, &QAction::triggered, this, [this] { m_findingsView->previous(); });

    QMenu *file = menuBar()->addMenu(tr("文件(&F)"));
    file->addAction(m_saveActs[0]);
    file->addAction(m_saveActs[1]);
    file->addSeparator();
    file->addAction(m_exportXlsxAct);
    file->addAction(m_exportJsonAct);
    file->addSeparator();
    file->addAction(m_closeAct);
    QMenu *edit = menuBar()->addMenu(tr("编辑(&E)"));
    edit->addAction(m_undoAct);
    edit->addAction(m_redoAct);
    edit->addSeparator();
    edit->addAction(m_nextAct);
    edit->addAction(m_prevAct);

    QToolBar *bar = addToolBar(tr("工具栏"));
    bar->setObjectName(QStringLiteral("compareToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_undoAct);
    bar->addAction(m_redoAct);
    bar->addSeparator();
    bar->addAction(m_exportXlsxAct);
    bar->addAction(m_exportJsonAct);
    bar->addSeparator();
    bar->addAction(m_prevAct);
    bar->addAction(m_nextAct);

    for (Side side : {Side::Older, Side::Newer}) {
        if (Review *r = m_session->review(side)) {
            QUndoStack *stack = r->undoStack();
            for (auto signal : {&QUndoStack::canUndoChanged, &QUndoStack::canRedoChanged})
                connect(stack, signal, this, &CompareWindow::updateUndoActions);
            connect(stack, &QUndoStack::indexChanged, this, &CompareWindow::updateUndoActions);
            connect(stack, &QUndoStack::cleanChanged, this, &CompareWindow::updateSaveActions);
        }
    }
    updateUndoActions();
    updateSaveActions();
}

void CompareWindow::updateSaveActions()
{
    for (Side side : {Side::Older, Side::Newer}) {
        QAction *a = m_saveActs.at(side == Side::Older ? 0 : 1);
        const Review *r = m_session->review(side);
        a->setText(tr("保存%1的审核…").arg(sideName(m_session->record(side), side))
                   + (r && r->isModified() ? tr("（有未保存的修改）") : QString()));
        a->setEnabled(r != nullptr);
    }
}

bool CompareWindow::saveReviewAs(Side side, const QString &path)
{
    Review *r = m_session->review(side);
    if (!r)
        return false;
    const Status s = saveReview(*r, path);
    if (!s) {
        statusBar()->showMessage(s.error(), 8000);
        return false;
    }
    r->markSaved();
    updateSaveActions();
    statusBar()->showMessage(tr("审核已保存到 %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void CompareWindow::chooseAndSave(Side side)
{
    Review *r = m_session->review(side);
    if (!r)
        return;
    const QFileInfo source(r->document().path);
    QString path = QFileDialog::getSaveFileName(this, tr("保存审核"),
                                                source.absoluteDir().filePath(source.completeBaseName() + QStringLiteral(".nianbao")),
                                                tr("审核文件 (*.nianbao)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".nianbao")))
        path += QStringLiteral(".nianbao");
    if (!saveReviewAs(side, path))
        QMessageBox::critical(this, tr("保存失败"), statusBar()->currentMessage());
}

// Corrections in a review this window loaded itself would go with it: ask first.
void CompareWindow::closeEvent(QCloseEvent *event)
{
    for (Side side : {Side::Older, Side::Newer}) {
        Review *r = m_session->review(side);
        if (!m_confirmDiscard || !r || !m_session->owns(side) || !r->isModified())
            continue;
        const auto answer = QMessageBox::question(
            this, tr("有未保存的修改"),
            tr("对%1报告 %2 的修改还没有保存。保存为审核文件吗？")
                .arg(sideName(m_session->record(side), side), QFileInfo(r->document().path).fileName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Save) {
            chooseAndSave(side);
            if (r->isModified()) { // the dialog was cancelled or the save failed
                event->ignore();
                return;
            }
        }
    }
    event->accept();
}

// Undo and redo act on the year edited (or moved to) last; the tooltip names it and the step.
void CompareWindow::updateUndoActions()
{
    const Side side = m_session->activeSide();
    QUndoStack *stack = m_session->activeStack();
    const QString year = sideName(m_session->record(side), side);
    m_undoAct->setEnabled(stack && stack->canUndo());
    m_redoAct->setEnabled(stack && stack->canRedo());
    m_undoAct->setToolTip(stack && stack->canUndo() ? tr("撤销（%1）：%2（Ctrl+Z）").arg(year, stack->undoText())
                                                    : tr("撤销（%1）（Ctrl+Z）").arg(year));
    m_redoAct->setToolTip(stack && stack->canRedo() ? tr("重做（%1）：%2（Ctrl+Y）").arg(year, stack->redoText())
                                                    : tr("重做（%1）（Ctrl+Y）").arg(year));
}

void CompareWindow::undo()
{
    if (QUndoStack *stack = m_session->activeStack())
        stack->undo();
    updateUndoActions();
}

void CompareWindow::redo()
{
    if (QUndoStack *stack = m_session->activeStack())
        stack->redo();
    updateUndoActions();
}

QWidget *CompareWindow::buildThresholds()
{
    auto *box = new QWidget;
    box->setObjectName(QStringLiteral("compareThresholds"));
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(4, 2, 4, 2);
    const CompareThresholds &t = m_session->thresholds();
    auto spin = [this](double value, double max, const QString &suffix) {
        auto *s = new QDoubleSpinBox;
        s->setDecimals(0);
        s->setRange(0, max);
        s->setValue(value);
        s->setSuffix(suffix);
        connect(s, &QDoubleSpinBox::valueChanged, this, [this] {
            CompareThresholds nt;
            nt.minAbsolute = m_thresholdBoxes[0]->value();
            nt.minPercent = m_thresholdBoxes[1]->value();
            nt.fromZero = m_thresholdBoxes[2]->value();
            m_session->setThresholds(nt);
        });
        return s;
    };
    m_thresholdBoxes = {spin(t.minAbsolute, 1e9, QString()), spin(t.minPercent, 1e6, QStringLiteral(" %")),
                        spin(t.fromZero, 1e9, QString())};
    layout->addWidget(new QLabel(tr("变化较大：增减 ≥")));
    layout->addWidget(m_thresholdBoxes[0]);
    layout->addWidget(new QLabel(tr("且幅度 ≥")));
    layout->addWidget(m_thresholdBoxes[1]);
    layout->addWidget(new QLabel(tr("，或从 0 增至 ≥")));
    layout->addWidget(m_thresholdBoxes[2]);
    layout->addStretch();
    box->setToolTip(tr("标记可能录入有误的大幅变化"));
    return box;
}

void CompareWindow::setThresholds(const CompareThresholds &thresholds)
{
    // Through the boxes, so that they show what is used.
    m_thresholdBoxes[0]->setValue(thresholds.minAbsolute);
    m_thresholdBoxes[1]->setValue(thresholds.minPercent);
    m_thresholdBoxes[2]->setValue(thresholds.fromZero);
    m_session->setThresholds(thresholds);
}

bool CompareWindow::exportComparison(const QString &path)
{
    const Comparison &c = m_session->comparison();
    Status status;
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        status = writeComparisonXlsx(c, path);
    } else {
        const QByteArray bytes = comparisonToJsonBytes(c);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            status = Status::failure(tr("无法写入 %1：%2").arg(path, file.errorString()));
    }
    if (!status) {
        statusBar()->showMessage(status.error(), 8000);
        return false;
    }
    statusBar()->showMessage(tr("对比已导出到 %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void CompareWindow::chooseAndExport(const QString &suffix)
{
    const Comparison &c = m_session->comparison();
    const QString agency = !c.newer.agency.isEmpty() ? c.newer.agency : tr("年度对比");
    const QString name = tr("%1_%2对%3.%4").arg(agency, sideName(c.older, Side::Older), sideName(c.newer, Side::Newer), suffix)
                             .remove(QLatin1Char(' '));
    QString dir = QDir::homePath();
    if (Review *r = m_session->newer())
        dir = QFileInfo(r->document().path).absolutePath();
    QString path = QFileDialog::getSaveFileName(this, tr("导出对比"), QDir(dir).filePath(name),
                                                suffix == QLatin1String("xlsx") ? tr("Excel 工作簿 (*.xlsx)")
                                                                                : tr("JSON 文件 (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().toLower() != suffix)
        path += QLatin1Char('.') + suffix;
    if (!exportComparison(path))
        QMessageBox::critical(this, tr("导出失败"), statusBar()->currentMessage());
}

} // namespace nianbao::ui
