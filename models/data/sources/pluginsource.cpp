// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pluginsource.h"

#include "sourcehelpers.h"

#include "data/sqldialect.h"

using namespace Qt::StringLiterals;

namespace Dashwright {

ConnectionSpec PluginSource::connection(const Account &account, const QString &,
                                        const QString &secret) const
{
    ConnectionSpec spec;
    spec.type = AccountType::Plugin;
    // The base URL stands in for the host, so that two plugin accounts never share a key.
    spec.host = account.baseUrl;
    spec.password = secret;
    return spec;
}

QString PluginSource::applyOverride(ConnectionSpec &connection, const Json &o, const QString &,
                                    Json &) const
{
    SourceHelpers::dropSecretOnRedirect(connection, o);
    if (o.contains("base_url"))
        connection.host = QString::fromStdString(o["base_url"]);
    return {};
}

QString PluginSource::key(const ConnectionSpec &c) const
{
    using namespace SourceHelpers;
    return u"plugin:%1:%2:%3#%4"_s.arg(c.readOnly ? u"ro"_s : u"rw"_s, keyPart(c.host),
                                       keyPart(c.database), secretDigest(c.password));
}

QString PluginSource::describe(const ConnectionSpec &c) const
{
    return printable(c.host);
}

const SqlDialect &PluginSource::dialect() const
{
    // Never sent: the reference dialect only shapes what --explain and the inspector show.
    static const SqliteDialect dialect;
    return dialect;
}

bool PluginSource::open(const ConnectionSpec &, const QString &, QString *error) const
{
    *error = u"plugin accounts cannot be queried yet"_s;
    return false;
}

QueryResult PluginSource::runStructured(const ConnectionSpec &, const StructuredQuery &) const
{
    // Where the protocol (GET /datasets, POST /query with this query and its viewer) goes.
    QueryResult result;
    result.error = u"plugin accounts cannot be queried yet"_s;
    return result;
}

std::optional<QString> PluginSource::probe(const ConnectionSpec &, int) const
{
    return std::nullopt;
}

} // namespace Dashwright
