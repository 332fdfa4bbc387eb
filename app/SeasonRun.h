// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How a season's run reads its reports (CliSeason.h): on `--jobs` threads, handed back in path
// order a few at a time (runInOrder), or put aside on disk to the end of the run (runSpilled) when
// the output must wait for what later reports say: the cross-year findings of the same agency, and
// the runs of digits an earlier report left open that its previous year, read later, settles.
#include "app/CliInput.h"
#include "core/compare/Series.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryFile>

#include <functional>
#include <optional>

namespace nianbao::cli {

// What one input gave, made on a worker thread and handed to the main thread in path order.
struct Outcome
{
    QString file;
    QStringList messages;          // for standard error (each names the file)
    bool read = false;             // false: unreadable, see `reason`
    QString reason;
    SeriesSlice slice;
    qsizetype violations = 0, missing = 0, warnings = 0, dismissed = 0;
    bool cellsNotRead = false;
    bool unsettled = false;        // some run of digits left open (cells with alternatives)
    bool settled = false;          // settled by the previous year (settleAcrossYears)
    QByteArray payload;            // what the output keeps of the report (a check block, a record …)
};

// Fills the outcome's payload from a checked input, on the worker.
using Work = std::function<void(Outcome &, Input &)>;
// Takes the outcomes on the main thread, in the order of `files`.
using Sink = std::function<void(Outcome &&)>;

// Reads `files` on `jobs` threads; the outcomes reach `sink` in the order of `files`. At most a
// few outcomes per thread wait for their turn, so memory does not grow with the number of files.
// Each outcome's messages are printed (complain) before it reaches the sink.
void runInOrder(const QStringList &files, int jobs, const Work &work, const Sink &sink);

// Bytes put aside on disk until the end of the run.
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
    Piece put(const QByteArray &bytes);
    QByteArray get(const Piece &p);
    bool ok() const { return m_ok; }

private:
    QTemporaryFile m_file;
    qint64 m_end = 0;
    bool m_ok = true;
};

// One input's place in the run, kept to the end (a few hundred bytes); its payload is on disk.
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
    void takeCounts(const Outcome &o);
};

// A whole run put aside: every input's entry in path order, payloads on disk, the cross-year
// findings of each readable report against its agency's previous year in the run.
struct SpilledRun
{
    Spill spill;
    QList<Entry> entries;
    QList<SeriesSlice> slices;          // of the readable reports, in path order
    QStringList sliceFiles;             // by slice
    QList<qsizetype> previous;          // by slice: the previous year's slice, or −1
    QList<QList<Finding>> crossYear;    // by slice
    qsizetype read = 0, withViolations = 0, withBlanks = 0, unreadable = 0;

    QByteArray payload(const Entry &e) { return spill.get(e.piece); }
    // The file of the previous year a slice's cross-year findings were made against.
    QString previousFile(qsizetype slice) const { return sliceFiles.value(previous.value(slice, -1)); }
    int exitCode() const;
};

// Reads `files` as runInOrder does, putting each payload aside; then reads again the few reports
// whose open runs of digits their agency's previous year in the run settles (in year order, so
// that a year settled this way settles the next: any path order gives the same output), and finds
// the cross-year findings. False (with a message) when the temporary file cannot be written.
bool runSpilled(const QStringList &files, int jobs, const Work &work, SpilledRun &run);

// 2 when an input could not be read, else 1 when a report breaks a relation, else 0.
int exitCodeOf(qsizetype unreadable, qsizetype withViolations);

} // namespace nianbao::cli
