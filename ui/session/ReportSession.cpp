// SPDX-License-Identifier: GPL-3.0-or-later
// Opening (dialog, recent files), saving the review, exporting, asking before corrections go.
#include "ui/session/ReportSession.h"

#include "ui/io/Autosave.h"
#include "ui/io/RecentFiles.h"
#include "ui/io/ReviewLoader.h"

#include "core/export/CsvExport.h"
#include "core/export/JsonRecord.h"
#include "core/export/XlsxExport.h"
#include "core/review/Review.h"
#include "core/review/ReviewFile.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QUndoStack>

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

ReportSession::ReportSession(QWidget *window)
    : QObject(window), m_window(window)
{
    m_loader = new ReviewLoader(this);
    connect(m_loader, &ReviewLoader::finished, this, &ReportSession::onLoaded);
    connect(m_loader, &ReviewLoader::progress, this, &ReportSession::loadProgress);
    m_autosave = new Autosave(this);
    m_autosave->setDirtyCheck([this] { return isDirty(); });
    createActions();
}

ReportSession::~ReportSession()
{
    m_autosave->setReview(nullptr);
}

void ReportSession::createActions()
{
    m_openAct = new QAction(this);
    m_openAct->setShortcut(QKeySequence::Open);
    m_openAct->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    connect(m_openAct, &QAction::triggered, this, &ReportSession::chooseAndOpen);
    m_saveAct = new QAction(this);
    m_saveAct->setShortcut(QKeySequence::Save);
    m_saveAct->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    connect(m_saveAct, &QAction::triggered, this, &ReportSession::save);
    m_saveAsAct = new QAction(this);
    m_saveAsAct->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    connect(m_saveAsAct, &QAction::triggered, this, &ReportSession::saveAs);
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
    m_clearRecentAct = new QAction(this);
    connect(m_clearRecentAct, &QAction::triggered, this, [this] {
        RecentFiles::clear();
        rebuildRecentMenu();
    });
    m_recentMenu = new QMenu(m_window);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &ReportSession::rebuildRecentMenu);
    for (QAction *a : {m_saveAct, m_saveAsAct, m_closeAct, m_exportXlsxAct, m_exportCsvAct, m_exportJsonAct})
        a->setEnabled(false);
}

QAction *ReportSession::exportAction(const QString &suffix) const
{
    return suffix == QLatin1String("xlsx") ? m_exportXlsxAct : suffix == QLatin1String("csv") ? m_exportCsvAct : m_exportJsonAct;
}

void ReportSession::retranslate()
{
    m_recentMenu->setTitle(tr("最近打开(&R)"));
    m_openAct->setText(tr("打开(&O)…"));
    m_openAct->setToolTip(tr("打开年度报告或已保存的审核（Ctrl+O）"));
    m_saveAct->setText(tr("保存审核(&S)"));
    m_saveAct->setToolTip(tr("保存审核：修改记录与报告的校验值（Ctrl+S）"));
    m_saveAsAct->setText(tr("审核另存为(&A)…"));
    m_exportXlsxAct->setText(tr("导出 Excel (.xlsx)…"));
    m_exportCsvAct->setText(tr("导出 CSV (.csv)…"));
    m_exportJsonAct->setText(tr("导出 JSON (.json)…"));
    m_closeAct->setText(tr("关闭报告(&C)"));
    m_clearRecentAct->setText(tr("清除列表"));
    rebuildRecentMenu();
}

void ReportSession::rebuildRecentMenu()
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

void ReportSession::setReview(std::unique_ptr<Review> review, const QString &reviewPath)
{
    // The views let go of the old review (reviewChanged), then it is destroyed.
    m_autosave->setReview(review.get(), m_restoringFrom);
    m_restoringFrom.clear();
    std::unique_ptr<Review> old = std::move(m_review);
    m_review = std::move(review);
    m_reviewPath = reviewPath;
    m_restoredDirty = false;
    if (m_review)
        connect(m_review->undoStack(), &QUndoStack::cleanChanged, this, &ReportSession::dirtyChanged);
    for (QAction *a : {m_saveAct, m_saveAsAct, m_closeAct, m_exportXlsxAct, m_exportCsvAct, m_exportJsonAct})
        a->setEnabled(m_review != nullptr);
    Q_EMIT reviewChanged(m_review.get());
    old.reset();
    Q_EMIT dirtyChanged();
}

