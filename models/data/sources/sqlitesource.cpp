// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitesource.h"

#include "sourcehelpers.h"
#include "sqliteindexes.h"
#include "sqliteintrospection.h"
#include "sqliteschema.h"
#include "sqlitestrict.h"

#include "data/sqldialect.h"
#include "document/projectfile.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <QFile>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

} // namespace

ConnectionSpec SqliteSource::connection(const Account &account, const QString &projectFilePath,
                                        const QString &) const
{
    ConnectionSpec spec;
    spec.type = AccountType::Sqlite;
    spec.sqlitePath = resolveProjectPath(projectFilePath, account.path);
    return spec;
}

QString SqliteSource::applyOverride(ConnectionSpec &connection, const Json &override,
                                    const QString &projectFilePath, Json &explained) const
{
    const auto database = override.find("database");
    if (database == override.end() || !database->is_string())
        return {};
    QString refused;
    const QString path = ConnectionSpec::sqliteOverridePath(
            projectFilePath, QString::fromStdString(database->get<std::string>()), &refused);
    if (path.isEmpty())
        return refused;
    connection.sqlitePath = path;
    explained["database"] = *database;
    return {};
}

QByteArray SqliteSource::identity(const ConnectionSpec &connection) const
{
    struct stat st
    { };
    if (::stat(QFile::encodeName(connection.sqlitePath).constData(), &st) != 0)
        return {};
    return QByteArray::number(qulonglong(st.st_dev)) + ':'
            + QByteArray::number(qulonglong(st.st_ino));
}

QString SqliteSource::key(const ConnectionSpec &connection) const
{
    return u"sqlite:%1:%2"_s.arg(connection.readOnly ? u"ro"_s : u"rw"_s,
                                 SourceHelpers::keyPart(connection.sqlitePath));
}

QString SqliteSource::describe(const ConnectionSpec &connection) const
{
    // The file's name only: the rest of the path may say more about the server than a tenant
    // should see.
    return QFileInfo(connection.sqlitePath).fileName();
}

const SqlDialect &SqliteSource::dialect() const
{
    static const SqliteDialect dialect;
    return dialect;
}

bool SqliteSource::open(const ConnectionSpec &spec, const QString &name, QString *error) const
{
    // QSQLITE would create a missing file; a query never should.
    // A NUL would cut the name short for the file system (and make Qt warn on stderr).
    if (spec.sqlitePath.isEmpty() || spec.sqlitePath.contains(QChar(0))
        || !QFileInfo(spec.sqlitePath).isFile()) {
        *error = u"database file not found: %1"_s.arg(printable(spec.sqlitePath));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(spec.sqlitePath);
    db.setConnectOptions(spec.readOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s
                                       : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        *error = u"cannot open %1: %2"_s.arg(printable(spec.sqlitePath),
                                             SourceHelpers::sqlError(db.lastError()));
        return false;
    }
    if (!disableDoubleQuotedStrings(sqliteHandle(db))) {
        *error = u"cannot open %1: SQLite refused to turn off double-quoted strings"_s.arg(
                printable(spec.sqlitePath));
        return false;
    }
    if (spec.readOnly) {
        // Belt and braces: query_only also refuses writes through a connection that the open
        // flags alone would allow (e.g. to a TEMP table).
        QSqlQuery pragma(db);
        if (!pragma.exec(u"PRAGMA query_only = 1"_s)) {
            *error = u"cannot make %1 read-only: %2"_s.arg(
                    printable(spec.sqlitePath), SourceHelpers::sqlError(pragma.lastError()));
            return false;
        }
    }
    return true;
}

std::function<void()> SqliteSource::canceller(const QSqlDatabase &db) const
{
    // sqlite3_interrupt is safe from any thread while the connection is open; the executor calls
    // this only between the statement's start and its reset.
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return {};
    return [handle] { sqlite3_interrupt(handle); };
}

void SqliteSource::watchCancel(const QSqlDatabase &db, const std::atomic<bool> *cancelled) const
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return;
    // Every thousand virtual-machine steps, SQLite asks whether to go on: a statement that
    // started after its job was cancelled stops within moments instead of running to its end.
    if (cancelled)
        sqlite3_progress_handler(
                handle, 1000,
                [](void *flag) {
                    return static_cast<const std::atomic<bool> *>(flag)->load() ? 1 : 0;
                },
                const_cast<std::atomic<bool> *>(cancelled));
    else
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
}

std::variant<QList<TableInfo>, QString> SqliteSource::tables(const ConnectionSpec &connection) const
{
    return SqliteIntrospection::tables(connection);
}

std::variant<QList<Column>, QString> SqliteSource::queryColumns(const ConnectionSpec &connection,
                                                                const QString &sql) const
{
    return SqliteIntrospection::queryColumns(connection, sql);
}

QString SqliteSource::missingColumn(const ConnectionSpec &connection, const QString &datasetName,
                                    const QString &from, const QStringList &columns) const
{
    return SqliteSchema::missingColumn(connection, datasetName, from, columns);
}

std::optional<QSet<QString>> SqliteSource::leadingIndexColumns(const ConnectionSpec &connection,
                                                               const QString &table) const
{
    return SqliteIndexes::leadingColumns(connection, table);
}

std::optional<QString> SqliteSource::probe(const ConnectionSpec &connection, int) const
{
    // Reading its tables opens the file read-only and reads the schema: what any query needs.
    const auto tables = SqliteIntrospection::tables(connection);
    if (const auto *error = std::get_if<QString>(&tables))
        return u"cannot read database %1: %2"_s.arg(describe(connection), *error);
    return QString();
}

} // namespace Dashwright
