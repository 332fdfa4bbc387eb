// Opening (dialog, recent files, drag and drop), saving the review, exporting, closing.
#include "ui/window/MainWindow.h"

#include "ui/io/Autosave.h"
#include "ui/io/RecentFiles.h"
#include "ui/io/ReviewLoader.h"

#include "core/export/CsvExport.h"
#include "core/export/JsonRecord.h"
#include "core/export/XlsxExport.h"
#include "core/review/Review.h"
#include "core/review/ReviewFile.h"

#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QUrl>

namespace nianbao::ui {

static QString lastDirectory()
{
    return QSettings().value(QStringLiteral("lastDirectory"), QDir::homePath()).toString();
}

static void rememberDirectory(const QString &file)
{
    QSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(file).absolutePath());
}

// A message that does not block the event loop (the window stays live behind it).
static void showMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::openFile(const QString &path, OpenMode mode)
{
    if (m_loader->isBusy()) {
        statusBar()->showMessage(tr("正在读取另一个文件，请稍候"), 4000);
        return false;
    }
    if (mode == OpenMode::Normal && !maybeDiscard())
        return false;
    m_pendingMode = mode;
    return startLoading(path, {});
}

bool MainWindow::startLoading(const QString &path, const QString &source)
{
    m_progress->setRange(0, 0); // busy until the loader reports a percentage
    m_progress->show();
    statusBar()->showMessage(tr("正在读取 %1 …").arg(QFileInfo(path).fileName()));
    m_openAct->setEnabled(false);
    return m_loader->start(path, source);
}

