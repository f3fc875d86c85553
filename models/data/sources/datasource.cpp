// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasource.h"

#include "pluginsource.h"
#include "postgresqlsource.h"
#include "sourcehelpers.h"
#include "sqlitesource.h"

using namespace Qt::StringLiterals;

namespace Dashwright {

// The one list of kinds: a new kind of account is a new class beside these and a line here.
const DataSource &DataSource::of(AccountType type)
{
    static const SqliteSource sqlite;
    static const PostgresqlSource postgresql;
    static const PluginSource plugin;
    switch (type) {
    case AccountType::Sqlite:
        return sqlite;
    case AccountType::Postgresql:
        return postgresql;
    case AccountType::Plugin:
        return plugin;
    }
    Q_UNREACHABLE();
}

QueryResult DataSource::runStructured(const ConnectionSpec &, const StructuredQuery &,
                                      const std::atomic<bool> *) const
{
    QueryResult result;
    result.error = u"%1 accounts take SQL, not a structured query"_s.arg(accountTypeName(type()));
    return result;
}

std::function<void()> DataSource::canceller(const QSqlDatabase &) const
{
    return {};
}

void DataSource::watchCancel(const QSqlDatabase &, const std::atomic<bool> *) const { }

QString DataSource::statementError(const ConnectionSpec &, const QSqlError &error, qint64) const
{
    return SourceHelpers::sqlError(error);
}

std::variant<QList<TableInfo>, QString> DataSource::tables(const ConnectionSpec &) const
{
    return u"reading the schema of %1 accounts is not supported yet"_s.arg(accountTypeName(type()));
}

std::variant<QList<Column>, QString> DataSource::queryColumns(const ConnectionSpec &,
                                                              const QString &) const
{
    return u"reading the schema of %1 accounts is not supported yet"_s.arg(accountTypeName(type()));
}

QString DataSource::missingColumn(const ConnectionSpec &, const QString &, const QString &,
                                  const QStringList &) const
{
    return {};
}

std::optional<QSet<QString>> DataSource::leadingIndexColumns(const ConnectionSpec &,
                                                             const QString &) const
{
    return std::nullopt;
}

} // namespace Dashwright
