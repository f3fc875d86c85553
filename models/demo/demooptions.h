// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace Dashwright {

struct DemoOptions
{
    qint64 rows = 200000; // sales lines in the main database
    quint64 seed = 1;
};

// Where the demo keeps its data and its keystore, when not in SQLite files and a plain keystore.
struct DemoTarget
{
    // A libpq connection URI: the demo's data goes to that PostgreSQL server instead of SQLite
    // files. Its password, if any, is kept in the keystore only.
    QString postgresqlUrl;
    // Drop and reload the demo's own tables where the server has them already.
    bool replace = false;
    // Encrypts the new keystore; empty: a plain keystore readable by its owner only.
    QByteArray keystorePassphrase;
};

} // namespace Dashwright