bool ReportSession::isDirty() const
{
    return m_review && (m_review->isModified() || m_restoredDirty);
}

bool ReportSession::isLoading() const
{
    return m_loader->isBusy();
}

bool ReportSession::openFile(const QString &path, OpenMode mode)
{
    if (m_loader->isBusy()) {
        Q_EMIT message(tr("正在读取另一个文件，请稍候"), 4000);
        return false;
    }
    if (mode == OpenMode::Normal && !maybeDiscard())
        return false;
    m_pendingMode = mode;
    // A report whose saved review stands beside it: the review opens (its corrections on the report).
    if (mode == OpenMode::Normal)
        if (const QString saved = ReviewLoader::savedReviewFor(path); !saved.isEmpty())
            return startLoading(saved, {});
    return startLoading(path, {});
}

bool ReportSession::startLoading(const QString &path, const QString &source)
{
    Q_EMIT loadProgress(-1); // busy until the loader reports a percentage
    Q_EMIT message(tr("正在读取 %1 …").arg(QFileInfo(path).fileName()), 0);
    m_openAct->setEnabled(false);
    return m_loader->start(path, source);
}

QString ReportSession::askWhereSourceIs(const QString &reviewPath, const QString &missingSource)
{
    const auto answer = QMessageBox::question(
        m_window, tr("找不到原报告"),
        tr("审核文件 %1 所对应的报告 %2 既不在原位置，也不在审核文件旁边。\n\n要指定报告现在的位置吗？"
           "审核中的修改会重新套用到它上面。")
            .arg(QDir::toNativeSeparators(reviewPath), QDir::toNativeSeparators(missingSource)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return {};
    return QFileDialog::getOpenFileName(
        m_window, tr("指定原报告"), QFileInfo(reviewPath).absolutePath(),
        tr("%1 (%2);;所有文件 (*)").arg(QFileInfo(missingSource).fileName(), QFileInfo(missingSource).fileName()));
}

void ReportSession::onLoaded(const std::shared_ptr<LoadResult> &result)
{
    Q_EMIT loadFinished();
    m_openAct->setEnabled(true);
    Q_EMIT message(QString(), 0);
    if (!result->review && !result->missingSource.isEmpty()) {
        // A saved review whose report moved: the reviewer says where it is, the review opens on it.
        const QString now = m_sourceLocator ? m_sourceLocator(result->path, result->missingSource)
                                            : askWhereSourceIs(result->path, result->missingSource);
        if (!now.isEmpty() && startLoading(result->path, now))
            return;
    }
    if (!result->review) {
        Q_EMIT loaded(result->path, false);
        showMessage(m_window, QMessageBox::Warning, tr("无法打开"), result->error);
        return;
    }
    const bool restored = m_pendingMode == OpenMode::RestoreAutosave;
    if (!restored) {
        // Corrections of this report that an earlier run left unsaved (it was killed or crashed)
        // are offered before the report shows; "later" keeps them for the next time.
        const QStringList pending = Autosave::pendingFor(result->review->document().path);
        if (!pending.isEmpty()) {
            const RestoreAnswer answer = askRestore(pending);
            if (answer == RestoreAnswer::Restore) {
                m_pendingMode = OpenMode::RestoreAutosave;
                if (startLoading(pending.first(), {}))
                    return;
                m_pendingMode = OpenMode::Normal;
            } else if (answer == RestoreAnswer::Discard) {
                for (const QString &f : pending)
                    Autosave::remove(f);
            }
        }
    }
    if (restored) {
        m_restoringFrom = result->path;
    } else {
        RecentFiles::add(result->path);
    }
    rememberDirectory(result->path);
    setReview(std::move(result->review), result->reviewFile && !restored ? result->path : QString());
    if (restored) {
        m_restoredDirty = true; // the restored corrections are not saved anywhere yet
        Q_EMIT dirtyChanged();
    }
    Q_EMIT message(tr("已读取 %1（%2 毫秒）").arg(QFileInfo(result->path).fileName()).arg(result->elapsedMs), 5000);
    Q_EMIT loaded(result->path, true);
    if (!result->warnings.isEmpty())
        showMessage(m_window, QMessageBox::Warning, tr("请注意"), result->warnings.join(QStringLiteral("\n\n")));
}

ReportSession::RestoreAnswer ReportSession::askRestore(const QStringList &pending)
{
    if (m_restoreChooser)
        return m_restoreChooser(pending);
    QStringList what;
    for (const QString &f : pending)
        what.append(QStringLiteral("· ") + Autosave::describe(f));
    QMessageBox box(QMessageBox::Question, tr("恢复未保存的修改"),
                    tr("上次没有正常退出，留下了未保存的审核修改：\n%1\n\n现在恢复吗？"
                       "选择“以后再说”会保留这些修改，下次打开时再问。")
                        .arg(what.join(u'\n')),
                    QMessageBox::NoButton, m_window);
    QPushButton *restore = box.addButton(tr("恢复"), QMessageBox::AcceptRole);
    box.addButton(tr("以后再说"), QMessageBox::RejectRole);
    QPushButton *discard = box.addButton(tr("丢弃这些修改"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() == restore)
        return RestoreAnswer::Restore;
    if (box.clickedButton() == discard)
        return RestoreAnswer::Discard;
    return RestoreAnswer::Later;
}

bool ReportSession::offerPendingAutosaves()
{
    const QStringList pending = Autosave::pending();
    if (pending.isEmpty())
        return false;
    switch (askRestore(pending)) {
    case RestoreAnswer::Restore:
        return openFile(pending.first(), OpenMode::RestoreAutosave);
    case RestoreAnswer::Discard:
        for (const QString &f : pending)
            Autosave::remove(f);
        return false;
    case RestoreAnswer::Later:
        return false;
    }
    return false;
}

void ReportSession::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("打开年度报告或审核"), lastDirectory(),
        tr("年度报告 (*.txt *.md *.docx *.html *.htm *.pdf *.doc *.wps *.rtf *.odt);;"
           "审核文件 (*.nianbao);;所有文件 (*)"));
    if (!path.isEmpty())
        openFile(path);
}

QString ReportSession::suggestedPath(const QString &suffix) const
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

bool ReportSession::save()
{
    if (m_reviewPath.isEmpty())
        return saveAs();
    return saveReviewAs(m_reviewPath);
}

bool ReportSession::saveAs()
{
    if (!m_review)
        return false;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("保存审核"), suggestedPath(QStringLiteral("nianbao")),
                                                      tr("审核文件 (*.nianbao)"));
    if (path.isEmpty())
        return false;
    return saveReviewAs(path.endsWith(QLatin1String(".nianbao")) ? path : path + QStringLiteral(".nianbao"));
}

