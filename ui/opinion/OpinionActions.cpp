// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/opinion/OpinionActions.h"

#include "ui/opinion/OpinionPrint.h"

#include "core/opinion/OpinionSources.h"
#include "core/review/Review.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace nianbao::ui {

namespace {
// The words of the project menu's actions (free functions: a context of their own).
class ProjectOpinion
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ui::ProjectOpinion)
};
} // namespace

OpinionActions::OpinionActions(QWidget *window, std::function<Review *()> currentReview)
    : QObject(window)
    , m_window(window)
    , m_current(std::move(currentReview))
{
    m_exportAct = new QAction(this);
    m_exportAct->setObjectName(QStringLiteral("exportOpinionAction"));
    connect(m_exportAct, &QAction::triggered, this, &OpinionActions::chooseAndExport);
    m_printAct = new QAction(this);
    m_printAct->setObjectName(QStringLiteral("printOpinionAction"));
    m_printAct->setShortcut(QKeySequence::Print);
    m_printAct->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
    connect(m_printAct, &QAction::triggered, this, &OpinionActions::preview);
    // Always enabled (a shortcut must not depend on a menu having been opened): without a report
    // they say so on the status line.
    retranslate();
}

void OpinionActions::setSignature(const QString &reviewer, const QString &office)
{
    m_options.reviewer = reviewer;
    m_options.office = office;
}

std::optional<OpinionDocument> OpinionActions::currentDocument() const
{
    const Review *review = m_current ? m_current() : nullptr;
    if (!review)
        return std::nullopt;
    OpinionSource source;
    source.reportFile = QFileInfo(review->document().path).fileName();
    source.source = QDir::toNativeSeparators(review->document().path);
    if (m_status) {
        if (const auto status = m_status()) {
            source.status = status->status;
            source.statusNote = status->note;
        }
    }
    OpinionDocument document;
    document.options = m_options;
    document.reports.append(buildOpinion(review->record(), source));
    return document;
}

