// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/json.h"
#include "crypto/jws.h"
#include "crypto/keymaterial.h"
#include "crypto/keystore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;

namespace {

// RFC 7515 Appendix A.3 (P-256) and RFC 8037 Appendix A (Ed25519).
const Json rfcEcKey = {{"kty", "EC"},
                       {"crv", "P-256"},
                       {"x", "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"},
                       {"y", "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"},
                       {"d", "jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"},
                       {"alg", "ES256"},
                       {"kid", "rfc7515"}};
const Json rfcEdKey = {{"kty", "OKP"},
                       {"crv", "Ed25519"},
                       {"d", "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"},
                       {"x", "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"},
                       {"alg", "EdDSA"},
                       {"kid", "rfc8037"}};
const Json hsKey = {{"kty", "oct"},
                    {"k", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"},
                    {"alg", "HS256"},
                    {"kid", "hs"}};

Json with(Json jwk, const char *name, const Json &value)
{
    jwk[name] = value;
    return jwk;
}

Json without(Json jwk, const char *name)
{
    jwk.erase(name);
    return jwk;
}

} // namespace

class TestKeyMaterial : public QObject
{
    Q_OBJECT

private slots:
    void generate_data()
    {
        QTest::addColumn<KeyAlgorithm>("algorithm");
        QTest::addColumn<QString>("kty");
        for (auto [algorithm, kty] : {std::pair{KeyAlgorithm::HS256, "oct"},
                                      {KeyAlgorithm::HS384, "oct"},
                                      {KeyAlgorithm::HS512, "oct"},
                                      {KeyAlgorithm::ES256, "EC"},
                                      {KeyAlgorithm::EdDSA, "OKP"},
                                      {KeyAlgorithm::A256GCM, "oct"}})
            QTest::newRow(qPrintable(keyAlgorithmName(algorithm)))
                    << algorithm << QString::fromLatin1(kty);
    }

