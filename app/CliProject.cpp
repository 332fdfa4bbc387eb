// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CliProject.h"

#include "app/CliInput.h"

#include "core/project/Project.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QTextStream>

#include <map>
#include <memory>
#include <mutex>
#include <unistd.h>

namespace nianbao::cli {

namespace {

const QString kScanUsage = QStringLiteral(
    "用法 / Usage: nianbao scan [--jobs N] PROJECT.nbproj [DIR...]\n"
    "  把文件夹中的年度报告读入项目（没有则创建）；再次扫描只读取有变化的文件。\n"
    "  不给 DIR 时重新扫描项目以前扫描过的文件夹。\n"
    "  Reads the reports under DIR into the project (created when missing); a rescan reads only\n"
    "  the files that changed. Without DIR, the folders scanned before.\n");

} // namespace

bool isProjectInput(const QString &path)
{
    return Project::isProjectFile(path);
}

int runScan(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("jobs"), QStringLiteral("threads reading reports (default: one per core)"),
                      QStringLiteral("N")});
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("PROJECT.nbproj"));
    parser.addPositionalArgument(QStringLiteral("dirs"), QStringLiteral("folders"), QStringLiteral("[DIR...]"));
    bool jobsOk = true;
    const bool parsed = parser.parse(QStringList{QStringLiteral("nianbao-scan")} + args);
    const int jobs = parser.isSet(QStringLiteral("jobs")) ? parser.value(QStringLiteral("jobs")).toInt(&jobsOk) : 0;
    if (!parsed || parser.positionalArguments().isEmpty() || !jobsOk || jobs < 0) {
        err() << "nianbao scan: "
              << (parsed ? QStringLiteral("需要项目文件（--jobs 须为正整数）") : parser.errorText()) << '\n'
              << kScanUsage;
        return 2;
    }
    const QString path = parser.positionalArguments().first();
    const QStringList folders = parser.positionalArguments().mid(1);
    // A folder that is missing fails before the project is even created.
    for (const QString &folder : folders) {
        if (!QFileInfo::exists(folder)) {
            err() << "nianbao scan: " << QStringLiteral("%1：不存在").arg(QDir::toNativeSeparators(folder)) << Qt::endl;
            return 2;
        }
    }
    if (!QFileInfo::exists(path) && QFileInfo(path).suffix().compare(Project::suffix(), Qt::CaseInsensitive) != 0) {
        err() << "nianbao scan: "
              << QStringLiteral("%1：新项目文件的扩展名须为 .%2").arg(QDir::toNativeSeparators(path), Project::suffix())
              << Qt::endl;
        return 2;
    }
    auto project = Project::open(path, Project::Access::Write);
    if (!project) {
        err() << "nianbao scan: " << project.error() << Qt::endl;
        return 2;
    }
    const bool terminal = isatty(STDERR_FILENO) == 1;
    ScanProgress progress;
    if (terminal) {
        progress = [](int done, int total, const QString &file) {
            QString name = QFileInfo(file).fileName();
            if (name.size() > 50)
                name = name.left(24) + QStringLiteral("…") + name.right(24);
            err() << QStringLiteral("\r\x1b[K扫描 %1/%2 %3").arg(done).arg(total).arg(name);
            err().flush();
        };
    }
    const auto stats = project->scan(folders, progress, jobs);
    if (terminal)
        err() << "\r\x1b[K";
    if (!stats) {
        err() << "nianbao scan: " << stats.error() << Qt::endl;
        return 2;
    }
    out() << QStringLiteral("%1：%2 份报告 reports — 新读入 added %3，内容有变重读 changed %4，未变 unchanged %5，"
                            "仅修改时间变 touched %6，无法读取 unreadable %7，已不在 disappeared %8，重新出现 returned %9")
                 .arg(QDir::toNativeSeparators(project->path()))
                 .arg(stats->found)
                 .arg(stats->added)
                 .arg(stats->reread)
                 .arg(stats->unchanged)
                 .arg(stats->touched)
                 .arg(stats->unreadable)
                 .arg(stats->disappeared)
                 .arg(stats->returned)
          << Qt::endl;
    // The reports under the folders that cannot be read, this time or (unchanged since) before.
    const auto reports = project->reports();
    if (!reports) {
        err() << "nianbao scan: " << reports.error() << Qt::endl;
        return 2;
    }
    int unreadable = 0;
    for (const ProjectReport &r : *reports) {
        if (r.present && !r.error.isEmpty()) {
            err() << "nianbao: " << r.error << Qt::endl;
            ++unreadable;
        }
    }
    return unreadable > 0 ? 2 : 0;
}