bool OpinionActions::exportTo(const QString &path, bool ask)
{
    const auto document = currentDocument();
    if (!document) {
        Q_EMIT message(tr("没有打开的报告"), 5000);
        return false;
    }
    const Status written = writeOpinionFile(*document, path);
    if (!written) {
        Q_EMIT message(written.error(), 0);
        if (ask)
            QMessageBox::warning(m_window, tr("导出审核意见书"), written.error());
        return false;
    }
    Q_EMIT message(tr("已导出审核意见书：%1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool OpinionActions::printTo(QPrinter *printer) const
{
    const auto document = currentDocument();
    if (!document)
        return false;
    printer->setPageLayout(opinionPageLayout());
    printer->setDocName(OpinionDocument::title());
    return printOpinion(*document, printer);
}

void OpinionActions::chooseAndExport()
{
    const Review *review = m_current ? m_current() : nullptr;
    if (!review) {
        Q_EMIT message(tr("没有打开的报告"), 5000);
        return;
    }
    const QFileInfo report(review->document().path);
    const QString suggested = report.dir().filePath(report.completeBaseName() + tr("-审核意见书") + QStringLiteral(".pdf"));
    QString filter;
    QString path = QFileDialog::getSaveFileName(m_window, tr("导出审核意见书"), suggested,
                                                tr("PDF 文档 (*.pdf);;Word 文档 (*.docx)"), &filter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("docx"))
        path += filter.contains(QLatin1String("docx")) ? QStringLiteral(".docx") : QStringLiteral(".pdf");
    exportTo(path);
}

void OpinionActions::preview()
{
    if (!(m_current && m_current())) {
        Q_EMIT message(tr("没有打开的报告"), 5000);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(opinionPageLayout());
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("打印审核意见书"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { printTo(p); });
    dialog.exec();
}

void OpinionActions::retranslate()
{
    m_exportAct->setText(tr("导出审核意见书(&R)…"));
    m_exportAct->setStatusTip(tr("把发现的问题、可能的正确值和审核修改写成审核意见书（PDF 或 Word）"));
    m_printAct->setText(tr("打印审核意见书(&P)…"));
    m_printAct->setStatusTip(tr("预览并打印本报告的审核意见书"));
}

bool OpinionActions::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

Result<QStringList> exportProjectOpinions(const QString &projectPath, const QString &path, bool split,
                                          const QString &suffix, const OpinionOptions &options, QStringList *skipped)
{
    using R = Result<QStringList>;
    auto project = Project::open(projectPath, Project::Access::Read);
    if (!project)
        return R::failure(project.error());
    auto reports = opinionsFromProject(*project, skipped);
    if (!reports)
        return R::failure(reports.error());
    if (reports->isEmpty())
        return R::failure(ProjectOpinion::tr("%1：项目中没有可以导出的报告").arg(QDir::toNativeSeparators(projectPath)));
    QStringList written;
    if (!split) {
        OpinionDocument document;
        document.options = options;
        document.reports = *reports;
        if (const Status s = writeOpinionFile(document, path); !s)
            return R::failure(s.error());
        written.append(path);
        return written;
    }
    if (!QDir().mkpath(path))
        return R::failure(ProjectOpinion::tr("%1：无法创建文件夹").arg(QDir::toNativeSeparators(path)));
    const QStringList names = opinionFileNames(*reports, suffix);
    for (qsizetype i = 0; i < reports->size(); ++i) {
        OpinionDocument document;
        document.options = options;
        document.reports.append(reports->at(i));
        const QString file = QDir(path).filePath(names.at(i));
        if (const Status s = writeOpinionFile(document, file); !s)
            return R::failure(s.error());
        written.append(file);
    }
    return written;
}

void addProjectOpinionActions(QMenu *menu, QWidget *parent, std::function<QString()> projectPath)
{
    auto report = [parent](const Result<QStringList> &result, const QStringList &skipped, const QString &what) {
        if (!result) {
            QMessageBox::warning(parent, what, result.error());
            return;
        }
        QString text = ProjectOpinion::tr("已写入 %1 个文件：").arg(result->size()) + QLatin1Char('\n')
                       + QDir::toNativeSeparators(result->join(QLatin1Char('\n')));
        if (!skipped.isEmpty())
            text += QLatin1String("\n\n") + ProjectOpinion::tr("无法读取、未写入的报告：") + QLatin1Char('\n')
                    + skipped.join(QLatin1Char('\n'));
        QMessageBox::information(parent, what, text);
    };
    auto current = [parent, projectPath]() -> QString {
        const QString path = projectPath ? projectPath() : QString();
        if (path.isEmpty())
            QMessageBox::information(parent, ProjectOpinion::tr("审核意见书"), ProjectOpinion::tr("没有打开的项目"));
        return path;
    };
    QAction *all = menu->addAction(ProjectOpinion::tr("导出项目审核意见书（合为一份）…"));
    all->setObjectName(QStringLiteral("exportProjectOpinionAction"));
    QObject::connect(all, &QAction::triggered, all, [parent, current, report] {
        const QString project = current();
        if (project.isEmpty())
            return;
        const QFileInfo info(project);
        QString filter;
        QString path = QFileDialog::getSaveFileName(
            parent, ProjectOpinion::tr("导出项目审核意见书"),
            info.dir().filePath(info.completeBaseName() + ProjectOpinion::tr("-审核意见书") + QStringLiteral(".pdf")),
            ProjectOpinion::tr("PDF 文档 (*.pdf);;Word 文档 (*.docx)"), &filter);
        if (path.isEmpty())
            return;
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix != QLatin1String("pdf") && suffix != QLatin1String("docx"))
            path += filter.contains(QLatin1String("docx")) ? QStringLiteral(".docx") : QStringLiteral(".pdf");
        QStringList skipped;
        const auto written = exportProjectOpinions(project, path, false, QStringLiteral("pdf"), {}, &skipped);
        report(written, skipped, ProjectOpinion::tr("导出项目审核意见书"));
    });
    QAction *each = menu->addAction(ProjectOpinion::tr("逐份导出审核意见书到文件夹…"));
    each->setObjectName(QStringLiteral("exportProjectOpinionsSplitAction"));
    QObject::connect(each, &QAction::triggered, each, [parent, current, report] {
        const QString project = current();
        if (project.isEmpty())
            return;
        const QString folder = QFileDialog::getExistingDirectory(parent, ProjectOpinion::tr("逐份导出审核意见书（PDF）"),
                                                                 QFileInfo(project).absolutePath());
        if (folder.isEmpty())
            return;
        QStringList skipped;
        const auto written = exportProjectOpinions(project, folder, true, QStringLiteral("pdf"), {}, &skipped);
        report(written, skipped, ProjectOpinion::tr("逐份导出审核意见书"));
    });
}

} // namespace nianbao::ui
