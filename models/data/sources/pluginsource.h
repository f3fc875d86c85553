// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasource.h"

namespace Dashwright {

// An HTTP broker plugin (after Luzmo's plugin API) at a base URL, with a secret from the keystore,
// spoken to as docs/plugin-protocol.md says: GET /datasets lists its tables and typed columns,
// POST /query answers one widget given as data (QueryPlan::structured: fields, aggregations, every
// condition as a structured filter, the sort, the page and the viewer with the token's metadata),
// never SQL. Its answers are checked against what was asked (columns, types, page) before any row
// is shown. An override may route a tenant to another base URL; the keystore's secret never
// follows it, nor a redirect (which is not followed at all). Its plans are also written in the
// reference SQL dialect, for --explain only.
class PluginSource final : public DataSource
{
public:
    AccountType type() const override { return AccountType::Plugin; }
    ConnectionSpec connection(const Account &account, const QString &projectFilePath,
                              const QString &secret) const override;
    QString applyOverride(ConnectionSpec &connection, const Json &override,
                          const QString &projectFilePath, Json &explained) const override;
    QString key(const ConnectionSpec &connection) const override;
    QString describe(const ConnectionSpec &connection) const override;
    const SqlDialect &dialect() const override;
    bool takesSql() const override { return false; }
    bool receivesMetadata() const override { return true; }
    bool open(const ConnectionSpec &connection, const QString &name, QString *error) const override;
    QueryResult runStructured(const ConnectionSpec &connection, const StructuredQuery &query,
                              const std::atomic<bool> *cancelled) const override;
    bool canIntrospect() const override { return true; }
    std::variant<QList<TableInfo>, QString> tables(const ConnectionSpec &connection) const override;
    std::variant<QList<Column>, QString> queryColumns(const ConnectionSpec &connection,
                                                      const QString &sql) const override;
    std::optional<QString> probe(const ConnectionSpec &connection,
                                 int timeoutSeconds) const override;

    // Why a base URL should not be used as it is (plain http to another machine: the secret and
    // the metadata travel unencrypted); empty when nothing is to be said. `project check` warns.
    static QString transportWarning(const QString &baseUrl);
};

} // namespace Dashwright
