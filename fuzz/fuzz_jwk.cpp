// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// JWK and JWKS import (keys an integrator pastes or a file holds): strict JSON, then
// KeyMaterial::fromJwk and fromJwks. A key that imports must export, survive the keystore's form
// (SigningKey) and back, and, when it has a private half, sign a message that it then verifies.
#include "common/fuzzsupport.h"

#include "common/strictjson.h"
#include "crypto/jws.h"
#include "crypto/keymaterial.h"

using namespace Dashwright;

namespace {

void exercise(const KeyMaterial &key)
{
    const nlohmann::ordered_json publicJwk = key.toJwk(false);
    const nlohmann::ordered_json privateJwk = key.toJwk(true);
    QString error;
    // The exported JWK is what `keys export` publishes: it must import again.
    Fuzz::require(KeyMaterial::fromJwk(privateJwk, &error).has_value(),
                  "an imported key's JWK imports again");
    // A symmetric key has no public half to publish.
    if (!key.isSymmetric())
        Fuzz::require(KeyMaterial::fromJwk(publicJwk, &error).has_value(),
                      "an imported key's public JWK imports again");
    if (!key.hasPrivate())
        return;
    const auto again = KeyMaterial::fromSigningKey(key.toSigningKey(), &error);
    Fuzz::require(again.has_value(), "a private key survives the keystore's form");
    Fuzz::require(again->toJwk(true) == privateJwk, "the keystore's form keeps the key as it was");
    if (key.algorithm() == KeyAlgorithm::A256GCM)
        return;
    const nlohmann::ordered_json header{{"alg", keyAlgorithmName(key.algorithm()).toStdString()},
                                        {"typ", "JWT"}};
    const auto token = Jws::signWithHeader(header, "{\"sub\":\"fuzz\"}", key, &error);
    Fuzz::require(token.has_value(), "a private key signs");
    const auto parsed = Jws::parse(*token, &error);
    Fuzz::require(parsed.has_value() && Jws::verify(*parsed, key, &error),
                  "a key verifies its own signature");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto json = parseStrictJson(Fuzz::bytes(data, size), &error);
    if (!json)
        return 0;
    if (auto key = KeyMaterial::fromJwk(*json, &error))
        exercise(*key);
    if (auto set = KeyMaterial::fromJwks(*json, &error)) {
        for (const KeyMaterial &key : *set)
            exercise(key);
    }
    return 0;
}