bool ReportSession::saveReviewAs(const QString &path)
{
    if (!m_review)
        return false;
    const Status s = saveReview(*m_review, path);
    if (!s) {
        if (m_confirmDiscard)
            QMessageBox::critical(m_window, tr("保存失败"), s.error());
        Q_EMIT message(s.error(), 8000);
        return false;
    }
    m_reviewPath = path;
    m_review->markSaved();
    m_restoredDirty = false;
    m_autosave->discard();
    RecentFiles::add(path);
    rememberDirectory(path);
    Q_EMIT dirtyChanged();
    Q_EMIT message(tr("审核已保存到 %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool ReportSession::exportRecord(const QString &path)
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
            QMessageBox::critical(m_window, tr("导出失败"), status.error());
        Q_EMIT message(status.error(), 8000);
        return false;
    }
    rememberDirectory(path);
    Q_EMIT message(tr("已导出到 %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void ReportSession::chooseAndExport(const QString &suffix)
{
    if (!m_review)
        return;
    const QString filter = suffix == QLatin1String("xlsx") ? tr("Excel 工作簿 (*.xlsx)")
                           : suffix == QLatin1String("csv") ? tr("CSV 文件 (*.csv)")
                                                            : tr("JSON 文件 (*.json)");
    QString path = QFileDialog::getSaveFileName(m_window, tr("导出"), suggestedPath(suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().toLower() != suffix)
        path += QLatin1Char('.') + suffix;
    exportRecord(path);
}

bool ReportSession::maybeDiscard()
{
    if (!isDirty())
        return true;
    if (!m_confirmDiscard)
        return true;
    const auto answer = QMessageBox::question(
        m_window, tr("有未保存的修改"),
        tr("对 %1 的修改还没有保存。保存这些修改吗？").arg(QFileInfo(m_review->document().path).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    m_autosave->discard();
    return true;
}

void ReportSession::windowClosing()
{
    if (!isDirty())
        m_autosave->discard();
}

} // namespace nianbao::ui
