// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Cli.h"
#include "app/CliProject.h"

#include "app/CliInput.h"
#include "app/CliOpinion.h"
#include "app/CliSeason.h"

#include "core/compare/Compare.h"
#include "core/compare/CompareJson.h"
#include "core/compare/CompareXlsx.h"
#include "core/export/CsvExport.h"
#include "core/export/JsonRecord.h"
#include "core/export/XlsxExport.h"
#include "core/report/Report.h"
#include "core/review/SavedReview.h"
#include "core/rules/PreviousYear.h"
#include "core/rules/Rules.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>
#include <cstdio>

#ifdef NIANBAO_WITH_GUI
#include "app/WindowLauncher.h"
#endif

namespace nianbao::cli {

// One stream each for the whole command line (CliInput.h): every sub-command writes through the
// same buffers, so its lines keep their order.
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

namespace {

// The GUI's own options exist only in a build with the window.
#ifdef NIANBAO_WITH_GUI
#define NIANBAO_GUI_USAGE \
    "  nianbao --compare OLD NEW              在对比窗口中打开两个年度 / open the comparison window\n"
#else
#define NIANBAO_GUI_USAGE ""
#endif

const QString kUsage = QStringLiteral(
    "用法 / Usage:\n"
    "  nianbao [FILE...]                      打开审核窗口 / open the review window\n"
    NIANBAO_GUI_USAGE
    "  nianbao check [--jobs N] FILE|DIR...   检查勾稽关系与缺失 / check relations and blanks\n"
    "  nianbao export --format json|csv|xlsx [--jobs N] [-o OUT] FILE|DIR...\n"
    "                                         导出清洗后的记录 / export the cleaned record\n"
    "  nianbao export --format pdf|docx [--split] -o OUT FILE|PROJECT|DIR...\n"
    "                                         审核意见书 / the findings report for the department\n"
    "                                         （--split：每份报告一个文件，写入文件夹 OUT）\n"
    "  nianbao compare [--format json|xlsx] [-o OUT] OLD NEW   (OLD, NEW: 文件或文件夹 / files or folders)\n"
    "                                         两年对比 / compare two years\n"
    "  nianbao scan [--jobs N] PROJECT.nbproj [DIR...]\n"
    "                                         把文件夹读入项目 / scan folders into a project\n"
    "  nianbao --help | --version\n"
    "\n"
    "FILE、OLD、NEW 可以是年度报告（txt md docx html pdf doc …），也可以是保存的审核文件（*.nianbao，\n"
    "或内容为审核的 JSON）：审核文件重新读取原报告并套用其中的修改；找不到或无法读取原报告时，\n"
    "改用审核文件中保存的记录，并在标准错误输出中说明。\n"
    "A FILE may be a report or a saved review (*.nianbao, or JSON holding a review): the review's\n"
    "source is read again and its corrections re-applied; when the source cannot be read, the\n"
    "record saved in the review is used and standard error says so.\n"
    "\n"
    "DIR 是文件夹：其中（含子文件夹）所有报告和审核文件，按路径顺序；--jobs N 个线程（默认为 CPU 核数）。\n"
    "A DIR stands for every report and saved review under it, in path order; --jobs N threads\n"
    "(default: the number of cores). Several reports: the same agency's consecutive years are also\n"
    "checked against each other (上年结转 …), with the newer report.\n"
    "\n"
    "退出码 / exit codes: 0 全部读取且无违反 / all read, no violation; 1 发现违反 / violations;\n"
    "2 有文件无法读取或不是年报 / a file could not be read or holds no report.\n");

// Where complain() puts its lines while an input is read on a worker thread (see checkedInput).
thread_local QStringList *t_messages = nullptr;

// A report: loaded, extracted, refused when it is no report, checked (core's one pipeline).
std::optional<Input> reportInput(const QString &file)
{
    LoadOptions options;
    options.cellBoxes = false; // no page is shown
    auto report = readReport(file, options);
    if (!report) {
        complain(report.error());
        return std::nullopt;
    }
    Record record = std::move(report->record);
    record.sourceFile = QFileInfo(file).fileName();
    return Input{file, std::move(record), {}};
}

// A saved review: reopened (the source read again, the corrections re-applied, every warning on
// stderr). When the source cannot be found or read, the record saved in the review, checked
// again, with a message saying so: its values are the reviewer's but were not compared with the
// report today.
std::optional<Input> reviewInput(const QString &file)
{
    auto saved = readReviewFile(file);
    if (!saved) {
        complain(saved.error());
        return std::nullopt;
    }
    auto replayed = replayReview(file, *saved);
    if (replayed) {
        for (const QString &warning : replayed->warnings)
            complain(QStringLiteral("%1：%2").arg(file, warning));
        Record record = correctedRecord(*replayed);
        const QString source = replayed->document.path;
        record.sourceFile = QFileInfo(source).fileName();
        const QString origin = QStringLiteral("重新读取原报告 %1，套用 %2 处修改")
                                   .arg(QDir::toNativeSeparators(source))
                                   .arg(record.corrections.size());
        return Input{file, std::move(record), origin};
    }
    complain(replayed.error());
    Record record = std::move(saved->record);
    complain(QStringLiteral("%1：改用审核文件中保存的记录（保存于 %2，含 %3 处修改），未能与原报告重新核对")
                 .arg(file, saved->savedAt.isEmpty() ? QStringLiteral("?") : saved->savedAt)
                 .arg(record.corrections.size()));
    record.sourceFile = QFileInfo(record.sourceFile).fileName();
    recheck(record);
    const QString origin = QStringLiteral("审核文件中保存的记录（找不到或无法读取原报告 %1）")
                               .arg(QDir::toNativeSeparators(saved->sourcePath));
    return Input{file, std::move(record), origin};
}

} // namespace

void complain(const QString &message)
{
    if (t_messages)
        t_messages->append(message);
    else
        err() << "nianbao: " << message << Qt::endl;
}

std::optional<Input> checkedInput(const QString &file, QStringList *messages)
{
    if (isProjectEntry(file) || isProjectInput(file)) { // a season's project: app/CliProject.h
        auto input = projectInput(file, messages);
        return input ? std::optional<Input>(Input{input->file, std::move(input->record), input->origin}) : std::nullopt;
    }
    QStringList *const outer = std::exchange(t_messages, messages);
    auto input = isReviewFile(file) ? reviewInput(file) : reportInput(file);
    t_messages = outer;
    return input;
}

namespace {

bool writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == u"-") {
        fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        fflush(stdout);
        return true;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        err() << "nianbao: " << QStringLiteral("%1：无法写入（%2）").arg(path, f.errorString()) << Qt::endl;
        return false;
    }
    return true;
}

