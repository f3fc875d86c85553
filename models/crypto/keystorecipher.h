// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace Dashwright {

// Passphrase encryption of a keystore file: AES-256-GCM under a key derived with scrypt (RFC 7914)
// from the passphrase and a random salt. The file becomes an envelope
//   {"format": "dashwright-keystore", "version": 1,
//    "encryption": {"cipher": "aes-256-gcm", "kdf": "scrypt", "n", "r", "p", "salt", "iv", "tag"},
//    "ciphertext": "…"}
// (binary members base64url) around the plain keystore JSON. A fresh salt and IV on every seal.
class KeystoreCipher
{
public:
    // scrypt cost: N = 2^15, r = 8, p = 1 takes 32 MiB and about 0.1 s here, the interactive
    // setting RFC 7914 §2 suggests.
    struct Cost
    {
        quint64 n = quint64(1) << 15;
        quint64 r = 8;
        quint64 p = 1;
    };

    // The envelope's JSON text for `plaintext`.
    static std::optional<QByteArray> seal(QByteArrayView plaintext, QByteArrayView passphrase,
                                          QString *error);
    static std::optional<QByteArray> seal(QByteArrayView plaintext, QByteArrayView passphrase,
                                          const Cost &cost, QString *error);
    // True when `json` is an envelope (it has "encryption"), whatever its state.
    static bool isEnvelope(const nlohmann::ordered_json &json);
    // The plaintext of an envelope. A wrong passphrase and a damaged file fail alike (GCM cannot
    // tell them apart); malformed members are named.
    static std::optional<QByteArray> open(const nlohmann::ordered_json &envelope,
                                          QByteArrayView passphrase, QString *error);
};

} // namespace Dashwright
