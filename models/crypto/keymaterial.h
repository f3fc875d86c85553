// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signingkey.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <vector>

typedef struct evp_pkey_st EVP_PKEY;
typedef struct evp_mac_ctx_st EVP_MAC_CTX;
typedef struct evp_pkey_ctx_st EVP_PKEY_CTX;

namespace Dashwright {

// One usable key: the raw secret of an HMAC or AES key, or an OpenSSL EVP_PKEY for ES256 (P-256)
// and EdDSA (Ed25519), with its kid and algorithm. Converts to and from JWK (RFC 7517/7518/8037)
// and to the keystore's SigningKey. Move-only: it owns the EVP_PKEY.
class KeyMaterial
{
public:
    KeyMaterial();
    ~KeyMaterial();
    KeyMaterial(KeyMaterial &&) noexcept;
    KeyMaterial &operator=(KeyMaterial &&) noexcept;
    KeyMaterial(const KeyMaterial &) = delete;
    KeyMaterial &operator=(const KeyMaterial &) = delete;

    // A fresh key from OpenSSL's CSPRNG, with a random kid.
    static std::optional<KeyMaterial> generate(KeyAlgorithm algorithm, QString *error);
    static std::optional<KeyMaterial> fromSigningKey(const SigningKey &key, QString *error);
    // A JWK with "kty" oct, EC (crv P-256) or OKP (crv Ed25519), public or private; "alg" must name
    // an algorithm Dashwright implements and fit the key type.
    static std::optional<KeyMaterial> fromJwk(const nlohmann::ordered_json &jwk, QString *error);
    // A JWK set {"keys": [...]}: every key must import, kids must be unique (a kid names one key),
    // and the set is all public or all private: a set mixing them is a mistake (Wycheproof's
    // MixedKeySet) that would let a private key be published or a public one be trusted to sign.
    static std::optional<std::vector<KeyMaterial>> fromJwks(const nlohmann::ordered_json &jwks,
                                                            QString *error);

    // With "kid", "alg", "use"; private members only when asked (and never for a public-only key).
    nlohmann::ordered_json toJwk(bool includePrivate) const;
    SigningKey toSigningKey() const; // status Active, created now (UTC, whole seconds)

    QString kid() const;
    KeyAlgorithm algorithm() const;
    bool isSymmetric() const;
    bool hasPrivate() const;          // symmetric keys always do
    const QByteArray &secret() const; // symmetric keys only
    EVP_PKEY *pkey() const;           // asymmetric keys only; owned by this object
    // HMAC keys only: a context initialised with the secret, which signers duplicate rather than
    // re-keying HMAC (and re-fetching it) for every token. Owned by this object; never modified.
    const EVP_MAC_CTX *hmacContext() const;
    // ES256 only: contexts initialised once for signing (private keys; else null) and verifying a
    // SHA-256 digest, which signers duplicate: OpenSSL 3 fetches the ECDSA implementation on every
    // initialisation (DESIGN §8). Owned by this object; never modified.
    EVP_PKEY_CTX *ecdsaContext(bool sign) const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

// {"keys": [...]} of the public halves of the keys that verify tokens (RFC 7517 §5). nullopt, with
// the error naming it, when such a key's material is damaged: a JWKS that silently lacks a key
// makes every token it signed fail at the integrator's end, far from the cause.
std::optional<nlohmann::ordered_json> publicJwks(const QList<SigningKey> &keys, QString *error);

} // namespace Dashwright
