#include "app/Cli.h"

#include "core/compare/Compare.h"
#include "core/compare/CompareJson.h"
#include "core/compare/CompareXlsx.h"
#include "core/document/DocumentLoader.h"
#include "core/export/CsvExport.h"
#include "core/export/JsonRecord.h"
#include "core/export/XlsxExport.h"
#include "core/extract/Extractor.h"
#include "core/review/SavedReview.h"
#include "core/rules/Rules.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>
#include <cstdio>

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
    "  nianbao check FILE...                  检查勾稽关系与缺失 / check relations and blanks\n"
    "  nianbao export --format json|csv|xlsx [-o OUT] FILE...\n"
    "                                         导出清洗后的记录 / export the cleaned record\n"
    "  nianbao compare [--format json|xlsx] [-o OUT] OLD NEW\n"
    "                                         两年对比 / compare two years\n"
    "  nianbao --help | --version\n"
    "\n"
    "FILE、OLD、NEW 可以是年度报告（txt md docx html pdf doc …），也可以是保存的审核文件（*.nianbao，\n"
    "或内容为审核的 JSON）：审核文件重新读取原报告并套用其中的修改；找不到或无法读取原报告时，\n"
    "改用审核文件中保存的记录，并在标准错误输出中说明。\n"
    "A FILE may be a report or a saved review (*.nianbao, or JSON holding a review): the review's\n"
    "source is read again and its corrections re-applied; when the source cannot be read, the\n"
    "record saved in the review is used and standard error says so.\n"
    "\n"
    "退出码 / exit codes: 0 全部读取且无违反 / all read, no violation; 1 发现违反 / violations;\n"
    "2 有文件无法读取或不是年报 / a file could not be read or holds no report.\n");

// One input as a checked record. `origin` says where a saved review's record came from (shown by
// `check`); empty for a report.
struct Input
{
    QString file;
    Record record;
    QString origin;
};

void complain(const QString &message)
{
    err() << "nianbao: " << message << Qt::endl;
}

// A report: loaded, extracted, checked.
std::optional<Input> reportInput(const QString &file)
{
    auto doc = loadDocument(file);
    if (!doc) {
        complain(doc.error());
        return std::nullopt;
    }
    Record record = extractRecord(*doc);
    if (!looksLikeReport(*doc, record)) {
        complain(QStringLiteral("%1：不是政府信息公开工作年度报告（没有标题、章节或统计表）").arg(file));
        return std::nullopt;
    }
    record.sourceFile = QFileInfo(file).fileName();
    recheck(record);
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

// Any input of check, export and compare: a report or a saved review, as a checked record; on
// failure the messages name the file and nullopt is returned.
std::optional<Input> checkedInput(const QString &file)
{
    return isReviewFile(file) ? reviewInput(file) : reportInput(file);
}

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

int runCheck(const QStringList &files)
{
    int code = 0;
    for (const QString &file : files) {
        const auto loaded = checkedInput(file);
        if (!loaded) {
            code = 2;
            continue;
        }
        const Record &r = loaded->record;
        out() << "== " << file << '\n';
        out() << QStringLiteral("格式 format: %1\t年度 year: %2\t机关 agency: %3\t文件类型 kind: %4")
                     .arg(formatName(r.format), r.year ? QString::number(r.year) : QStringLiteral("?"),
                          r.agency.isEmpty() ? QStringLiteral("?") : r.agency, r.kind)
              << '\n';
        if (!loaded->origin.isEmpty())
            out() << QStringLiteral("审核文件 review: %1").arg(loaded->origin) << '\n';
        for (const Finding &f : r.findings)
            out() << findingKindName(f.kind) << '\t' << f.rule << '\t' << f.cells.join(QLatin1Char(','))
                  << '\t' << f.message << '\n';
        out() << QStringLiteral("合计 summary: %1 处违反勾稽关系 violations, %2 处缺失 missing, %3 条提示 warnings")
                     .arg(r.count(FindingKind::Violation))
                     .arg(r.count(FindingKind::Missing))
                     .arg(r.count(FindingKind::Warning));
        // A report whose tables were found but not read is no clean report: the summary says so.
        for (const Finding &f : r.findings)
            if (f.rule == u"structure.cells_not_read")
                out() << QStringLiteral("；统计表未能读出 tables not read");
        out() << "\n\n";
        out().flush();
        if (r.hasViolations() && code == 0)
            code = 1;
    }
    return code;
}

int runExport(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("format"), QStringLiteral("json, csv or xlsx"), QStringLiteral("format"),
                 QStringLiteral("json")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("output file"),
                 QStringLiteral("file")});
    p.addPositionalArgument(QStringLiteral("files"), QStringLiteral("reports"));
    if (!p.parse(QStringList{QStringLiteral("nianbao-export")} + args)) {
        err() << "nianbao export: " << p.errorText() << '\n' << kUsage;
        return 2;
    }
    const QString format = p.value(QStringLiteral("format")).toLower();
    const QString output = p.value(QStringLiteral("output"));
    const QStringList files = p.positionalArguments();
    if (files.isEmpty() || (format != u"json" && format != u"csv" && format != u"xlsx")) {
        err() << "nianbao export: " << QStringLiteral("需要 --format json|csv|xlsx 和至少一个文件") << '\n' << kUsage;
        return 2;
    }
    if (format == u"xlsx" && output.isEmpty()) {
        err() << "nianbao export: " << QStringLiteral("xlsx 需要用 -o 指定输出文件") << Qt::endl;
        return 2;
    }
    int code = 0;
    QList<Record> records;
    for (const QString &file : files) {
        auto loaded = checkedInput(file);
        if (!loaded) {
            code = 2;
            continue;
        }
        if (loaded->record.hasViolations() && code == 0)
            code = 1;
        records.append(std::move(loaded->record));
    }
    if (records.isEmpty())
        return 2;
    if (format == u"json") {
        if (!writeOutput(output, recordsToJsonBytes(records)))
            return 2;
    } else if (format == u"csv") {
        if (!writeOutput(output, recordsToCsv(records)))
            return 2;
    } else {
        const Status s = records.size() == 1 ? writeRecordXlsx(records.first(), output)
                                             : writeRecordsXlsx(records, output);
        if (!s) {
            err() << "nianbao export: " << s.error() << Qt::endl;
            return 2;
        }
    }
    return code;
}

// Exit 0: both read, no cross-year finding; 1: cross-year findings; 2: unreadable input or usage.
int runCompare(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("format"), QStringLiteral("json or xlsx"), QStringLiteral("format"),
                 QStringLiteral("json")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("output file"),
                 QStringLiteral("file")});
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
    auto older = checkedInput(files.at(0));
    auto newer = checkedInput(files.at(1));
    if (!older || !newer)
        return 2;
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
    return first == u"check" || first == u"export" || first == u"compare" || first == u"--help"
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
        return runCheck(rest);
    }
    if (command == u"export")
        return runExport(rest);
    if (command == u"compare")
        return runCompare(rest);
    err() << kUsage;
    return 2;
}

} // namespace nianbao::cli