int runExport(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("format"), QStringLiteral("json, csv or xlsx"), QStringLiteral("format"),
                 QStringLiteral("json")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("output file"),
                 QStringLiteral("file")});
    p.addOption({{QStringLiteral("j"), QStringLiteral("jobs")}, QStringLiteral("threads"), QStringLiteral("N")});
    // The findings report's own options (pdf, docx: app/CliOpinion.h).
    for (const char *option : {"date", "reviewer", "office"})
        p.addOption({QLatin1String(option), QStringLiteral("pdf, docx"), QStringLiteral("value")});
    p.addOption({QStringLiteral("split"), QStringLiteral("pdf, docx: one document per report")});
    p.addPositionalArgument(QStringLiteral("files"), QStringLiteral("reports"));
    if (!p.parse(QStringList{QStringLiteral("nianbao-export")} + args)) {
        err() << "nianbao export: " << p.errorText() << '\n' << kUsage;
        return 2;
    }
    const QString format = p.value(QStringLiteral("format")).toLower();
    if (isOpinionFormat(format)) {
        err().flush();
#ifdef NIANBAO_WITH_GUI
        // A PDF is drawn by Qt Gui, which this program never loads: nianbao-opinion does it all.
        if (format == u"pdf")
            return app::execOpinion(QStringList{QStringLiteral("nianbao"), QStringLiteral("export")} + args);
#endif
        return runOpinionExport(args, nullptr);
    }
    for (const char *option : {"split", "date", "reviewer", "office"})
        if (p.isSet(QLatin1String(option))) {
            err() << "nianbao export: " << QStringLiteral("--%1 只用于审核意见书（--format pdf|docx）").arg(QLatin1String(option))
                  << Qt::endl;
            return 2;
        }
    const QString output = p.value(QStringLiteral("output"));
    const QStringList files = p.positionalArguments();
    if (files.isEmpty() || (format != u"json" && format != u"csv" && format != u"xlsx")) {
        err() << "nianbao export: "
              << (files.isEmpty() ? QStringLiteral("需要 --format json|csv|xlsx|pdf|docx 和至少一个文件")
                                  : QStringLiteral("未知的格式 %1：需要 --format json|csv|xlsx|pdf|docx").arg(format))
              << '\n' << kUsage;
        return 2;
    }
    if (format == u"xlsx" && output.isEmpty()) {
        err() << "nianbao export: " << QStringLiteral("xlsx 需要用 -o 指定输出文件") << Qt::endl;
        return 2;
    }
    const auto jobs = parseJobs(p.value(QStringLiteral("jobs")));
    if (!jobs) {
        err() << "nianbao export: " << QStringLiteral("--jobs 需要一个正整数") << Qt::endl;
        return 2;
    }
    return runSeasonExport(files, format, output, *jobs);
}

