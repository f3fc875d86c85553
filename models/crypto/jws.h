// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keymaterial.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace Dashwright {

// JWS compact serialization (RFC 7515) for HS256/384/512, ES256 (RFC 7518 §3.4: the raw 64-byte
// R‖S, not DER) and EdDSA over Ed25519 (RFC 8037), written on OpenSSL's EVP primitives: no packaged
// C++ library covers JWS and JWE with EdDSA and the RFC 8725 checks, and these few algorithms are a
// small, testable surface. Strict throughout: three segments, strict base64url, a header without
// duplicate member names, and the signature checked over the bytes received, never re-serialized.
class Jws
{
public:
    // Its implicit moves and destructor throw nothing; clang-tidy 14 reports them through
    // its members' inline code.
    // NOLINTNEXTLINE(bugprone-exception-escape)
    struct Parsed
    {
        nlohmann::ordered_json header;
        QString alg;
        QString kid;             // empty when the header has none
        QByteArray signingInput; // "header.payload" exactly as received
        QByteArray payload;      // decoded
        QByteArray signature;    // decoded
    };

    // Splits and decodes a compact JWS and checks its header: an object with a string "alg" that is
    // not "none", no "crit" (Dashwright understands no extension, so any is unknown: RFC 7515
    // §4.1.11), and no embedded or referenced key ("jwk", "jku", "x5u", "x5c": keys come from the
    // keystore only). Does not check the signature.
    static std::optional<Parsed> parse(QByteArrayView compact, QString *error);

    // The header's alg must be the one the key was made for (RFC 8725 §3.1), then the signature
    // must verify: a MAC compared in constant time, an ECDSA signature of exactly 64 bytes.
    static bool verify(const Parsed &jws, const KeyMaterial &key, QString *error);

    // header.payload.signature over the header's bytes as given (which must name the key's alg).
    static std::optional<QByteArray> sign(QByteArrayView headerJson, QByteArrayView payload,
                                          const KeyMaterial &key, QString *error);
    // The same for a header built in code: its "alg" is checked without re-parsing, then it is
    // serialized compactly (the issuer's path).
    static std::optional<QByteArray> signWithHeader(const nlohmann::ordered_json &header,
                                                    QByteArrayView payload, const KeyMaterial &key,
                                                    QString *error);
    // The raw JWS signature of signingInput (for ES256 the 64-byte R‖S). Needs a private key.
    static std::optional<QByteArray> signature(QByteArrayView signingInput, const KeyMaterial &key,
                                               QString *error);

private:
    static std::optional<QByteArray> signCompact(QByteArrayView headerJson, QByteArrayView payload,
                                                 const KeyMaterial &key, QString *error);
};

} // namespace Dashwright
