// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A thin RAII layer over libsqlite3 for the project database (Project.h): a connection, prepared
// statements with positional binds, and errors as messages. Nothing here knows the schema.
//
// Why libsqlite3 directly rather than Qt SQL's QSQLITE driver: the command line `nianbao` links
// the core and Qt Core only and starts in a few milliseconds; the Qt SQL route would add
// libQt6Sql to every run and a plugin (libqt6sql6-sqlite) found at run time by the plugin loader,
// one more thing a package or a copied binary can miss ("Driver not loaded" at the user's desk).
// The driver itself is this same libsqlite3 underneath; calling it directly gives what the project
// needs and QSqlDatabase hides or makes awkward: the open flags (read-only, never create, URI
// immutable=1 for a project on a read-only medium), the result codes that tell a corrupt file
// (SQLITE_CORRUPT) from something that is not a database (SQLITE_NOTADB) from a read-only folder
// (SQLITE_READONLY/CANTOPEN), PRAGMA user_version/application_id, and no process-wide registry of
// named connections to manage across threads.
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace nianbao::sql {

class Statement;

class Database
{
public:
    enum class Mode { ReadOnly, ReadWrite, Create };
    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens `path`. `immutable` (read-only only) tells SQLite the file cannot change, for a file on
    // a read-only medium where no -shm can be made. The message names the file.
    static Result<Database> open(const QString &path, Mode mode, bool immutable = false);

    bool isOpen() const { return m_db != nullptr; }
    void close();

    // Runs one or more statements without results.
    Status exec(const char *sql);
    Result<Statement> prepare(const char *sql);

    // The last error of the connection, and its primary result code.
    QString errorMessage() const;
    int errorCode() const;
    qint64 lastInsertId() const;
    qint64 changes() const;
    bool isReadOnly() const; // opened read-only, or SQLite fell back to it (a write-protected file)
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Binds are 1-based, as in SQLite.
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, const QString &text);   // a null QString binds '' (bindNull for NULL)
    Statement &bind(int index, const QByteArray &utf8); // as text (UTF-8 already)
    Statement &bindBlob(int index, const QByteArray &blob);
    Statement &bind(int index, std::optional<double> value);
    Statement &bindNull(int index);

    // One step: true while there is a row; false when done; an error sets `failed` and the message.
    bool next();
    // Runs to the end (for statements without results).
    Status run();
    void reset();
    bool failed() const { return m_failed; }
    QString errorMessage() const;

    qint64 integer(int column) const;
    QString text(int column) const;
    QByteArray bytes(int column) const;
    std::optional<double> real(int column) const; // null stays null
    bool isNull(int column) const;
    bool isBlob(int column) const;

private:
    friend class Database;
    explicit Statement(sqlite3_stmt *stmt) : m_stmt(stmt) {}
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
    QString m_error;
};

// The primary result codes the project tells apart (values of sqlite3.h, so callers need not
// include it).
inline constexpr int kCorrupt = 11;  // SQLITE_CORRUPT
inline constexpr int kNotADb = 26;   // SQLITE_NOTADB
inline constexpr int kReadOnly = 8;  // SQLITE_READONLY
inline constexpr int kCantOpen = 14; // SQLITE_CANTOPEN
inline constexpr int kBusy = 5;      // SQLITE_BUSY

} // namespace nianbao::sql
