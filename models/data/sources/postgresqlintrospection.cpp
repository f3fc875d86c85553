// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresqlintrospection.h"

#include "postgresqlconnection.h"
#include "sourcehelpers.h"

#include "common/printable.h"
#include "data/sqldialect.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

using PostgresqlConnection::Session;
using SourceHelpers::sqlError;

// How long a connection for reading the schema may take to be made.
constexpr int connectTimeoutSeconds = 10;
// What a remembered answer is good for: the resolver asks on every widget of every resolution.
constexpr int cacheSeconds = 60;
constexpr qsizetype maxCacheEntries = 4096;

QString describe(const ConnectionSpec &c)
{
    return u"%1:%2/%3"_s.arg(printable(c.host), QString::number(c.port), printable(c.database));
}

// A column type from what QPSQL makes of a result column's PostgreSQL type.
ColumnType typeFromField(const QSqlField &field)
{
    switch (field.metaType().id()) {
    case QMetaType::Bool:
        return ColumnType::Boolean;
    case QMetaType::Short:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return ColumnType::Integer;
    case QMetaType::Float:
    case QMetaType::Double:
        return ColumnType::Number;
    case QMetaType::QDate:
        return ColumnType::Date;
    case QMetaType::QDateTime:
        return ColumnType::DateTime;
    default:
        return ColumnType::Text;
    }
}

// The columns of `from` (a FROM source as the planner writes it: trusted, from the project), in
// their order, without reading a row.
std::variant<QList<Column>, QString> sourceColumns(const ConnectionSpec &connection,
                                                   const QString &from)
{
    const QString sql = u"SELECT * FROM "_s + from + u" LIMIT 0"_s;
    Session session(connection, connectTimeoutSeconds);
    if (!session.error().isEmpty())
        return session.error();
    QSqlQuery query(session.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql) || !query.exec())
        return sqlError(query.lastError());
    const QSqlRecord record = query.record();
    QList<Column> columns;
    for (int i = 0; i < record.count(); ++i) {
        Column column;
        column.name = record.fieldName(i);
        column.label = column.name;
        column.type = typeFromField(record.field(i));
        columns.append(column);
    }
    return columns;
}

