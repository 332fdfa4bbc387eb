// The review window's hook-up of the comparison (issue 5): File > 与上一年度比较… and dropping a
// second file on a window that shows a report. Members of MainWindow kept with the comparison.
#include "ui/window/MainWindow.h"

#include "ui/compare/CompareLauncher.h"
#include "ui/compare/CompareWindow.h"

#include "ui/io/ReviewLoader.h"
#include "core/review/Review.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>

namespace nianbao::ui {

void MainWindow::setupCompare()
{
    m_compareLauncher = new CompareLauncher(this);
    m_compareAct = new QAction(this);
    m_compareAct->setObjectName(QStringLiteral("compareAction"));
    m_compareAct->setShortcut(QKeySequence(QStringLiteral("Ctrl+M")));
    connect(m_compareAct, &QAction::triggered, this, &MainWindow::chooseAndCompare);
    // The status bar's progress bar is shared with the window's own loads.
    auto done = [this] {
        if (!m_loader->isBusy())
            m_progress->hide();
    };
    connect(m_compareLauncher, &CompareLauncher::failed, this, [this, done](const QString &message) {
        done();
        statusBar()->showMessage(message, 8000);
    });
    connect(m_compareLauncher, &CompareLauncher::opened, this, [this, done] {
        done();
        statusBar()->clearMessage();
    });
    connect(m_compareLauncher, &CompareLauncher::progress, this, [this](int percent) {
        m_progress->setRange(0, 100);
        m_progress->setValue(percent);
    });
}

// Busy until a loader reports a percentage.
static void showBusy(QProgressBar *bar)
{
    bar->setRange(0, 0);
    bar->show();
}

static const QString kFilter = QStringLiteral("(*.txt *.md *.docx *.html *.htm *.pdf *.doc *.wps *.rtf *.odt *.nianbao)");

// With a report open: choose the other year's file. Without: choose both files (loaded off the
// GUI thread like any report, so a large PDF never freezes the window).
void MainWindow::chooseAndCompare()
{
    const QString dir = QSettings().value(QStringLiteral("lastDirectory")).toString();
    if (m_review) {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("选择要对比的另一年度报告"), QFileInfo(m_review->document().path).absolutePath(),
            tr("年度报告或审核文件 %1;;所有文件 (*)").arg(kFilter));
        if (!path.isEmpty())
            compareWith(path);
        return;
    }
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("选择同一机关两个年度的报告"), dir,
                                                            tr("年度报告或审核文件 %1;;所有文件 (*)").arg(kFilter));
    if (paths.size() != 2) {
        if (!paths.isEmpty())
            statusBar()->showMessage(tr("请选择两个文件：上一年度和本年度的报告"), 6000);
        return;
    }
    compareFiles(paths.at(0), paths.at(1));
}

bool MainWindow::compareFiles(const QString &first, const QString &second)
{
    if (!m_compareLauncher->compareFiles(first, second)) {
        statusBar()->showMessage(tr("正在读取另一个文件，请稍候"), 4000);
        return false;
    }
    showBusy(m_progress);
    statusBar()->showMessage(tr("正在读取 %1 和 %2，读取后打开对比 …")
                                 .arg(QFileInfo(first).fileName(), QFileInfo(second).fileName()));
    return true;
}

bool MainWindow::compareWith(const QString &path)
{
    if (!m_review)
        return false;
    if (!m_compareLauncher->compareWith(m_review.get(), path)) {
        statusBar()->showMessage(tr("正在读取另一个文件，请稍候"), 4000);
        return false;
    }
    showBusy(m_progress);
    statusBar()->showMessage(tr("正在读取 %1，读取后打开对比 …").arg(QFileInfo(path).fileName()));
    return true;
}

// A file dropped on a window that shows a report: open it here, or compare the two years.
// True when handled (compared or cancelled).
bool MainWindow::offerCompare(const QString &path)
{
    if (!m_review || !m_confirmDiscard)
        return false;
    QMessageBox box(QMessageBox::Question, tr("打开还是对比？"),
                    tr("已打开 %1。\n要打开 %2 代替它，还是把两份报告按年度对比？")
                        .arg(QFileInfo(m_review->document().path).fileName(), QFileInfo(path).fileName()),
                    QMessageBox::Cancel, this);
    QPushButton *compare = box.addButton(tr("对比两个年度"), QMessageBox::AcceptRole);
    QPushButton *open = box.addButton(tr("打开"), QMessageBox::ActionRole);
    box.setDefaultButton(compare);
    box.exec();
    if (box.clickedButton() == open)
        return false;
    if (box.clickedButton() == compare)
        compareWith(path);
    return true;
}

} // namespace nianbao::ui
