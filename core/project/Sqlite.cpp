// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/Sqlite.h"

#include <QUrl>
#include <sqlite3.h>

#include <utility>

namespace nianbao::sql {

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<Database> Database::open(const QString &path, Mode mode, bool immutable)
{
    int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    // A URI, so that a file name with '?' or '#' is never read as options.
    QUrl url = QUrl::fromLocalFile(path);
    QString uri = url.toString(QUrl::FullyEncoded);
    if (immutable && mode == Mode::ReadOnly)
        uri += QStringLiteral("?immutable=1");
    Database db;
    const int rc = sqlite3_open_v2(uri.toUtf8().constData(), &db.m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = db.m_db ? QString::fromUtf8(sqlite3_errmsg(db.m_db))
                                        : QString::fromUtf8(sqlite3_errstr(rc));
        return Result<Database>::failure(message);
    }
    sqlite3_extended_result_codes(db.m_db, 0);
    sqlite3_busy_timeout(db.m_db, 5000);
    return db;
}

Status Database::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return Status::failure(text);
    }
    return {};
}

Result<Statement> Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return Result<Statement>::failure(errorMessage());
    return Statement(stmt);
}

QString Database::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

int Database::errorCode() const
{
    return m_db ? (sqlite3_errcode(m_db) & 0xff) : SQLITE_MISUSE;
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool Database::isReadOnly() const
{
    return m_db && sqlite3_db_readonly(m_db, "main") == 1;
}

qint64 Database::changes() const
{
    return sqlite3_changes64(m_db);
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_failed(other.m_failed), m_error(std::move(other.m_error))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_failed = other.m_failed;
        m_error = std::move(other.m_error);
    }
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData() ? utf8.constData() : "", int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    sqlite3_bind_text(m_stmt, index, blob.constData() ? blob.constData() : "", int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &blob)
{
    sqlite3_bind_blob(m_stmt, index, blob.constData() ? blob.constData() : "", int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, std::optional<double> value)
{
    if (!value)
        return bindNull(index);
    sqlite3_bind_double(m_stmt, index, *value);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
    }
    return false;
}

Status Statement::run()
{
    while (next()) {
    }
    if (m_failed)
        return Status::failure(m_error);
    sqlite3_reset(m_stmt);
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_failed = false;
    m_error.clear();
}

QString Statement::errorMessage() const
{
    return m_error;
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::bytes(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

std::optional<double> Statement::real(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return sqlite3_column_double(m_stmt, column);
}

bool Statement::isBlob(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_BLOB;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace nianbao::sql