QString MainWindow::askWhereSourceIs(const QString &reviewPath, const QString &missingSource)
{
    const auto answer = QMessageBox::question(
        this, tr("找不到原报告"),
        tr("审核文件 %1 所对应的报告 %2 既不在原位置，也不在审核文件旁边。\n\n要指定报告现在的位置吗？"
           "审核中的修改会重新套用到它上面。")
            .arg(QDir::toNativeSeparators(reviewPath), QDir::toNativeSeparators(missingSource)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return {};
    return QFileDialog::getOpenFileName(
        this, tr("指定原报告"), QFileInfo(reviewPath).absolutePath(),
        tr("%1 (%2);;所有文件 (*)").arg(QFileInfo(missingSource).fileName(), QFileInfo(missingSource).fileName()));
}

void MainWindow::onLoaded(const std::shared_ptr<LoadResult> &result)
{
    m_progress->hide();
    m_openAct->setEnabled(true);
    statusBar()->clearMessage();
    if (!result->review && !result->missingSource.isEmpty()) {
        // A saved review whose report moved: the reviewer says where it is, the review opens on it.
        const QString now = m_sourceLocator ? m_sourceLocator(result->path, result->missingSource)
                                            : askWhereSourceIs(result->path, result->missingSource);
        if (!now.isEmpty() && startLoading(result->path, now))
            return;
    }
    if (!result->review) {
        Q_EMIT loaded(result->path, false);
        showMessage(this, QMessageBox::Warning, tr("无法打开"), result->error);
        return;
    }
    const bool restored = m_pendingMode == OpenMode::RestoreAutosave;
    if (!restored)
        RecentFiles::add(result->path);
    rememberDirectory(result->path);
    setReview(std::move(result->review), result->reviewFile && !restored ? result->path : QString());
    if (restored) {
        m_restoredDirty = true; // the restored corrections are not saved anywhere yet
        updateTitle();
    }
    statusBar()->showMessage(tr("已读取 %1（%2 毫秒）").arg(QFileInfo(result->path).fileName()).arg(result->elapsedMs), 5000);
    Q_EMIT loaded(result->path, true);
    if (!result->warnings.isEmpty())
        showMessage(this, QMessageBox::Warning, tr("请注意"), result->warnings.join(QStringLiteral("\n\n")));
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("打开年度报告或审核"), lastDirectory(),
        tr("年度报告 (*.txt *.md *.docx *.html *.htm *.pdf *.doc *.wps *.rtf *.odt);;"
           "审核文件 (*.nianbao);;所有文件 (*)"));
    if (!path.isEmpty())
        openFile(path);
}

QString MainWindow::suggestedPath(const QString &suffix) const
{
    if (!m_review)
        return lastDirectory();
    const QFileInfo source(m_review->document().path);
    QString dir = lastDirectory();
    if (suffix == QLatin1String("nianbao") && !m_reviewPath.isEmpty())
        return m_reviewPath;
    if (source.exists())
        dir = source.absolutePath();
    return QDir(dir).filePath(source.completeBaseName() + QLatin1Char('.') + suffix);
}

bool MainWindow::save()
{
    if (m_reviewPath.isEmpty())
        return saveAs();
    return saveReviewAs(m_reviewPath);
}

bool MainWindow::saveAs()
{
    if (!m_review)
        return false;
    const QString path = QFileDialog::getSaveFileName(this, tr("保存审核"), suggestedPath(QStringLiteral("nianbao")),
                                                      tr("审核文件 (*.nianbao)"));
    if (path.isEmpty())
        return false;
    return saveReviewAs(path.endsWith(QLatin1String(".nianbao")) ? path : path + QStringLiteral(".nianbao"));
}

bool MainWindow::saveReviewAs(const QString &path)
{
    if (!m_review)
        return false;
    const Status s = saveReview(*m_review, path);
    if (!s) {
        if (m_confirmDiscard)
            QMessageBox::critical(this, tr("保存失败"), s.error());
        statusBar()->showMessage(s.error(), 8000);
        return false;
    }
    m_reviewPath = path;
    m_review->markSaved();
    m_restoredDirty = false;
    m_autosave->discard();
    RecentFiles::add(path);
    rememberDirectory(path);
    updateTitle();
    statusBar()->showMessage(tr("审核已保存到 %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::exportRecord(const QString &path)
{
    if (!m_review)
        return false;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const Record &rec = m_review->record();
    Status status;
    if (suffix == QLatin1String("xlsx")) {
        status = writeRecordXlsx(rec, path);
    } else {
        const QByteArray bytes = suffix == QLatin1String("csv") ? recordsToCsv({rec}) : recordsToJsonBytes({rec});
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            status = Status::failure(tr("无法写入 %1：%2").arg(path, file.errorString()));
    }
    if (!status) {
        if (m_confirmDiscard)
            QMessageBox::critical(this, tr("导出失败"), status.error());
        statusBar()->showMessage(status.error(), 8000);
        return false;
    }
    rememberDirectory(path);
    statusBar()->showMessage(tr("已导出到 %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::chooseAndExport(const QString &suffix)
{
    if (!m_review)
        return;
    const QString filter = suffix == QLatin1String("xlsx") ? tr("Excel 工作簿 (*.xlsx)")
                           : suffix == QLatin1String("csv") ? tr("CSV 文件 (*.csv)")
                                                            : tr("JSON 文件 (*.json)");
    QString path = QFileDialog::getSaveFileName(this, tr("导出"), suggestedPath(suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().toLower() != suffix)
        path += QLatin1Char('.') + suffix;
    exportRecord(path);
}

// Before the review goes (close, open another): Save / Discard / Cancel when there are unsaved
// corrections. True when it may go.
bool MainWindow::maybeDiscard()
{
    if (!isDirty())
        return true;
    if (!m_confirmDiscard)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("有未保存的修改"),
        tr("对 %1 的修改还没有保存。保存这些修改吗？").arg(QFileInfo(m_review->document().path).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    m_autosave->discard();
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeDiscard()) {
        event->ignore();
        return;
    }
    if (!isDirty())
        m_autosave->discard();
    event->accept();
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
    if (files.size() == 1 && offerCompare(files.first()))
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
