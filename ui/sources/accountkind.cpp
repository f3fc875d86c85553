// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountkind.h"

#include "accountkinds_p.h"

#include "data/queryexecutor.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Dashwright {

QFuture<QueryResult> AccountPage::startTest(QueryExecutor &executor,
                                            const ConnectionSpec &connection) const
{
    // One key: a new test replaces one still running.
    return executor.submit(u"test"_s, connection, testQuery(), {});
}

QString AccountPage::connectedText(const QString &version) const
{
    return QCoreApplication::translate("Dashwright::AccountDialog", "Connected: %1").arg(version);
}

// The one list of kinds on the designer's side, as DataSource::of is on the core's.
const AccountKind &AccountKind::of(AccountType type)
{
    static const SqliteKind sqlite;
    static const PostgresqlKind postgresql;
    static const PluginKind plugin;
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

const QList<AccountType> &AccountKind::all()
{
    static const QList<AccountType> kinds{AccountType::Sqlite, AccountType::Postgresql,
                                          AccountType::Plugin};
    return kinds;
}

} // namespace Dashwright
