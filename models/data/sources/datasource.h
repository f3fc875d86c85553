// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/connectionspec.h"
#include "data/queryresult.h"
#include "data/schemaintrospector.h"
#include "data/structuredquery.h"

#include "common/json.h"
#include "document/account.h"
#include "document/column.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>
#include <variant>

class QSqlDatabase;
class QSqlError;

namespace Dashwright {

class SqlDialect;

// One kind of account (DESIGN §2: SQLite, PostgreSQL, an HTTP broker plugin) behind one interface:
// how an account becomes a connection, what a viewer's account override may change, the SQL
// dialect its statements are planned in, how a worker opens it and stops a running statement,
// and what it can tell about itself (tables, columns, indexes, whether it answers). Everything
// that differs between kinds lives in the implementations beside this file; the planner, the
// resolver, the executor, `project check` and the designer ask DataSource::of(type) instead of
// switching on the account type, so a new kind touches this folder only.
//
// Implementations are stateless singletons, safe to call from any thread.
class DataSource
{
public:
    virtual ~DataSource() = default;

    static const DataSource &of(AccountType type);
    static const DataSource &of(const ConnectionSpec &connection) { return of(connection.type); }

    virtual AccountType type() const = 0;

    // --- Connections ---
    // The connection an account names as designed, with its secret from the keystore; paths
    // relative to the project file are made absolute.
    virtual ConnectionSpec connection(const Account &account, const QString &projectFilePath,
                                      const QString &secret) const = 0;
    // Applies a viewer's account override (its fields already type-checked by ClaimsValidator).
    // Empty when applied; otherwise why it is refused, and the widget is denied. The keystore's
    // secret belongs to the account as designed: an override that sends the connection elsewhere
    // drops it, unless it brings its own. `explained` is the override's entry in the resolution's
    // "applied" list: the source adds what may be shown of it (never a credential).
    virtual QString applyOverride(ConnectionSpec &connection, const Json &override,
                                  const QString &projectFilePath, Json &explained) const = 0;
    // Equal for connections a worker may share; a digest of the secret, never the secret.
    virtual QString key(const ConnectionSpec &connection) const = 0;
    // The database as a tenant may be told of it: a file's name, host:port/database, a base URL.
    virtual QString describe(const ConnectionSpec &connection) const = 0;

    // --- Planning ---
    // The dialect statements are planned in.
    virtual const SqlDialect &dialect() const = 0;
    // False for a source that takes the widget's resolution as structured data instead of SQL
    // (the broker plugin, docs/plugin-protocol.md): its plans are then written in the reference
    // dialect for --explain and the inspector only, and never sent anywhere.
    virtual bool takesSql() const { return true; }
    // What the database a connection reaches is, beyond its spec: for a file, the file's identity
    // (device and inode), so that a query worker reopens its connection when the file was
    // replaced by a rename (a new database deployed under the old name) instead of reading the
    // old one it still holds open. Empty: nothing beyond the spec.
    virtual QByteArray identity(const ConnectionSpec &connection) const
    {
        Q_UNUSED(connection);
        return {};
    }
    // Whether the token's metadata reaches this source (a broker plugin's request carries it).
    virtual bool receivesMetadata() const { return false; }

    // --- Running, on a query worker's thread ---
    // Opens a QtSql connection called `name` (the worker owns and closes it); false with *error.
    virtual bool open(const ConnectionSpec &connection, const QString &name,
                      QString *error) const = 0;
    // Runs a widget given as data (QueryPlan::structured) for a source that takes no SQL, on a
    // query worker's thread; the rows in the plan's column order, or an error. The source polls
    // `cancelled` (when not null) while it waits, and gives up once it turns true: a structured
    // job has no QSqlDatabase for canceller() to interrupt.
    virtual QueryResult runStructured(const ConnectionSpec &connection,
                                      const StructuredQuery &query,
                                      const std::atomic<bool> *cancelled = nullptr) const;
    // A function that stops the statement running on `db`, callable from any other thread while
    // it runs; empty when the source cannot stop one (it then runs to its end and its rows are
    // dropped).
    virtual std::function<void()> canceller(const QSqlDatabase &db) const;
    // Called on the worker's thread around each statement on `db`: while `cancelled` is set
    // (non-null), the source may poll it and stop the statement once it turns true; null ends
    // the watch. Catches a cancel that comes before the statement has started, which an
    // interrupt cannot reach.
    virtual void watchCancel(const QSqlDatabase &db, const std::atomic<bool> *cancelled) const;
    // A statement's error on one line, as the widget reports it; `elapsedMilliseconds` since the
    // statement was sent (a source may tell its own limits from other errors by it).
    virtual QString statementError(const ConnectionSpec &connection, const QSqlError &error,
                                   qint64 elapsedMilliseconds) const;

    // --- What it can tell about itself ---
    // Whether tables() and queryColumns() can read this kind of database.
    virtual bool canIntrospect() const { return false; }
    virtual std::variant<QList<TableInfo>, QString> tables(const ConnectionSpec &connection) const;
    virtual std::variant<QList<Column>, QString> queryColumns(const ConnectionSpec &connection,
                                                              const QString &sql) const;
    // Before a statement runs: why one of `columns` (as the SQL quotes them) is not a column of
    // `from` (the dataset's FROM source) in this database; empty when every one is, or when the
    // database itself refuses a missing column (nothing to check).
    virtual QString missingColumn(const ConnectionSpec &connection, const QString &datasetName,
                                  const QString &from, const QStringList &columns) const;
    // The lower-cased columns that lead an index of `table`; nullopt when it cannot be told.
    virtual std::optional<QSet<QString>> leadingIndexColumns(const ConnectionSpec &connection,
                                                             const QString &table) const;
    // Whether the database answers: empty when it does, else why not on one line; nullopt when
    // this kind is not tried (`project check` says so).
    virtual std::optional<QString> probe(const ConnectionSpec &connection,
                                         int timeoutSeconds) const = 0;
};

} // namespace Dashwright
