// SPDX-License-Identifier: GPL-3.0-or-later
// The project database: opening and creating it safely, and the reviewer's side (corrections,
// statuses). The scan is in ProjectScan.cpp.
#include "core/project/Project.h"

#include "core/export/JsonRecord.h"
#include "core/project/ProjectSchema.h"
#include "core/record/Corrections.h"
#include "core/report/OcrReadingJson.h"
#include "core/review/SavedReview.h"
#include "core/rules/Rules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>
#include <cerrno>
#include <csignal>

namespace nianbao {

namespace {

const char *const kStatusKeys[] = {"unreviewed", "in_review", "approved", "returned"};

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

// What the first 100 bytes of a file say it is.
enum class Header { Project, OtherSqlite, NotSqlite, Empty, Unreadable };

Header readHeader(const QString &path, QString *error = nullptr)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return Header::Unreadable;
    }
    const QByteArray head = f.read(100);
    if (head.isEmpty())
        return Header::Empty;
    if (head.size() < 100 || !head.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return Header::NotSqlite;
    const auto be32 = [&](int at) {
        return qint32((quint32(quint8(head[at])) << 24) | (quint32(quint8(head[at + 1])) << 16)
                      | (quint32(quint8(head[at + 2])) << 8) | quint32(quint8(head[at + 3])));
    };
    return be32(68) == Project::applicationId ? Header::Project : Header::OtherSqlite;
}

// The one-line reason for an SQLite failure on a project.
QString describe(const QString &path, int code, const QString &message)
{
    const QString sqliteMessage = message.simplified(); // one line
    const QString file = QDir::toNativeSeparators(path);
    if (code == sql::kCorrupt)
        return QStringLiteral("%1：项目文件已损坏（%2）").arg(file, sqliteMessage);
    if (code == sql::kNotADb)
        return QStringLiteral("%1：不是年报审核项目文件（%2）").arg(file, sqliteMessage);
    if (code == sql::kReadOnly || code == sql::kCantOpen)
        return QStringLiteral("%1：无法写入项目（所在文件夹或文件只读：%2）").arg(file, sqliteMessage);
    if (code == sql::kBusy)
        return QStringLiteral("%1：项目正被另一个程序使用，请稍后再试（%2）").arg(file, sqliteMessage);
    return QStringLiteral("%1：%2").arg(file, sqliteMessage);
}

// Checks what an opened database holds: our application id, a schema version we know, a file
// SQLite finds whole. One line naming the file on failure; `fileVersion` receives the version.
Status validate(sql::Database &db, const QString &path, int *fileVersion)
{
    const QString file = QDir::toNativeSeparators(path);
    auto pragma = [&](const char *sqlText) -> Result<qint64> {
        auto st = db.prepare(sqlText);
        if (!st)
            return Result<qint64>::failure(describe(path, db.errorCode(), st.error()));
        if (!st->next())
            return Result<qint64>::failure(describe(path, db.errorCode(),
                                                    st->failed() ? st->errorMessage() : db.errorMessage()));
        return st->integer(0);
    };
    const auto app = pragma("PRAGMA application_id");
    if (!app)
        return Status::failure(app.error());
    if (*app != Project::applicationId)
        return Status::failure(QStringLiteral("%1：不是年报审核项目文件（其他程序的 SQLite 数据库）").arg(file));
    const auto version = pragma("PRAGMA user_version");
    if (!version)
        return Status::failure(version.error());
    if (*version > Project::schemaVersion)
        return Status::failure(QStringLiteral("%1：项目由较新版本的年报审核创建（项目格式 %2，本程序只认识到 %3），请升级 Nianbao")
                                   .arg(file)
                                   .arg(*version)
                                   .arg(Project::schemaVersion));
    if (*version < 1)
        return Status::failure(QStringLiteral("%1：项目文件不完整（没有表结构）").arg(file));
    *fileVersion = int(*version);
    auto check = db.prepare("PRAGMA quick_check(1)");
    if (!check)
        return Status::failure(describe(path, db.errorCode(), check.error()));
    if (!check->next())
        return Status::failure(describe(path, sql::kCorrupt, check->failed() ? check->errorMessage() : db.errorMessage()));
    const QString verdict = check->text(0).simplified();
    if (verdict != u"ok")
        return Status::failure(QStringLiteral("%1：项目文件已损坏（%2）").arg(file, verdict));
    return {};
}

// Makes a new, empty project at `path` (which does not exist): written under a temporary name in
// the same folder and renamed, so a project file is never half made.
Status createProject(const QString &path)
{
    const QFileInfo info(path);
    const QString file = QDir::toNativeSeparators(path);
    const QDir dir = info.absoluteDir();
    if (!dir.exists())
        return Status::failure(QStringLiteral("%1：所在文件夹不存在").arg(file));
    const QFileInfo dirInfo(dir.absolutePath());
    if (!dirInfo.isWritable())
        return Status::failure(QStringLiteral("%1：无法创建项目（所在文件夹只读）").arg(file));
    const QString temp = dir.filePath(QStringLiteral(".%1.creating-%2")
                                          .arg(info.fileName())
                                          .arg(QCoreApplication::applicationPid()));
    // What a creation killed before its rename left: removed once its process is gone.
    const QString stalePrefix = QStringLiteral(".%1.creating-").arg(info.fileName());
    for (const QString &name : dir.entryList({stalePrefix + u'*'}, QDir::Files | QDir::Hidden)) {
        const QString rest = name.mid(stalePrefix.size()).section(u'-', 0, 0);
        bool isPid = false;
        const qint64 pid = rest.toLongLong(&isPid);
        if (isPid && pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            QFile::remove(dir.filePath(name));
    }
    QFile::remove(temp);
    Status made = [&]() -> Status {
        auto db = sql::Database::open(temp, sql::Database::Mode::Create);
        if (!db)
            return Status::failure(QStringLiteral("%1：无法创建项目（%2）").arg(file, db.error()));
        // Version 1 and every step after it: the same tables as a project brought up to date.
        QByteArray setup = QByteArray("PRAGMA journal_mode=WAL; BEGIN; ") + projectschema::kCreate;
        for (const projectschema::Migration &step : projectschema::kMigrations)
            setup += step.sql;
        setup += "PRAGMA application_id=" + QByteArray::number(Project::applicationId)
                 + "; PRAGMA user_version=" + QByteArray::number(Project::schemaVersion) + ";";
        if (auto s = db->exec(setup.constData()); !s)
            return Status::failure(QStringLiteral("%1：无法创建项目（%2）").arg(file, s.error()));
        auto meta = db->prepare("INSERT INTO meta(key, value) VALUES (?1, ?2)");
        if (!meta)
            return Status::failure(QStringLiteral("%1：无法创建项目（%2）").arg(file, meta.error()));
        for (const auto &[key, value] : {std::pair{QStringLiteral("created_by"),
                                                   QStringLiteral("nianbao " NIANBAO_VERSION)},
                                         std::pair{QStringLiteral("created_at"), nowIso()}}) {
            meta->reset();
            if (auto s = meta->bind(1, key).bind(2, value).run(); !s)
                return Status::failure(QStringLiteral("%1：无法创建项目（%2）").arg(file, s.error()));
        }
        if (auto s = db->exec("COMMIT"); !s)
            return Status::failure(QStringLiteral("%1：无法创建项目（%2）").arg(file, s.error()));
        return {};
    }();
    if (made && !QFile::rename(temp, path))
        made = Status::failure(QStringLiteral("%1：无法创建项目（改名失败）").arg(file));
    if (!made) {
        for (const char *extra : {"", "-wal", "-shm"})
            QFile::remove(temp + QLatin1String(extra));
    }
    return made;
}

} // namespace

QString reviewStatusLabel(ReviewStatus s)
{
    switch (s) {
    case ReviewStatus::Unreviewed: return QStringLiteral("未审");
    case ReviewStatus::InReview: return QStringLiteral("审核中");
    case ReviewStatus::Approved: return QStringLiteral("通过");
    case ReviewStatus::Returned: return QStringLiteral("退回整改");
    }
    return {};
}

QString reviewStatusKey(ReviewStatus s)
{
    return QLatin1String(kStatusKeys[int(s)]);
}

std::optional<ReviewStatus> reviewStatusFromName(QStringView name)
{
    for (ReviewStatus s : {ReviewStatus::Unreviewed, ReviewStatus::InReview, ReviewStatus::Approved,
                           ReviewStatus::Returned}) {
        if (name == reviewStatusKey(s) || name == reviewStatusLabel(s))
            return s;
    }
    return std::nullopt;
}

bool Project::isProjectFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.suffix().compare(suffix(), Qt::CaseInsensitive) == 0)
        return true;
    return info.isFile() && readHeader(path) == Header::Project;
}

