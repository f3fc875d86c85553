// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/json.h"
#include "crypto/base64url.h"
#include "crypto/jws.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;

namespace {

// RFC 7515 Appendix A.1: the header and payload contain CRLF, so a verifier that re-serializes
// them computes another MAC.
const QByteArray a1Header = "{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}";
const QByteArray a1Payload
        = "{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}";
const QByteArray a1Token = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
                           ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLm"
                           "NvbS9pc19yb290Ijp0cnVlfQ"
                           ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
const Json a1Key = {
        {"kty", "oct"},
        {"k",
         "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow"},
        {"alg", "HS256"}};

// RFC 7515 Appendix A.3.
const QByteArray a3Token
        = "eyJhbGciOiJFUzI1NiJ9"
          ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp"
          "0cnVlfQ"
          ".DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";
const Json a3Key = {{"kty", "EC"},
                    {"crv", "P-256"},
                    {"x", "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"},
                    {"y", "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"},
                    {"d", "jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"},
                    {"alg", "ES256"}};

// RFC 8037 Appendix A.4 (Ed25519 is deterministic: the signature is reproduced exactly).
const QByteArray a4Token
        = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc"
          ".hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";
const Json a4Key = {{"kty", "OKP"},
                    {"crv", "Ed25519"},
                    {"d", "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"},
                    {"x", "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"},
                    {"alg", "EdDSA"}};

KeyMaterial key(const Json &jwk)
{
    QString error;
    auto key = KeyMaterial::fromJwk(jwk, &error);
    if (!key)
        qFatal("%s", qPrintable(error));
    return std::move(*key);
}

bool verifies(const QByteArray &token, const KeyMaterial &key, QString *error)
{
    const auto parsed = Jws::parse(token, error);
    return parsed && Jws::verify(*parsed, key, error);
}

// The token with one segment replaced.
QByteArray withSegment(const QByteArray &token, int index, const QByteArray &segment)
{
    QList<QByteArray> parts = token.split('.');
    parts[index] = segment;
    return parts.join('.');
}

} // namespace

class TestJws : public QObject
{
    Q_OBJECT

private slots:
    void rfc7515A1Hs256()
    {
        QString error;
        const KeyMaterial hs = key(a1Key);
        const auto token = Jws::sign(a1Header, a1Payload, hs, &error);
        QVERIFY2(token, qPrintable(error));
        QCOMPARE(*token, a1Token);
        const auto parsed = Jws::parse(a1Token, &error);
        QVERIFY2(parsed, qPrintable(error));
        QVERIFY2(Jws::verify(*parsed, hs, &error), qPrintable(error));
        QCOMPARE(parsed->payload, a1Payload);
        QCOMPARE(parsed->alg, u"HS256"_s);
        QVERIFY(parsed->header["typ"] == "JWT");
    }

    void rfc7515A3Es256()
    {
        QString error;
        const KeyMaterial es = key(a3Key);
        QVERIFY2(verifies(a3Token, es, &error), qPrintable(error));
        // ECDSA is randomized: a fresh signature differs but verifies, with the private and the
        // public key.
        const auto token = Jws::sign("{\"alg\":\"ES256\"}", a1Payload, es, &error);
        QVERIFY2(token, qPrintable(error));
        QVERIFY(*token != a3Token);
        QCOMPARE(token->split('.').at(2).size(), 86); // 64 bytes, base64url
        QVERIFY2(verifies(*token, es, &error), qPrintable(error));
        QVERIFY2(verifies(*token, key(es.toJwk(false)), &error), qPrintable(error));
    }

    void rfc8037A4EdDsa()
    {
        QString error;
        const KeyMaterial ed = key(a4Key);
        const auto token
                = Jws::sign("{\"alg\":\"EdDSA\"}", "Example of Ed25519 signing", ed, &error);
        QVERIFY2(token, qPrintable(error));
        QCOMPARE(*token, a4Token);
        QVERIFY2(verifies(a4Token, key(ed.toJwk(false)), &error), qPrintable(error));
    }

