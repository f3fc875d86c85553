// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasource.h"

namespace Dashwright {

// An HTTP broker plugin (after Luzmo's plugin API) at a base URL, with a secret from the keystore.
// It is to receive the widget's resolution as structured data and the token's metadata, never SQL;
// an override may route a tenant to another base URL, and the keystore's secret never follows it.
// The resolver hands it each widget as data (QueryPlan::structured: fields, aggregations, every
// condition, the viewer), never SQL; runStructured() is where the protocol goes. Not yet: the
// protocol itself (the real-data-sources issue). Until then a query answers "plugin accounts
// cannot be queried yet", `project check` says it was not tried, and its plans are also written
// in the reference SQL dialect, for --explain only.
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
    QueryResult runStructured(const ConnectionSpec &connection,
                              const StructuredQuery &query) const override;
    std::optional<QString> probe(const ConnectionSpec &connection,
                                 int timeoutSeconds) const override;
};

} // namespace Dashwright
