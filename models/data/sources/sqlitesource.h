// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasource.h"

namespace Dashwright {

// An SQLite database file beside the project (the demo's, and the default for a new account).
// Connections are read-only, with double-quoted strings off (a missing column is an error, never
// a constant); an override may name another file inside the project's folder only.
class SqliteSource final : public DataSource
{
public:
    AccountType type() const override { return AccountType::Sqlite; }
    ConnectionSpec connection(const Account &account, const QString &projectFilePath,
                              const QString &secret) const override;
    QString applyOverride(ConnectionSpec &connection, const Json &override,
                          const QString &projectFilePath, Json &explained) const override;
    QString key(const ConnectionSpec &connection) const override;
    QByteArray identity(const ConnectionSpec &connection) const override;
    QString describe(const ConnectionSpec &connection) const override;
    const SqlDialect &dialect() const override;
    bool open(const ConnectionSpec &connection, const QString &name, QString *error) const override;
    std::function<void()> canceller(const QSqlDatabase &db) const override;
    void watchCancel(const QSqlDatabase &db, const std::atomic<bool> *cancelled) const override;
    bool canIntrospect() const override { return true; }
    std::variant<QList<TableInfo>, QString> tables(const ConnectionSpec &connection) const override;
    std::variant<QList<Column>, QString> queryColumns(const ConnectionSpec &connection,
                                                      const QString &sql) const override;
    QString missingColumn(const ConnectionSpec &connection, const QString &datasetName,
                          const QString &from, const QStringList &columns) const override;
    std::optional<QSet<QString>> leadingIndexColumns(const ConnectionSpec &connection,
                                                     const QString &table) const override;
    std::optional<QString> probe(const ConnectionSpec &connection,
                                 int timeoutSeconds) const override;
};

} // namespace Dashwright
