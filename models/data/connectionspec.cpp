// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionspec.h"

#include "document/projectfile.h"

#include <QCryptographicHash>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {
// Percent-encoded, so that a ':' or '@' inside a user or path cannot make two specs look alike.
QString passwordDigest(const QString &password)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString keyPart(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}
} // namespace

QString ConnectionSpec::key() const
{
    const QString mode = readOnly ? u"ro"_s : u"rw"_s;
    switch (type) {
    case AccountType::Sqlite:
        return u"sqlite:%1:%2"_s.arg(mode, keyPart(sqlitePath));
    case AccountType::Postgresql:
        // A digest of the password, never the password: a pooled connection must not let a later
        // request with a wrong (or revoked) password through.
        return u"postgresql:%1:%2@%3:%4/%5#%6"_s.arg(mode, keyPart(user), keyPart(host),
                                                     QString::number(port), keyPart(database),
                                                     passwordDigest(password));
    case AccountType::Plugin:
        return u"plugin:%1:%2:%3#%4"_s.arg(mode, keyPart(host), keyPart(database),
                                           passwordDigest(password));
    }
    return {};
}

ConnectionSpec ConnectionSpec::forAccount(const Account &account, const QString &projectFilePath,
                                          const QString &password)
{
    ConnectionSpec spec;
    spec.type = account.type;
    switch (account.type) {
    case AccountType::Sqlite:
        spec.sqlitePath = resolveProjectPath(projectFilePath, account.path);
        break;
    case AccountType::Postgresql:
        spec.host = account.host;
        spec.port = account.port;
        spec.database = account.database;
        spec.user = account.user;
        spec.password = password;
        break;
    case AccountType::Plugin:
        // Plugin accounts are reached over HTTP (a later issue); the base URL stands in for the
        // host so that two plugin accounts never share a key.
        spec.host = account.baseUrl;
        spec.password = password;
        break;
    }
    return spec;
}

} // namespace Dashwright
