// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <utility>

namespace Dashwright {

// An API key of the embed server (DESIGN §7: HTTP Basic on POST /api/v1/authorizations, the id as
// the user and the secret as the password). The keystore keeps only a hash of the secret; the
// secret itself is shown once, when the key is made, and never stored, logged or printed again.
//
// The secret is 32 bytes from OpenSSL's CSPRNG, handed out as its 43-character base64url text;
// that text is what a client presents and what matches() hashes. With 256 bits of entropy no
// guess and no precomputed table gets anywhere near it, so one SHA-256 is the right storage:
// password stretching (scrypt, Argon2) exists to protect low-entropy human passwords and would
// only slow down every authorization here.
struct ApiKey
{
    static constexpr qsizetype secretBytes = 32;
    static constexpr qsizetype hashBytes = 32;    // SHA-256
    static constexpr qsizetype maximumName = 200; // characters

    QString id;            // "dwk_" + 16 lowercase hex characters; public
    QString name;          // a label the user chose ("demo", "backend-eu"); may be empty
    QByteArray secretHash; // SHA-256 of the secret text (raw bytes; base64url in the file)
    QDateTime created;     // UTC, whole seconds
    bool revoked = false;
    QDateTime revokedAt; // UTC, whole seconds; invalid unless revoked

    // Constant-time comparison (CRYPTO_memcmp) of SHA-256(secret) with secretHash. Never true for
    // a revoked key.
    bool matches(QByteArrayView secret) const;
    bool operator==(const ApiKey &) const = default;

    // SHA-256 of a secret, as secretHash holds it.
    static QByteArray hashSecret(QByteArrayView secret);
    // Whether `id` has the form generate() gives ids.
    static bool isValidId(QStringView id);
    // Empty is fine; control characters and names past maximumName characters are not (they end
    // up in listings and logs). The error says why.
    static bool checkName(const QString &name, QString *error);

    // A new active key named `name` with a random id, and its secret text (the only copy).
    static std::optional<std::pair<ApiKey, QByteArray>> generate(const QString &name,
                                                                 QString *error);

    // The keystore's JSON for a key: {"id", "name", "secret_sha256", "created", "revoked_at"}
    // (revoked_at null while active). fromJson is strict: every member required, no other member,
    // the id of the form above, a 32-byte canonical base64url hash, ISO 8601 UTC dates. Errors
    // start with `path` (e.g. "api_keys[2].id: …").
    nlohmann::ordered_json toJson() const;
    static std::optional<ApiKey> fromJson(const nlohmann::ordered_json &json, const QString &path,
                                          QString *error);
};

} // namespace Dashwright
