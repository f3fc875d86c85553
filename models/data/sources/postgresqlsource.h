// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasource.h"

namespace Dashwright {

// A PostgreSQL server through Qt's QPSQL driver, read-only sessions with the account's statement
// timeout. An override may send a tenant to another host, port, database or user (its own
// password with it, or none). A running statement is stopped with libpq's cancel request; the
// schema is read from the server's catalogs (postgresqlintrospection.h).
class PostgresqlSource final : public DataSource
{
public:
    AccountType type() const override { return AccountType::Postgresql; }
    ConnectionSpec connection(const Account &account, const QString &projectFilePath,
                              const QString &secret) const override;
    QString applyOverride(ConnectionSpec &connection, const Json &override,
                          const QString &projectFilePath, Json &explained) const override;
    QString key(const ConnectionSpec &connection) const override;
    QString describe(const ConnectionSpec &connection) const override;
    const SqlDialect &dialect() const override;
    bool open(const ConnectionSpec &connection, const QString &name, QString *error) const override;
    std::function<void()> canceller(const QSqlDatabase &db) const override;
    void watchCancel(const QSqlDatabase &db, const std::atomic<bool> *cancelled) const override;
    // A statement the server stopped at the account's statement timeout says so.
    QString statementError(const ConnectionSpec &connection, const QSqlError &error,
                           qint64 elapsedMilliseconds) const override;
    bool canIntrospect() const override { return true; }
    std::variant<QList<TableInfo>, QString> tables(const ConnectionSpec &connection) const override;
    std::variant<QList<Column>, QString> queryColumns(const ConnectionSpec &connection,
                                                      const QString &sql) const override;
    QString missingColumn(const ConnectionSpec &connection, const QString &datasetName,
                          const QString &from, const QStringList &columns) const override;
    std::optional<QString> probe(const ConnectionSpec &connection,
                                 int timeoutSeconds) const override;
    // From pg_index, for the index advisor: the first column of every index on the table (as the
    // planner names it), kept a minute per server, database, user and table, as the advisor asks
    // on every resolution.
    std::optional<QSet<QString>> leadingIndexColumns(const ConnectionSpec &connection,
                                                     const QString &table) const override;
};

} // namespace Dashwright
