// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demooptions.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Dashwright {

// The demo's API key for the embed server (DESIGN §7), as made: its secret is in no file, so this
// is the only chance to show it.
struct DemoApiKey
{
    QString id;
    QByteArray secret;
};

// What a demo run tells besides success: the API key, the tenants it left out, and, when it
// failed, what kind of failure it was.
struct DemoOutcome
{
    enum class Failure {
        Runtime,    // a file or the server failed
        InvalidUrl, // the --postgresql URL is not one
        Refused,    // the database holds the demo's tables already
    };

    DemoApiKey apiKey;
    QStringList warnings;
    Failure failure = Failure::Runtime;
};

// The Burrito Factory demo: writes DIR/burrito.dwproj, its SQLite database(s) or, with
// target.postgresqlUrl, its tables on that server, DIR/burrito.dwkeys (a signing key, an API key
// named "demo" and the server's password, if the URL has one) and DIR/farolito.claims.json (the
// first tenant profile's claims, to mint a token with). Deterministic for a seed, keys apart.
class DemoProject
{
public:
    static bool create(const QString &directory, const DemoOptions &options, QString *error,
                       DemoOutcome *outcome = nullptr, const DemoTarget &target = {});
};

} // namespace Dashwright
