// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/json.h"
#include "tokenservice.h"

#include "crypto/base64url.h"
#include "crypto/jwe.h"
#include "crypto/jws.h"
#include "document/claimsvalidator.h"
#include "document/project.h"

#include <openssl/rand.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dashwright {

namespace {

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

// The claims the issuer sets itself; values the caller passed under these names are replaced.
constexpr const char *registeredClaims[] = {"iss", "aud", "sub", "iat", "nbf", "exp", "jti"};

QString subject(const Json &claims)
{
    for (const char *name : {"suborganization", "username"}) {
        const auto it = claims.find(name);
        if (it != claims.end() && it->is_string() && !it->get_ref<const std::string &>().empty())
            return QString::fromStdString(it->get<std::string>());
    }
    return u"anonymous"_s;
}

const SigningKey *chooseSigningKey(const Keystore &keystore, const QString &kid, QString *error)
{
    if (!kid.isEmpty()) {
        const SigningKey *key = keystore.signingKey(kid);
        if (!key)
            fail(error, u"no key with kid \"%1\" in the keystore"_s.arg(kid));
        else if (key->status != SigningKey::Status::Active)
            fail(error, u"the key \"%1\" is retired"_s.arg(kid));
        else if (key->algorithm == KeyAlgorithm::A256GCM)
            fail(error,
                 u"the key \"%1\" is an A256GCM sealing key; tokens are signed with HS*, ES256 or EdDSA"_s
                         .arg(kid));
        else
            return key;
        return nullptr;
    }
    for (KeyAlgorithm algorithm : {KeyAlgorithm::HS256, KeyAlgorithm::HS384, KeyAlgorithm::HS512,
                                   KeyAlgorithm::ES256, KeyAlgorithm::EdDSA}) {
        if (const SigningKey *key = keystore.activeSigningKey(algorithm))
            return key;
    }
    fail(error, u"the keystore has no active signing key"_s);
    return nullptr;
}

const SigningKey *chooseSealingKey(const Keystore &keystore, const QString &kid, QString *error)
{
    if (kid.isEmpty()) {
        if (const SigningKey *key = keystore.activeSigningKey(KeyAlgorithm::A256GCM))
            return key;
        fail(error, u"the keystore has no active A256GCM key for sealed tokens"_s);
        return nullptr;
    }
    const SigningKey *key = keystore.signingKey(kid);
    if (!key)
        fail(error, u"no key with kid \"%1\" in the keystore"_s.arg(kid));
    else if (key->status != SigningKey::Status::Active)
        fail(error, u"the key \"%1\" is retired"_s.arg(kid));
    else if (key->algorithm != KeyAlgorithm::A256GCM)
        fail(error, u"the key \"%1\" is not an A256GCM key"_s.arg(kid));
    else
        return key;
    return nullptr;
}

} // namespace

const SigningKey *TokenIssuer::signingKey(const Keystore &keystore, const QString &kid,
                                          QString *error)
{
    return chooseSigningKey(keystore, kid, error);
}

const SigningKey *TokenIssuer::sealingKey(const Keystore &keystore, const QString &kid,
                                          QString *error)
{
    return chooseSealingKey(keystore, kid, error);
}

std::optional<QByteArray> TokenIssuer::issue(const Json &claims, const Project &project,
                                             const Keystore &keystore, const Options &options,
                                             QString *error)
{
    const SigningKey *signingKey = chooseSigningKey(keystore, options.kid, error);
    if (!signingKey)
        return std::nullopt;
    const SigningKey *sealingKey = nullptr;
    if (options.sealed) {
        sealingKey = chooseSealingKey(keystore, options.sealingKid, error);
        if (!sealingKey)
            return std::nullopt;
    }
    const auto signer = KeyMaterial::fromSigningKey(*signingKey, error);
    if (!signer)
        return std::nullopt;
    std::optional<KeyMaterial> sealer;
    if (sealingKey) {
        sealer = KeyMaterial::fromSigningKey(*sealingKey, error);
        if (!sealer)
            return std::nullopt;
    }
    return issue(claims, project, *signer, sealer ? &*sealer : nullptr, options, error);
}

std::optional<QByteArray> TokenIssuer::issue(const Json &claims, const Project &project,
                                             const KeyMaterial &signingKey,
                                             const KeyMaterial *sealingKey, const Options &options,
                                             QString *error)
{
    if (!claims.is_object()) {
        fail(error, u"the claims are not a JSON object"_s);
        return std::nullopt;
    }
    if (options.sealed && !sealingKey) {
        fail(error, u"a sealed token needs an A256GCM key"_s);
        return std::nullopt;
    }
    // A signed token is readable by the page: credentials go only into sealed ones (the
    // validator's message says so).
    const Problems problems = ClaimsValidator::validate(
            claims, project, u"claims"_s,
            options.sealed ? ClaimsValidator::Secrets::Allow : ClaimsValidator::Secrets::Refuse);
    if (!problems.isEmpty()) {
        fail(error, problems.constFirst().toString());
        return std::nullopt;
    }
    if (options.expiresInSeconds <= 0
        || options.expiresInSeconds > TokenVerifier::maximumLifetime) {
        fail(error,
             u"a token lives between 1 second and %1 seconds"_s.arg(
                     TokenVerifier::maximumLifetime));
        return std::nullopt;
    }
    const qint64 now = (options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc())
                               .toSecsSinceEpoch();
    qint64 exp = now + options.expiresInSeconds;
    if (const auto expiry = claims.find("expiry"); expiry != claims.end() && expiry->is_string()) {
        const QDateTime until = QDateTime::fromString(
                QString::fromStdString(expiry->get<std::string>()), Qt::ISODateWithMs);
        const qint64 untilSeconds = until.toSecsSinceEpoch();
        if (untilSeconds <= now) {
            fail(error, u"claims.expiry: %1 has passed"_s.arg(until.toUTC().toString(Qt::ISODate)));
            return std::nullopt;
        }
        exp = std::min(exp, untilSeconds);
    }

    QByteArray jti(16, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(jti.data()), int(jti.size())) != 1) {
        fail(error, u"the random number generator failed"_s);
        return std::nullopt;
    }

    Json payload = claims;
    for (const char *name : registeredClaims)
        payload.erase(name);
    payload["iss"] = "dashwright:" + project.id.toStdString();
    payload["aud"] = "dashwright-embed";
    payload["sub"] = subject(claims).toStdString();
    payload["iat"] = now;
    payload["nbf"] = now;
    payload["exp"] = exp;
    payload["jti"] = Base64Url::encode(jti).toStdString();

    const Json header = {{"alg", keyAlgorithmName(signingKey.algorithm()).toStdString()},
                         {"typ", "JWT"},
                         {"kid", signingKey.kid().toStdString()}};
    const std::string payloadText = payload.dump();
    auto jws = Jws::signWithHeader(
            header, QByteArrayView(payloadText.data(), qsizetype(payloadText.size())), signingKey,
            error);
    if (!jws || !options.sealed)
        return jws;

    // Nested JWT (RFC 7519 §5.2): the signed token is the plaintext, "cty": "JWT" says so.
    const Json sealedHeader = {{"alg", "dir"},
                               {"enc", "A256GCM"},
                               {"cty", "JWT"},
                               {"kid", sealingKey->kid().toStdString()}};
    const std::string sealedText = sealedHeader.dump();
    return Jwe::encrypt(QByteArrayView(sealedText.data(), qsizetype(sealedText.size())), *jws,
                        *sealingKey, error);
}

} // namespace Dashwright
