// SPDX-License-Identifier: GPL-3.0-or-later
// The scan of folders into a project: which reports are new, changed, the same, gone; the
// changed and new ones read on every core; each report's result one transaction, written as it
// comes, so that a scan killed at any moment resumes where it stopped.
#include "core/project/Project.h"

#include "core/export/JsonRecord.h"
#include "core/report/OcrReadingJson.h"
#include "core/report/Report.h"
#include "core/rules/Rules.h"
#include "core/util/ReportFiles.h"
#include "core/util/Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace nianbao {

namespace {

// What the project knew of a file before this scan.
struct Known
{
    qint64 id = 0;
    qint64 size = -1;
    qint64 mtimeMs = -1;
    QString sha256;
    bool present = true;
    bool hasRecord = false;
    bool hasError = false;
};

// A file to open, and what became of it.
struct Work
{
    QString path;
    qint64 size = 0;
    qint64 mtimeMs = 0;
    const Known *known = nullptr; // null: new to the project
};

struct Outcome
{
    enum Kind { Read, SameBytes, Failed, Unopened } kind = Failed;
    Work work;
    QString sha256;
    Record record;
    QByteArray json; // the record's JSON, compressed, made on the reading thread
    QString error;
};

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Reads one file: the bytes (never written: opened read-only), their hash, and when they are not
// the bytes the project already has, the record.
Outcome readOne(const Work &work)
{
    Outcome out;
    out.work = work;
    QFile file(work.path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.kind = Outcome::Unopened;
        out.error = QStringLiteral("%1：无法读取（%2）").arg(work.path, file.errorString());
        return out;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    out.sha256 = QString::fromLatin1(sha256Hex(bytes));
    if (work.known && work.known->hasRecord && !work.known->hasError && work.known->sha256 == out.sha256) {
        out.kind = Outcome::SameBytes;
        return out;
    }
    auto report = readReportFromBytes(bytes, work.path); // the one pipeline: core/report
    if (!report) {
        out.error = report.error();
        return out;
    }
    Record record = std::move(report->record);
    record.sourceFile = QFileInfo(work.path).fileName();
    // Compressed: a tenth of the bytes to write, to keep and to check (see PROJECT.md).
    QJsonObject json = recordToJson(record);
    // A scan read by OCR: what OCR read, kept beside the record (PROJECT.md: ocr_reading), so the
    // window shows its text and boxes without reading the pages again.
    if (report->ocrReading)
        json.insert(QStringLiteral("ocr_reading"), ocrReadingToJson(*report->ocrReading));
    out.json = qCompress(QJsonDocument(json).toJson(QJsonDocument::Compact), 3);
    out.record = std::move(record);
    out.kind = Outcome::Read;
    return out;
}

bool isUnder(const QString &path, const QString &root)
{
    return path == root || path.startsWith(root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/'));
}

} // namespace

Result<ScanStats> Project::scan(const QStringList &folders, const ScanProgress &progress, int jobs,
                               const std::atomic<bool> *cancel)
{
    using R = Result<ScanStats>;
    const QString file = QDir::toNativeSeparators(m_path);
    if (!m_writable)
        return R::failure(QStringLiteral("%1：项目以只读方式打开").arg(file));

    // The targets, all checked before anything is written.
    QStringList targets;
    if (folders.isEmpty()) {
        auto known = roots();
        if (!known)
            return R::failure(known.error());
        if (known->isEmpty())
            return R::failure(QStringLiteral("%1：项目还没有扫描过文件夹，请给出要扫描的文件夹").arg(file));
        targets = *known;
    } else {
        for (const QString &folder : folders)
            targets.append(QDir::cleanPath(QFileInfo(folder).absoluteFilePath()));
    }
    for (const QString &target : std::as_const(targets)) {
        const QFileInfo info(target);
        if (!info.exists())
            return R::failure(QStringLiteral("%1：不存在").arg(QDir::toNativeSeparators(target)));
        if (info.isDir() && !QDir(target).isReadable())
            return R::failure(QStringLiteral("%1：无法读取文件夹").arg(QDir::toNativeSeparators(target)));
        if (!info.isDir() && !info.isReadable())
            return R::failure(QStringLiteral("%1：无法读取").arg(QDir::toNativeSeparators(target)));
    }

    // Every report file under the targets (saved reviews and the project itself are not reports).
    QStringList files;
    QSet<QString> seen;
    for (const QString &target : std::as_const(targets)) {
        const QStringList found = QFileInfo(target).isDir() ? findReportFiles(target) : QStringList{target};
        for (const QString &f : found) {
            const QString path = QDir::cleanPath(QFileInfo(f).absoluteFilePath());
            if (path == m_path || QFileInfo(path).suffix().compare(reviewSuffix(), Qt::CaseInsensitive) == 0)
                continue;
            if (!seen.contains(path)) {
                seen.insert(path);
                files.append(path);
            }
        }
    }

    QHash<QString, Known> known;
    {
        auto st = m_db.prepare("SELECT id, path, size, mtime_ms, sha256, present, record IS NOT NULL,"
                               " error IS NOT NULL FROM reports");
        if (!st)
            return R::failure(failure(st.error()));
        while (st->next())
            known.insert(st->text(1), Known{st->integer(0), st->integer(2), st->integer(3), st->text(4),
                                            st->integer(5) != 0, st->integer(6) != 0, st->integer(7) != 0});
        if (st->failed())
            return R::failure(failure(st->errorMessage()));
    }

    ScanStats stats;
    stats.found = int(files.size());
    // Commits during the scan are durable against a killed process (WAL); against a power cut the
    // last few may roll back, and the next scan reads those reports again.
    m_db.exec("PRAGMA synchronous=NORMAL");
    struct RestoreSync {
        sql::Database &db;
        ~RestoreSync() { db.exec("PRAGMA synchronous=FULL"); }
    } restore{m_db};

    if (Status s = inTransaction([&]() -> Status {
            auto st = m_db.prepare("INSERT OR IGNORE INTO roots(path, added_at) VALUES (?1, ?2)");
            if (!st)
                return Status::failure(st.error());
            const QString now = nowIso();
            for (const QString &target : std::as_const(targets)) {
                st->reset();
                if (Status r = st->bind(1, target).bind(2, now).run(); !r)
                    return r;
            }
            return {};
        });
        !s)
        return R::failure(s.error());

    // Which files need opening: those new, changed in size or mtime, back after disappearing, or
    // whose last opening failed.
    QList<Work> todo;
    for (const QString &path : std::as_const(files)) {
        const QFileInfo info(path);
        Work work{path, info.size(), info.lastModified().toMSecsSinceEpoch(), nullptr};
        const auto it = known.constFind(path);
        if (it != known.cend()) {
            work.known = &*it;
            if (it->present && it->size == work.size && it->mtimeMs == work.mtimeMs
                && (it->hasRecord || it->hasError)) {
                ++stats.unchanged;
                continue;
            }
            if (!it->present)
                ++stats.returned;
        }
        todo.append(work);
    }

    // Reading on every core; the results are written here, one transaction each, as they come.
    std::mutex mutex;
    std::condition_variable ready, room;
    std::deque<Outcome> results;
    std::atomic<int> nextIndex{0};
    std::atomic<bool> stop{false};
    const int workers = int(std::min<qsizetype>(std::max(1, jobs > 0 ? jobs : QThread::idealThreadCount()),
                                                std::max<qsizetype>(1, todo.size())));
    std::vector<std::thread> threads;
    for (int w = 0; w < workers; ++w) {
        threads.emplace_back([&] {
            for (;;) {
                const int i = nextIndex.fetch_add(1);
                if (i >= todo.size())
                    return;
                // After a failed write the rest is only drained, not read.
                Outcome outcome = stop.load() ? Outcome{} : readOne(todo.at(i));
                std::unique_lock lock(mutex);
                // Memory stays bounded: a few records wait for the writer, never the whole folder.
                room.wait(lock, [&] { return results.size() < size_t(2 * workers) || stop.load(); });
                results.push_back(std::move(outcome));
                ready.notify_one();
            }
        });
    }

    auto upsert = m_db.prepare(
        "INSERT INTO reports(path, size, mtime_ms, sha256, present, missing_since, error, record, agency, year,"
        " format, violations, missing, warnings, read_at) VALUES (?1, ?2, ?3, ?4, 1, NULL, NULL, ?5, ?6, ?7, ?8,"
        " ?9, ?10, ?11, ?12)"
        " ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms,"
        " sha256 = excluded.sha256, present = 1, missing_since = NULL, error = NULL, record = excluded.record,"
        " agency = excluded.agency, year = excluded.year, format = excluded.format,"
        " violations = excluded.violations, missing = excluded.missing, warnings = excluded.warnings,"
        " read_at = excluded.read_at");
    auto same = m_db.prepare("UPDATE reports SET size = ?1, mtime_ms = ?2, present = 1, missing_since = NULL"
                             " WHERE path = ?3");
    // A failed reading keeps the record read before; its size and mtime are kept only when the
    // bytes were read (so a file that could not even be opened is tried again next time).
    auto failed = m_db.prepare(
        "INSERT INTO reports(path, size, mtime_ms, sha256, present, error, read_at) VALUES (?1, ?2, ?3, ?4, 1, ?5, ?6)"
        " ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms,"
        " sha256 = excluded.sha256, present = 1, missing_since = NULL, error = excluded.error,"
        " read_at = excluded.read_at");
    auto clearFindings = m_db.prepare("DELETE FROM findings WHERE report_id = (SELECT id FROM reports WHERE path = ?1)");
    auto addFinding = m_db.prepare("INSERT INTO findings(report_id, seq, kind, rule, cells, message)"
                                   " VALUES ((SELECT id FROM reports WHERE path = ?1), ?2, ?3, ?4, ?5, ?6)");
    QString error;
    if (!upsert || !same || !failed || !clearFindings || !addFinding)
        error = failure(m_db.errorMessage());

    auto write = [&](const Outcome &o) -> Status {
        const Work &w = o.work;
        if (o.kind == Outcome::SameBytes) {
            same->reset();
            return same->bind(1, w.size).bind(2, w.mtimeMs).bind(3, w.path).run();
        }
        if (o.kind != Outcome::Read) {
            failed->reset();
            const bool opened = o.kind == Outcome::Failed;
            return failed->bind(1, w.path)
                .bind(2, opened ? w.size : qint64(-1))
                .bind(3, opened ? w.mtimeMs : qint64(-1))
                .bind(4, o.sha256.isNull() ? QStringLiteral("") : o.sha256)
                .bind(5, o.error)
                .bind(6, nowIso())
                .run();
        }
        const Record &r = o.record;
        upsert->reset();
        Status s = upsert->bind(1, w.path)
                       .bind(2, w.size)
                       .bind(3, w.mtimeMs)
                       .bind(4, o.sha256)
                       .bindBlob(5, o.json)
                       .bind(6, r.agency.isNull() ? QStringLiteral("") : r.agency)
                       .bind(7, r.year)
                       .bind(8, formatName(r.format))
                       .bind(9, qint64(r.count(FindingKind::Violation)))
                       .bind(10, qint64(r.count(FindingKind::Missing)))
                       .bind(11, qint64(r.count(FindingKind::Warning)))
                       .bind(12, nowIso())
                       .run();
        if (!s)
            return s;
        clearFindings->reset();
        if (Status c = clearFindings->bind(1, w.path).run(); !c)
            return c;
        for (int i = 0; i < r.findings.size(); ++i) {
            const Finding &f = r.findings.at(i);
            addFinding->reset();
            if (Status a = addFinding->bind(1, w.path)
                               .bind(2, i)
                               .bind(3, findingKindName(f.kind))
                               .bind(4, f.rule)
                               .bind(5, f.cells.join(QLatin1Char(',')))
                               .bind(6, f.message)
                               .run();
                !a)
                return a;
        }
        return {};
    };

    for (int done = 0; done < todo.size(); ++done) {
        Outcome o;
        {
            std::unique_lock lock(mutex);
            ready.wait(lock, [&] { return !results.empty(); });
            o = std::move(results.front());
            results.pop_front();
        }
        room.notify_one();
        if (!error.isEmpty() || stats.cancelled)
            continue; // drain the workers, write nothing more
        if (cancel && cancel->load()) {
            stats.cancelled = true;
            stop = true; // the workers read nothing more
            room.notify_all();
            continue;
        }
        if (progress)
            progress(done + 1, int(todo.size()), o.work.path);
        if (o.kind != Outcome::Unopened)
            ++stats.opened;
        switch (o.kind) {
        case Outcome::Read: ++(o.work.known ? stats.reread : stats.added); break;
        case Outcome::SameBytes: ++stats.touched; break;
        case Outcome::Failed:
        case Outcome::Unopened: ++stats.unreadable; break;
        }
        if (Status s = inTransaction([&] { return write(o); }); !s) {
            error = s.error();
            stop = true;
            room.notify_all();
        }
    }
    for (std::thread &t : threads)
        t.join();
    if (!error.isEmpty())
        return R::failure(error);
    if (stats.cancelled)
        return stats; // the rest is read by the next scan; nothing is marked as gone

    // Reports gone from the scanned folders: marked, their records kept.
    QStringList gone;
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (!it->present || seen.contains(it.key()))
            continue;
        if (std::any_of(targets.cbegin(), targets.cend(), [&](const QString &t) { return isUnder(it.key(), t); }))
            gone.append(it.key());
    }
    if (!gone.isEmpty()) {
        if (Status s = inTransaction([&]() -> Status {
                auto st = m_db.prepare("UPDATE reports SET present = 0, missing_since = ?1 WHERE path = ?2");
                if (!st)
                    return Status::failure(st.error());
                const QString now = nowIso();
                for (const QString &path : std::as_const(gone)) {
                    st->reset();
                    if (Status r = st->bind(1, now).bind(2, path).run(); !r)
                        return r;
                }
                return {};
            });
            !s)
            return R::failure(s.error());
        stats.disappeared = int(gone.size());
    }
    return stats;
}

} // namespace nianbao
