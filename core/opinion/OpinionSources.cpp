// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/opinion/OpinionSources.h"

#include "core/report/Report.h"
#include "core/review/SavedReview.h"
#include "core/rules/Rules.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

Result<OpinionReport> fromReview(const QString &path, QStringList *warnings)
{
    using R = Result<OpinionReport>;
    auto saved = readReviewFile(path);
    if (!saved)
        return R::failure(saved.error());
    auto replayed = replayReview(path, *saved);
    OpinionSource source;
    source.source = QDir::toNativeSeparators(path);
    if (replayed) {
        if (warnings)
            for (const QString &w : replayed->warnings)
                warnings->append(u"%1：%2"_s.arg(path, w));
        const Record record = correctedRecord(*replayed);
        source.reportFile = QFileInfo(replayed->document.path).fileName();
        return buildOpinion(record, source);
    }
    // The report is gone or unreadable: the record as the review saved it, checked again.
    if (warnings) {
        warnings->append(replayed.error());
        warnings->append(u"%1：改用审核文件中保存的记录（保存于 %2），未能与原报告重新核对"_s.arg(
            path, saved->savedAt.isEmpty() ? u"?"_s : saved->savedAt));
    }
    Record record = std::move(saved->record);
    recheck(record);
    source.reportFile = QFileInfo(saved->sourcePath.isEmpty() ? record.sourceFile : saved->sourcePath).fileName();
    return buildOpinion(record, source);
}

} // namespace

Result<OpinionReport> opinionFromFile(const QString &path, QStringList *warnings)
{
    if (isReviewFile(path))
        return fromReview(path, warnings);
    auto report = readReport(path);
    if (!report)
        return Result<OpinionReport>::failure(report.error());
    OpinionSource source;
    source.reportFile = QFileInfo(path).fileName();
    source.source = QDir::toNativeSeparators(path);
    return buildOpinion(report->record, source);
}

Result<OpinionReport> opinionFromProject(const Project &project, const ProjectReport &report)
{
    using R = Result<OpinionReport>;
    if (report.present && !report.error.isEmpty())
        return R::failure(report.error);
    auto record = project.correctedRecord(report.id);
    if (!record)
        return R::failure(record.error());
    OpinionSource source;
    source.reportFile = QFileInfo(report.path).fileName();
    source.source = u"%1 › %2"_s.arg(QDir::toNativeSeparators(project.path()), QDir::toNativeSeparators(report.path));
    source.status = report.status.status; // the latest (未审 when never set)
    source.statusNote = report.status.note;
    return buildOpinion(*record, source);
}

Result<OpinionReport> opinionFromProject(const Project &project, qint64 id)
{
    auto report = project.report(id);
    if (!report)
        return Result<OpinionReport>::failure(report.error());
    return opinionFromProject(project, *report);
}

Result<QList<OpinionReport>> opinionsFromProject(const Project &project, QStringList *skipped)
{
    using R = Result<QList<OpinionReport>>;
    auto reports = project.reports();
    if (!reports)
        return R::failure(reports.error());
    QList<ProjectReport> sorted = *reports;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ProjectReport &a, const ProjectReport &b) { return a.path < b.path; });
    QList<OpinionReport> out;
    for (const ProjectReport &r : std::as_const(sorted)) {
        auto opinion = opinionFromProject(project, r);
        if (opinion)
            out.append(std::move(*opinion));
        else if (skipped)
            skipped->append(opinion.error());
    }
    return out;
}

} // namespace nianbao
