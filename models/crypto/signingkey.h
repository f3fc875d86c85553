// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <nlohmann/json.hpp>

#include <optional>

namespace Dashwright {

// The JOSE algorithms a key is made for (RFC 7518 names). A key is used with its algorithm only:
// a verifier never lets a token's header pick another one (RFC 8725 §2.1).
enum class KeyAlgorithm { HS256, HS384, HS512, ES256, EdDSA, A256GCM };

QString keyAlgorithmName(KeyAlgorithm algorithm);
std::optional<KeyAlgorithm> keyAlgorithmFromName(QStringView name);
// HMAC and AES keys are one random secret; the others are key pairs kept as a private JWK.
bool isSymmetric(KeyAlgorithm algorithm);
// The secret's length in bytes for a symmetric algorithm (the hash size for HMAC, RFC 7518 §3.2).
int secretLength(KeyAlgorithm algorithm);

// A signing or sealing key as the keystore holds it, identified in tokens by its kid.
// Its implicit moves and destructor throw nothing; clang-tidy 14 reports them through
// its members' inline code.
// NOLINTNEXTLINE(bugprone-exception-escape)
struct SigningKey
{
    enum class Status { Active, Retired }; // a retired key no longer signs nor verifies

    QString kid;
    KeyAlgorithm algorithm = KeyAlgorithm::HS256;
    QDateTime created; // UTC
    Status status = Status::Active;
    QByteArray secret;                 // symmetric algorithms: the raw key bytes
    nlohmann::ordered_json privateJwk; // key pairs: the private key as a JWK; null otherwise

    bool operator==(const SigningKey &) const = default;
};

} // namespace Dashwright
