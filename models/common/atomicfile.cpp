// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Temporary twins are ".NAME.tmp-XXXXXX" beside NAME: hidden, and distinct enough that removing
// a killed writer's leftovers never touches anything else.
QString temporaryPrefix(const QFileInfo &target)
{
    return u"."_s + target.fileName() + u".tmp-"_s;
}

} // namespace

// QSaveFile is not used: it gives a new file's temporary twin the default mode (0666 less the
// umask), so a keystore's secrets would sit briefly in a file others may open, and avoiding that
// by creating the target first left an empty keystore behind whenever the writer was killed.
// mkostemp creates the twin 0600 with O_EXCL and a random name.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, mode_t mode, QString *why)
{
    QFileInfo target(path);
    // A symlinked file stays a symlink: the file it points to is replaced.
    if (target.isSymLink())
        target = QFileInfo(target.symLinkTarget());
    const QString directory = target.absolutePath();
    QByteArray name
            = QFile::encodeName(QDir(directory).filePath(temporaryPrefix(target) + u"XXXXXX"_s));
    const int fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd < 0) {
        *why = u"cannot create a file in %1: %2"_s.arg(QDir::toNativeSeparators(directory),
                                                       systemError());
        return false;
    }
    const auto fail = [&](const QString &what) {
        *why = what + u": "_s + systemError();
        ::close(fd);
        ::unlink(name.constData());
        return false;
    };
    // mkostemp's mode is 0600; fchmod sets the one asked for, whatever the umask.
    if (::fchmod(fd, mode) != 0)
        return fail(u"cannot restrict the file's permissions"_s);
    for (qsizetype written = 0; written < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return fail(u"cannot write"_s);
        written += n;
    }
    // The data reaches the disk before the rename does, or a crash could leave the new name on an
    // empty file (ext4 without auto_da_alloc, XFS).
    if (::fsync(fd) != 0)
        return fail(u"cannot write"_s);
    if (::close(fd) != 0) {
        *why = u"cannot write: "_s + systemError();
        ::unlink(name.constData());
        return false;
    }
    if (::rename(name.constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        *why = u"cannot replace the file: "_s + systemError();
        ::unlink(name.constData());
        return false;
    }
    // The rename itself is durable once the folder is synced.
    const int dirFd
            = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    // Twins of writers killed mid-save may hold secrets (a keystore's); the caller holds the lock,
    // so every twin left is a dead writer's.
    const QStringList leftovers = QDir(directory).entryList(
            {temporaryPrefix(target) + u"??????"_s}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &leftover : leftovers)
        QFile::remove(QDir(directory).filePath(leftover));
    return true;
}

} // namespace Dashwright
