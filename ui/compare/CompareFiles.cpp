// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/CompareFiles.h"

#include "core/compare/CompareJson.h"
#include "core/compare/CompareXlsx.h"
#include "core/review/Review.h"
#include "core/review/ReviewFile.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QUndoStack>

namespace nianbao::ui {

CompareFiles::CompareFiles(CompareSession *session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{
    m_exportXlsxAct = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("导出对比 Excel (.xlsx)…"), this);
    m_exportXlsxAct->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    connect(m_exportXlsxAct, &QAction::triggered, this, [this] { chooseAndExport(QStringLiteral("xlsx")); });
    m_exportJsonAct = new QAction(tr("导出对比 JSON (.json)…"), this);
    connect(m_exportJsonAct, &QAction::triggered, this, [this] { chooseAndExport(QStringLiteral("json")); });
    for (Side side : {Side::Older, Side::Newer}) {
        auto *save = new QAction(this);
        connect(save, &QAction::triggered, this, [this, side] { chooseAndSave(side); });
        m_saveActs[side == Side::Older ? 0 : 1] = save;
        if (Review *r = m_session->review(side))
            connect(r->undoStack(), &QUndoStack::cleanChanged, this, &CompareFiles::updateSaveActions);
    }
    updateSaveActions();
}

void CompareFiles::updateSaveActions()
{
    for (Side side : {Side::Older, Side::Newer}) {
        QAction *a = saveAction(side);
        const Review *r = m_session->review(side);
        a->setText(tr("保存%1的审核…").arg(sideName(m_session->record(side), side))
                   + (r && r->isModified() ? tr("（有未保存的修改）") : QString()));
        a->setEnabled(r != nullptr);
    }
}

bool CompareFiles::saveReviewAs(Side side, const QString &path)
{
    Review *r = m_session->review(side);
    if (!r)
        return false;
    const Status s = saveReview(*r, path);
    if (!s) {
        m_lastError = s.error();
        Q_EMIT message(s.error(), 8000);
        return false;
    }
    r->markSaved();
    updateSaveActions();
    Q_EMIT message(tr("审核已保存到 %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void CompareFiles::chooseAndSave(Side side)
{
    Review *r = m_session->review(side);
    if (!r)
        return;
    const QFileInfo source(r->document().path);
    QString path = QFileDialog::getSaveFileName(m_window, tr("保存审核"),
                                                source.absoluteDir().filePath(source.completeBaseName() + QStringLiteral(".nianbao")),
                                                tr("审核文件 (*.nianbao)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".nianbao")))
        path += QStringLiteral(".nianbao");
    if (!saveReviewAs(side, path))
        QMessageBox::critical(m_window, tr("保存失败"), m_lastError);
}

// Corrections in a review this window loaded itself would go with it: ask first. A review
// borrowed from a review window is saved there.
bool CompareFiles::maybeClose()
{
    for (Side side : {Side::Older, Side::Newer}) {
        Review *r = m_session->review(side);
        if (!m_confirmDiscard || !r || !m_session->owns(side) || !r->isModified())
            continue;
        const auto answer = QMessageBox::question(
            m_window, tr("有未保存的修改"),
            tr("对%1报告 %2 的修改还没有保存。保存为审核文件吗？")
                .arg(sideName(m_session->record(side), side), QFileInfo(r->document().path).fileName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save) {
            chooseAndSave(side);
            if (r->isModified()) // the dialog was cancelled or the save failed
                return false;
        }
    }
    return true;
}

bool CompareFiles::exportComparison(const QString &path)
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
        m_lastError = status.error();
        Q_EMIT message(status.error(), 8000);
        return false;
    }
    Q_EMIT message(tr("对比已导出到 %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void CompareFiles::chooseAndExport(const QString &suffix)
{
    const Comparison &c = m_session->comparison();
    const QString agency = !c.newer.agency.isEmpty() ? c.newer.agency : tr("年度对比");
    const QString name = tr("%1_%2对%3.%4").arg(agency, sideName(c.older, Side::Older), sideName(c.newer, Side::Newer), suffix)
                             .remove(QLatin1Char(' '));
    QString dir = QDir::homePath();
    if (Review *r = m_session->newer())
        dir = QFileInfo(r->document().path).absolutePath();
    QString path = QFileDialog::getSaveFileName(m_window, tr("导出对比"), QDir(dir).filePath(name),
                                                suffix == QLatin1String("xlsx") ? tr("Excel 工作簿 (*.xlsx)")
                                                                                : tr("JSON 文件 (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().toLower() != suffix)
        path += QLatin1Char('.') + suffix;
    if (!exportComparison(path))
        QMessageBox::critical(m_window, tr("导出失败"), m_lastError);
}

} // namespace nianbao::ui
