// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/keymaterial.h"
#include "crypto/keystore.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <optional>

namespace Dashwright {

struct Project;

// Mints Dashwright tokens (DESIGN §6): a JWS compact serialization of the authorization claims plus
// iss "dashwright:<project id>", aud "dashwright-embed", sub, iat, nbf, exp and jti; sealed: that
// JWS as the plaintext of a JWE (alg dir, enc A256GCM, cty JWT).
class TokenIssuer
{
public:
    struct Options
    {
        QString kid;        // empty: the newest active signing key (HS256 first, then ES256, EdDSA)
        QString sealingKid; // sealed only; empty: the newest active A256GCM key
        bool sealed = false;
        qint64 expiresInSeconds = 3600; // bounded by TokenVerifier::maximumLifetime
        QDateTime now;                  // empty: the current time
    };

    // The key issue() signs with for `kid` (empty: the newest active HS256, then HS384, HS512,
    // ES256, EdDSA key) and the one it seals with; nullptr with the error set when there is none,
    // or when `kid` names a retired key or one of the other kind. The snippets name the same key.
    static const SigningKey *signingKey(const Keystore &keystore, const QString &kid,
                                        QString *error);
    static const SigningKey *sealingKey(const Keystore &keystore, const QString &kid,
                                        QString *error);

    // Validates the claims against the project first (ClaimsValidator; credentials in a signed
    // token are refused with advice to use a sealed one). The error names the problem.
    static std::optional<QByteArray> issue(const nlohmann::ordered_json &claims,
                                           const Project &project, const Keystore &keystore,
                                           const Options &options, QString *error);
    // The same with the keys already loaded (a server minting many tokens imports them once);
    // sealingKey is used when options.sealed is set. kid and sealingKid of options are ignored.
    static std::optional<QByteArray> issue(const nlohmann::ordered_json &claims,
                                           const Project &project, const KeyMaterial &signingKey,
                                           const KeyMaterial *sealingKey, const Options &options,
                                           QString *error);
};

// Its implicit moves and destructor throw nothing; clang-tidy 14 reports them through
// its members' inline code.
// NOLINTNEXTLINE(bugprone-exception-escape)
struct VerifiedToken
{
    nlohmann::ordered_json header; // of the JWS
    nlohmann::ordered_json claims; // all of them, registered ones included
    bool sealed = false;
    QString kid;
    QDateTime expires;
};

// Verifies a token per RFC 8725 and DESIGN §6, strictly: compact form, algorithm of the key, active
// kid, signature over the bytes received, exp/nbf/iat, iss and aud. The error says exactly why it
// failed ("expired at 2026-11-23T10:00:00Z", "unknown kid …", …). The authorization claims inside
// are not this class's business: Viewer::token() verifies with it and then validates them against
// the project, once. So never grant anything from a VerifiedToken's claims directly (the embed
// server included): make the Viewer, and resolve through it.
class TokenVerifier
{
public:
    static constexpr qsizetype maximumSize = qsizetype(16) * 1024;
    static constexpr qint64 maximumLifetime = qint64(24) * 3600; // exp - iat (or exp - now)
    static constexpr qint64 leewaySeconds = 60;

    TokenVerifier(const Project &project, const Keystore &keystore);

    // For conformance tests at the vectors' time.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;

    // Whether a token past its exp still passes. Ignore serves revocation alone (`dashwright token
    // revoke` takes the jti of an authentic token, expired or not); everything else is as strict.
    // Never grant anything from a token verified that way.
    enum class Expiry { Enforce, Ignore };
    // `expired`, when given, is set when the token failed only because its exp has passed: the
    // embed server answers that with token_expired, so that the page fetches a new token rather
    // than giving up.
    std::optional<VerifiedToken> verify(QByteArrayView token, QString *error,
                                        Expiry expiry = Expiry::Enforce,
                                        bool *expired = nullptr) const;

private:
    // The active key of that kid, imported once; errors for unknown and retired kids.
    std::shared_ptr<const KeyMaterial> key(const QString &kid, QString *error) const;

    const Project &m_project;
    const Keystore &m_keystore;
    std::function<QDateTime()> m_clock;
    // Keys imported from the keystore once, by kid (an EC import checks the point, which costs
    // more than a verification); shared so that copies of a verifier share it, and thread-safe.
    struct KeyCache;
    std::shared_ptr<KeyCache> m_keys;
};

} // namespace Dashwright
