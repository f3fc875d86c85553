// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The keystore on disk: reading it (capped, regular files only), and every write atomic, under
// the file's lock and re-read under it (Keystore's file functions; the format is keystore.cpp's).
#include "keystore.h"

#include "common/filelock.h"
#include "common/regularfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/crypto.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

// A keystore holds a few keys and secrets; anything this big is not one.
constexpr qint64 maxFileSize = 16 * 1024 * 1024;

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

// Writes `bytes` to `path` so that any reader, and the disk after a crash, sees either the old
// file or the whole new one. QSaveFile is not used: it gives a new file's temporary twin the
// default mode (0666 less the umask), so secrets would sit briefly in a file others may open,
// and avoiding that by creating the target first left an empty keystore behind whenever the
// writer was killed. mkostemp creates the twin 0600 with O_EXCL and a random name.
bool writeAtomically(const QString &path, const QByteArray &bytes, QString *why)
{
    QFileInfo target(path);
    // A symlinked keystore stays a symlink: the file it points to is replaced.
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
    // mkostemp's mode is 0600 already; fchmod keeps it so whatever the umask.
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0)
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
    // Twins of writers killed mid-save hold secrets; the caller holds the lock, so every twin
    // left is a dead writer's.
    const QStringList leftovers = QDir(directory).entryList(
            {temporaryPrefix(target) + u"??????"_s}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &leftover : leftovers)
        QFile::remove(QDir(directory).filePath(leftover));
    return true;
}

} // namespace

std::optional<bool> Keystore::isEncryptedFile(const QString &path, QString *error)
{
    QString why;
    const std::optional<QByteArray> text = readRegularFile(path, maxFileSize, &why);
    if (!text) {
        *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), why);
        return std::nullopt;
    }
    return isEncrypted(*text);
}

std::optional<Keystore> Keystore::load(const QString &path, QString *error, QStringList *warnings)
{
    return load(path, QByteArray(), error, warnings);
}

std::optional<Keystore> Keystore::load(const QString &path, const QByteArray &passphrase,
                                       QString *error, QStringList *warnings)
{
    QString dummy;
    if (!error)
        error = &dummy;
    const QString where = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists()) {
        *error = u"%1: no such keystore"_s.arg(where);
        return std::nullopt;
    }
    // A device or FIFO named as the keystore is refused, never read forever or waited on.
    QString why;
    const std::optional<QByteArray> text = readRegularFile(path, maxFileSize, &why);
    if (!text) {
        *error = u"%1: %2"_s.arg(where, why);
        return std::nullopt;
    }
    // Reading anyway (like a browser's cookie store, unlike ssh) keeps a copied keystore usable;
    // the warning tells the owner to fix it.
    constexpr auto othersMayAccess = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (warnings && (file.permissions() & othersMayAccess))
        warnings->append(
                u"%1: other users may read this keystore; restrict it with chmod 600"_s.arg(where));
    // Dashwright never writes one (save() renames a complete file into place), but older versions
    // and other tools did, and "malformed JSON at byte 1" says nothing about what to do.
    if (text->trimmed().isEmpty()) {
        *error = u"%1: empty keystore (left by an interrupted write?): it holds no keys; "
                 u"delete it, then \"dashwright keys create\" makes a new one"_s.arg(where);
        return std::nullopt;
    }
    auto keystore = read(*text, passphrase, error);
    if (!keystore)
        *error = u"%1: %2"_s.arg(where, *error);
    return keystore;
}

bool Keystore::save(const QString &path, QString *error) const
{
    QString dummy;
    if (!error)
        error = &dummy;
    QString why;
    std::optional<QByteArray> text = fileContents(&why);
    const bool saved = text && writeAtomically(path, *text, &why);
    if (text)
        OPENSSL_cleanse(text->data(), size_t(text->size()));
    if (!saved)
        *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), why);
    return saved;
}

std::optional<Keystore> Keystore::updated(const QString &path, const Change &change,
                                          QString *error) const
{
    QString dummy;
    if (!error)
        error = &dummy;
    FileLock lock(path);
    if (!lock.lock(error)) {
        *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), *error);
        return std::nullopt;
    }
    std::optional<Keystore> current;
    if (QFileInfo::exists(path)) {
        current = load(path, m_passphrase, error);
        if (!current)
            return std::nullopt;
    } else {
        current = Keystore();
        current->m_passphrase = m_passphrase;
    }
    if (!change(*current, error) || !current->save(path, error))
        return std::nullopt;
    return current;
}

bool Keystore::saveNew(const QString &path, QString *error) const
{
    QString dummy;
    if (!error)
        error = &dummy;
    FileLock lock(path);
    if (!lock.lock(error)) {
        *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), *error);
        return false;
    }
    if (QFileInfo::exists(path)) {
        *error = u"%1 already exists"_s.arg(QDir::toNativeSeparators(path));
        return false;
    }
    return save(path, error);
}

} // namespace Dashwright