    void hs384And512()
    {
        for (const char *alg : {"HS384", "HS512"}) {
            QString error;
            const auto k = KeyMaterial::generate(*keyAlgorithmFromName(QString::fromLatin1(alg)),
                                                 &error);
            QVERIFY2(k, qPrintable(error));
            const auto token = Jws::sign(QByteArray("{\"alg\":\"") + alg + "\"}", "x", *k, &error);
            QVERIFY2(token && verifies(*token, *k, &error), qPrintable(error));
            QCOMPARE(Base64Url::decode(token->split('.').at(2))->size(), alg[2] == '3' ? 48 : 64);
        }
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<Json>("jwk");
        QTest::addColumn<QString>("why");
        const QByteArray sig = a1Token.split('.').at(2);
        QTest::newRow("tampered header") << withSegment(
                a1Token, 0, Base64Url::encode("{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\" }"))
                                         << a1Key << u"does not verify"_s;
        QTest::newRow("tampered payload")
                << withSegment(a1Token, 1, Base64Url::encode("{\"iss\":\"joe\"}")) << a1Key
                << u"does not verify"_s;
        QTest::newRow("tampered signature")
                << withSegment(a1Token, 2, "eBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") << a1Key
                << u"does not verify"_s;
        QTest::newRow("truncated signature") << a1Token.chopped(3) << a1Key << u"does not verify"_s;
        QTest::newRow("truncated token") << a1Token.left(50) << a1Key << u"three segments"_s;
        QTest::newRow("extra segment") << a1Token + ".e30" << a1Key << u"three segments"_s;
        QTest::newRow("extra empty segment") << a1Token + "." << a1Key << u"three segments"_s;
        QTest::newRow("padded signature") << a1Token + "=" << a1Key << u"base64url"_s;
        QTest::newRow("non-canonical signature")
                << a1Token.chopped(1) + "l" << a1Key << u"base64url"_s;
        QTest::newRow("whitespace")
                << a1Token.left(10) + " " + a1Token.mid(10) << a1Key << u"base64url"_s;
        QTest::newRow("standard alphabet")
                << QByteArray(a1Token).replace('-', '+') << a1Key << u"base64url"_s;
        QTest::newRow("alg none") << Base64Url::encode("{\"alg\":\"none\"}") + "."
                        + Base64Url::encode("{}") + "."
                                  << a1Key << u"none"_s;
        QTest::newRow("no alg") << Base64Url::encode("{\"typ\":\"JWT\"}") + ".e30." + sig << a1Key
                                << u"no \"alg\""_s;
        QTest::newRow("crit") << Base64Url::encode(
                                         "{\"alg\":\"HS256\",\"crit\":[\"exp\"],\"exp\":1}")
                        + ".e30." + sig
                              << a1Key << u"crit"_s;
        QTest::newRow("embedded jwk")
                << Base64Url::encode("{\"alg\":\"HS256\",\"jwk\":{}}") + ".e30." + sig << a1Key
                << u"keystore"_s;
        QTest::newRow("duplicate alg")
                << Base64Url::encode("{\"alg\":\"none\",\"alg\":\"HS256\"}") + ".e30." + sig
                << a1Key << u"duplicate"_s;
        QTest::newRow("header not JSON")
                << Base64Url::encode("alg") + ".e30." + sig << a1Key << u"malformed"_s;
        QTest::newRow("header an array")
                << Base64Url::encode("[]") + ".e30." + sig << a1Key << u"object"_s;
        QTest::newRow("ES256 token, HS256 key") << a3Token << a1Key << u"is for HS256"_s;
        QTest::newRow("EdDSA token, ES256 key") << a4Token << a3Key << u"is for ES256"_s;
        QTest::newRow("ES256 signature of 65 bytes") << withSegment(
                a3Token, 2, Base64Url::encode(*Base64Url::decode(a3Token.split('.').at(2)) + '\0'))
                                                     << a3Key << u"64 bytes"_s;
        QTest::newRow("ES256 signature in DER") << withSegment(
                a3Token, 2, Base64Url::encode(QByteArray::fromHex("3006020101020101")))
                                                << a3Key << u"64 bytes"_s;
        QTest::newRow("EdDSA tampered")
                << withSegment(a4Token, 1, Base64Url::encode("Example of Ed25519 signinG")) << a4Key
                << u"does not verify"_s;
    }

    void refused()
    {
        QFETCH(QByteArray, token);
        QFETCH(Json, jwk);
        QFETCH(QString, why);
        QString error;
        QVERIFY(!verifies(token, key(jwk), &error));
        QVERIFY2(error.contains(why), qPrintable(error));
    }

    // RFC 8725 §2.1: an attacker who signs with HMAC, keyed with the ES256 public key's bytes, gets
    // nothing — the key decides the algorithm.
    void algorithmConfusion()
    {
        QString error;
        const KeyMaterial es = key(a3Key);
        const std::string publicJwk = es.toJwk(false).dump();
        for (const QByteArray &secret :
             {QByteArray::fromStdString(publicJwk),
              *Base64Url::decode("f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU")}) {
            const auto forged
                    = KeyMaterial::fromJwk(Json{{"kty", "oct"},
                                                {"alg", "HS256"},
                                                {"k", Base64Url::encode(secret).toStdString()}},
                                           &error);
            QVERIFY2(forged, qPrintable(error));
            const auto token = Jws::sign("{\"alg\":\"HS256\"}", "{}", *forged, &error);
            QVERIFY(token);
            QVERIFY(!verifies(*token, es, &error));
            QVERIFY2(error.contains(u"is for ES256"_s), qPrintable(error));
        }
    }

    void signRefusesMismatchedHeader()
    {
        QString error;
        QVERIFY(!Jws::sign("{\"alg\":\"ES256\"}", "x", key(a1Key), &error));
        QVERIFY(!Jws::sign("{\"alg\":\"none\"}", "x", key(a1Key), &error));
    }
};

QTEST_GUILESS_MAIN(TestJws)
#include "tst_jws.moc"
