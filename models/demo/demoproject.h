// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demooptions.h"

#include <QByteArray>
#include <QString>

namespace Dashwright {

// The demo's API key for the embed server (DESIGN §7), as made: its secret is in no file, so this
// is the only chance to show it.
struct DemoApiKey
{
    QString id;
    QByteArray secret;
};

// The Burrito Factory demo: writes DIR/burrito.dwproj, its SQLite database(s), DIR/burrito.dwkeys
// (a signing key and an API key named "demo") and DIR/farolito.claims.json (the first tenant
// profile's claims, to mint a token with). Deterministic for a seed, keys apart.
class DemoProject
{
public:
    // `apiKey`, when given, receives the demo API key's id and secret.
    static bool create(const QString &directory, const DemoOptions &options, QString *error,
                       DemoApiKey *apiKey = nullptr);
};

} // namespace Dashwright
