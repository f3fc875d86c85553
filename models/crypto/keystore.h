// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apikey.h"
#include "signingkey.h"
#include "storedsecret.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <utility>

namespace Dashwright {

// The project's secrets, kept apart from the project file (DESIGN §3, §4): signing and sealing keys
// by kid, account passwords and API keys by id, and the embed server's API keys (their hashes).
// Stored as JSON
// ({"format": "dashwright-keystore", "version": 1, …}) in a file only its owner may read; with a
// passphrase, that JSON is encrypted inside an envelope (KeystoreCipher).
//
// Key lifecycle: a key is active or retired. New tokens use the newest active key of an algorithm;
// every active key verifies (so tokens signed before a rotation stay valid); a retired key never
// does.
class Keystore
{
public:
    static constexpr int currentVersion = 1;

    // Reads and checks a keystore file, decrypting it with `passphrase` when it is encrypted (the
    // loaded keystore then remembers the passphrase, so that save() encrypts again). `warnings`
    // receives what is worth telling but not refusing for (a file other users may read).
    static std::optional<Keystore> load(const QString &path, QString *error,
                                        QStringList *warnings = nullptr);
    static std::optional<Keystore> load(const QString &path, const QByteArray &passphrase,
                                        QString *error, QStringList *warnings = nullptr);
    static std::optional<Keystore> read(QByteArrayView json, QString *error);
    static std::optional<Keystore> read(QByteArrayView text, const QByteArray &passphrase,
                                        QString *error);
    // Whether the file's contents are an encrypted envelope: whether to ask for a passphrase at
    // all.
    static bool isEncrypted(QByteArrayView text);
    static std::optional<bool> isEncryptedFile(const QString &path, QString *error);

    // The plain JSON, secrets included; what save() encrypts when a passphrase is set.
    QByteArray write() const;
    // What save() writes: the plain JSON, or its encrypted envelope.
    std::optional<QByteArray> fileContents(QString *error) const;
    // Atomic, and the file is never readable by anyone but its owner, not even for a moment: the
    // text goes to a new 0600 file beside it, is synced, then renamed over it; the keystore is
    // never created empty first. The caller holds the keystore's FileLock (updated() and saveNew()
    // do), so that no other writer's change is lost.
    bool save(const QString &path, QString *error) const;

    // A change made inside updated(); false (with the error set) leaves the file as it was.
    using Change = std::function<bool(Keystore &keystore, QString *error)>;
    // One read-modify-write of the keystore file, under its lock: waits for the lock, re-reads the
    // file with this keystore's passphrase (a missing file reads as an empty keystore with that
    // passphrase), applies `change`, saves and returns what was saved. What another program wrote
    // meanwhile is kept, not overwritten from this stale copy.
    std::optional<Keystore> updated(const QString &path, const Change &change,
                                    QString *error) const;
    // Saves this keystore as a new file, under the lock; refuses a file that exists already.
    bool saveNew(const QString &path, QString *error) const;

    // An empty passphrase means no encryption.
    void setPassphrase(const QByteArray &passphrase) { m_passphrase = passphrase; }
    bool isEncrypted() const { return !m_passphrase.isEmpty(); }

    const QList<SigningKey> &signingKeys() const { return m_signingKeys; }
    const SigningKey *signingKey(const QString &kid) const;
    // The most recently created active key of that algorithm: the one new tokens use.
    const SigningKey *activeSigningKey(KeyAlgorithm algorithm) const;
    // The key that verifies a token with this kid: any active key, newest or not; never a retired
    // one.
    const SigningKey *verificationKey(const QString &kid) const;
    // Refuses a kid already in use and a key whose material does not fit its algorithm.
    bool addSigningKey(const SigningKey &key, QString *error);

    // A fresh active key with a random kid, from OpenSSL's CSPRNG.
    static std::optional<SigningKey> generateSigningKey(KeyAlgorithm algorithm, QString *error);
    // Generates and adds a key; it becomes the newest active key of its algorithm.
    const SigningKey *createSigningKey(KeyAlgorithm algorithm, QString *error);
    // Like createSigningKey, for an algorithm that already has an active key: the older keys stay
    // active, so tokens they signed keep verifying until they are retired.
    const SigningKey *rotate(KeyAlgorithm algorithm, QString *error);
    // The key no longer signs nor verifies. Retiring a retired key changes nothing.
    bool retire(const QString &kid, QString *error);

    const QList<StoredSecret> &secrets() const { return m_secrets; }
    const StoredSecret *secret(const QString &id) const;
    // Adds the secret, or replaces the one with the same id.
    void setSecret(const StoredSecret &secret);
    bool removeSecret(const QString &id);

    // The embed server's API keys (DESIGN §7), revoked ones included: a revoked id is never reused
    // and stays listed with when it was revoked.
    const QList<ApiKey> &apiKeys() const { return m_apiKeys; }
    const ApiKey *apiKey(const QString &id) const;
    // Generates a key (id and secret), adds it, returns the key and the plaintext secret: the only
    // time anyone sees it, for the keystore keeps only its hash.
    std::optional<std::pair<ApiKey, QByteArray>> createApiKey(const QString &name, QString *error);
    // The key no longer authenticates. Revoking a revoked key changes nothing; an unknown id is
    // false with the error set.
    bool revokeApiKey(const QString &id, QString *error);
    // The active key with that id whose secret matches, else nullptr. An unknown id costs the
    // same hash and comparison as a known one, so timing tells nothing about which ids exist.
    const ApiKey *authenticateApiKey(QStringView id, QByteArrayView secret) const;

    bool operator==(const Keystore &) const = default;

private:
    static std::optional<Keystore> fromJson(const nlohmann::ordered_json &json, QString *error);

    QList<SigningKey> m_signingKeys;
    QList<StoredSecret> m_secrets;
    QList<ApiKey> m_apiKeys;
    QByteArray m_passphrase;
};

} // namespace Dashwright
