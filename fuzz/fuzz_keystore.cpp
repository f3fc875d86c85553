// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The keystore reader: Keystore::read of the plain JSON and, for an encrypted envelope, with the
// passphrase the committed encrypted seed was sealed with ("fuzz", at scrypt's lowest cost). A
// keystore that reads must write a file that reads back as the same keystore, and its keys must
// import (or be refused with an error, never crash) and publish as a JWKS.
#include "common/fuzzsupport.h"

#include "common/strictjson.h"
#include "crypto/keymaterial.h"
#include "crypto/keystore.h"

using namespace Dashwright;

namespace {

// scrypt at the cost a file asks for (up to N = 2^20, 256 MiB) takes seconds an input; the
// reader's bound on it is tested in tst_keystore_encryption. Here only cheap envelopes open, so
// that the fuzzer spends its time on the parsing around the KDF.
bool cheapEnvelope(QByteArrayView text)
{
    const auto json = parseStrictJson(text, nullptr);
    if (!json || !json->is_object())
        return true; // read() refuses it before any KDF
    const auto encryption = json->find("encryption");
    if (encryption == json->end() || !encryption->is_object())
        return true;
    const auto cost = [&](const char *name) {
        const auto it = encryption->find(name);
        return it != encryption->end() && it->is_number_unsigned() ? it->get<quint64>()
                                                                   : quint64(0);
    };
    return cost("n") <= 1024 && cost("r") <= 8 && cost("p") <= 2;
}

void exercise(const Keystore &keystore)
{
    QString error;
    const QByteArray written = keystore.write();
    const auto again = Keystore::read(written, &error);
    Fuzz::require(again.has_value(), "a keystore that reads writes a readable file");
    Fuzz::require(again->signingKeys() == keystore.signingKeys()
                          && again->secrets() == keystore.secrets()
                          && again->apiKeys() == keystore.apiKeys(),
                  "a keystore reads back as itself");
    for (const SigningKey &key : keystore.signingKeys()) {
        keystore.verificationKey(key.kid);
        if (const auto material = KeyMaterial::fromSigningKey(key, &error))
            material->toJwk(false);
    }
    publicJwks(keystore.signingKeys(), &error);
    keystore.authenticateApiKey(u"dwk_fb60f1a154ca7b6b", "secret");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    QString error;
    if (const auto keystore = Keystore::read(input, &error))
        exercise(*keystore);
    if (Keystore::isEncrypted(input) && cheapEnvelope(input)) {
        if (const auto keystore = Keystore::read(input, "fuzz", &error))
            exercise(*keystore);
    }
    return 0;
}
