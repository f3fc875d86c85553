// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteschema.h"

#include "sqlitestrict.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>

#include <sqlite3.h>
#include <sys/stat.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

// Which database a cache entry was read from: the file (a database renamed over the path is
// another file) and its schema's version.
struct Identity
{
    dev_t device = 0;
    ino_t inode = 0;
    int schemaVersion = -1;

    bool operator==(const Identity &) const = default;
};

// What stat(2) says of the database and its write-ahead log: while neither changed, nothing was
// written, so the schema cannot have changed and the file need not even be opened (opening it and
// reading the version costs tens of microseconds, per widget, per tenant switch).
struct FileState
{
    dev_t device = 0;
    ino_t inode = 0;
    off_t size = -1;
    qint64 modifiedNs = 0;
    off_t walSize = -1; // -1: no WAL file
    qint64 walModifiedNs = 0;

    bool operator==(const FileState &) const = default;
};

std::optional<FileState> fileState(const QByteArray &path)
{
    struct stat status = {};
    if (::stat(path.constData(), &status) != 0)
        return std::nullopt;
    FileState state;
    state.device = status.st_dev;
    state.inode = status.st_ino;
    state.size = status.st_size;
    state.modifiedNs = qint64(status.st_mtim.tv_sec) * 1000000000 + status.st_mtim.tv_nsec;
    if (::stat((path + "-wal").constData(), &status) == 0) {
        state.walSize = status.st_size;
        state.walModifiedNs = qint64(status.st_mtim.tv_sec) * 1000000000 + status.st_mtim.tv_nsec;
    }
    return state;
}

struct Entry
{
    Identity identity;
    FileState state;
    QSet<QString> columns; // lower-cased: SQLite's names are case-insensitive
};

constexpr qsizetype maxEntries = 4096;

struct Cache
{
    QMutex mutex;
    QHash<QString, Entry> entries; // file path + '\n' + FROM source
};

Cache &cache()
{
    static Cache instance;
    return instance;
}

using Database = SqliteDatabase;

using Statement = SqliteStatement;

QString errorText(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : u"out of memory"_s;
}

std::optional<int> schemaVersion(sqlite3 *db)
{
    Statement statement;
    if (sqlite3_prepare_v2(db, "PRAGMA schema_version", -1, &statement.stmt, nullptr) != SQLITE_OK
        || sqlite3_step(statement.stmt) != SQLITE_ROW)
        return std::nullopt;
    return sqlite3_column_int(statement.stmt, 0);
}

// Opens the database and reads the columns of `from` into *found (from the cache when the file
// and its schema version are the ones they were read from); empty, or why it cannot be read.
QString readColumns(const QByteArray &path, const QString &from, const QString &key,
                    const std::optional<FileState> &before, QSet<QString> *found)
{
    Database database;
    if (sqlite3_open_v2(path.constData(), &database.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return errorText(database.db);
    if (!disableDoubleQuotedStrings(database.db))
        return u"SQLite refused to turn off double-quoted strings"_s;
    sqlite3_busy_timeout(database.db, 1000);
    const std::optional<int> version = schemaVersion(database.db);
    if (!version)
        return errorText(database.db);
    if (!before)
        return u"the file cannot be examined"_s;
    const Identity identity{before->device, before->inode, *version};

    Cache &shared = cache();
    {
        const QMutexLocker lock(&shared.mutex);
        const auto it = shared.entries.find(key);
        if (it != shared.entries.end() && it->identity == identity) {
            it->state = *before; // written to, but not its schema
            *found = it->columns;
            return {};
        }
    }
    // The columns the planner's FROM source yields, as SQLite names them: a table's or view's
    // columns, a query dataset's result columns. Prepared, never run.
    Statement statement;
    const QByteArray sql = (u"SELECT * FROM "_s + from).toUtf8();
    if (sqlite3_prepare_v2(database.db, sql.constData(), int(sql.size()), &statement.stmt, nullptr)
                != SQLITE_OK
        || !statement.stmt)
        return errorText(database.db);
    found->clear();
    for (int i = 0; i < sqlite3_column_count(statement.stmt); ++i)
        found->insert(QString::fromUtf8(sqlite3_column_name(statement.stmt, i)).toLower());
    // Remembered only when nothing moved while it was read (the file's state was taken before the
    // version, the version before the columns): otherwise read again next time.
    if (schemaVersion(database.db) == version && fileState(path) == before) {
        const QMutexLocker lock(&shared.mutex);
        // A bound on memory for a server that sees many tenants' files over its life: start
        // again rather than keep every file it was ever asked about.
        if (shared.entries.size() >= maxEntries)
            shared.entries.clear();
        shared.entries.insert(key, {identity, *before, *found});
    }
    return {};
}

} // namespace

QString SqliteSchema::missingColumn(const ConnectionSpec &connection, const QString &datasetName,
                                    const QString &from, const QStringList &columns)
{
    if (columns.isEmpty())
        return {};
    const QString file = QFileInfo(connection.sqlitePath).fileName();
    const QByteArray path = QFile::encodeName(connection.sqlitePath);

    const QString key = connection.sqlitePath + u'\n' + from;
    Cache &shared = cache();
    const std::optional<FileState> before = fileState(path);
    QSet<QString> found;
    bool cached = false;
    if (before) {
        const QMutexLocker lock(&shared.mutex);
        const auto it = shared.entries.constFind(key);
        if (it != shared.entries.cend() && it->state == *before) {
            found = it->columns;
            cached = true;
        }
    }
    if (!cached && !readColumns(path, from, key, before, &found).isEmpty())
        return {}; // the statement's own error says why (see the header)
    for (const QString &column : columns) {
        if (!found.contains(column.toLower()))
            return u"column \"%1\" of dataset \"%2\" does not exist in database \"%3\""_s.arg(
                    column, datasetName, file);
    }
    return {};
}

} // namespace Dashwright
