#include "app/CliProject.h"

#include "core/project/Project.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <unistd.h>

namespace nianbao::cli {

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

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

std::optional<QList<ProjectInput>> projectInputs(const QString &path)
{
    auto project = Project::open(path, Project::Access::Read);
    if (!project) {
        err() << "nianbao: " << project.error() << Qt::endl;
        return std::nullopt;
    }
    const auto reports = project->reports();
    if (!reports) {
        err() << "nianbao: " << reports.error() << Qt::endl;
        return std::nullopt;
    }
    const QString shown = QDir::toNativeSeparators(path);
    QList<ProjectInput> inputs;
    for (const ProjectReport &r : *reports) {
        ProjectInput input;
        input.file = QDir::toNativeSeparators(r.path);
        if (!r.error.isEmpty() && r.present) {
            input.error = r.error;
            inputs.append(std::move(input));
            continue;
        }
        auto record = project->correctedRecord(r.id);
        if (!record) {
            input.error = record.error();
            inputs.append(std::move(input));
            continue;
        }
        input.record = std::move(*record);
        QString origin = QStringLiteral("项目 %1：套用 %2 处修改；审核状态 %3")
                             .arg(shown)
                             .arg(r.corrections)
                             .arg(reviewStatusLabel(r.status.status));
        if (!r.status.note.isEmpty())
            origin += QStringLiteral("（%1）").arg(r.status.note);
        if (!r.present)
            origin += QStringLiteral("；原文件已不在（%1 起），用项目中保存的记录")
                          .arg(r.missingSince.toString(Qt::ISODate));
        input.origin = origin;
        inputs.append(std::move(input));
    }
    return inputs;
}

} // namespace nianbao::cli
