// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/SeasonRun.h"

#include "core/rules/PreviousYear.h"
#include "core/rules/Rules.h"

#include <QThreadPool>

#include <algorithm>
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

} // namespace

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

Spill::Piece Spill::put(const QByteArray &bytes)
{
    Piece p{m_end, bytes.size()};
    m_file.seek(m_end);
    m_ok = m_ok && m_file.write(bytes) == bytes.size();
    m_end += bytes.size();
    return p;
}

QByteArray Spill::get(const Piece &p)
{
    m_file.seek(p.offset);
    return m_file.read(p.size);
}

void Entry::takeCounts(const Outcome &o)
{
    violations = o.violations;
    missing = o.missing;
    warnings = o.warnings;
    dismissed = o.dismissed;
    cellsNotRead = o.cellsNotRead;
}

bool runSpilled(const QStringList &files, int jobs, const Work &work, SpilledRun &run)
{
    if (!run.spill.open()) {
        complain(u"无法创建临时文件（%1）"_s.arg(run.spill.errorString()));
        return false;
    }
    QList<bool> unsettled;         // by slice
    QList<qsizetype> entryOfSlice; // by slice
    run.entries.reserve(files.size());
    runInOrder(files, jobs, work, [&](Outcome &&o) {
        Entry e;
        e.file = o.file;
        e.read = o.read;
        e.reason = o.reason;
        e.takeCounts(o);
        if (o.read) {
            e.piece = run.spill.put(o.payload);
            e.slice = run.slices.size();
            run.slices.append(std::move(o.slice));
            run.sliceFiles.append(o.file);
            unsettled.append(o.unsettled);
            entryOfSlice.append(run.entries.size());
        }
        run.entries.append(std::move(e));
    });
    for (auto &[slice, o] : settleAcrossYears(run.slices, run.sliceFiles, unsettled, work)) {
        Entry &e = run.entries[entryOfSlice.at(slice)];
        e.piece = run.spill.put(o.payload);
        e.takeCounts(o);
    }
    if (!run.spill.ok()) {
        complain(u"无法写入临时文件（磁盘已满？）"_s);
        return false;
    }
    run.previous = previousYears(run.slices);
    run.crossYear.resize(run.slices.size());
    for (qsizetype i = 0; i < run.slices.size(); ++i)
        if (run.previous.at(i) >= 0)
            run.crossYear[i] = seriesFindings(run.slices.at(run.previous.at(i)), run.slices.at(i));
    for (const Entry &e : std::as_const(run.entries)) {
        if (!e.read) {
            ++run.unreadable;
            continue;
        }
        ++run.read;
        run.withViolations += e.violations > 0;
        run.withBlanks += e.missing > 0;
    }
    return true;
}

int SpilledRun::exitCode() const
{
    return exitCodeOf(unreadable, withViolations);
}

int exitCodeOf(qsizetype unreadable, qsizetype withViolations)
{
    return unreadable > 0 ? 2 : withViolations > 0 ? 1 : 0;
}

} // namespace nianbao::cli
