// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CliSeason.h"
#include "app/CliProject.h"

#include "app/CliInput.h"
#include "app/SeasonRun.h"
#include "core/compare/Compare.h"
#include "core/compare/CompareJson.h"
#include "core/export/CsvExport.h"
#include "core/export/JsonRecord.h"
#include "core/export/SummaryWorkbook.h"
#include "core/export/XlsxExport.h"
#include "core/review/SavedReview.h"
#include "core/util/ReportFiles.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace nianbao::cli {

namespace {

QByteArray utf8Line(const QString &s)
{
    return (s + u'\n').toUtf8();
}

// The lines of `check` for one report, without its 合计 line.
QByteArray checkBlock(const Input &input)
{
    const Record &r = input.record;
    QString out = u"== "_s + input.file + u'\n';
    out += u"格式 format: %1\t年度 year: %2\t机关 agency: %3\t文件类型 kind: %4\n"_s.arg(
        formatName(r.format), r.year ? QString::number(r.year) : u"?"_s, r.agency.isEmpty() ? u"?"_s : r.agency,
        r.kind);
    if (!input.origin.isEmpty())
        out += u"审核文件 review: %1\n"_s.arg(input.origin);
    if (const OcrFacts &ocr = r.facts.ocr; !ocr.engine.isEmpty()) // a scan read by OCR (core/ocr)
        out += u"文字识别 ocr: %1\t页 pages: %2%3\t读出 read: %4\t核实 accepted: %5\t待确认 marked: %6\t%7 s%8\n"_s.arg(
            ocr.engine, QString::number(ocr.pages), ocr.pagesLeft ? u"（未识别 %1）"_s.arg(ocr.pagesLeft) : QString(),
            QString::number(ocr.read), QString::number(ocr.accepted), QString::number(ocr.marked),
            QString::number(ocr.seconds, 'f', 1),
            // the reading kept with the review stood for OCR (facts.ocr.from_review)
            ocr.fromReview ? u"\t取自审核 from review"_s : QString());
    else if (!ocr.unavailable.isEmpty())
        out += u"文字识别 ocr: 未运行 not run\t%1\n"_s.arg(ocr.unavailable);
    for (const Finding &f : r.findings) {
        out += findingKindName(f.kind) + u'\t' + f.rule + u'\t' + f.cells.join(u',') + u'\t' + f.message;
        if (f.status != FindingStatus::Open) // settled by the reviewer
            out += u"（%1%2）"_s.arg(findingStatusLabel(f.status), f.reason.isEmpty() ? QString() : u"："_s + f.reason);
        out += u'\n';
    }
    for (const Hint &h : r.hints) { // repair hints: the smallest changes that make the relations hold
        QStringList cells;
        for (const HintChange &c : h.changes)
            cells.append(c.cell);
        out += u"hint\t"_s + h.rule + u'\t' + cells.join(u',') + u'\t' + h.message + u'\n';
    }
    return out.toUtf8();
}

QString seriesMessage(const Finding &f, const QString &previousFile)
{
    return f.message + u"（上年报告：%1）"_s.arg(previousFile);
}

// A folder that holds no report is a mistake worth exit 2, not a silent empty run.
QStringList expandInputs(const QStringList &inputs, bool *failed)
{
    QStringList files;
    for (const QString &input : expandProjectInputs(inputs)) { // a project stands for its reports
        if (!QFileInfo(input).isDir()) {
            files.append(input);
            continue;
        }
        const QStringList found = findReportFiles(input, [](const QString &path) {
            return path.endsWith(u".json"_s, Qt::CaseInsensitive) && isReviewFile(path);
        });
        if (found.isEmpty()) {
            complain(u"%1：文件夹中没有年度报告或审核文件"_s.arg(input));
            *failed = true;
        }
        files += found;
    }
    return files;
}

bool hasFolder(const QStringList &inputs)
{
    return std::any_of(inputs.begin(), inputs.end(),
                       [](const QString &i) { return QFileInfo(i).isDir() || isProjectInput(i); });
}

int defaultJobs()
{
    return std::max(1, QThread::idealThreadCount());
}

// Where the output goes: standard output, or a file written whole or not at all (QSaveFile).
class Output
{
public:
    explicit Output(const QString &path)
        : m_path(path)
    {
        if (path.isEmpty() || path == u"-") {
            m_stdout.open(stdout, QIODevice::WriteOnly);
            m_device = &m_stdout;
        } else {
            m_file.setFileName(path);
            if (m_file.open(QIODevice::WriteOnly))
                m_device = &m_file;
        }
    }
    bool isOpen() const { return m_device != nullptr; }
    void write(const QByteArray &bytes)
    {
        if (m_device && m_device->write(bytes) != bytes.size())
            m_failed = true;
    }
    // Returns false (with a message) when the output could not be written.
    bool finish()
    {
        if (m_device == &m_stdout) {
            m_stdout.flush();
            return true;
        }
        if (!m_device || m_failed || !m_file.commit()) {
            complain(u"%1：无法写入（%2）"_s.arg(m_path, m_file.errorString()));
            return false;
        }
        return true;
    }

private:
    QString m_path;
    QFile m_stdout;
    QSaveFile m_file;
    QIODevice *m_device = nullptr;
    bool m_failed = false;
};

// An item of the array as recordsToJsonBytes writes it: "[\n" and "\n]\n" cut off.
QByteArray arrayItemBytes(const QJsonObject &o)
{
    const QByteArray bytes = recordJsonBytes(QJsonArray{o});
    return bytes.mid(2, bytes.size() - 5);
}

int runJsonOrCheck(const QStringList &files, int jobs, bool json, bool single, const QString &output)
{
    const Work work = [json, single](Outcome &o, Input &input) {
        if (!json)
            o.payload = checkBlock(input);
        else if (single)
            o.payload = recordJsonBytes(recordToJson(input.record));
        else
            o.payload = arrayItemBytes(recordToJson(input.record));
    };
    SpilledRun run;
    if (!runSpilled(files, jobs, work, run))
        return 2;
    const int code = run.exitCode();

    Output out(json ? output : QString());
    if (!out.isOpen()) {
        complain(u"%1：无法写入"_s.arg(output));
        return 2;
    }
    if (json) {
        if (run.read == 0)
            return 2; // nothing to export; each file's message is out already
        if (!single)
            out.write("[\n");
        bool first = true;
        for (const Entry &e : std::as_const(run.entries)) {
            if (!e.read)
                continue;
            QByteArray bytes = run.payload(e);
            const QList<Finding> &cross = run.crossYear.at(e.slice);
            if (!cross.isEmpty()) {
                QJsonObject o = QJsonDocument::fromJson(bytes).object();
                QJsonArray findings = o.value(u"findings"_s).toArray();
                for (const Finding &f : cross) {
                    QJsonObject fo = findingToJson(f);
                    fo.insert(u"previous_file"_s, run.previousFile(e.slice));
                    findings.append(fo);
                }
                o.insert(u"findings"_s, findings);
                bytes = single ? recordJsonBytes(o) : arrayItemBytes(o);
            }
            if (!single && !first)
                out.write(",\n");
            first = false;
            out.write(bytes);
        }
        if (!single)
            out.write("\n]\n");
        return out.finish() ? code : 2;
    }

    for (const Entry &e : std::as_const(run.entries)) {
        if (!e.read) {
            out.write(utf8Line(u"== "_s + e.file));
            out.write(utf8Line(u"无法读取 unreadable: "_s + e.reason));
            out.write("\n");
            continue;
        }
        out.write(run.payload(e));
        const QList<Finding> &cross = run.crossYear.at(e.slice);
        for (const Finding &f : cross)
            out.write(utf8Line(findingKindName(f.kind) + u'\t' + f.rule + u'\t' + f.cells.join(u',') + u'\t'
                               + seriesMessage(f, run.previousFile(e.slice))));
        out.write(utf8Line(u"合计 summary: %1 处违反勾稽关系 violations, %2 处缺失 missing, %3 条提示 warnings"_s
                               .arg(e.violations)
                               .arg(e.missing)
                               .arg(e.warnings + cross.size())
                           + (e.dismissed > 0 ? u"（另有 %1 处已排除 dismissed）"_s.arg(e.dismissed) : QString())
                           // tables found but not read: no clean report, the summary says so
                           + (e.cellsNotRead ? u"；统计表未能读出 tables not read"_s : QString())));
        out.write("\n");
    }
    out.write(utf8Line(u"总计 total: 读取 %1 份报告 reports read, %2 份违反勾稽关系 with violations, "
                       u"%3 份有缺失 with blanks, %4 份无法读取 unreadable"_s
                           .arg(run.read)
                           .arg(run.withViolations)
                           .arg(run.withBlanks)
                           .arg(run.unreadable)));
    out.finish();
    return code;
}

// The CSV waits for the whole run like JSON (its rows on disk meanwhile), so that a run of digits
// its agency's previous year settles is settled whatever the order of the files.
int runCsv(const QStringList &files, int jobs, bool single, const QString &output)
{
    const bool withAgency = !single;
    SpilledRun run;
    if (!runSpilled(files, jobs,
                    [withAgency](Outcome &o, Input &input) {
                        o.payload = recordCsvRows(input.record, withAgency, withAgency ? input.file : QString());
                    },
                    run))
        return 2;
    if (run.read == 0)
        return 2; // nothing to export; each file's message is out already
    Output out(output);
    if (!out.isOpen()) {
        complain(u"%1：无法写入"_s.arg(output));
        return 2;
    }
    out.write(csvHeader(withAgency));
    for (const Entry &e : std::as_const(run.entries))
        if (e.read)
            out.write(run.payload(e));
    return out.finish() ? run.exitCode() : 2;
}

// The summary workbook of a season: each report's record waits on disk (its JSON, without the
// facts the workbook does not show) to the end of the run, as for CSV.
int runXlsx(const QStringList &files, int jobs, bool single, const QString &output)
{
    if (single) {
        auto input = checkedInput(files.constFirst());
        if (!input)
            return 2;
        if (const Status s = writeRecordXlsx(input->record, output); !s) {
            complain(s.error());
            return 2;
        }
        return input->record.hasViolations() ? 1 : 0;
    }
    SummaryWorkbook book(output, files.size());
    if (!book.isOpen()) { // say so before reading a thousand reports
        complain(book.close().error());
        return 2;
    }
    SpilledRun run;
    if (!runSpilled(files, jobs,
                    [](Outcome &o, Input &input) {
                        input.record.facts = {}; // not in the workbook
                        o.payload = QJsonDocument(recordToJson(input.record)).toJson(QJsonDocument::Compact);
                    },
                    run))
        return 2;
    for (const Entry &e : std::as_const(run.entries)) {
        if (!e.read) {
            book.addUnreadable(e.file, e.reason);
            continue;
        }
        const Result<Record> record = recordFromJson(QJsonDocument::fromJson(run.payload(e)).object());
        if (!record) { // our own JSON read back: only a failing disk gets here
            complain(u"%1：临时文件读回失败（%2）"_s.arg(e.file, record.error()));
            return 2;
        }
        const qsizetype row = book.addReport(*record, e.file);
        if (const QList<Finding> &cross = run.crossYear.at(e.slice); !cross.isEmpty())
            book.addCrossYear(row, cross, run.previousFile(e.slice));
    }
    if (const Status s = book.close(); !s) {
        complain(s.error());
        return 2;
    }
    return run.exitCode();
}

// compare with folders: each report of NEW against the report of the same agency in OLD (its
// previous year when there are several). OLD is read twice, once for the agencies and years, once
// beside its NEW report, so that no record waits in memory for its pair.
int runCompareFolders(const QStringList &olderFiles, const QStringList &newerFiles, int jobs, const QString &output)
{
    QList<SeriesSlice> olderSlices;
    QStringList olderRead;
    qsizetype unreadable = 0;
    runInOrder(olderFiles, jobs, [](Outcome &, Input &) {}, [&](Outcome &&o) {
        if (!o.read) {
            ++unreadable;
            return;
        }
        olderRead.append(o.file);
        olderSlices.append(std::move(o.slice));
    });
    // agency key -> the OLD reports of that agency, by year (the first in path order for a year)
    QHash<QString, QMap<int, QString>> byAgency;
    for (qsizetype i = 0; i < olderSlices.size(); ++i) {
        const SeriesSlice &s = olderSlices.at(i);
        if (!s.agencyKey.isEmpty() && !byAgency.value(s.agencyKey).contains(s.year))
            byAgency[s.agencyKey].insert(s.year, olderRead.at(i));
    }

    Output out(output);
    if (!out.isOpen()) {
        complain(u"%1：无法写入"_s.arg(output));
        return 2;
    }
    qsizetype compared = 0, withFindings = 0;
    bool first = true;
    out.write("[\n");
    const Work work = [&byAgency](Outcome &o, Input &input) {
        const QMap<int, QString> years = byAgency.value(o.slice.agencyKey);
        if (o.slice.agencyKey.isEmpty() || years.isEmpty()) {
            o.messages.append(u"%1：旧年度中没有同一机关（%2）的报告，未对比"_s.arg(
                o.file, input.record.agency.isEmpty() ? u"?"_s : input.record.agency));
            return;
        }
        const QString olderFile = years.value(input.record.year - 1, years.last());
        QStringList olderMessages;
        auto older = checkedInput(olderFile, &olderMessages);
        o.messages += olderMessages;
        if (!older) {
            o.read = false;
            o.reason = olderMessages.join(u"；"_s);
            return;
        }
        const Comparison c = compareRecords(older->record, input.record);
        o.warnings = c.findings.size();
        const QByteArray bytes = QJsonDocument(QJsonArray{comparisonToJson(c)}).toJson(QJsonDocument::Indented);
        o.payload = bytes.mid(2, bytes.size() - 5);
    };
    runInOrder(newerFiles, jobs, work, [&](Outcome &&o) {
        if (!o.read) {
            ++unreadable;
            return;
        }
        if (o.payload.isEmpty())
            return;
        ++compared;
        withFindings += o.warnings > 0;
        if (!first)
            out.write(",\n");
        first = false;
        out.write(o.payload);
    });
    out.write("\n]\n");
    if (!out.finish())
        return 2;
    return unreadable > 0 ? 2 : withFindings > 0 ? 1 : 0;
}

} // namespace