// Answers remembered a minute, by connection key and question.
template<typename T>
class TimedCache
{
public:
    std::optional<T> find(const QString &key)
    {
        QMutexLocker locker(&m_mutex);
        const auto it = m_entries.constFind(key);
        if (it == m_entries.cend()
            || it->read.secsTo(QDateTime::currentDateTimeUtc()) >= cacheSeconds)
            return std::nullopt;
        return it->value;
    }
    void insert(const QString &key, const T &value)
    {
        QMutexLocker locker(&m_mutex);
        // A bound for a server that sees many tenants' databases over its life.
        if (m_entries.size() >= maxCacheEntries)
            m_entries.clear();
        m_entries.insert(key, {QDateTime::currentDateTimeUtc(), value});
    }

private:
    struct Entry
    {
        QDateTime read;
        T value;
    };
    QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace

std::variant<QList<TableInfo>, QString>
PostgresqlIntrospection::tables(const ConnectionSpec &connection)
{
    Session session(connection, connectTimeoutSeconds);
    if (!session.error().isEmpty())
        return session.error();
    QSqlQuery query(session.database());
    query.setForwardOnly(true);
    // Schemas starting pg_ are PostgreSQL's own (pg_catalog, pg_toast, pg_temp_N).
    if (!query.exec(u"SELECT n.nspname, c.relname, c.relkind, pg_table_is_visible(c.oid), "
                    u"a.attname, format_type(a.atttypid, a.atttypmod) "
                    u"FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    u"JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 "
                    u"AND NOT a.attisdropped "
                    u"WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') "
                    u"AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%' "
                    u"AND has_schema_privilege(n.oid, 'USAGE') "
                    u"AND has_any_column_privilege(c.oid, 'SELECT') "
                    u"ORDER BY n.nspname, c.relname, a.attnum"_s))
        return u"cannot list the tables of %1: %2"_s.arg(describe(connection),
                                                         sqlError(query.lastError()));
    QMap<QString, TableInfo> tables; // by the name a dataset gives it, in that order
    while (query.next()) {
        const QString schema = query.value(0).toString();
        const QString table = query.value(1).toString();
        // Unqualified only when the search path finds it so and the name cannot be read as
        // schema.table (PostgresDialect::quoteTable cuts at the first dot).
        const bool plain = query.value(3).toBool() && !table.contains(u'.');
        const QString name = plain ? table : schema + u'.' + table;
        TableInfo &info = tables[name];
        info.name = name;
        info.isView = query.value(2).toString() == u"v"_s || query.value(2).toString() == u"m"_s;
        Column column;
        column.name = query.value(4).toString();
        column.label = column.name;
        column.type = SchemaIntrospector::typeFromDeclared(query.value(5).toString());
        info.columns.append(column);
    }
    if (query.lastError().isValid())
        return u"cannot list the tables of %1: %2"_s.arg(describe(connection),
                                                         sqlError(query.lastError()));
    return tables.values();
}

std::variant<QList<Column>, QString>
PostgresqlIntrospection::queryColumns(const ConnectionSpec &connection, const QString &sql)
{
    // As the planner puts it in FROM: a trailing ';' would be a syntax error inside the
    // parentheses, and the newline ends a trailing "-- comment".
    QString text = sql.trimmed();
    while (text.endsWith(u';'))
        text = text.chopped(1).trimmed();
    if (text.isEmpty())
        return u"the query is empty"_s;
    static const PostgresDialect dialect;
    if (const QString refused = dialect.refusedQuery(text); !refused.isEmpty())
        return u"invalid query: %1"_s.arg(refused);
    // Inside FROM ( … ) only a query parses: no INSERT, no second statement.
    auto columns = sourceColumns(connection, u"("_s + text + u"\n) AS q"_s);
    if (const auto *error = std::get_if<QString>(&columns))
        return u"invalid query: %1"_s.arg(*error);
    if (std::get<QList<Column>>(columns).isEmpty())
        return u"the query returns no columns"_s;
    return columns;
}

QString PostgresqlIntrospection::missingColumn(const ConnectionSpec &connection,
                                               const QString &datasetName, const QString &from,
                                               const QStringList &columns)
{
    if (columns.isEmpty())
        return {};
    // nullopt: the columns could not be read (the server is down, the table is not there, the user
    // may not read it). Nothing is said then: the statement fails on it with the server's own
    // error, which is refusal enough; this check only names a missing column before it runs.
    static TimedCache<std::optional<QSet<QString>>> cache;
    const QString key = connection.key() + u'\n' + from;
    std::optional<std::optional<QSet<QString>>> cached = cache.find(key);
    if (!cached) {
        const auto read = sourceColumns(connection, from);
        std::optional<QSet<QString>> names;
        if (const auto *list = std::get_if<QList<Column>>(&read)) {
            names.emplace();
            for (const Column &column : *list)
                names->insert(column.name);
        }
        // Remembered either way, so that a server that does not answer costs one wait a minute,
        // not one per widget.
        cache.insert(key, names);
        cached = names;
    }
    const std::optional<QSet<QString>> &found = *cached;
    if (!found)
        return {};
    for (const QString &column : columns) {
        if (!found->contains(column))
            return u"column \"%1\" of dataset \"%2\" does not exist in database \"%3\""_s.arg(
                    column, datasetName, describe(connection));
    }
    return {};
}

std::optional<QSet<QString>>
PostgresqlIntrospection::leadingIndexColumns(const ConnectionSpec &connection, const QString &from)
{
    static TimedCache<std::optional<QSet<QString>>> cache;
    const QString key = connection.key() + u'\n' + from;
    if (auto cached = cache.find(key))
        return *cached;
    std::optional<QSet<QString>> columns;
    {
        Session session(connection, 5);
        if (session.error().isEmpty()) {
            // The table as the statement names it, bound as text: to_regclass reads it as FROM
            // would (quoting, schema, search path). One that is not there (or a view, which has
            // no index) is nullopt: nothing to advise.
            QSqlQuery exists(session.database());
            exists.prepare(u"SELECT to_regclass(?) IS NOT NULL"_s);
            exists.addBindValue(from);
            QSqlQuery query(session.database());
            query.prepare(
                    u"SELECT a.attname FROM pg_index i "
                    u"JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0] "
                    u"WHERE i.indrelid = to_regclass(?)"_s);
            query.addBindValue(from);
            if (exists.exec() && exists.next() && exists.value(0).toBool() && query.exec()) {
                columns = QSet<QString>();
                while (query.next())
                    columns->insert(query.value(0).toString().toLower());
            }
        }
    }
    cache.insert(key, columns);
    return columns;
}

} // namespace Dashwright
