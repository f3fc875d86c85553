// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteindexes.h"

#include "sqlitestrict.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

// What was read of one table, and the state of the file it was read from.
struct Entry
{
    QDateTime modified;
    qint64 size = -1;
    std::optional<QSet<QString>> columns; // none: a view, or no such table
};

struct Cache
{
    QMutex mutex;
    QHash<QString, Entry> entries; // canonical file path + '\n' + lower-cased table name
};

Cache &cache()
{
    static Cache instance;
    return instance;
}

using Database = SqliteDatabase;

using Statement = SqliteStatement;

// The first column of every row of `sql`, with `value` bound to its one parameter (?1); nothing
// when the statement fails.
std::optional<QStringList> firstColumn(sqlite3 *db, const char *sql, const QByteArray &value)
{
    Statement statement;
    if (sqlite3_prepare_v2(db, sql, -1, &statement.stmt, nullptr) != SQLITE_OK)
        return std::nullopt;
    sqlite3_bind_text(statement.stmt, 1, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    QStringList result;
    int rc;
    while ((rc = sqlite3_step(statement.stmt)) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement.stmt, 0));
        result.append(text ? QString::fromUtf8(text) : QString());
    }
    if (rc != SQLITE_DONE)
        return std::nullopt;
    return result;
}

// Nothing when the file cannot be read now (locked, not a database): that is not remembered, so a
// later resolution tries again.
std::optional<Entry> read(const QString &path, const QString &table)
{
    Database database;
    // Read-only whatever the connection says: looking at indexes never writes.
    if (sqlite3_open_v2(path.toUtf8().constData(), &database.db, SQLITE_OPEN_READONLY, nullptr)
                != SQLITE_OK
        || !disableDoubleQuotedStrings(database.db))
        return std::nullopt;
    sqlite3_busy_timeout(database.db, 1000);

    // The table as the schema spells it (SQLite's names are case-insensitive), and only a table.
    const auto names = firstColumn(database.db,
                                   "SELECT name FROM sqlite_master WHERE type = 'table' "
                                   "AND name = ?1 COLLATE NOCASE",
                                   table.toUtf8());
    if (!names)
        return std::nullopt;
    Entry entry;
    if (names->size() != 1)
        return entry;
    // The table-valued forms of PRAGMA index_list, index_info and table_info take the schema's
    // table name as a bound value: nothing is spliced into the SQL. An expression in the first
    // place of an index has no name, and leads on no column.
    const QByteArray name = names->first().toUtf8();
    const auto leading
            = firstColumn(database.db,
                          "SELECT ii.name FROM pragma_index_list(?1) AS il, "
                          "pragma_index_info(il.name) AS ii "
                          "WHERE il.partial = 0 AND ii.seqno = 0 AND ii.name IS NOT NULL",
                          name);
    // An INTEGER PRIMARY KEY is the rowid: the table itself is ordered by it, with no index listed.
    const auto rowid
            = firstColumn(database.db,
                          "SELECT name FROM pragma_table_info(?1) WHERE pk = 1 "
                          "AND upper(type) = 'INTEGER' "
                          "AND (SELECT count(*) FROM pragma_table_info(?1) WHERE pk > 0) = 1",
                          name);
    if (!leading || !rowid)
        return std::nullopt;
    QSet<QString> columns;
    for (const QString &column : *leading + *rowid)
        columns.insert(column.toLower());
    entry.columns = std::move(columns);
    return entry;
}

} // namespace

std::optional<QSet<QString>> SqliteIndexes::leadingColumns(const ConnectionSpec &connection,
                                                           const QString &table)
{
    if (table.isEmpty())
        return std::nullopt;
    const QFileInfo file(connection.sqlitePath);
    if (!file.isFile())
        return std::nullopt;
    const QString key = file.canonicalFilePath() + u'\n' + table.toLower();
    const QDateTime modified = file.lastModified();
    const qint64 size = file.size();
    Cache &shared = cache();
    {
        const QMutexLocker lock(&shared.mutex);
        const auto it = shared.entries.constFind(key);
        if (it != shared.entries.cend() && it->modified == modified && it->size == size)
            return it->columns;
    }
    // Read outside the lock: two threads may both read a table the first time, which is harmless,
    // while one slow file never holds up the others.
    std::optional<Entry> entry = read(file.canonicalFilePath(), table);
    if (!entry)
        return std::nullopt;
    entry->modified = modified;
    entry->size = size;
    const QMutexLocker lock(&shared.mutex);
    shared.entries.insert(key, *entry);
    return entry->columns;
}

} // namespace Dashwright
