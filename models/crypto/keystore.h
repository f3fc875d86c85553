// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signingkey.h"
#include "storedsecret.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace Dashwright {

// The project's secrets, kept apart from the project file (DESIGN §3, §4): signing and sealing keys
// by kid, account passwords and API keys by id, and the embed server's API keys. Stored as JSON
// ({"format": "dashwright-keystore", "version": 1, …}) in a file only its owner may read.
//
// Version 1 is plain JSON. Passphrase encryption, key pairs (ES256, EdDSA) and rotation come later:
// they add a version, an envelope around this JSON and key generators, without changing this API.
class Keystore
{
public:
    static constexpr int currentVersion = 1;

    // Reads and checks a keystore file. `warnings` receives what is worth telling but not refusing
    // for (a file other users may read).
    static std::optional<Keystore> load(const QString &path, QString *error, QStringList *warnings = nullptr);
    static std::optional<Keystore> read(QByteArrayView json, QString *error);

    QByteArray write() const;
    // Atomic, and the file is never readable by anyone but its owner, not even for a moment.
    bool save(const QString &path, QString *error) const;

    const QList<SigningKey> &signingKeys() const { return m_signingKeys; }
    const SigningKey *signingKey(const QString &kid) const;
    // The most recently created active key of that algorithm: the one new tokens use.
    const SigningKey *activeSigningKey(KeyAlgorithm algorithm) const;
    // Refuses a kid already in use and a key whose material does not fit its algorithm.
    bool addSigningKey(const SigningKey &key, QString *error);

    // A fresh active key with a random kid, from OpenSSL's CSPRNG. Symmetric algorithms only for now.
    static std::optional<SigningKey> generateSigningKey(KeyAlgorithm algorithm, QString *error);

    const QList<StoredSecret> &secrets() const { return m_secrets; }
    const StoredSecret *secret(const QString &id) const;
    // Adds the secret, or replaces the one with the same id.
    void setSecret(const StoredSecret &secret);
    bool removeSecret(const QString &id);

    // The embed server's API keys, kept exactly as read until the server's issue gives them a type.
    const nlohmann::ordered_json &apiKeys() const { return m_apiKeys; }

    bool operator==(const Keystore &) const = default;

private:
    QList<SigningKey> m_signingKeys;
    QList<StoredSecret> m_secrets;
    nlohmann::ordered_json m_apiKeys = nlohmann::ordered_json::array();
};

} // namespace Dashwright
