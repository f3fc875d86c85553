// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/project.h"

#include <QString>
#include <QUuid>

namespace Dashwright {

// The Burrito Factory project: its account, datasets, dashboards, access policy and one tenant
// profile per override kind (DESIGN §5), each of which can thus be seen working alone.
class DemoDocument
{
public:
    static Project build();

    // The same project on a PostgreSQL server (`dashwright demo create --postgresql`): the account
    // is that server's, El Tapatio's override names its database there, and one more tenant
    // profile switches the database user to one that row-level security limits to Farolito's
    // rows. An empty tenant database or RLS user leaves that tenant profile out.
    struct Postgresql
    {
        QString host;
        int port = 5432;
        QString database;
        QString user;
        QString secretId; // the account's password in the keystore; empty when none
        QString elTapatioDatabase;
        QString rlsUser;
    };
    static Project build(const Postgresql &server);

    // Every id in the demo is a name-based UUID in this namespace ("dataset/sales",
    // "dataset/sales/column/distributor", …): the same on every run and every machine, so tokens
    // and claims written against one demo keep working against a regenerated one.
    static QUuid idNamespace();
    static QString idFor(const QString &name);
};

} // namespace Dashwright
