// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectkeystore.h"

#include "data/accountsecrets.h"

#include "document/projectdocument.h"

#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {
// Wrong passphrases accepted before giving up, as sudo does.
constexpr int maxPassphraseAttempts = 3;
} // namespace

ProjectKeystore::ProjectKeystore(ProjectDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    // Another project: nothing of this one's secrets may reach its keystore.
    connect(document, &ProjectDocument::projectAboutToBeReset, this, [this] {
        m_pending.clear();
        m_keystore.reset();
        m_loadedPath.clear();
    });
    connect(document, &ProjectDocument::filePathChanged, this, &ProjectKeystore::projectMoved);
}

void ProjectKeystore::setPath(const QString &path)
{
    m_explicitPath = path;
    m_keystore.reset();
    m_loadedPath.clear();
}

QString ProjectKeystore::path() const
{
    if (!m_explicitPath.isEmpty())
        return m_explicitPath;
    const QString projectPath = m_document->filePath();
    if (projectPath.isEmpty())
        return {};
    const QFileInfo project(projectPath);
    return project.dir().filePath(project.completeBaseName() + u".dwkeys"_s);
}

std::optional<QByteArray> ProjectKeystore::askPassphrase(const QString &path, bool retry) const
{
    if (m_passphrase)
        return m_passphrase(path, retry);
    bool ok = false;
    const QString label
            = retry ? tr("Wrong passphrase. Passphrase for %1:") : tr("Passphrase for %1:");
    const QString text = QInputDialog::getText(m_dialogParent, tr("Keystore passphrase"),
                                               label.arg(QDir::toNativeSeparators(path)),
                                               QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return text.toUtf8();
}

bool ProjectKeystore::ensureLoaded(QString *error)
{
    const QString file = path();
    if (file.isEmpty())
        return false; // the caller keeps the secret pending
    if (m_keystore && m_loadedPath == file)
        return true;
    m_keystore.reset();
    if (!QFileInfo::exists(file)) {
        m_keystore = Keystore();
        m_loadedPath = file;
        return true;
    }
    const std::optional<bool> encrypted = Keystore::isEncryptedFile(file, error);
    if (!encrypted)
        return false;
    QByteArray passphrase;
    for (int attempt = 0; attempt < maxPassphraseAttempts; ++attempt) {
        if (*encrypted) {
            const std::optional<QByteArray> typed = askPassphrase(file, attempt > 0);
            if (!typed) {
                if (error)
                    *error = tr("The keystore %1 stays locked.")
                                     .arg(QDir::toNativeSeparators(file));
                return false;
            }
            passphrase = *typed;
        }
        m_keystore = Keystore::load(file, passphrase, error);
        if (m_keystore) {
            m_loadedPath = file;
            return true;
        }
        if (!*encrypted)
            return false;
    }
    return false;
}

std::optional<QString> ProjectKeystore::secret(const QString &id, QString *error)
{
    const std::optional<StoredSecret> stored = storedSecret(id, error);
    return stored ? std::optional<QString>(stored->value) : std::nullopt;
}

std::optional<StoredSecret> ProjectKeystore::storedSecret(const QString &id, QString *error)
{
    for (const StoredSecret &pending : std::as_const(m_pending)) {
        if (pending.id == id)
            return pending;
    }
    if (!ensureLoaded(error))
        return std::nullopt;
    if (const StoredSecret *stored = m_keystore->secret(id))
        return *stored;
    if (error)
        *error = tr("The keystore holds no secret %1.").arg(id);
    return std::nullopt;
}

std::optional<QString> ProjectKeystore::accountSecret(const Account &account, QString *error)
{
    const std::optional<StoredSecret> stored = storedSecret(account.secretId, error);
    if (!stored)
        return std::nullopt;
    if (!secretFitsAccount(account, stored->kind)) {
        if (error)
            *error = tr("The keystore's secret %1 is not of the kind account \"%2\" takes; it "
                        "is not sent.")
                             .arg(account.secretId, account.name);
        return std::nullopt;
    }
    return stored->value;
}

const Keystore *ProjectKeystore::keystore(QString *error)
{
    if (path().isEmpty()) {
        if (error)
            *error = tr("The project has no keystore until it is saved.");
        return nullptr;
    }
    return ensureLoaded(error) ? &*m_keystore : nullptr;
}

bool ProjectKeystore::update(const Keystore::Change &change, QString *error)
{
    // Re-read under the keystore's lock: the CLI (keys create, retire, passphrase) may have
    // changed the file since it was loaded, and writing this copy back would undo that.
    QString why;
    std::optional<Keystore> saved = m_keystore->updated(m_loadedPath, change, &why);
    const std::optional<bool> encrypted
            = saved ? std::nullopt : Keystore::isEncryptedFile(m_loadedPath, &why);
    if (!saved && encrypted.value_or(false)
        && (!m_keystore->isEncrypted() || why.contains(u"wrong passphrase"_s))) {
        // Encrypted, or given a new passphrase, since it was loaded: ask for the passphrase
        // (never while holding the lock) and try once more.
        m_keystore.reset();
        m_loadedPath.clear();
        if (!ensureLoaded(error))
            return false;
        saved = m_keystore->updated(m_loadedPath, change, &why);
    }
    if (!saved) {
        if (error)
            *error = why;
        // Read it afresh next time: the file is the truth, not this copy.
        m_keystore.reset();
        m_loadedPath.clear();
        return false;
    }
    m_keystore = std::move(saved);
    return true;
}

bool ProjectKeystore::setSecret(const StoredSecret &secret, QString *error)
{
    if (path().isEmpty()) {
        m_pending.removeIf([&](const StoredSecret &s) { return s.id == secret.id; });
        m_pending.append(secret);
        Q_EMIT secretChanged(secret.id);
        return true;
    }
    if (!ensureLoaded(error))
        return false;
    const bool saved = update(
            [&](Keystore &keystore, QString *) {
                keystore.setSecret(secret);
                return true;
            },
            error);
    if (saved)
        Q_EMIT secretChanged(secret.id);
    return saved;
}

bool ProjectKeystore::removeSecret(const QString &id, QString *error)
{
    m_pending.removeIf([&](const StoredSecret &s) { return s.id == id; });
    if (path().isEmpty())
        return true;
    if (!ensureLoaded(error))
        return false;
    if (!QFileInfo::exists(m_loadedPath))
        return true; // no keystore, no secret to remove: never create one for that
    return update(
            [&](Keystore &keystore, QString *) {
                keystore.removeSecret(id);
                return true;
            },
            error);
}

void ProjectKeystore::projectMoved()
{
    if (!m_explicitPath.isEmpty())
        return;
    // Account secrets follow the project to its new file (Save As elsewhere).
    QList<StoredSecret> carried = m_pending;
    const QString target = path();
    // Already the new file's keystore (read when another project was opened): nothing moves, and
    // an encrypted one is not asked for its passphrase again.
    if (m_keystore && m_loadedPath == target && m_pending.isEmpty())
        return;
    if (m_keystore && !m_loadedPath.isEmpty() && m_loadedPath != target && !target.isEmpty()
        && !QFileInfo::exists(target)) {
        // A keystore of its own for the new file: the old one's signing keys (tokens already
        // issued name them, and they keep verifying) and its passphrase (an encrypted keystore
        // is never written again in clear), with only the accounts' secrets.
        Keystore moved = *m_keystore;
        for (const StoredSecret &secret : m_keystore->secrets())
            moved.removeSecret(secret.id);
        for (const Account &account : m_document->project().accounts) {
            if (const StoredSecret *stored
                = account.secretId.isEmpty() ? nullptr : m_keystore->secret(account.secretId))
                moved.setSecret(*stored);
        }
        for (const StoredSecret &secret : std::as_const(m_pending))
            moved.setSecret(secret);
        QString error;
        // Refused if another program made that keystore meanwhile: it is not ours to replace.
        if (!moved.saveNew(target, &error)) {
            Q_EMIT saveFailed(error);
            return; // the old keystore stays loaded; the secrets are not lost
        }
        m_pending.clear();
        m_keystore = std::move(moved);
        m_loadedPath = target;
        return;
    }
    if (m_keystore && m_loadedPath != path()) {
        for (const Account &account : m_document->project().accounts) {
            const StoredSecret *stored
                    = account.secretId.isEmpty() ? nullptr : m_keystore->secret(account.secretId);
            if (stored)
                carried.append(*stored);
        }
    }
    m_pending.clear();
    m_keystore.reset();
    m_loadedPath.clear();
    QString error;
    for (const StoredSecret &secret : std::as_const(carried)) {
        if (!setSecret(secret, &error)) {
            m_pending = carried; // try again with the next secret
            Q_EMIT saveFailed(error);
            return;
        }
    }
}

} // namespace Dashwright
