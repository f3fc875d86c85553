// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the data sources: small pieces more than one of them uses.

#include "common/json.h"
#include "common/printable.h"
#include "data/connectionspec.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QString>
#include <QUrl>

namespace Dashwright::SourceHelpers {

// A digest of a secret for connection keys: equal secrets give equal keys, and the key never
// holds the secret. A pooled connection must not let a later request with a wrong (or revoked)
// password through.
inline QString secretDigest(const QString &secret)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// Percent-encoded, so that a ':' or '@' inside a user or path cannot make two keys look alike.
inline QString keyPart(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// One line: libpq's messages span several ("…failed: Connection refused\n\tIs the server
// running…"), and Qt appends its own driver text ("QPSQL: Unable to connect") on another.
inline QString sqlError(const QSqlError &error)
{
    const QString text = printable(error.text().simplified(), 1000);
    return text.isEmpty() ? QStringLiteral("unknown database error") : text;
}

// The keystore's secret belongs to the account as designed: an override that sends the connection
// elsewhere (another host, port, user, database or base URL) drops it, and brings its own or none,
// or it would hand the analyst's credential to that host.
inline void dropSecretOnRedirect(ConnectionSpec &connection, const Json &override)
{
    for (const char *redirect : {"host", "port", "user", "database", "base_url"}) {
        if (override.contains(redirect))
            connection.password.clear();
    }
}

} // namespace Dashwright::SourceHelpers