    void generate()
    {
        QFETCH(KeyAlgorithm, algorithm);
        QFETCH(QString, kty);
        QString error;
        const auto a = KeyMaterial::generate(algorithm, &error);
        const auto b = KeyMaterial::generate(algorithm, &error);
        QVERIFY2(a && b, qPrintable(error));
        QCOMPARE(a->algorithm(), algorithm);
        QVERIFY(a->hasPrivate());
        QCOMPARE(a->kid().size(), 16);
        QVERIFY(a->kid() != b->kid());
        QVERIFY(a->toJwk(true) != b->toJwk(true));

        const Json jwk = a->toJwk(true);
        QVERIFY(QString::fromStdString(jwk["kty"].get<std::string>()) == kty);
        QVERIFY(jwk["alg"] == keyAlgorithmName(algorithm).toStdString());
        QVERIFY(jwk["use"] == (algorithm == KeyAlgorithm::A256GCM ? "enc" : "sig"));
        if (a->isSymmetric())
            QCOMPARE(a->secret().size(), secretLength(algorithm));

        // JWK round trip: the same key, byte for byte.
        const auto back = KeyMaterial::fromJwk(jwk, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(back->toJwk(true) == jwk);
        QCOMPARE(back->kid(), a->kid());

        // Keystore round trip.
        const SigningKey stored = a->toSigningKey();
        QCOMPARE(stored.kid, a->kid());
        QCOMPARE(stored.status, SigningKey::Status::Active);
        Keystore keystore;
        QVERIFY2(keystore.addSigningKey(stored, &error), qPrintable(error));
        const auto reloaded = Keystore::read(keystore.write(), &error);
        QVERIFY2(reloaded, qPrintable(error));
        const auto fromStore
                = KeyMaterial::fromSigningKey(reloaded->signingKeys().constFirst(), &error);
        QVERIFY2(fromStore, qPrintable(error));
        QVERIFY(fromStore->toJwk(true) == jwk);

        if (algorithm == KeyAlgorithm::A256GCM)
            return;
        // A signature made with the key verifies with the round-tripped public half.
        const QByteArray header = "{\"alg\":\"" + keyAlgorithmName(algorithm).toLatin1() + "\"}";
        const auto token = Jws::sign(header, "payload", *a, &error);
        QVERIFY2(token, qPrintable(error));
        const auto parsed = Jws::parse(*token, &error);
        QVERIFY2(parsed && Jws::verify(*parsed, *a, &error), qPrintable(error));
        if (a->isSymmetric())
            return;
        const auto verifier = KeyMaterial::fromJwk(a->toJwk(false), &error);
        QVERIFY2(verifier, qPrintable(error));
        QVERIFY2(Jws::verify(*parsed, *verifier, &error), qPrintable(error));
    }

    void publicHalf()
    {
        QString error;
        for (const Json &jwk : {rfcEcKey, rfcEdKey}) {
            const auto key = KeyMaterial::fromJwk(jwk, &error);
            QVERIFY2(key, qPrintable(error));
            QVERIFY(key->hasPrivate());
            QVERIFY(key->toJwk(true)["d"] == jwk["d"]);
            const Json publicJwk = key->toJwk(false);
            QVERIFY(!publicJwk.contains("d"));
            QVERIFY(publicJwk["x"] == jwk["x"]);

            // Public only: verifies, never signs, never exports a private member.
            const auto publicKey = KeyMaterial::fromJwk(publicJwk, &error);
            QVERIFY2(publicKey, qPrintable(error));
            QVERIFY(!publicKey->hasPrivate());
            QVERIFY(!publicKey->toJwk(true).contains("d"));
            QVERIFY(!Jws::signature("input", *publicKey, &error));
            QVERIFY(error.contains(u"public only"_s));
        }
        // A symmetric key's public JWK carries no secret.
        const auto hs = KeyMaterial::fromJwk(hsKey, &error);
        QVERIFY2(hs, qPrintable(error));
        QVERIFY(!hs->toJwk(false).contains("k"));
    }

    void refused_data()
    {
        QTest::addColumn<Json>("jwk");
        QTest::addColumn<QString>("why");
        QTest::newRow("not an object") << Json::array() << u"object"_s;
        QTest::newRow("no alg") << without(rfcEcKey, "alg") << u"no \"alg\""_s;
        QTest::newRow("alg none") << with(hsKey, "alg", "none")
                                  << u"not one Dashwright implements"_s;
        QTest::newRow("alg RS256")
                << with(rfcEcKey, "alg", "RS256") << u"not one Dashwright implements"_s;
        QTest::newRow("alg ES512")
                << with(rfcEcKey, "alg", "ES512") << u"not one Dashwright implements"_s;
        QTest::newRow("alg ES224 on P-256")
                << with(rfcEcKey, "alg", "ES224") << u"not one Dashwright implements"_s;
        QTest::newRow("EC key as HS256") << with(rfcEcKey, "alg", "HS256") << u"\"kty\": \"oct\""_s;
        QTest::newRow("EC key as EdDSA") << with(rfcEcKey, "alg", "EdDSA") << u"\"kty\": \"OKP\""_s;
        QTest::newRow("OKP key as ES256") << with(rfcEdKey, "alg", "ES256") << u"\"kty\": \"EC\""_s;
        QTest::newRow("oct key as ES256") << with(hsKey, "alg", "ES256") << u"\"kty\": \"EC\""_s;
        QTest::newRow("kty RSA") << with(rfcEcKey, "kty", "RSA") << u"\"kty\": \"EC\""_s;
        QTest::newRow("crv P-384") << with(rfcEcKey, "crv", "P-384") << u"\"crv\": \"P-256\""_s;
        QTest::newRow("crv X25519") << with(rfcEdKey, "crv", "X25519") << u"\"crv\": \"Ed25519\""_s;
        QTest::newRow("crv Ed448") << with(rfcEdKey, "crv", "Ed448") << u"\"crv\": \"Ed25519\""_s;
        QTest::newRow("no crv") << without(rfcEcKey, "crv") << u"\"crv\""_s;
        QTest::newRow("no x") << without(rfcEcKey, "x") << u"no \"x\""_s;
        QTest::newRow("no y") << without(rfcEcKey, "y") << u"no \"y\""_s;
        QTest::newRow("short x") << with(rfcEcKey, "x",
                                         "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVA")
                                 << u"32 bytes"_s;
        QTest::newRow("padded x") << with(rfcEcKey, "x",
                                          "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU=")
                                  << u"base64url"_s;
        QTest::newRow("point off the curve")
                << with(without(rfcEcKey, "d"), "y", "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a4")
                << u"P-256"_s;
        QTest::newRow("EC d of another key")
                << with(rfcEcKey, "d", "yy49oPcINGK2ps0LmtxpB6UTEOiITghHBif6wDqmJ3c")
                << u"does not match"_s;
        QTest::newRow("Ed25519 d of another key")
                << with(rfcEdKey, "d", "yy49oPcINGK2ps0LmtxpB6UTEOiITghHBif6wDqmJ3c")
                << u"does not match"_s;
        QTest::newRow("use enc for ES256") << with(rfcEcKey, "use", "enc") << u"\"use\": \"sig\""_s;
        QTest::newRow("use sig for A256GCM")
                << Json{{"kty", "oct"}, {"alg", "A256GCM"}, {"use", "sig"}, {"k", hsKey["k"]}}
                << u"\"use\": \"enc\""_s;
        QTest::newRow("key_ops encrypt for ES256")
                << with(rfcEcKey, "key_ops", Json::array({"encrypt", "decrypt"})) << u"key_ops"_s;
        QTest::newRow("HS256 key too short")
                << with(hsKey, "k", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHg")
                << u"at least 32 bytes"_s;
        QTest::newRow("HS512 key of 32 bytes")
                << with(hsKey, "alg", "HS512") << u"at least 64 bytes"_s;
        QTest::newRow("empty HS256 key") << with(hsKey, "k", "") << u"at least 32 bytes"_s;
        QTest::newRow("A256GCM key of 31 bytes")
                << Json{{"kty", "oct"},
                        {"alg", "A256GCM"},
                        {"k", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHg"}}
                << u"32 bytes"_s;
        QTest::newRow("k not a string") << with(hsKey, "k", 5) << u"not a string"_s;
        QTest::newRow("kid not a string") << with(hsKey, "kid", 5) << u"kid"_s;
    }

    void refused()
    {
        QFETCH(Json, jwk);
        QFETCH(QString, why);
        QString error;
        QVERIFY(!KeyMaterial::fromJwk(jwk, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
        // Never echo key material.
        for (const char *member : {"k", "d"}) {
            if (jwk.is_object() && jwk.contains(member) && jwk[member].is_string()
                && !jwk[member].get<std::string>().empty())
                QVERIFY(!error.contains(QString::fromStdString(jwk[member].get<std::string>())));
        }
    }

    void longHmacKeyAccepted()
    {
        QString error;
        const auto key = KeyMaterial::fromJwk(with(hsKey, "k",
                                                   "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISI"
                                                   "jJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0-P0A"),
                                              &error);
        QVERIFY2(key, qPrintable(error));
        QCOMPARE(key->secret().size(), 65);
    }

    void fromSigningKeyChecksAlgorithm()
    {
        SigningKey stored;
        stored.kid = u"k"_s;
        stored.algorithm = KeyAlgorithm::EdDSA;
        stored.privateJwk = rfcEcKey; // an ES256 JWK filed as EdDSA
        QString error;
        QVERIFY(!KeyMaterial::fromSigningKey(stored, &error));
        QVERIFY2(error.contains(u"EdDSA"_s), qPrintable(error));
        stored.algorithm = KeyAlgorithm::ES256;
        const auto key = KeyMaterial::fromSigningKey(stored, &error);
        QVERIFY2(key, qPrintable(error));
        QCOMPARE(key->kid(), u"k"_s); // the keystore's kid wins
    }

    void jwks()
    {
        QList<SigningKey> keys;
        for (KeyAlgorithm algorithm :
             {KeyAlgorithm::HS256, KeyAlgorithm::ES256, KeyAlgorithm::EdDSA, KeyAlgorithm::A256GCM,
              KeyAlgorithm::ES256})
            keys.append(KeyMaterial::generate(algorithm, nullptr)->toSigningKey());
        keys.last().status = SigningKey::Status::Retired;
        QString error;
        const Json jwks = publicJwks(keys, &error).value();
        QVERIFY(jwks["keys"].size() == 2u);
        QVERIFY(jwks["keys"][0]["kid"] == keys[1].kid.toStdString());
        QVERIFY(jwks["keys"][1]["kid"] == keys[2].kid.toStdString());
        for (const Json &jwk : jwks["keys"]) {
            QVERIFY(!jwk.contains("d"));
            QVERIFY(!jwk.contains("k"));
            QVERIFY(jwk["use"] == "sig");
        }
    }
};

QTEST_GUILESS_MAIN(TestKeyMaterial)
#include "tst_keymaterial.moc"
