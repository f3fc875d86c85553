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

// JWE compact serialization (RFC 7516) with the one combination sealed tokens use: "alg": "dir"
// (the A256GCM key from the keystore is the content key) and "enc": "A256GCM" with a 96-bit random
// IV, a 128-bit tag and the protected header's base64url text as additional authenticated data.
class Jwe
{
public:
    static constexpr int ivLength = 12;
    static constexpr int tagLength = 16;

    // Its implicit moves and destructor throw nothing; clang-tidy 14 reports them through
    // its members' inline code.
    // NOLINTNEXTLINE(bugprone-exception-escape)
    struct Parsed
    {
        nlohmann::ordered_json header;
        QString kid;
        QByteArray aad; // the protected header's base64url, as received
        QByteArray iv;
        QByteArray ciphertext;
        QByteArray tag;
    };

    // Exactly five segments, strict base64url, an empty encrypted key, a header without duplicate
    // names, alg "dir", enc "A256GCM", no "zip" and no "crit". Does not decrypt.
    static std::optional<Parsed> parse(QByteArrayView compact, QString *error);
    // The key must be an A256GCM key; a wrong key and a changed byte both fail the tag check.
    static std::optional<QByteArray> decrypt(const Parsed &jwe, const KeyMaterial &key,
                                             QString *error);

    // The header (its bytes as given) must say alg dir and enc A256GCM; the IV is fresh and random.
    static std::optional<QByteArray> encrypt(QByteArrayView headerJson, QByteArrayView plaintext,
                                             const KeyMaterial &key, QString *error);
    // With a given IV: for conformance vectors only. Reusing an IV under one key breaks GCM.
    static std::optional<QByteArray> encryptWithIv(QByteArrayView headerJson,
                                                   QByteArrayView plaintext, const KeyMaterial &key,
                                                   QByteArrayView iv, QString *error);
};

} // namespace Dashwright
