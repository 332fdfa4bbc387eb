// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A season's project (issue 10): one SQLite database, NAME.nbproj, that remembers every report of
// the folders scanned into it — where it is, its size, mtime and sha256, its record (the JSON of
// RECORD.md, as extracted) and findings — and, per report, the reviewer's corrections with their
// notes (the audit trail, never rewritten but for a note) and the review status (未审 / 审核中 /
// 通过 / 退回整改, with a note and a time, every change kept) and the decisions on its findings
// (confirmed, or dismissed with a reason; schema version 2).
//
// Every change is one transaction; the database runs in WAL mode, so a process killed at any
// moment loses nothing committed and the next scan resumes where it stopped. The schema version
// is PRAGMA user_version; a project written by a newer Nianbao is refused, an older one is brought
// up to date (one transaction per step, ProjectSchema.h) when it is opened for writing. The
// reports themselves are only ever read. See docs/spec/PROJECT.md.
#include "core/ocr/Ocr.h"
#include "core/project/Sqlite.h"
#include "core/record/Record.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace nianbao {

enum class ReviewStatus { Unreviewed, InReview, Approved, Returned };
QString reviewStatusLabel(ReviewStatus s); // 未审 / 审核中 / 通过 / 退回整改
QString reviewStatusKey(ReviewStatus s);   // "unreviewed" / "in_review" / "approved" / "returned"
// Reads a key or a label.
std::optional<ReviewStatus> reviewStatusFromName(QStringView name);

struct StatusChange
{
    ReviewStatus status = ReviewStatus::Unreviewed;
    QString note;
    QDateTime at; // UTC
};

// One report as the project knows it.
struct ProjectReport
{
    qint64 id = 0;
    QString path;        // absolute
    qint64 size = 0;
    qint64 mtimeMs = 0;  // last modification, ms since the epoch
    QString sha256;      // of the bytes last read
    bool present = true; // false: gone from its folder (its record is kept)
    QDateTime missingSince;
    QString error;       // why the last read failed (empty when it succeeded)
    bool hasRecord = false;
    QString agency;
    int year = 0;
    QString format;      // "2021" / "2019" (empty when never read)
    int violations = 0, missing = 0, warnings = 0; // of the record as extracted
    // Cells of the record as extracted whose values were inferred (split out of run-together
    // digits, or set to 0 under a group printed as 0): the cells of its inferred findings.
    int inferred = 0;
    int corrections = 0;
    // Entries of the trail of decisions on its findings (confirmed, dismissed, taken back): 0 when
    // the reviewer never settled one (and in a version-1 project opened for reading).
    int settlementEntries = 0;
    StatusChange status;
};

struct ScanStats
{
    int found = 0;       // report files under the folders
    int added = 0;       // new to the project, read
    int reread = 0;      // content changed, read again
    int touched = 0;     // size or mtime changed but the same bytes: not extracted again
    int unchanged = 0;   // size and mtime as recorded: not even opened
    int unreadable = 0;  // could not be read or are no report (the reason is kept)
    int disappeared = 0; // were in the project, are no longer in their folder
    int returned = 0;    // had disappeared, are back
    // Files opened and read (added + reread + touched + unreadable ones that were opened).
    int opened = 0;
    // The scan was cancelled (Project::scan's `cancel`): what was committed stays, reports not yet
    // written are read by the next scan, and nothing is marked as disappeared.
    bool cancelled = false;
};

// done of total, and the file being read.
using ScanProgress = std::function<void(int done, int total, const QString &path)>;

class Project
{
public:
    static constexpr int schemaVersion = 2;
    static constexpr qint32 applicationId = 0x4E42504A; // "NBPJ"
    static QString suffix() { return QStringLiteral("nbproj"); }

    enum class Access { Read, Write }; // Write creates the project when the file does not exist

    // Opens (or, for Write, creates) a project. Every failure is one line naming the file: not a
    // project, corrupt, from a newer Nianbao, on a read-only folder, … Nothing is written on failure.
    static Result<Project> open(const QString &path, Access access);

    // Whether a path names a project: the suffix .nbproj, or an SQLite file carrying the project's
    // application id. Reads at most the file's first 100 bytes.
    static bool isProjectFile(const QString &path);

