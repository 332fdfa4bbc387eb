// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/CompareEntry.h"

#include "ui/compare/CompareLauncher.h"
#include "ui/compare/CompareWindow.h"

#include "core/review/Review.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace nianbao::ui {

CompareEntry::CompareEntry(QWidget *window, std::function<Review *()> currentReview)
    : QObject(window), m_window(window), m_current(std::move(currentReview))
{
    m_launcher = new CompareLauncher(window);
    m_action = new QAction(this);
    m_action->setObjectName(QStringLiteral("compareAction"));
    m_action->setShortcut(QKeySequence(QStringLiteral("Ctrl+M")));
    connect(m_action, &QAction::triggered, this, &CompareEntry::chooseAndCompare);
    connect(m_launcher, &CompareLauncher::failed, this, [this](const QString &text) {
        Q_EMIT finished();
        Q_EMIT message(text, 8000);
    });
    connect(m_launcher, &CompareLauncher::opened, this, [this] {
        Q_EMIT finished();
        Q_EMIT message(QString(), 0);
    });
    connect(m_launcher, &CompareLauncher::progress, this, &CompareEntry::progress);
}

void CompareEntry::retranslate()
{
    m_action->setText(tr("与上一年度比较(&M)…"));
}

bool CompareEntry::isBusy() const
{
    return m_launcher->isBusy();
}

static const QString kFilter = QStringLiteral("(*.txt *.md *.docx *.html *.htm *.pdf *.doc *.wps *.rtf *.odt *.nianbao)");

// With a report open: choose the other year's file. Without: choose both files (loaded off the
// GUI thread like any report, so a large PDF never freezes the window).
void CompareEntry::chooseAndCompare()
{
    const QString dir = QSettings().value(QStringLiteral("lastDirectory")).toString();
    if (Review *current = m_current()) {
        const QString path = QFileDialog::getOpenFileName(
            m_window, tr("选择要对比的另一年度报告"), QFileInfo(current->document().path).absolutePath(),
            tr("年度报告或审核文件 %1;;所有文件 (*)").arg(kFilter));
        if (!path.isEmpty())
            compareWith(path);
        return;
    }
    const QStringList paths = QFileDialog::getOpenFileNames(m_window, tr("选择同一机关两个年度的报告"), dir,
                                                            tr("年度报告或审核文件 %1;;所有文件 (*)").arg(kFilter));
    if (paths.size() != 2) {
        if (!paths.isEmpty())
            Q_EMIT message(tr("请选择两个文件：上一年度和本年度的报告"), 6000);
        return;
    }
    compareFiles(paths.at(0), paths.at(1));
}

bool CompareEntry::compareFiles(const QString &first, const QString &second)
{
    if (!m_launcher->compareFiles(first, second)) {
        Q_EMIT message(tr("正在读取另一个文件，请稍候"), 4000);
        return false;
    }
    Q_EMIT progress(-1);
    Q_EMIT message(tr("正在读取 %1 和 %2，读取后打开对比 …").arg(QFileInfo(first).fileName(), QFileInfo(second).fileName()), 0);
    return true;
}

bool CompareEntry::compareWith(const QString &path)
{
    Review *current = m_current();
    if (!current)
        return false;
    if (!m_launcher->compareWith(current, path)) {
        Q_EMIT message(tr("正在读取另一个文件，请稍候"), 4000);
        return false;
    }
    Q_EMIT progress(-1);
    Q_EMIT message(tr("正在读取 %1，读取后打开对比 …").arg(QFileInfo(path).fileName()), 0);
    return true;
}

bool CompareEntry::offerCompare(const QString &path, bool ask)
{
    Review *current = m_current();
    if (!current || !ask)
        return false;
    QMessageBox box(QMessageBox::Question, tr("打开还是对比？"),
                    tr("已打开 %1。\n要打开 %2 代替它，还是把两份报告按年度对比？")
                        .arg(QFileInfo(current->document().path).fileName(), QFileInfo(path).fileName()),
                    QMessageBox::Cancel, m_window);
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
