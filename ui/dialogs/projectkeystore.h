// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/keystore.h"
#include "document/account.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>
#include <optional>

class QWidget;

namespace Dashwright {

class ProjectDocument;

// The designer's hold on the project's keystore, where account passwords go instead of the project
// file (DESIGN §3, §4): NAME.dwkeys beside NAME.dwproj unless setPath() names another. It is read
// when a secret is first needed, asking for the passphrase when the file is encrypted, created
// with the first secret, and saved atomically after every change. Until the project has a file,
// secrets wait in memory and are written beside it when it is first saved.
class ProjectKeystore : public QObject
{
    Q_OBJECT

public:
    // Asked for the passphrase of an encrypted keystore; `retry` after a wrong one. nullopt: the
    // person cancelled.
    using PassphraseProvider
            = std::function<std::optional<QByteArray>(const QString &path, bool retry)>;

    explicit ProjectKeystore(ProjectDocument *document, QObject *parent = nullptr);

    // The default asks with a password dialog over this widget.
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }
    void setPassphraseProvider(PassphraseProvider provider) { m_passphrase = std::move(provider); }

    // Empty: NAME.dwkeys beside the project file (none while the project has no file).
    void setPath(const QString &path);
    QString path() const;

    std::optional<QString> secret(const QString &id, QString *error);
    // The same with its kind (a password, an API key).
    std::optional<StoredSecret> storedSecret(const QString &id, QString *error);
    // The secret `account` names, when it is of the kind the account takes (a password for
    // PostgreSQL, an API key for a plugin: data/accountsecrets.h); nullopt with *error otherwise.
    std::optional<QString> accountSecret(const Account &account, QString *error);
    // The keystore itself (signing keys, to verify tokens), loaded on first use; nullptr with
    // error set when it cannot be read or the project has no file yet.
    const Keystore *keystore(QString *error);
    bool setSecret(const StoredSecret &secret, QString *error);
    bool removeSecret(const QString &id, QString *error);
    // Secrets entered before the project had a file, not written anywhere yet.
    bool hasPendingSecrets() const { return !m_pending.isEmpty(); }

Q_SIGNALS:
    // A secret was set: what reads it (the canvas's queries) reads it again, also when the
    // account that names it did not change.
    void secretChanged(const QString &id);
    // Writing the keystore failed after the project moved to a new file.
    void saveFailed(const QString &error);

private:
    bool ensureLoaded(QString *error);
    // One read-modify-write of the loaded keystore's file, under its lock.
    bool update(const Keystore::Change &change, QString *error);
    std::optional<QByteArray> askPassphrase(const QString &path, bool retry) const;
    void projectMoved();

    ProjectDocument *m_document;
    QPointer<QWidget> m_dialogParent;
    PassphraseProvider m_passphrase;
    QString m_explicitPath;
    std::optional<Keystore> m_keystore;
    QString m_loadedPath;
    QList<StoredSecret> m_pending;
};

} // namespace Dashwright
