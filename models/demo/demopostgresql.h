// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demooptions.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Dashwright {

// Loads the Burrito Factory demo onto a PostgreSQL server the user names: the chain's tables
// (the same columns, rows and index as the SQLite demo for the same seed, streamed with COPY), and
// what the two server-side tenant kinds need: El Tapatio's own database and a login role that
// row-level security limits to Farolito's rows. A tenant the server cannot give (no CREATEDB, no
// CREATEROLE, a password a tenant profile could not carry) is left out with a warning; the chain's
// data is loaded all the same.
class DemoPostgresql
{
public:
    enum class Failure {
        InvalidUrl, // not a usable postgresql:// URL
        Refused,    // the database holds the demo's tables already, and replace is not set
        Runtime,    // the server cannot be reached, or refused a statement
    };

    // What the project needs to know of what was loaded. The passwords go to the keystore only.
    struct Loaded
    {
        QString host;
        int port = 5432;
        QString database;
        QString user;
        QString password;          // the URL's, empty when none
        QString elTapatioDatabase; // empty: that tenant was left out
        QString rlsUser;           // empty: that tenant was left out
        QString rlsPassword;       // generated when the server asks the RLS user for one
        QStringList warnings;      // one line per tenant left out
    };

    // `url` is a libpq connection URI, postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE.
    // `replace`: drop and reload the demo's tables where the server has them.
    static std::optional<Loaded> load(const QString &url, const DemoOptions &options, bool replace,
                                      QString *error, Failure *failure);

    // The URL without its password, for messages.
    static QString describe(const QString &url);
};

} // namespace Dashwright
