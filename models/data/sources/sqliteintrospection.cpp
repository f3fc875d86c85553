// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteintrospection.h"

#include "sqlitestrict.h"

#include "common/printable.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <sqlite3.h>

#include <cctype>
#include <optional>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

// Reads through the sqlite3 C API rather than QtSql: no connection names or thread affinity to
// manage, and queryColumns needs sqlite3_stmt_readonly and the statement's tail anyway.
class SqliteReader
{
public:
    ~SqliteReader() { sqlite3_close_v2(m_db); }

    std::optional<QString> open(const ConnectionSpec &connection)
    {
        // A NUL would cut the name short for the file system (and make Qt warn on stderr).
        if (connection.sqlitePath.isEmpty() || connection.sqlitePath.contains(QChar(0))
            || !QFileInfo(connection.sqlitePath).isFile())
            return u"database file not found: %1"_s.arg(printable(connection.sqlitePath));
        // Read-only whatever the spec says: reading a schema never writes.
        const QByteArray path = connection.sqlitePath.toUtf8();
        if (sqlite3_open_v2(path.constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            return u"cannot open %1: %2"_s.arg(printable(connection.sqlitePath), errorText());
        if (!disableDoubleQuotedStrings(m_db))
            return u"cannot open %1: SQLite refused to turn off double-quoted strings"_s.arg(
                    printable(connection.sqlitePath));
        sqlite3_busy_timeout(m_db, 5000);
        return std::nullopt;
    }

    sqlite3 *db() const { return m_db; }
    QString errorText() const
    {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : u"out of memory"_s;
    }

private:
    sqlite3 *m_db = nullptr;
};

using Statement = SqliteStatement;

QString columnText(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return text ? QString::fromUtf8(text) : QString();
}

// Skips whitespace, "-- …" and "/* … */" comments, and empty statements (";"). Returns where the
// next token starts, or the end.
const char *skipNothing(const char *p, const char *end)
{
    while (p < end) {
        if (*p == ';' || *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f'
            || *p == '\v') {
            ++p;
        } else if (p + 1 < end && p[0] == '-' && p[1] == '-') {
            while (p < end && *p != '\n')
                ++p;
        } else if (p + 1 < end && p[0] == '/' && p[1] == '*') {
            p += 2;
            while (p + 1 < end && !(p[0] == '*' && p[1] == '/'))
                ++p;
            p = p + 1 < end ? p + 2 : end; // SQLite also ends an unterminated comment at the end
        } else {
            break;
        }
    }
    return p;
}

} // namespace

std::variant<QList<TableInfo>, QString>
SqliteIntrospection::tables(const ConnectionSpec &connection)
{
    SqliteReader reader;
    if (auto error = reader.open(connection))
        return *error;

    QList<TableInfo> result;
    {
        Statement list;
        if (sqlite3_prepare_v2(
                    reader.db(),
                    "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') "
                    "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
                    -1, &list.stmt, nullptr)
            != SQLITE_OK) {
            return u"cannot list the tables of %1: %2"_s.arg(printable(connection.sqlitePath),
                                                             reader.errorText());
        }
        int rc;
        while ((rc = sqlite3_step(list.stmt)) == SQLITE_ROW) {
            TableInfo table;
            table.name = columnText(list.stmt, 0);
            table.isView = columnText(list.stmt, 1) == u"view"_s;
            result.append(table);
        }
        if (rc != SQLITE_DONE)
            return u"cannot list the tables of %1: %2"_s.arg(printable(connection.sqlitePath),
                                                             reader.errorText());
    }

    for (TableInfo &table : result) {
        Statement info;
        if (sqlite3_prepare_v2(reader.db(), "SELECT name, type FROM pragma_table_info(?)", -1,
                               &info.stmt, nullptr)
            != SQLITE_OK) {
            return u"cannot read the columns of %1: %2"_s.arg(table.name, reader.errorText());
        }
        const QByteArray name = table.name.toUtf8();
        sqlite3_bind_text(info.stmt, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        int rc;
        while ((rc = sqlite3_step(info.stmt)) == SQLITE_ROW) {
            Column column;
            column.name = columnText(info.stmt, 0);
            column.label = column.name;
            column.type = SchemaIntrospector::typeFromDeclared(columnText(info.stmt, 1));
            table.columns.append(column);
        }
        // A view over a table that is gone fails here; say which.
        if (rc != SQLITE_DONE)
            return u"cannot read the columns of %1: %2"_s.arg(table.name, reader.errorText());
    }
    return result;
}

std::variant<QList<Column>, QString>
SqliteIntrospection::queryColumns(const ConnectionSpec &connection, const QString &sql)
{
    const QByteArray text = sql.toUtf8();
    const char *const begin = text.constData();
    const char *const end = begin + text.size();

    // Only a query: a leading SELECT, WITH or VALUES (EXPLAIN, PRAGMA, ATTACH and transaction
    // statements count as read-only to SQLite but are no dataset).
    const char *start = skipNothing(begin, end);
    if (start == end)
        return u"the query is empty"_s;
    const char *wordEnd = start;
    while (wordEnd < end && std::isalpha(static_cast<unsigned char>(*wordEnd)))
        ++wordEnd;
    const QString firstWord = QString::fromUtf8(start, wordEnd - start).toUpper();
    if (firstWord != u"SELECT"_s && firstWord != u"WITH"_s && firstWord != u"VALUES"_s)
        return u"only a SELECT statement can be a dataset"_s;

    SqliteReader reader;
    if (auto error = reader.open(connection))
        return *error;

    Statement statement;
    const char *tail = nullptr;
    if (sqlite3_prepare_v2(reader.db(), begin, int(text.size()), &statement.stmt, &tail)
        != SQLITE_OK) {
        return u"invalid query: %1"_s.arg(reader.errorText());
    }
    if (!statement.stmt)
        return u"the query is empty"_s;
    if (tail && skipNothing(tail, end) != end)
        return u"the query must be exactly one statement"_s;
    if (!sqlite3_stmt_readonly(statement.stmt))
        return u"the query must not change the database"_s;

    const int count = sqlite3_column_count(statement.stmt);
    if (count == 0)
        return u"the query returns no columns"_s;
    QList<Column> columns;
    for (int i = 0; i < count; ++i) {
        Column column;
        column.name = QString::fromUtf8(sqlite3_column_name(statement.stmt, i));
        column.label = column.name;
        // An expression has no declared type: text until the analyst says otherwise.
        const char *declared = sqlite3_column_decltype(statement.stmt, i);
        column.type = declared ? SchemaIntrospector::typeFromDeclared(QString::fromUtf8(declared))
                               : ColumnType::Text;
        columns.append(column);
    }
    return columns;
}

} // namespace Dashwright