// Exit 0: both read, no cross-year finding; 1: cross-year findings; 2: unreadable input or usage.
int runCompare(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("format"), QStringLiteral("json or xlsx"), QStringLiteral("format"),
                 QStringLiteral("json")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("output file"),
                 QStringLiteral("file")});
    p.addOption({{QStringLiteral("j"), QStringLiteral("jobs")}, QStringLiteral("threads"), QStringLiteral("N")});
    p.addPositionalArgument(QStringLiteral("old"), QStringLiteral("older report"));
    p.addPositionalArgument(QStringLiteral("new"), QStringLiteral("newer report"));
    if (!p.parse(QStringList{QStringLiteral("nianbao-compare")} + args)) {
        err() << "nianbao compare: " << p.errorText() << '\n' << kUsage;
        return 2;
    }
    const QString format = p.value(QStringLiteral("format")).toLower();
    const QString output = p.value(QStringLiteral("output"));
    const QStringList files = p.positionalArguments();
    if (files.size() != 2 || (format != u"json" && format != u"xlsx")) {
        err() << "nianbao compare: " << QStringLiteral("需要 --format json|xlsx 和两个文件：旧年度 新年度") << '\n'
              << kUsage;
        return 2;
    }
    if (format == u"xlsx" && output.isEmpty()) {
        err() << "nianbao compare: " << QStringLiteral("xlsx 需要用 -o 指定输出文件") << Qt::endl;
        return 2;
    }
    if (QFileInfo(files.at(0)).isDir() || QFileInfo(files.at(1)).isDir()) {
        const auto jobs = parseJobs(p.value(QStringLiteral("jobs")));
        if (!jobs) {
            err() << "nianbao compare: " << QStringLiteral("--jobs 需要一个正整数") << Qt::endl;
            return 2;
        }
        return runSeasonCompare(files.at(0), files.at(1), format, output, *jobs);
    }
    auto older = checkedInput(files.at(0));
    auto newer = checkedInput(files.at(1));
    if (!older || !newer)
        return 2;
    // Runs of digits the newer report left unsettled may be settled by the year before.
    if (!settleWithPreviousYear(newer->record, older->record).isEmpty())
        recheck(newer->record);
    const Comparison comparison = compareRecords(older->record, newer->record);
    if (format == u"json") {
        if (!writeOutput(output, comparisonToJsonBytes(comparison)))
            return 2;
    } else if (const Status s = writeComparisonXlsx(comparison, output); !s) {
        err() << "nianbao compare: " << s.error() << Qt::endl;
        return 2;
    }
    return comparison.findings.isEmpty() ? 0 : 1;
}

} // namespace

bool wantsCli(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    return first == u"check" || first == u"export" || first == u"compare" || first == u"scan" || first == u"--help"
           || first == u"-h" || first == u"help" || first == u"--version" || first == u"-v";
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        out() << QStringLiteral("nianbao %1 — 年报审核：政府信息公开工作年度报告的统计表核查\n\n").arg(QStringLiteral(NIANBAO_VERSION))
              << kUsage;
        return 0;
    }
    if (command == u"--version" || command == u"-v") {
        out() << "nianbao " << NIANBAO_VERSION << '\n';
        return 0;
    }
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
        out() << kUsage;
        return 0;
    }
    if (command == u"check") {
        if (rest.isEmpty()) {
            err() << "nianbao check: " << QStringLiteral("需要至少一个文件") << '\n' << kUsage;
            return 2;
        }
        return runSeasonCheck(rest);
    }
    if (command == u"export")
        return runExport(rest);
    if (command == u"compare")
        return runCompare(rest);
    if (command == u"scan")
        return runScan(rest);
    err() << kUsage;
    return 2;
}

} // namespace nianbao::cli
