// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filelock.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QThread>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dashwright {

FileLock::FileLock(const QString &path)
    : m_lockPath(lockFilePath(path))
    , m_lock(m_lockPath)
{
    // A writer killed between creating FILE.lock and writing its pid into it leaves an empty lock
    // file that names no holder; Qt's default would block every writer for 30 s over it. A live
    // holder keeps an flock(2) on its lock file, which QLockFile checks before removing one, so
    // however long it holds the lock (a passphrase prompt), its lock is never taken over.
    m_lock.setStaleLockTime(staleAfterMs);
}

QString FileLock::lockFilePath(const QString &path)
{
    // One lock per file, however it is named: a keystore reached through a symbolic link and by
    // its real path must take the same lock, or two writers would each hold "the" lock while
    // rewriting one file (they save beside the link's target). The folder is resolved too, for a
    // file that does not exist yet.
    const QFileInfo file(path);
    QString real = file.canonicalFilePath();
    if (real.isEmpty()) {
        const QString folder = file.absoluteDir().canonicalPath();
        real = folder.isEmpty() ? file.absoluteFilePath() : QDir(folder).filePath(file.fileName());
    }
    return real + u".lock"_s;
}

bool FileLock::lock(QString *error, int timeoutMs)
{
    // QLockFile::tryLock(timeout) doubles its sleep up to 5 s between attempts, so with several
    // writers queued one can sleep through the moments the lock is free and time out. Short,
    // jittered polls share the lock fairly; each tryLock(0) still takes over a dead holder's lock.
    QDeadlineTimer deadline(timeoutMs);
    while (!m_lock.tryLock(0)) {
        if (m_lock.error() != QLockFile::LockFailedError || deadline.hasExpired())
            return fail(error, timeoutMs);
        removeAbandonedRemovalLock();
        const qint64 pause = std::min<qint64>(10 + QRandomGenerator::global()->bounded(20),
                                              deadline.remainingTime());
        QThread::msleep(quint64(std::max<qint64>(pause, 0)));
    }
    return true;
}

// QLockFile takes over a dead holder's lock under a second lock file, FILE.lock.rmlock, which it
// makes with its default stale time of 30 s. A writer killed just after creating that one, before
// writing its pid into it, leaves it empty, and every writer after it would wait those 30 s (seen
// in the kill loop of tst_keystore_concurrency). Such a file is treated as an empty FILE.lock is:
// once staleAfterMs old and with no lock on it (every live QLockFile holder keeps flock(2) on its
// file), it is removed.
void FileLock::removeAbandonedRemovalLock() const
{
    const QString path = m_lockPath + u".rmlock"_s;
    const QFileInfo info(path);
    if (!info.exists() || info.size() > 0
        || info.lastModified().msecsTo(QDateTime::currentDateTime()) < staleAfterMs)
        return;
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return;
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
        struct stat opened = {};
        struct stat named = {};
        // Still the same empty file under that name, not one a live writer has just made anew.
        if (::fstat(fd, &opened) == 0 && opened.st_size == 0
            && ::stat(name.constData(), &named) == 0 && named.st_ino == opened.st_ino
            && named.st_dev == opened.st_dev)
            ::unlink(name.constData());
    }
    ::close(fd);
}

bool FileLock::fail(QString *error, int timeoutMs) const
{
    if (!error)
        return false;
    const QString lockFile = QDir::toNativeSeparators(m_lockPath);
    switch (m_lock.error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString application;
        if (m_lock.getLockInfo(&pid, &host, &application)) {
            *error = u"locked by %1 (pid %2 on %3) for more than %4 s; try again once it has "
                     u"finished"_s.arg(application.isEmpty() ? u"another program"_s : application)
                             .arg(pid)
                             .arg(host.isEmpty() ? u"this host"_s : host)
                             .arg(timeoutMs / 1000.0);
        } else {
            // An unreadable lock file that stays: not one a killed writer left (that is taken over
            // once staleAfterMs old), so something else holds it.
            *error = u"locked (%1) for more than %2 s by an unknown program; if no Dashwright "
                     u"program is running, delete %1"_s.arg(lockFile)
                             .arg(timeoutMs / 1000.0);
        }
        break;
    }
    case QLockFile::PermissionError:
        *error = u"cannot create the lock file %1: permission denied"_s.arg(lockFile);
        break;
    default:
        // QLockFile keeps errno to itself; a missing folder is the likely cause worth naming.
        if (const QFileInfo folder(QFileInfo(m_lockPath).absolutePath()); !folder.isDir())
            *error = u"cannot lock it: the folder %1 does not exist"_s.arg(
                    QDir::toNativeSeparators(folder.filePath()));
        else
            *error = u"cannot create the lock file %1"_s.arg(lockFile);
        break;
    }
    return false;
}

} // namespace Dashwright
