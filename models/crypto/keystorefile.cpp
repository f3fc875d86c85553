// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The keystore on disk: reading it (capped, regular files only), and every write atomic, under
// the file's lock and re-read under it (Keystore's file functions; the format is keystore.cpp's).
#include "keystore.h"

#include "common/atomicfile.h"
#include "common/filelock.h"
#include "common/regularfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/crypto.h>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

// A keystore holds a few keys and secrets; anything this big is not one.
constexpr qint64 maxFileSize = qint64(16) * 1024 * 1024;

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
    const bool saved = text && writeFileAtomically(path, *text, S_IRUSR | S_IWUSR, &why);
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