    Project(Project &&) noexcept;
    Project &operator=(Project &&) noexcept;
    ~Project();

    QString path() const { return m_path; }
    // The schema version of the file as opened: schemaVersion, unless an older project was opened
    // for reading (then it is not brought up to date: a version-1 project has no decisions).
    int fileVersion() const { return m_version; }

    // Scans folders (or single files) into the project: new and changed reports read, the others
    // only looked at (size and mtime; the bytes are hashed when those differ), reports gone from
    // the folders marked so. Without folders, those scanned before. A folder that does not exist
    // or cannot be listed fails the scan before anything is written. `jobs` threads read (0: one
    // per core); the results are written by the calling thread as they come. When `cancel` becomes
    // true (from any thread) the scan stops after the report being written: the reports committed
    // so far stay, the workers stop reading, and the stats say `cancelled`.
    Result<ScanStats> scan(const QStringList &folders = {}, const ScanProgress &progress = {}, int jobs = 0,
                           const std::atomic<bool> *cancel = nullptr);

    // The folders scanned so far (absolute).
    Result<QStringList> roots() const;

    Result<QList<ProjectReport>> reports() const;
    Result<ProjectReport> report(qint64 id) const;
    std::optional<qint64> reportId(const QString &path) const; // by path, absolute or relative

    // The record as extracted at the last read (no corrections).
    Result<Record> extractedRecord(qint64 id) const;
    // The record with the reviewer's corrections and decisions (settlements()) applied, checked
    // again: what a saved review gives (correctedRecord of SavedReview.h).
    Result<Record> correctedRecord(qint64 id) const;
    // A scan read by OCR at the last reading: what OCR read (kept beside the record as its JSON's
    // member ocr_reading, keyed by the scan's sha256); nullopt for any other report, for a scan read
    // before the reading was kept, and when it cannot be read.
    std::optional<OcrReading> ocrReading(qint64 id) const;

    // The audit trail, oldest first. A correction's `from` is filled in from the current value
    // when the caller leaves it empty and `at` from the clock when invalid.
    Result<QList<Correction>> corrections(qint64 id) const;
    Status addCorrection(qint64 id, Correction correction);
    // Several corrections of one report, in order, as one transaction (a step of the window that
    // changed several cells): all are written or none.
    Status addCorrections(qint64 id, QList<Correction> corrections);
    // Rewrites the note of the index-th correction (0-based, oldest first); nothing else changes.
    Status setCorrectionNote(qint64 id, int index, const QString &note);

    Status setStatus(qint64 id, ReviewStatus status, const QString &note = {},
                     const QDateTime &at = {});
    Result<QList<StatusChange>> statusHistory(qint64 id) const; // oldest first

    // The reviewer's decisions on the report's findings as they stand (what a saved review keeps
    // as its record's settlements): one per finding (kind, rule, cells), confirmed or dismissed
    // with the reason and the time it was made, in the order made. Implemented in
    // ProjectSettlements.cpp.
    Result<QList<Settlement>> settlements(qint64 id) const;
    // Every entry written, oldest first; a decision taken back is an entry with status Open.
    Result<QList<Settlement>> settlementTrail(qint64 id) const;
    // Makes the report's decisions `decisions` (a review's record().settlements) by appending, as
    // one transaction, an entry for each decision that is new or changed and an Open entry for
    // each one no longer there (the trail only grows). Nothing is written when they already stand.
    // A dismissal needs its reason; an Open entry in `decisions` is refused.
    Status setSettlements(qint64 id, const QList<Settlement> &decisions);

private:
    Project() = default;
    QString failure(const QString &what) const; // "PATH：what（SQLite's message）"
    Status inTransaction(const std::function<Status()> &work);
    Result<Record> storedRecord(qint64 id, bool corrected) const;
    // Brings a project opened for writing up to schemaVersion (ProjectSchema.h's steps, each one
    // transaction). Nothing is changed when the project is up to date.
    Status migrate();

    QString m_path;
    mutable sql::Database m_db;
    bool m_writable = false;
    int m_version = 0; // of the file as opened (PRAGMA user_version)
};

} // namespace nianbao
