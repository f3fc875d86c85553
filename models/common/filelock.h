// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QString>

namespace Dashwright {

// An exclusive lock on a file that several programs rewrite (the keystore, the project file): the
// CLI, the designer and the server each hold it across a whole read-modify-write, re-reading the
// file once they hold it, so that no writer works from a copy another has since replaced. It is
// FILE.lock beside the file (QLockFile: pid, program and host inside, and a lock left by a killed
// program is taken over). Not recursive: one lock per file per program at a time.
class FileLock
{
public:
    // Long enough for a queue of writers each doing scrypt and fsyncs, short enough that a stuck
    // holder gets reported instead of hanging a script.
    static constexpr int defaultTimeoutMs = 10000;
    // How old an empty lock file (its writer killed while creating it) must be to be taken over.
    static constexpr int staleAfterMs = 2000;

    explicit FileLock(const QString &path);
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;
    // Unlocks.
    ~FileLock() = default;

    // Waits up to `timeoutMs` for the lock. On failure `error` says who holds it ("locked by
    // dashwright, pid 123 on host; …") or why it cannot be taken.
    bool lock(QString *error, int timeoutMs = defaultTimeoutMs);
    void unlock() { m_lock.unlock(); }
    bool isLocked() const { return m_lock.isLocked(); }

    static QString lockFilePath(const QString &path);

private:
    bool fail(QString *error, int timeoutMs) const;
    // See lock(): an empty FILE.lock.rmlock left by a killed writer.
    void removeAbandonedRemovalLock() const;

    QString m_lockPath;
    QLockFile m_lock;
};

} // namespace Dashwright