Project::Project(Project &&) noexcept = default;
Project &Project::operator=(Project &&) noexcept = default;
Project::~Project() = default;

Result<Project> Project::open(const QString &path, Access access)
{
    using R = Result<Project>;
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    const QString file = QDir::toNativeSeparators(path);
    if (info.exists()) {
        if (info.isDir())
            return R::failure(QStringLiteral("%1：是文件夹，不是项目文件").arg(file));
        QString why;
        switch (readHeader(absolute, &why)) {
        case Header::Project: break;
        case Header::Unreadable: return R::failure(QStringLiteral("%1：无法读取（%2）").arg(file, why));
        case Header::Empty: return R::failure(QStringLiteral("%1：不是年报审核项目文件（空文件）").arg(file));
        case Header::NotSqlite:
            return R::failure(QStringLiteral("%1：不是年报审核项目文件（不是 SQLite 数据库，或文件头已损坏）").arg(file));
        case Header::OtherSqlite:
            return R::failure(QStringLiteral("%1：不是年报审核项目文件（其他程序的 SQLite 数据库）").arg(file));
        }
    } else if (access == Access::Read) {
        return R::failure(QStringLiteral("%1：项目文件不存在").arg(file));
    } else if (Status made = createProject(absolute); !made) {
        return R::failure(made.error());
    }

    Project project;
    project.m_path = absolute;
    if (access == Access::Write) {
        // A read-only folder cannot take the -wal and -shm files; say so before SQLite tries.
        if (!QFileInfo(info.absolutePath()).isWritable() || !QFileInfo(absolute).isWritable())
            return R::failure(QStringLiteral("%1：无法写入项目（所在文件夹或文件只读）").arg(file));
        auto db = sql::Database::open(absolute, sql::Database::Mode::ReadWrite);
        if (!db)
            return R::failure(describe(absolute, sql::kCantOpen, db.error()));
        if (db->isReadOnly())
            return R::failure(QStringLiteral("%1：无法写入项目（所在文件夹或文件只读）").arg(file));
        project.m_db = std::move(*db);
        if (Status s = validate(project.m_db, absolute, &project.m_version); !s)
            return R::failure(s.error());
        if (Status s = project.m_db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"); !s)
            return R::failure(describe(absolute, project.m_db.errorCode(), s.error()));
        if (Status s = project.migrate(); !s)
            return R::failure(s.error());
        project.m_writable = true;
        return project;
    }
    // Read access opens the file for writing when it can, only so that closing it removes the -wal
    // and -shm files SQLite makes beside it (and merges a killed scan's last commits): the
    // project's content is not changed, Project refuses every change (m_writable stays false).
    const bool canWrite = QFileInfo(info.absolutePath()).isWritable() && QFileInfo(absolute).isWritable();
    auto db = sql::Database::open(absolute, canWrite ? sql::Database::Mode::ReadWrite : sql::Database::Mode::ReadOnly);
    if (db) {
        project.m_db = std::move(*db);
        if (Status s = validate(project.m_db, absolute, &project.m_version); s)
            return project;
        else if (project.m_db.errorCode() != sql::kCantOpen && project.m_db.errorCode() != sql::kReadOnly)
            return R::failure(s.error());
    }
    // A project on a read-only medium: SQLite cannot make the -shm file WAL reading needs. When no
    // -wal file holds commits, the main file is the whole project and can be read as immutable.
    if (QFileInfo::exists(absolute + QStringLiteral("-wal")))
        return R::failure(QStringLiteral("%1：无法读取项目（所在文件夹只读，且有未合并的日志文件 -wal；请复制到可写的位置）").arg(file));
    auto frozen = sql::Database::open(absolute, sql::Database::Mode::ReadOnly, true);
    if (!frozen)
        return R::failure(describe(absolute, sql::kCantOpen, frozen.error()));
    project.m_db = std::move(*frozen);
    if (Status s = validate(project.m_db, absolute, &project.m_version); !s)
        return R::failure(s.error());
    return project;
}

Status Project::migrate()
{
    const QString file = QDir::toNativeSeparators(m_path);
    for (const projectschema::Migration &step : projectschema::kMigrations) {
        if (step.to <= m_version)
            continue;
        const auto failed = [&](const QString &why) {
            m_db.exec("ROLLBACK");
            return Status::failure(QStringLiteral("%1：无法把项目升级到格式 %2（%3）")
                                       .arg(file)
                                       .arg(step.to)
                                       .arg(why.simplified()));
        };
        if (Status s = m_db.exec("BEGIN IMMEDIATE"); !s)
            return Status::failure(QStringLiteral("%1：无法把项目升级到格式 %2（%3）").arg(file).arg(step.to).arg(s.error()));
        // Another process may have brought it up to date while this one waited for the lock.
        int now = 0;
        {
            auto version = m_db.prepare("PRAGMA user_version");
            if (!version)
                return failed(version.error());
            if (!version->next())
                return failed(version->errorMessage());
            now = int(version->integer(0));
        }
        if (now < step.to) {
            if (Status s = m_db.exec(step.sql); !s)
                return failed(s.error());
            const QByteArray set = "PRAGMA user_version=" + QByteArray::number(step.to);
            if (Status s = m_db.exec(set.constData()); !s)
                return failed(s.error());
        }
        if (Status s = m_db.exec("COMMIT"); !s)
            return failed(s.error());
        m_version = std::max(now, step.to);
    }
    return {};
}

QString Project::failure(const QString &what) const
{
    return describe(m_path, m_db.errorCode(), what);
}

Status Project::inTransaction(const std::function<Status()> &work)
{
    if (!m_writable)
        return Status::failure(QStringLiteral("%1：项目以只读方式打开").arg(QDir::toNativeSeparators(m_path)));
    if (Status s = m_db.exec("BEGIN IMMEDIATE"); !s)
        return Status::failure(failure(s.error()));
    Status done = work();
    if (done)
        done = m_db.exec("COMMIT");
    if (!done) {
        m_db.exec("ROLLBACK");
        return Status::failure(done.error().startsWith(QDir::toNativeSeparators(m_path)) ? done.error()
                                                                                        : failure(done.error()));
    }
    return {};
}

Result<QStringList> Project::roots() const
{
    auto st = m_db.prepare("SELECT path FROM roots ORDER BY path");
    if (!st)
        return Result<QStringList>::failure(failure(st.error()));
    QStringList out;
    while (st->next())
        out.append(st->text(0));
    if (st->failed())
        return Result<QStringList>::failure(failure(st->errorMessage()));
    return out;
}

// The columns reportFromRow reads; `settlements`: the table exists (version 2 and later).
static QByteArray reportColumns(bool settlements)
{
    return QByteArray(
    "SELECT r.id, r.path, r.size, r.mtime_ms, r.sha256, r.present, r.missing_since, r.error,"
    " r.record IS NOT NULL, r.agency, r.year, r.violations, r.missing, r.warnings,"
    " (SELECT count(*) FROM corrections c WHERE c.report_id = r.id), r.status, r.status_note, r.status_at,"
    " r.format,"
    // the inferred cells: those named by the findings of the rules inferred and inferred.group
    " (SELECT coalesce(sum(length(f.cells) - length(replace(f.cells, ',', '')) + (f.cells <> '')), 0)"
    "  FROM findings f WHERE f.report_id = r.id AND (f.rule = 'inferred' OR f.rule LIKE 'inferred.%')),")
           + (settlements ? " (SELECT count(*) FROM settlements s WHERE s.report_id = r.id)" : " 0")
           + " FROM reports r";
}

static ProjectReport reportFromRow(const sql::Statement &st)
{
    ProjectReport r;
    r.id = st.integer(0);
    r.path = st.text(1);
    r.size = st.integer(2);
    r.mtimeMs = st.integer(3);
    r.sha256 = st.text(4);
    r.present = st.integer(5) != 0;
    r.missingSince = fromIso(st.text(6));
    r.error = st.text(7);
    r.hasRecord = st.integer(8) != 0;
    r.agency = st.text(9);
    r.year = int(st.integer(10));
    r.violations = int(st.integer(11));
    r.missing = int(st.integer(12));
    r.warnings = int(st.integer(13));
    r.corrections = int(st.integer(14));
    r.status.status = reviewStatusFromName(st.text(15)).value_or(ReviewStatus::Unreviewed);
    r.status.note = st.text(16);
    r.status.at = fromIso(st.text(17));
    r.format = st.text(18);
    r.inferred = int(st.integer(19));
    r.settlementEntries = int(st.integer(20));
    return r;
}

Result<QList<ProjectReport>> Project::reports() const
{
    using R = Result<QList<ProjectReport>>;
    const QByteArray sqlText = reportColumns(m_version >= 2) + " ORDER BY r.path";
    auto st = m_db.prepare(sqlText.constData());
    if (!st)
        return R::failure(failure(st.error()));
    QList<ProjectReport> out;
    while (st->next())
        out.append(reportFromRow(*st));
    if (st->failed())
        return R::failure(failure(st->errorMessage()));
    return out;
}

Result<ProjectReport> Project::report(qint64 id) const
{
    using R = Result<ProjectReport>;
    const QByteArray sqlText = reportColumns(m_version >= 2) + " WHERE r.id = ?1";
    auto st = m_db.prepare(sqlText.constData());
    if (!st)
        return R::failure(failure(st.error()));
    st->bind(1, id);
    if (!st->next())
        return R::failure(st->failed() ? failure(st->errorMessage())
                                       : QStringLiteral("%1：没有编号为 %2 的报告").arg(QDir::toNativeSeparators(m_path)).arg(id));
    return reportFromRow(*st);
}

std::optional<qint64> Project::reportId(const QString &path) const
{
    auto st = m_db.prepare("SELECT id FROM reports WHERE path = ?1");
    if (!st)
        return std::nullopt;
    st->bind(1, QFileInfo(path).absoluteFilePath());
    if (!st->next())
        return std::nullopt;
    return st->integer(0);
}

std::optional<OcrReading> Project::ocrReading(qint64 id) const
{
    auto st = m_db.prepare("SELECT record FROM reports WHERE id = ?1");
    if (!st)
        return std::nullopt;
    st->bind(1, id);
    if (!st->next() || st->isNull(0))
        return std::nullopt;
    const QByteArray stored = st->bytes(0);
    const QJsonDocument json = QJsonDocument::fromJson(st->isBlob(0) ? qUncompress(stored) : stored);
    const QJsonObject reading = json.object().value(QStringLiteral("ocr_reading")).toObject();
    return reading.isEmpty() ? std::nullopt : ocrReadingFromJson(reading);
}

Result<Record> Project::storedRecord(qint64 id, bool corrected) const
{
    using R = Result<Record>;
    const QString file = QDir::toNativeSeparators(m_path);
    auto st = m_db.prepare("SELECT record, path FROM reports WHERE id = ?1");
    if (!st)
        return R::failure(failure(st.error()));
    st->bind(1, id);
    if (!st->next())
        return R::failure(st->failed() ? failure(st->errorMessage())
                                       : QStringLiteral("%1：没有编号为 %2 的报告").arg(file).arg(id));
    if (st->isNull(0))
        return R::failure(QStringLiteral("%1：%2 没有读出的记录").arg(file, st->text(1)));
    QJsonParseError error;
    // The JSON compressed (qCompress: the length in 4 bytes big-endian, then a zlib stream), or as text.
    const QByteArray stored = st->bytes(0);
    const QByteArray text = st->isBlob(0) ? qUncompress(stored) : stored;
    const QJsonDocument json = QJsonDocument::fromJson(text, &error);
    if (!json.isObject())
        return R::failure(QStringLiteral("%1：项目文件已损坏（%2 的记录不是有效的 JSON：%3）")
                              .arg(file, st->text(1), error.errorString()));
    auto record = recordFromJson(json.object());
    if (!record)
        return R::failure(QStringLiteral("%1：项目文件已损坏（%2 的记录：%3）").arg(file, st->text(1), record.error()));
    if (!corrected)
        return record;
    auto list = corrections(id);
    if (!list)
        return R::failure(list.error());
    auto decided = settlements(id);
    if (!decided)
        return R::failure(decided.error());
    if (list->isEmpty() && decided->isEmpty())
        return record; // its findings as stored, the same checks on the same values
    record->corrections.clear();
    if (!list->isEmpty())
        applyCorrections(*record, *list);
    record->settlements = std::move(*decided);
    recheck(*record);
    return record;
}

Result<Record> Project::extractedRecord(qint64 id) const
{
    return storedRecord(id, false);
}

Result<Record> Project::correctedRecord(qint64 id) const
{
    return storedRecord(id, true);
}

Result<QList<Correction>> Project::corrections(qint64 id) const
{
    using R = Result<QList<Correction>>;
    auto st = m_db.prepare("SELECT cell, from_value, to_value, note, at FROM corrections"
                           " WHERE report_id = ?1 ORDER BY id");
    if (!st)
        return R::failure(failure(st.error()));
    st->bind(1, id);
    QList<Correction> out;
    while (st->next())
        out.append(Correction{st->text(0), st->real(1), st->real(2), st->text(3), fromIso(st->text(4))});
    if (st->failed())
        return R::failure(failure(st->errorMessage()));
    return out;
}

Status Project::addCorrection(qint64 id, Correction correction)
{
    return addCorrections(id, {std::move(correction)});
}

Status Project::addCorrections(qint64 id, QList<Correction> corrections)
{
    if (corrections.isEmpty())
        return {};
    auto current = correctedRecord(id);
    if (!current)
        return Status::failure(current.error());
    for (Correction &correction : corrections) {
        CellValue *cell = current->cell(correction.cell);
        if (!cell)
            return Status::failure(QStringLiteral("%1：没有单元格 %2").arg(QDir::toNativeSeparators(m_path), correction.cell));
        if (!correction.from)
            correction.from = cell->value;
        if (!correction.at.isValid())
            correction.at = QDateTime::currentDateTimeUtc();
        cell->value = correction.to; // a later correction of the same cell starts from this one
    }
    return inTransaction([&]() -> Status {
        auto st = m_db.prepare("INSERT INTO corrections(report_id, cell, from_value, to_value, note, at)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        if (!st)
            return Status::failure(st.error());
        for (const Correction &correction : std::as_const(corrections)) {
            st->reset();
            if (Status s = st->bind(1, id)
                               .bind(2, correction.cell)
                               .bind(3, correction.from)
                               .bind(4, correction.to)
                               .bind(5, correction.note.isNull() ? QStringLiteral("") : correction.note)
                               .bind(6, correction.at.toUTC().toString(Qt::ISODateWithMs))
                               .run();
                !s)
                return s;
        }
        return {};
    });
}

Status Project::setCorrectionNote(qint64 id, int index, const QString &note)
{
    return inTransaction([&]() -> Status {
        auto st = m_db.prepare("UPDATE corrections SET note = ?1 WHERE id ="
                               " (SELECT id FROM corrections WHERE report_id = ?2 ORDER BY id LIMIT 1 OFFSET ?3)");
        if (!st)
            return Status::failure(st.error());
        if (Status s = st->bind(1, note.isNull() ? QStringLiteral("") : note).bind(2, id).bind(3, index).run(); !s)
            return s;
        if (m_db.changes() != 1)
            return Status::failure(QStringLiteral("%1：报告 %2 没有第 %3 处修改")
                                       .arg(QDir::toNativeSeparators(m_path)).arg(id).arg(index + 1));
        return {};
    });
}

Status Project::setStatus(qint64 id, ReviewStatus status, const QString &note, const QDateTime &at)
{
    const QString when = (at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc()).toString(Qt::ISODateWithMs);
    const QString text = note.isNull() ? QStringLiteral("") : note;
    return inTransaction([&]() -> Status {
        auto st = m_db.prepare("UPDATE reports SET status = ?1, status_note = ?2, status_at = ?3 WHERE id = ?4");
        if (!st)
            return Status::failure(st.error());
        if (Status s = st->bind(1, reviewStatusKey(status)).bind(2, text).bind(3, when).bind(4, id).run(); !s)
            return s;
        if (m_db.changes() != 1)
            return Status::failure(QStringLiteral("%1：没有编号为 %2 的报告").arg(QDir::toNativeSeparators(m_path)).arg(id));
        auto log = m_db.prepare("INSERT INTO status_history(report_id, status, note, at) VALUES (?1, ?2, ?3, ?4)");
        if (!log)
            return Status::failure(log.error());
        return log->bind(1, id).bind(2, reviewStatusKey(status)).bind(3, text).bind(4, when).run();
    });
}

Result<QList<StatusChange>> Project::statusHistory(qint64 id) const
{
    using R = Result<QList<StatusChange>>;
    auto st = m_db.prepare("SELECT status, note, at FROM status_history WHERE report_id = ?1 ORDER BY id");
    if (!st)
        return R::failure(failure(st.error()));
    st->bind(1, id);
    QList<StatusChange> out;
    while (st->next())
        out.append(StatusChange{reviewStatusFromName(st->text(0)).value_or(ReviewStatus::Unreviewed),
                                st->text(1), fromIso(st->text(2))});
    if (st->failed())
        return R::failure(failure(st->errorMessage()));
    return out;
}

} // namespace nianbao