int runSeasonCompare(const QString &older, const QString &newer, const QString &format, const QString &output,
                     int jobs)
{
    if (format != u"json") {
        complain(u"compare: 文件夹之间的对比只输出 JSON（--format json）；xlsx 请逐对对比"_s);
        return 2;
    }
    bool emptyFolder = false;
    const QStringList olderFiles = expandInputs({older}, &emptyFolder);
    const QStringList newerFiles = expandInputs({newer}, &emptyFolder);
    if (emptyFolder || olderFiles.isEmpty() || newerFiles.isEmpty())
        return 2;
    return runCompareFolders(olderFiles, newerFiles, jobs, output);
}

std::optional<int> parseJobs(const QString &value)
{
    if (value.isEmpty())
        return defaultJobs();
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n == 0 ? defaultJobs() : std::min(n, 256);
}

int runSeasonCheck(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({{u"j"_s, u"jobs"_s}, u"threads"_s, u"N"_s});
    p.addPositionalArgument(u"files"_s, u"reports or folders"_s);
    if (!p.parse(QStringList{u"nianbao-check"_s} + args)) {
        complain(u"check: "_s + p.errorText());
        return 2;
    }
    const auto jobs = parseJobs(p.value(u"jobs"_s));
    const QStringList inputs = p.positionalArguments();
    if (!jobs || inputs.isEmpty()) {
        complain(!jobs ? u"check: --jobs 需要一个正整数"_s : u"check: 需要至少一个文件或文件夹"_s);
        return 2;
    }
    bool emptyFolder = false;
    const QStringList files = expandInputs(inputs, &emptyFolder);
    const int code = files.isEmpty() ? 2 : runJsonOrCheck(files, *jobs, false, false, {});
    return emptyFolder ? 2 : code;
}

int runSeasonExport(const QStringList &inputs, const QString &format, const QString &output, int jobs)
{
    bool emptyFolder = false;
    const QStringList files = expandInputs(inputs, &emptyFolder);
    if (files.isEmpty())
        return 2;
    // One file named on the command line is exported as before: a JSON object, the CSV without
    // 机关/年度, the workbook of one report. A folder is a season even when it holds one report.
    const bool single = files.size() == 1 && !hasFolder(inputs);
    int code = 2;
    if (format == u"json")
        code = runJsonOrCheck(files, jobs, true, single, output);
    else if (format == u"csv")
        code = runCsv(files, jobs, single, output);
    else
        code = runXlsx(files, jobs, single, output);
    return emptyFolder ? 2 : code;
}

} // namespace nianbao::cli
