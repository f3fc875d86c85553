// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionspec.h"

#include "document/projectfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sys/stat.h>

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

QString ConnectionSpec::sqliteOverridePath(const QString &projectFilePath, const QString &database,
                                           QString *refused)
{
    const QString outside
            = u"the account override's database must be a path inside the project's folder"_s;
    *refused = outside;
    // A NUL would cut the name short in the file system's calls: never a file the check saw.
    if (database.isEmpty() || database.contains(QChar(0)) || QDir::isAbsolutePath(database))
        return {};
    // Checked twice: the path as written ("../x"), and the file it reaches once symbolic links are
    // followed (a link inside the folder to a database elsewhere).
    const QDir folder = QFileInfo(projectFilePath).absoluteDir();
    const QString resolved = resolveProjectPath(projectFilePath, database);
    if (!resolved.startsWith(folder.absolutePath() + u'/'))
        return {};
    const QString canonicalFolder = folder.canonicalPath();
    const QString canonicalFile = QFileInfo(resolved).canonicalFilePath();
    if (canonicalFolder.isEmpty() || canonicalFile.isEmpty()
        || !canonicalFile.startsWith(canonicalFolder + u'/'))
        return {};
    // A hard link has no target to follow: every name of the file is as much the file as any
    // other. One made inside the folder to a database outside it would pass every check above.
    struct stat status = {};
    if (::stat(QFile::encodeName(canonicalFile).constData(), &status) != 0)
        return {};
    if (!S_ISREG(status.st_mode)) {
        *refused = u"the account override's database is not a regular file"_s;
        return {};
    }
    if (status.st_nlink > 1) {
        *refused
                = u"the account override's database has %1 hard links: it may be a file outside the project's folder, so only a file with one link is accepted"_s
                          .arg(qulonglong(status.st_nlink));
        return {};
    }
    refused->clear();
    return canonicalFile;
}

} // namespace Dashwright
