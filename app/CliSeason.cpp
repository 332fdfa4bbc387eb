// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CliSeason.h"
#include "app/CliProject.h"

#include "app/CliInput.h"
#include "core/compare/Compare.h"
#include "core/compare/CompareJson.h"
#include "core/compare/Series.h"
#include "core/rules/PreviousYear.h"
#include "core/rules/Rules.h"
#include "core/export/CsvExport.h"
#include "core/export/JsonRecord.h"
#include "core/export/SummaryWorkbook.h"
#include "core/export/XlsxExport.h"
#include "core/review/SavedReview.h"
#include "core/util/ReportFiles.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryFile>
#include <QThread>
#include <QThreadPool>

#include <condition_variable>
#include <cstdio>
#include <map>
#include <mutex>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace nianbao::cli {

namespace {

void writeErr(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

// The progress line on standard error, only when it is a terminal: "[done/total] current file",
// rewritten in place and erased before any other line is printed and at the end.
class Progress
{
public:
    explicit Progress(qsizetype total)
        : m_total(total)
        , m_on(isatty(STDERR_FILENO) && total > 1)
    {
    }
    ~Progress() { clear(); }

    void show(qsizetype done, const QString &file)
    {
        if (!m_on)
            return;
        QString name = file;
        constexpr qsizetype room = 60;
        if (name.size() > room)
            name = u"…"_s + name.right(room - 1);
        writeErr(u"\r\x1b[K[%1/%2] %3"_s.arg(done).arg(m_total).arg(name));
        m_shown = true;
    }
    void clear()
    {
        if (m_shown)
            writeErr(u"\r\x1b[K"_s);
        m_shown = false;
    }

private:
    qsizetype m_total;
    bool m_on;
    bool m_shown = false;
};

// What one input gave, made on a worker thread and handed to the main thread in path order.
struct Outcome
{
    QString file;
    QStringList messages;          // for standard error (each names the file)
    bool read = false;             // false: unreadable, see `reason`
    QString reason;
    std::optional<Record> record;  // kept only when the output needs it (the workbook)
    SeriesSlice slice;
    qsizetype violations = 0, missing = 0, warnings = 0, dismissed = 0;
    bool cellsNotRead = false;
    bool unsettled = false;        // some run of digits left open (cells with alternatives)
    bool settled = false;          // settled by the previous year (settleAcrossYears)
    QByteArray payload;            // check: the block's lines; JSON: the record; CSV: its rows
};

// Fills the outcome's payload (and record, when kept) from a checked input, on the worker.
using Work = std::function<void(Outcome &, Input &)>;
// Takes the outcomes on the main thread, in the order of `files`.
using Sink = std::function<void(Outcome &&)>;

// Counts what one checked record says into its outcome.
void countFindings(Outcome &o, const Record &r)
{
    o.violations = r.count(FindingKind::Violation);
    o.missing = r.count(FindingKind::Missing);
    o.warnings = r.count(FindingKind::Warning);
    o.dismissed = std::count_if(r.findings.cbegin(), r.findings.cend(),
                                [](const Finding &f) { return f.status == FindingStatus::Dismissed; });
    o.cellsNotRead = std::any_of(r.findings.cbegin(), r.findings.cend(),
                                 [](const Finding &f) { return f.rule == u"structure.cells_not_read"; });
    o.unsettled = std::any_of(r.cells.cbegin(), r.cells.cend(),
                              [](const CellValue &c) { return !c.value && !c.alternatives.isEmpty(); });
    o.slice = seriesSlice(r);
}

// Settles the runs of digits `record` left open by its agency's previous year (a slice of it),
// and checks it again when that settled any. Returns whether it did.
bool settleByPreviousYear(Record &record, const SeriesSlice &previousYear)
{
    if (settleWithPreviousYear(record, seriesRecord(previousYear)).isEmpty())
        return false;
    recheck(record);
    return true;
}

// Reads one input; with `previousYear`, its runs of digits are first settled by that year.
Outcome readOne(const QString &file, const Work &work, const SeriesSlice *previousYear = nullptr)
{
    Outcome o;
    o.file = file;
    auto input = checkedInput(file, &o.messages);
    if (!input) {
        o.reason = o.messages.isEmpty() ? u"无法读取"_s : o.messages.join(u"；"_s);
        return o;
    }
    o.read = true;
    if (previousYear)
        o.settled = settleByPreviousYear(input->record, *previousYear);
    countFindings(o, input->record);
    work(o, *input);
    return o;
}


// Reads `files` on `jobs` threads; the outcomes reach `sink` in the order of `files`. At most a
// few outcomes per thread wait for their turn, so memory does not grow with the number of files.
void runInOrder(const QStringList &files, int jobs, const Work &work, const Sink &sink)
{
    const qsizetype total = files.size();
    Progress progress(total);
    QThreadPool pool;
    pool.setMaxThreadCount(jobs);
    std::mutex mutex;
    std::condition_variable ready;
    std::map<qsizetype, Outcome> done;
    qsizetype completed = 0;
    QString lastFile;
    const qsizetype window = std::max<qsizetype>(4 * jobs, 8);

    qsizetype submitted = 0;
    for (qsizetype next = 0; next < total; ++next) {
        while (submitted < total && submitted - next < window) {
            const qsizetype i = submitted++;
            pool.start([&, i] {
                Outcome o = readOne(files.at(i), work);
                {
                    std::lock_guard lock(mutex);
                    lastFile = o.file;
                    ++completed;
                    done.emplace(i, std::move(o));
                }
                ready.notify_one();
            });
        }
        Outcome o;
        {
            std::unique_lock lock(mutex);
            qsizetype shown = -1;
            while (!done.contains(next)) {
                if (shown != completed) {
                    shown = completed;
                    progress.show(completed, lastFile.isEmpty() ? files.at(next) : lastFile);
                }
                ready.wait_for(lock, std::chrono::milliseconds(200));
            }
            auto it = done.find(next);
            o = std::move(it->second);
            done.erase(it);
            progress.show(completed, o.file);
        }
        if (!o.messages.isEmpty()) {
            progress.clear();
            for (const QString &m : std::as_const(o.messages))
                complain(m);
        }
        sink(std::move(o));
    }
    pool.waitForDone();
}

// Bytes put aside on disk until the end of the run (the blocks of `check`, the records of JSON):
// their report's cross-year findings are known only once every report is read.
class Spill
{
public:
    bool open() { return m_file.open(); }
    QString errorString() const { return m_file.errorString(); }
    struct Piece
    {
        qint64 offset = 0;
        qint64 size = 0;
    };
    Piece put(const QByteArray &bytes)
    {
        Piece p{m_end, bytes.size()};
        m_file.seek(m_end);
        m_ok = m_ok && m_file.write(bytes) == bytes.size();
        m_end += bytes.size();
        return p;
    }
    QByteArray get(const Piece &p)
    {
        m_file.seek(p.offset);
        return m_file.read(p.size);
    }
    bool ok() const { return m_ok; }

private:
    QTemporaryFile m_file;
    qint64 m_end = 0;
    bool m_ok = true;
};

// One input's place in the run, kept to the end (a few hundred bytes).
struct Entry
{
    QString file;
    bool read = false;
    QString reason;
    qsizetype violations = 0, missing = 0, warnings = 0, dismissed = 0;
    bool cellsNotRead = false;
    Spill::Piece piece;
    qsizetype slice = -1; // index into the slices of the readable reports

    // What the outcome counted (when read first, and again when settled by the previous year).
    void takeCounts(const Outcome &o)
    {
        violations = o.violations;
        missing = o.missing;
        warnings = o.warnings;
        dismissed = o.dismissed;
        cellsNotRead = o.cellsNotRead;
    }
};

// The cross-year findings of each readable report against its previous year in the run.
struct SeriesResult
{
    QList<qsizetype> previous;        // by slice: the previous year's slice, or −1
    QList<QList<Finding>> findings;   // by slice
};

SeriesResult runSeries(const QList<SeriesSlice> &slices)
{
    SeriesResult s;
    s.previous = previousYears(slices);
    s.findings.resize(slices.size());
    for (qsizetype i = 0; i < slices.size(); ++i)
        if (s.previous.at(i) >= 0)
            s.findings[i] = seriesFindings(slices.at(s.previous.at(i)), slices.at(i));
    return s;
}

// Runs of digits a report left open may be settled by its agency's previous year in the same run
// (issue 14; settleWithPreviousYear). The report's output was made before that year was known, so
// such a report is read again once every report has been read: few are, most reports have no open
// run. In year order, so that a year settled this way settles the next. Updates the slices and
// returns the new outcomes by slice.
std::map<qsizetype, Outcome> settleAcrossYears(QList<SeriesSlice> &slices, const QStringList &sliceFiles,
                                               const QList<bool> &unsettled, const Work &work)
{
    const QList<qsizetype> previous = previousYears(slices);
    QList<qsizetype> order;
    for (qsizetype i = 0; i < slices.size(); ++i)
        if (unsettled.value(i) && previous.at(i) >= 0)
            order.append(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return slices.at(a).year < slices.at(b).year; });
    std::map<qsizetype, Outcome> out;
    for (qsizetype i : std::as_const(order)) {
        Outcome o = readOne(sliceFiles.at(i), work, &slices.at(previous.at(i)));
        if (!o.read || !o.settled)
            continue; // its messages were printed when it was first read
        slices[i] = o.slice;
        out.emplace(i, std::move(o));
    }
    return out;
}

// For the outputs written as the reports come (CSV, the summary workbook): a run of digits left
// open is settled by the agency's previous year only when that year was read before it in the run
// (path order puts a folder's years in order; check and JSON, which wait for the whole run, settle
// in any order: settleAcrossYears).
class EarlierYears
{
public:
    // Settles the outcome's record (kept by the work when unsettled) by the first report of the
    // agency's previous year seen so far, counting its findings again; then remembers the outcome
    // as its agency's year. Returns whether it settled something.
    bool settle(Outcome &o)
    {
        bool settled = false;
        if (o.unsettled && o.record && !o.slice.agencyKey.isEmpty()) {
            const auto it = m_first.constFind({o.slice.agencyKey, o.slice.year - 1});
            if (it != m_first.constEnd() && settleByPreviousYear(*o.record, *it)) {
                countFindings(o, *o.record);
                settled = true;
            }
        }
        if (!o.slice.agencyKey.isEmpty() && o.slice.year > 0 && !m_first.contains({o.slice.agencyKey, o.slice.year}))
            m_first.insert({o.slice.agencyKey, o.slice.year}, o.slice);
        return settled;
    }

private:
    QMap<std::pair<QString, int>, SeriesSlice> m_first; // (agency key, year) -> its first report
};

int exitCodeOf(qsizetype unreadable, qsizetype withViolations)
{
    return unreadable > 0 ? 2 : withViolations > 0 ? 1 : 0;
}

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

int runJsonOrCheck(const QStringList &files, int jobs, bool json, bool single, const QString &output)
{
    Spill spill;
    if (!spill.open()) {
        complain(u"无法创建临时文件（%1）"_s.arg(spill.errorString()));
        return 2;
    }
    QList<Entry> entries;
    QList<SeriesSlice> slices;
    QList<bool> unsettled;         // by slice
    QList<qsizetype> entryOfSlice; // by slice
    entries.reserve(files.size());
    const Work work = [json, single](Outcome &o, Input &input) {
        if (!json) {
            o.payload = checkBlock(input);
        } else if (single) {
            o.payload = recordJsonBytes(recordToJson(input.record));
        } else {
            // An item of the array as recordsToJsonBytes writes it: "[\n" and "\n]\n" cut off.
            const QByteArray bytes = recordJsonBytes(QJsonArray{recordToJson(input.record)});
            o.payload = bytes.mid(2, bytes.size() - 5);
        }
    };
    runInOrder(files, jobs, work, [&](Outcome &&o) {
        Entry e;
        e.file = o.file;
        e.read = o.read;
        e.reason = o.reason;
        e.takeCounts(o);
        if (o.read) {
            e.piece = spill.put(o.payload);
            e.slice = slices.size();
            slices.append(std::move(o.slice));
            unsettled.append(o.unsettled);
            entryOfSlice.append(entries.size());
        }
        entries.append(std::move(e));
    });
    {
        QStringList files(slices.size());
        for (qsizetype i = 0; i < slices.size(); ++i)
            files[i] = entries.at(entryOfSlice.at(i)).file;
        for (auto &[slice, o] : settleAcrossYears(slices, files, unsettled, work)) {
            Entry &e = entries[entryOfSlice.at(slice)];
            e.piece = spill.put(o.payload);
            e.takeCounts(o);
        }
    }
    if (!spill.ok()) {
        complain(u"无法写入临时文件（磁盘已满？）"_s);
        return 2;
    }
    const SeriesResult series = runSeries(slices);
    QList<QString> sliceFiles(slices.size());
    for (const Entry &e : std::as_const(entries))
        if (e.slice >= 0)
            sliceFiles[e.slice] = e.file;

    qsizetype read = 0, withViolations = 0, withBlanks = 0, unreadable = 0;
    for (const Entry &e : std::as_const(entries)) {
        if (!e.read)
            ++unreadable;
        else {
            ++read;
            withViolations += e.violations > 0;
            withBlanks += e.missing > 0;
        }
    }
    const int code = exitCodeOf(unreadable, withViolations);

    Output out(json ? output : QString());
    if (!out.isOpen()) {
        complain(u"%1：无法写入"_s.arg(output));
        return 2;
    }
    if (json) {
        if (read == 0)
            return 2; // nothing to export; each file's message is out already
        if (!single)
            out.write("[\n");
        bool first = true;
        for (const Entry &e : std::as_const(entries)) {
            if (!e.read)
                continue;
            QByteArray bytes = spill.get(e.piece);
            const QList<Finding> &cross = series.findings.at(e.slice);
            if (!cross.isEmpty()) {
                QJsonObject o = QJsonDocument::fromJson(bytes).object();
                QJsonArray findings = o.value(u"findings"_s).toArray();
                const QString previousFile = sliceFiles.at(series.previous.at(e.slice));
                for (const Finding &f : cross) {
                    QJsonObject fo = findingToJson(f);
                    fo.insert(u"previous_file"_s, previousFile);
                    findings.append(fo);
                }
                o.insert(u"findings"_s, findings);
                bytes = single ? recordJsonBytes(o) : recordJsonBytes(QJsonArray{o});
                if (!single)
                    bytes = bytes.mid(2, bytes.size() - 5);
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

    for (const Entry &e : std::as_const(entries)) {
        if (!e.read) {
            out.write(utf8Line(u"== "_s + e.file));
            out.write(utf8Line(u"无法读取 unreadable: "_s + e.reason));
            out.write("\n");
            continue;
        }
        out.write(spill.get(e.piece));
        const QList<Finding> &cross = series.findings.at(e.slice);
        const QString previousFile = cross.isEmpty() ? QString() : sliceFiles.at(series.previous.at(e.slice));
        for (const Finding &f : cross)
            out.write(utf8Line(findingKindName(f.kind) + u'\t' + f.rule + u'\t' + f.cells.join(u',') + u'\t'
                               + seriesMessage(f, previousFile)));
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
                           .arg(read)
                           .arg(withViolations)
                           .arg(withBlanks)
                           .arg(unreadable)));
    out.finish();
    return code;
}

int runCsv(const QStringList &files, int jobs, bool single, const QString &output)
{
    Output out(output);
    if (!out.isOpen()) {
        complain(u"%1：无法写入"_s.arg(output));
        return 2;
    }
    const bool withAgency = !single;
    qsizetype read = 0, withViolations = 0, unreadable = 0;
    EarlierYears earlier;
    runInOrder(
        files, jobs, [withAgency](Outcome &o, Input &input) {
            o.payload = recordCsvRows(input.record, withAgency, withAgency ? input.file : QString());
            if (o.unsettled)
                o.record = std::move(input.record); // earlier.settle() may need it
        },
        [&](Outcome &&o) {
            if (!o.read) {
                ++unreadable;
                return;
            }
            if (earlier.settle(o))
                o.payload = recordCsvRows(*o.record, withAgency, withAgency ? o.file : QString());
            if (read++ == 0)
                out.write(csvHeader(withAgency));
            withViolations += o.violations > 0;
            out.write(o.payload);
        });
    if (read == 0)
        return 2; // QSaveFile not committed: nothing written
    return out.finish() ? exitCodeOf(unreadable, withViolations) : 2;
}

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
    QList<SeriesSlice> slices;
    EarlierYears earlier;
    QList<qsizetype> reportOfSlice;
    QStringList sliceFiles;
    qsizetype read = 0, withViolations = 0, unreadable = 0;
    runInOrder(
        files, jobs,
        [](Outcome &o, Input &input) { o.record = std::move(input.record); },
        [&](Outcome &&o) {
            if (!o.read) {
                ++unreadable;
                book.addUnreadable(o.file, o.reason);
                return;
            }
            earlier.settle(o);
            o.record->facts = {}; // not in the workbook
            ++read;
            withViolations += o.violations > 0;
            reportOfSlice.append(book.addReport(*o.record, o.file));
            sliceFiles.append(o.file);
            slices.append(std::move(o.slice));
        });
    const SeriesResult series = runSeries(slices);
    for (qsizetype i = 0; i < slices.size(); ++i)
        if (!series.findings.at(i).isEmpty())
            book.addCrossYear(reportOfSlice.at(i), series.findings.at(i), sliceFiles.at(series.previous.at(i)));
    if (const Status s = book.close(); !s) {
        complain(s.error());
        return 2;
    }
    return exitCodeOf(unreadable, withViolations);
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