namespace {

// The entries made by expandProjectInputs: entry -> (project, report id).
struct EntryTarget
{
    QString project;
    qint64 id = 0;
};
std::mutex g_entriesMutex;
QHash<QString, EntryTarget> g_entries;

const QString kEntrySeparator = QStringLiteral("::");

// Each thread reads a project through a connection of its own, opened once.
Result<Project *> threadProject(const QString &path)
{
    thread_local std::map<QString, std::unique_ptr<Project>> open;
    const QString key = QFileInfo(path).absoluteFilePath();
    if (auto it = open.find(key); it != open.end())
        return it->second.get();
    auto project = Project::open(path, Project::Access::Read);
    if (!project)
        return Result<Project *>::failure(project.error());
    auto [it, inserted] = open.emplace(key, std::make_unique<Project>(std::move(*project)));
    return it->second.get();
}

void tell(const QString &message, QStringList *messages)
{
    if (messages)
        messages->append(message);
    else
        err() << "nianbao: " << message << Qt::endl;
}

std::optional<ProjectInput> readReport(Project &project, const QString &shownProject, const ProjectReport &r,
                                       QStringList *messages)
{
    if (!r.error.isEmpty() && r.present) {
        tell(r.error, messages);
        return std::nullopt;
    }
    auto record = project.correctedRecord(r.id);
    if (!record) {
        tell(record.error(), messages);
        return std::nullopt;
    }
    ProjectInput input;
    input.file = QDir::toNativeSeparators(r.path);
    input.record = std::move(*record);
    input.origin = QStringLiteral("项目 %1：套用 %2 处修改；审核状态 %3")
                       .arg(shownProject)
                       .arg(r.corrections)
                       .arg(reviewStatusLabel(r.status.status));
    if (!r.status.note.isEmpty())
        input.origin += QStringLiteral("（%1）").arg(r.status.note);
    if (!input.record.settlements.isEmpty())
        input.origin += QStringLiteral("；已处理 %1 条问题（确认或排除）").arg(input.record.settlements.size());
    if (!r.present)
        input.origin += QStringLiteral("；原文件已不在（%1 起），用项目中保存的记录")
                            .arg(r.missingSince.toString(Qt::ISODate));
    return input;
}

} // namespace

bool isProjectEntry(const QString &input)
{
    std::lock_guard lock(g_entriesMutex);
    return g_entries.contains(input);
}

QStringList expandProjectInputs(const QStringList &inputs)
{
    QStringList out;
    for (const QString &input : inputs) {
        if (QFileInfo(input).isDir() || !isProjectInput(input)) {
            out.append(input);
            continue;
        }
        auto project = threadProject(input);
        const auto reports = project ? (*project)->reports() : Result<QList<ProjectReport>>::failure({});
        if (!reports) {
            out.append(input); // projectInput names the problem
            continue;
        }
        std::lock_guard lock(g_entriesMutex);
        for (const ProjectReport &r : *reports) {
            const QString entry = input + kEntrySeparator + QDir::toNativeSeparators(r.path);
            g_entries.insert(entry, EntryTarget{input, r.id});
            out.append(entry);
        }
    }
    return out;
}

std::optional<ProjectInput> projectInput(const QString &input, QStringList *messages)
{
    EntryTarget target{input, 0};
    {
        std::lock_guard lock(g_entriesMutex);
        if (auto it = g_entries.constFind(input); it != g_entries.cend())
            target = *it;
    }
    auto project = threadProject(target.project);
    if (!project) {
        tell(project.error(), messages);
        return std::nullopt;
    }
    const QString shown = QDir::toNativeSeparators(target.project);
    if (target.id == 0) { // a project given whole: one report
        const auto reports = (*project)->reports();
        if (!reports) {
            tell(reports.error(), messages);
            return std::nullopt;
        }
        if (reports->size() != 1) {
            tell(QStringLiteral("%1：项目含 %2 份报告，这里需要一份").arg(shown).arg(reports->size()), messages);
            return std::nullopt;
        }
        return readReport(**project, shown, reports->first(), messages);
    }
    const auto report = (*project)->report(target.id);
    if (!report) {
        tell(report.error(), messages);
        return std::nullopt;
    }
    return readReport(**project, shown, *report, messages);
}

} // namespace nianbao::cli
