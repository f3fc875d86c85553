// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/filelock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;

// The lock every writer of the keystore and the project file takes: one holder at a time, a
// failure that names the holder, and a dead holder's lock taken over.
class TestFileLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void oneHolderAtATime()
    {
        const QString path = m_dir.filePath(u"one.dwkeys"_s);
        QCOMPARE(FileLock::lockFilePath(path), path + u".lock"_s);
        FileLock first(path);
        QString error;
        QVERIFY2(first.lock(&error), qPrintable(error));
        QVERIFY(QFile::exists(path + u".lock"_s));

        FileLock second(path);
        QElapsedTimer waited;
        waited.start();
        QVERIFY(!second.lock(&error, 300));
        QVERIFY(waited.elapsed() >= 300);
        // Names who holds it, so that a person knows what to wait for or close.
        const QString pid = QString::number(QCoreApplication::applicationPid());
        QVERIFY2(error.startsWith(u"locked by "_s) && error.contains(u"(pid %1 on "_s.arg(pid))
                         && error.contains(u"try again"_s),
                 qPrintable(error));

        first.unlock();
        QVERIFY(!QFile::exists(path + u".lock"_s));
        QVERIFY2(second.lock(&error, 300), qPrintable(error));
    }

    // A writer killed while holding the lock leaves FILE.lock behind: the next one takes it over
    // at once instead of waiting for a timeout.
    void deadHoldersLockIsTakenOver()
    {
        QProcess gone;
        gone.start(u"true"_s, {});
        QVERIFY(gone.waitForStarted(10000));
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished(10000));
        QVERIFY(deadPid > 0);
        const QString path = m_dir.filePath(u"dead.dwkeys"_s);
        QFile lockFile(path + u".lock"_s);
        QVERIFY(lockFile.open(QIODevice::WriteOnly));
        // pid, program, host (empty: this host)
        lockFile.write(QByteArray::number(deadPid) + "\ndashwright\n\n");
        lockFile.close();

        FileLock lock(path);
        QString error;
        QElapsedTimer waited;
        waited.start();
        QVERIFY2(lock.lock(&error, 5000), qPrintable(error));
        QVERIFY(waited.elapsed() < 2000);
    }

    // A writer killed between creating the lock file and writing into it leaves an empty one: taken
    // over once FileLock::staleAfterMs old, not after Qt's default 30 s.
    void emptyLockFileIsTakenOver()
    {
        const QString path = m_dir.filePath(u"empty.dwkeys"_s);
        QFile lockFile(path + u".lock"_s);
        QVERIFY(lockFile.open(QIODevice::WriteOnly));
        QVERIFY(lockFile.setFileTime(QDateTime::currentDateTime().addSecs(-3),
                                     QFileDevice::FileModificationTime));
        lockFile.close();
        FileLock lock(path);
        QString error;
        QElapsedTimer waited;
        waited.start();
        QVERIFY2(lock.lock(&error, 5000), qPrintable(error));
        QVERIFY(waited.elapsed() < 1000);
    }

    // A file reached through a symbolic link and by its real path is one file: one lock (the
    // keystore written through both names at once lost keys before).
    void oneLockWhateverTheName()
    {
        QDir(m_dir.path()).mkpath(u"real"_s);
        const QString real = m_dir.filePath(u"real/keys.dwkeys"_s);
        const QString link = m_dir.filePath(u"link.dwkeys"_s);
        QFile file(real);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(QFile::link(real, link));
        QCOMPARE(FileLock::lockFilePath(link), FileLock::lockFilePath(real));
        // A folder reached through a link, for a file not made yet.
        const QString linkedFolder = m_dir.filePath(u"linked"_s);
        QVERIFY(QFile::link(m_dir.filePath(u"real"_s), linkedFolder));
        QCOMPARE(FileLock::lockFilePath(linkedFolder + u"/new.dwkeys"_s),
                 FileLock::lockFilePath(m_dir.filePath(u"real/new.dwkeys"_s)));

        FileLock first(link);
        QString error;
        QVERIFY2(first.lock(&error, 1000), qPrintable(error));
        FileLock second(real);
        QVERIFY(!second.lock(&error, 300));
        first.unlock();
        QVERIFY2(second.lock(&error, 1000), qPrintable(error));
    }

    // A writer killed while it was taking over a dead holder's lock leaves Qt's own second lock
    // file, FILE.lock.rmlock, empty: Qt would wait its default 30 s for that one, past any timeout.
    void abandonedRemovalLockIsCleared()
    {
        QProcess gone;
        gone.start(u"true"_s, {});
        QVERIFY(gone.waitForStarted(10000));
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished(10000));
        const QString path = m_dir.filePath(u"rmlock.dwkeys"_s);
        QFile lockFile(path + u".lock"_s);
        QVERIFY(lockFile.open(QIODevice::WriteOnly));
        lockFile.write(QByteArray::number(deadPid) + "\ndashwright\n\n");
        lockFile.close();
        QFile removalLock(path + u".lock.rmlock"_s);
        QVERIFY(removalLock.open(QIODevice::WriteOnly));
        QVERIFY(removalLock.setFileTime(QDateTime::currentDateTime().addSecs(-3),
                                        QFileDevice::FileModificationTime));
        removalLock.close();

        FileLock lock(path);
        QString error;
        QElapsedTimer waited;
        waited.start();
        QVERIFY2(lock.lock(&error, 5000), qPrintable(error));
        QVERIFY(waited.elapsed() < 2000);
        QVERIFY(!QFile::exists(path + u".lock.rmlock"_s));
    }

    // However old its lock file, a live holder keeps its lock (its flock says it is alive).
    void liveHolderIsNeverTakenOver()
    {
        const QString path = m_dir.filePath(u"live.dwkeys"_s);
        FileLock holder(path);
        QString error;
        QVERIFY(holder.lock(&error));
        QFile lockFile(path + u".lock"_s);
        QVERIFY(lockFile.open(QIODevice::ReadWrite));
        QVERIFY(lockFile.setFileTime(QDateTime::currentDateTime().addSecs(-60),
                                     QFileDevice::FileModificationTime));
        lockFile.close();
        FileLock other(path);
        QVERIFY(!other.lock(&error, 300));
        QVERIFY(holder.isLocked());
        QVERIFY(QFile::exists(path + u".lock"_s));
    }

    void unwritableFolder()
    {
        FileLock lock(u"/proc/no-such-dir/x.dwkeys"_s);
        QString error;
        QVERIFY(!lock.lock(&error, 100));
        QCOMPARE(error, u"cannot lock it: the folder /proc/no-such-dir does not exist"_s);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestFileLock)
#include "tst_filelock.moc"
