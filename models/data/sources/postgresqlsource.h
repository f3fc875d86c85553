// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasource.h"

namespace Dashwright {

// A PostgreSQL server through Qt's QPSQL driver, read-only sessions. An override may send a
// tenant to another host, port, database or user (its own password with it, or none). What is
// still to come (the real-data-sources issue): reading its schema, pg_index advice and stopping a
// running statement (PQcancel); until then a statement runs to its end.
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
    std::optional<QString> probe(const ConnectionSpec &connection,
                                 int timeoutSeconds) const override;
    // From pg_index, for the index advisor: the first column of every index on the table (in the
    // connection's search path), kept a minute per server, database, user and table, as the
    // advisor asks on every resolution.
    std::optional<QSet<QString>> leadingIndexColumns(const ConnectionSpec &connection,
                                                     const QString &table) const override;
};

} // namespace Dashwright
