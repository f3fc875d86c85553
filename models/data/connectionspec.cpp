// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionspec.h"

#include "sources/datasource.h"

#include "document/projectfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Dashwright {

QString ConnectionSpec::key() const
{
    return DataSource::of(type).key(*this);
}

ConnectionSpec ConnectionSpec::forAccount(const Account &account, const QString &projectFilePath,
                                          const QString &password)
{
    return DataSource::of(account.type).connection(account, projectFilePath, password);
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
    QString canonicalFile = QFileInfo(resolved).canonicalFilePath();
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
