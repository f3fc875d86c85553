// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/json.h"
#include "crypto/cryptofixture.h"

#include "access/tokenservice.h"
#include "access/viewer.h"
#include "crypto/base64url.h"
#include "crypto/jwe.h"
#include "crypto/jws.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;

namespace {

const QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
const qint64 nowSeconds = now.toSecsSinceEpoch();

} // namespace

class TestTokenVerifier : public QObject
{
    Q_OBJECT

    Project m_project;
    Keystore m_keystore;
    QString m_hs, m_es, m_ed, m_seal, m_retired, m_olderHs, m_olderSeal, m_retiredSeal;

    KeyMaterial material(const QString &kid) const
    {
        auto key = KeyMaterial::fromSigningKey(*m_keystore.signingKey(kid), nullptr);
        Q_ASSERT(key);
        return std::move(*key);
    }

    TokenVerifier verifier() const
    {
        TokenVerifier v(m_project, m_keystore);
        v.setClock([] { return now; });
        return v;
    }

    // Registered claims as the issuer writes them, around the fixture's authorization claims.
    static Json payload()
    {
        Json p = Tests::Crypto::claims();
        p["iss"] = "dashwright:" + Tests::Crypto::projectId.toStdString();
        p["aud"] = "dashwright-embed";
        p["sub"] = "Farolito";
        p["iat"] = nowSeconds;
        p["nbf"] = nowSeconds;
        p["exp"] = nowSeconds + 3600;
        p["jti"] = "AAAAAAAAAAAAAAAAAAAAAA";
        return p;
    }

    static Json header(const QString &alg, const QString &kid)
    {
        return Json{{"alg", alg.toStdString()}, {"typ", "JWT"}, {"kid", kid.toStdString()}};
    }

    // A correctly signed token with any header and payload text.
    QByteArray signRaw(const QByteArray &headerText, const QByteArray &payloadText,
                       const QString &kid) const
    {
        // Not Jws::sign, which refuses headers with duplicate names: these tokens test the
        // verifier.
        const QByteArray input
                = Base64Url::encode(headerText) + '.' + Base64Url::encode(payloadText);
        QString error;
        const auto signature = Jws::signature(input, material(kid), &error);
        if (!signature)
            qFatal("%s", qPrintable(error));
        return input + '.' + Base64Url::encode(*signature);
    }

    QByteArray sign(const Json &p, const QString &kid) const
    {
        const QString alg = keyAlgorithmName(m_keystore.signingKey(kid)->algorithm);
        return signRaw(QByteArray::fromStdString(header(alg, kid).dump()),
                       QByteArray::fromStdString(p.dump()), kid);
    }

    QByteArray seal(const QByteArray &jws, const Json &sealHeader) const
    {
        QString error;
        const auto token = Jwe::encrypt(QByteArray::fromStdString(sealHeader.dump()), jws,
                                        material(m_seal), &error);
        if (!token)
            qFatal("%s", qPrintable(error));
        return *token;
    }

    Json sealHeader() const
    {
        return Json{
                {"alg", "dir"}, {"enc", "A256GCM"}, {"cty", "JWT"}, {"kid", m_seal.toStdString()}};
    }

    static Json with(Json j, const char *name, const Json &value)
    {
        j[name] = value;
        return j;
    }

    static Json without(Json j, const char *name)
    {
        j.erase(name);
        return j;
    }

    static QByteArray replaceSegment(const QByteArray &token, int index, const QByteArray &segment)
    {
        QList<QByteArray> parts = token.split('.');
        parts[index] = segment;
        return parts.join('.');
    }

private slots:
    void initTestCase()
    {
        m_project = Tests::Crypto::project();
        m_hs = Tests::Crypto::addKey(m_keystore, KeyAlgorithm::HS256);
        m_es = Tests::Crypto::addKey(m_keystore, KeyAlgorithm::ES256);
        m_ed = Tests::Crypto::addKey(m_keystore, KeyAlgorithm::EdDSA);
        m_seal = Tests::Crypto::addKey(m_keystore, KeyAlgorithm::A256GCM);
        // An older active HS256 key (still verifies after rotation) and a retired one (never does).
        for (QString *kid : {&m_olderHs, &m_retired}) {
            SigningKey key = KeyMaterial::generate(KeyAlgorithm::HS256, nullptr)->toSigningKey();
            key.created = key.created.addDays(-30);
            if (kid == &m_retired)
                key.status = SigningKey::Status::Retired;
            *kid = key.kid;
            QVERIFY(m_keystore.addSigningKey(key, nullptr));
        }
        // The same for sealing keys: an older active one (sealed only when named) and a retired
        // one.
        for (QString *kid : {&m_olderSeal, &m_retiredSeal}) {
            SigningKey key = KeyMaterial::generate(KeyAlgorithm::A256GCM, nullptr)->toSigningKey();
            key.created = key.created.addDays(-30);
            if (kid == &m_retiredSeal)
                key.status = SigningKey::Status::Retired;
            *kid = key.kid;
            QVERIFY(m_keystore.addSigningKey(key, nullptr));
        }
    }

    void issueAndVerify_data()
    {
        QTest::addColumn<QString>("kid");
        QTest::addColumn<bool>("sealed");
        QTest::newRow("HS256") << m_hs << false;
        QTest::newRow("ES256") << m_es << false;
        QTest::newRow("EdDSA") << m_ed << false;
        QTest::newRow("sealed HS256") << m_hs << true;
        QTest::newRow("sealed ES256") << m_es << true;
        QTest::newRow("sealed EdDSA") << m_ed << true;
        QTest::newRow("rotated-out HS256 key, still active") << m_olderHs << false;
    }

    void issueAndVerify()
    {
        QFETCH(QString, kid);
        QFETCH(bool, sealed);
        TokenIssuer::Options options;
        options.kid = kid;
        options.sealed = sealed;
        options.now = now;
        QString error;
        const auto token = TokenIssuer::issue(Tests::Crypto::claims(), m_project, m_keystore,
                                              options, &error);
        QVERIFY2(token, qPrintable(error));
        QCOMPARE(token->count('.'), sealed ? 4 : 2);
        if (sealed)
            QVERIFY(!token->contains(Base64Url::encode("Farolito")));

        const auto verified = verifier().verify(*token, &error);
        QVERIFY2(verified, qPrintable(error));
        QCOMPARE(verified->sealed, sealed);
        QCOMPARE(verified->kid, kid);
        QCOMPARE(verified->expires, now.addSecs(3600));
        const Json &h = verified->header;
        QVERIFY(h["alg"] == keyAlgorithmName(m_keystore.signingKey(kid)->algorithm).toStdString());
        QVERIFY(h["typ"] == "JWT");
        QVERIFY(h["kid"] == kid.toStdString());
        const Json &c = verified->claims;
        QVERIFY(c["iss"] == "dashwright:" + Tests::Crypto::projectId.toStdString());
        QVERIFY(c["aud"] == "dashwright-embed");
        QVERIFY(c["sub"] == "Farolito");
        QVERIFY(c["iat"] == nowSeconds);
        QVERIFY(c["nbf"] == nowSeconds);
        QVERIFY(c["exp"] == nowSeconds + 3600);
        QCOMPARE(c["jti"].get<std::string>().size(), 22u); // 128 bits
        QVERIFY(c["parameter_overrides"] == Tests::Crypto::claims()["parameter_overrides"]);
        QVERIFY(c["filters"] == Tests::Crypto::claims()["filters"]);
    }

    void defaultKeyIsNewestActive()
    {
        TokenIssuer::Options options;
        options.now = now;
        QString error;
        const auto token = TokenIssuer::issue(Tests::Crypto::claims(), m_project, m_keystore,
                                              options, &error);
        QVERIFY2(token, qPrintable(error));
        QCOMPARE(verifier().verify(*token, &error)->kid, m_hs);
    }

    void accepted_data()
    {
        QTest::addColumn<Json>("claims");
        QTest::newRow("exp just past, within leeway") << with(payload(), "exp", nowSeconds - 30);
        QTest::newRow("nbf just ahead, within leeway") << with(payload(), "nbf", nowSeconds + 30);
        QTest::newRow("iat just ahead, within leeway") << with(payload(), "iat", nowSeconds + 30);
        QTest::newRow("aud array")
                << with(payload(), "aud", Json::array({"other", "dashwright-embed"}));
        QTest::newRow("no iat, nbf") << without(without(payload(), "iat"), "nbf");
        QTest::newRow("lifetime exactly 24 h") << with(payload(), "exp", nowSeconds + 24 * 3600);
        QTest::newRow("fractional exp") << with(payload(), "exp", double(nowSeconds) + 10.5);
    }

    void accepted()
    {
        QFETCH(Json, claims);
        QString error;
        QVERIFY2(verifier().verify(sign(claims, m_hs), &error), qPrintable(error));
    }

    // Each verification rule of DESIGN §6 and RFC 8725, one row each, with the reason it gives.
    void refused_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("why");
        const QByteArray good = sign(payload(), m_hs);
        const QByteArray payloadText = QByteArray::fromStdString(payload().dump());
        const QList<QByteArray> parts = good.split('.');
        const auto h64 = [](const Json &h) {
            return Base64Url::encode(QByteArray::fromStdString(h.dump()));
        };

        QTest::newRow("alg none") << h64(header(u"none"_s, m_hs)) + "."
                        + Base64Url::encode(payloadText)
                        + "." << u"alg \"none\""_s;
        // A jti or sub that is not a string would be read as one by revocation and logs.
        for (const Json &odd : {Json(42), Json::object(), Json(std::string(300, 'x'))}) {
            for (const char *name : {"jti", "sub"}) {
                Json p = payload();
                p[name] = odd;
                QTest::addRow("%s %s", name, odd.type_name())
                        << sign(p, m_hs)
                        << u"the token's %1 is not a string"_s.arg(QLatin1StringView(name));
            }
        }
        // Algorithm switching: an HS256 token keyed with the ES256/EdDSA public key (the JWK text,
        // or its raw x coordinate) under that key's kid.
        for (const QString &kid : {m_es, m_ed}) {
            const Json publicJwk = material(kid).toJwk(false);
            for (const QByteArray &secret :
                 {QByteArray::fromStdString(publicJwk.dump()),
                  QByteArray(*Base64Url::decode(
                                     QByteArray::fromStdString(publicJwk["x"].get<std::string>())))
                          .leftJustified(32, '\0')}) {
                const auto forgedKey
                        = KeyMaterial::fromJwk(Json{{"kty", "oct"},
                                                    {"alg", "HS256"},
                                                    {"k", Base64Url::encode(secret).toStdString()}},
                                               nullptr);
                const auto forged
                        = Jws::sign(QByteArray::fromStdString(header(u"HS256"_s, kid).dump()),
                                    payloadText, *forgedKey, nullptr);
                QTest::addRow("HS256 with the %s public key as secret (%d bytes)",
                              qPrintable(keyAlgorithmName(m_keystore.signingKey(kid)->algorithm)),
                              int(secret.size()))
                        << *forged << u"is for"_s;
            }
        }
        QTest::newRow("ES256 header on an HS256 kid")
                << replaceSegment(sign(payload(), m_es), 0, h64(header(u"ES256"_s, m_hs)))
                << u"is for HS256"_s;
        QTest::newRow("unknown kid")
                << replaceSegment(good, 0, h64(header(u"HS256"_s, u"nobody"_s)))
                << u"unknown kid \"nobody\""_s;
        QTest::newRow("no kid") << replaceSegment(good, 0,
                                                  h64(Json{{"alg", "HS256"}, {"typ", "JWT"}}))
                                << u"no kid"_s;
        QTest::newRow("retired kid") << sign(payload(), m_retired) << u"retired"_s;
        QTest::newRow("A256GCM kid for a signature")
                << replaceSegment(good, 0, h64(header(u"HS256"_s, m_seal))) << u"is for A256GCM"_s;
        QTest::newRow("no exp") << sign(without(payload(), "exp"), m_hs) << u"no exp"_s;
        QTest::newRow("exp a string")
                << sign(with(payload(), "exp", "tomorrow"), m_hs) << u"NumericDate"_s;
        QTest::newRow("expired") << sign(with(payload(), "exp", nowSeconds - 61), m_hs)
                                 << u"expired at 2026-11-23T09:58:59Z"_s;
        QTest::newRow("lifetime over 24 h")
                << sign(with(payload(), "exp", nowSeconds + 24 * 3600 + 1), m_hs)
                << u"longer than"_s;
        QTest::newRow("lifetime over 24 h, no iat") << sign(
                with(without(without(payload(), "iat"), "nbf"), "exp", nowSeconds + 25 * 3600),
                m_hs) << u"longer than"_s;
        QTest::newRow("nbf in the future")
                << sign(with(payload(), "nbf", nowSeconds + 120), m_hs) << u"not valid before"_s;
        QTest::newRow("iat in the future") << sign(with(payload(), "iat", nowSeconds + 120), m_hs)
                                           << u"issued in the future"_s;
        QTest::newRow("wrong iss") << sign(
                with(payload(), "iss", "dashwright:00000000-0000-4000-8000-000000000002"), m_hs)
                                   << u"another project"_s;
        QTest::newRow("no iss") << sign(without(payload(), "iss"), m_hs) << u"no iss"_s;
        QTest::newRow("wrong aud") << sign(with(payload(), "aud", "dashwright"), m_hs) << u"aud"_s;
        QTest::newRow("aud array without us")
                << sign(with(payload(), "aud", Json::array({"a", "b"})), m_hs) << u"aud"_s;
        QTest::newRow("no aud") << sign(without(payload(), "aud"), m_hs) << u"aud"_s;
        QTest::newRow("claims.expiry passed")
                << sign(with(payload(), "expiry", "2026-11-23T09:00:00Z"), m_hs)
                << u"authorization expired at 2026-11-23T09:00:00Z"_s;
        QTest::newRow("crit") << signRaw(
                QByteArray::fromStdString(
                        with(header(u"HS256"_s, m_hs), "crit", Json::array({"exp"})).dump()),
                payloadText, m_hs)
                              << u"crit"_s;
        QTest::newRow("typ not JWT") << signRaw(
                QByteArray::fromStdString(with(header(u"HS256"_s, m_hs), "typ", "JOSE").dump()),
                payloadText, m_hs) << u"typ"_s;
        QTest::newRow("padded signature") << good + "=" << u"base64url"_s;
        QTest::newRow("padded payload")
                << replaceSegment(good, 1, parts[1] + "==") << u"base64url"_s;
        {
            // A payload whose base64url ends in a partial group, re-signed with its last
            // character's unused low bit set: the same bytes to a lenient decoder, refused by a
            // strict one.
            QByteArray text = payloadText;
            while (text.size() % 3 != 1)
                text += ' ';
            const QByteArray token = signRaw(
                    QByteArray::fromStdString(header(u"HS256"_s, m_hs).dump()), text, m_hs);
            QByteArray segment = token.split('.').at(1);
            const QByteArray alphabet
                    = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
            segment.back() = alphabet.at(alphabet.indexOf(segment.back()) | 1);
            QTest::newRow("non-canonical payload")
                    << replaceSegment(token, 1, segment) << u"base64url"_s;
        }
        QTest::newRow("duplicate claim")
                << signRaw(QByteArray::fromStdString(header(u"HS256"_s, m_hs).dump()),
                           payloadText.chopped(1) + ",\"exp\":99999999999}", m_hs)
                << u"duplicate member name \"exp\""_s;
        QTest::newRow("duplicate header member")
                << signRaw(QByteArray::fromStdString(header(u"HS256"_s, m_hs).dump()).chopped(1)
                                   + ",\"kid\":\"x\"}",
                           payloadText, m_hs)
                << u"duplicate"_s;
        QTest::newRow("over 16 KiB")
                << sign(with(payload(), "metadata", std::string(17000, 'x')), m_hs)
                << u"larger than 16 KiB"_s;
        QTest::newRow("truncated") << good.left(good.lastIndexOf('.')) << u"2 parts"_s;
        QTest::newRow("truncated signature") << good.chopped(3) << u"does not verify"_s;
        QTest::newRow("empty") << QByteArray() << u"1 part ("_s;
        QTest::newRow("four segments") << good + ".e30" << u"4 parts"_s;
        QTest::newRow("six segments") << good + ".e30.e30.e30" << u"6 parts"_s;
        QTest::newRow("tampered header")
                << replaceSegment(good, 0, h64(with(header(u"HS256"_s, m_hs), "x", 1)))
                << u"does not verify"_s;
        QTest::newRow("tampered payload")
                << replaceSegment(good, 1,
                                  Base64Url::encode(QByteArray::fromStdString(
                                          with(payload(), "sub", "Fiesty").dump())))
                << u"does not verify"_s;
        QTest::newRow("tampered signature")
                << replaceSegment(good, 2, parts[2].left(parts[2].size() - 3) + "AAA")
                << u"does not verify"_s;
        QTest::newRow("claims not an object")
                << signRaw(QByteArray::fromStdString(header(u"HS256"_s, m_hs).dump()), "[1]", m_hs)
                << u"not a JSON object"_s;
        // The authorization claims, validated against the project.
        QTest::newRow("unknown securable")
                << sign(with(payload(), "securables",
                             Json::array({"00000000-0000-4000-8000-00000000dead"})),
                        m_hs)
                << u"unknown securable 00000000-0000-4000-8000-00000000dead"_s;
        QTest::newRow("unknown parameter")
                << sign(with(payload(), "parameter_overrides", Json{{"region", "x"}}), m_hs)
                << u"unknown parameter \"region\""_s;
        Json credentials = payload();
        credentials["account_overrides"]
                = {{Tests::Crypto::accountId.toStdString(), {{"password", "hunter2"}}}};
        QTest::newRow("credentials in a signed token") << sign(credentials, m_hs) << u"sealed"_s;

        // Sealed tokens: the outer JWE first, then the same rules for the JWS inside.
        const QByteArray sealed = seal(good, sealHeader());
        const QList<QByteArray> sealedParts = sealed.split('.');
        QByteArray badTag = *Base64Url::decode(sealedParts[4]);
        badTag[0] = char(badTag[0] ^ 0x80);
        QTest::newRow("sealed: bad tag")
                << replaceSegment(sealed, 4, Base64Url::encode(badTag)) << u"does not decrypt"_s;
        QTest::newRow("sealed: unknown kid")
                << seal(good, with(sealHeader(), "kid", "nobody")) << u"unknown kid"_s;
        QTest::newRow("sealed: no cty") << seal(good, without(sealHeader(), "cty")) << u"cty"_s;
        QTest::newRow("sealed: HS256 kid")
                << replaceSegment(sealed, 0, h64(with(sealHeader(), "kid", m_hs.toStdString())))
                << u"not A256GCM"_s;
        QTest::newRow("sealed: not a JWS inside")
                << seal("just text", sealHeader()) << u"does not hold a signed token"_s;
        QTest::newRow("sealed: expired inside")
                << seal(sign(with(payload(), "exp", nowSeconds - 600), m_hs), sealHeader())
                << u"expired at"_s;
        QTest::newRow("sealed: alg none inside")
                << seal(h64(header(u"none"_s, m_hs)) + "." + Base64Url::encode(payloadText) + ".",
                        sealHeader())
                << u"none"_s;
        QTest::newRow("sealed: crit")
                << replaceSegment(sealed, 0, h64(with(sealHeader(), "crit", Json::array({"x"}))))
                << u"crit"_s;
    }

    void refused()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, why);
        QString error;
        // What a token grants is checked by the viewer made from it: the verifier's own checks
        // first, then the claims against the project.
        QVERIFY(!Viewer::token(m_project, verifier(), token, &error));
        QVERIFY2(error.contains(why), qPrintable(u"expected \"%1\" in: %2"_s.arg(why, error)));
    }

    void sealedMayCarryCredentials()
    {
        Json claims = Tests::Crypto::claims();
        claims["account_overrides"]
                = {{Tests::Crypto::accountId.toStdString(), {{"password", "hunter2"}}}};
        QString error;
        const QByteArray token = seal(
                sign(with(payload(), "account_overrides", claims["account_overrides"]), m_hs),
                sealHeader());
        const auto viewer = Viewer::token(m_project, verifier(), token, &error);
        QVERIFY2(viewer, qPrintable(error));
        QVERIFY(viewer->verifiedToken()->sealed);
    }

    void clockIsInjected()
    {
        const QByteArray token = sign(payload(), m_hs);
        TokenVerifier later(m_project, m_keystore);
        later.setClock([] { return now.addSecs(3600 + 61); });
        QString error;
        QVERIFY(!later.verify(token, &error));
        QVERIFY(error.startsWith(u"expired at"_s));
        // Real time is 2026 or later too, but without an injected clock the token is checked
        // against it.
        TokenVerifier real(m_project, m_keystore);
        QCOMPARE(bool(real.verify(token, &error)),
                 QDateTime::currentDateTimeUtc() < now.addSecs(3600 + 60));
    }

    void keyChangesAreSeen()
    {
        Keystore keystore = m_keystore;
        TokenVerifier v(m_project, keystore);
        v.setClock([] { return now; });
        const QByteArray token = sign(payload(), m_es);
        QString error;
        QVERIFY2(v.verify(token, &error), qPrintable(error));
        // Retiring the key after it was cached takes effect at once.
        Keystore retired;
        for (SigningKey key : keystore.signingKeys()) {
            if (key.kid == m_es)
                key.status = SigningKey::Status::Retired;
            QVERIFY(retired.addSigningKey(key, nullptr));
        }
        keystore = retired;
        QVERIFY(!v.verify(token, &error));
        QVERIFY2(error.contains(u"retired"_s), qPrintable(error));
    }

    void issuerRefuses_data()
    {
        QTest::addColumn<Json>("claims");
        QTest::addColumn<bool>("sealed");
        QTest::addColumn<QString>("kid");
        QTest::addColumn<QString>("why");
        Json credentials = Tests::Crypto::claims();
        credentials["account_overrides"]
                = {{Tests::Crypto::accountId.toStdString(), {{"password", "hunter2"}}}};
        QTest::newRow("credentials in a signed token")
                << credentials << false << QString() << u"--sealed"_s;
        QTest::newRow("unknown securable")
                << with(Tests::Crypto::claims(), "securables",
                        Json::array({"00000000-0000-4000-8000-00000000dead"}))
                << false << QString()
                << u"unknown securable 00000000-0000-4000-8000-00000000dead"_s;
        QTest::newRow("unknown parameter")
                << with(Tests::Crypto::claims(), "parameter_overrides", Json{{"region", 1}})
                << false << QString() << u"unknown parameter \"region\""_s;
        Json filter = Tests::Crypto::claims();
        filter["filters"][0]["column_id"] = "00000000-0000-4000-8000-0000000000ff";
        QTest::newRow("unknown column")
                << filter << false << QString()
                << u"unknown column id 00000000-0000-4000-8000-0000000000ff"_s;
        filter["filters"][0]["securable_id"] = "00000000-0000-4000-8000-0000000000dd";
        QTest::newRow("unknown dataset")
                << filter << false << QString()
                << u"unknown dataset id 00000000-0000-4000-8000-0000000000dd"_s;
        QTest::newRow("retired kid")
                << Tests::Crypto::claims() << false << m_retired << u"retired"_s;
        QTest::newRow("unknown kid")
                << Tests::Crypto::claims() << false << u"nobody"_s << u"no key"_s;
        QTest::newRow("sealing key as kid")
                << Tests::Crypto::claims() << false << m_seal << u"A256GCM"_s;
        QTest::newRow("expiry passed")
                << with(Tests::Crypto::claims(), "expiry", "2026-01-01T00:00:00Z") << false
                << QString() << u"has passed"_s;
    }

    void issuerRefuses()
    {
        QFETCH(Json, claims);
        QFETCH(bool, sealed);
        QFETCH(QString, kid);
        QFETCH(QString, why);
        TokenIssuer::Options options;
        options.kid = kid;
        options.sealed = sealed;
        options.now = now;
        QString error;
        QVERIFY(!TokenIssuer::issue(claims, m_project, m_keystore, options, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
        QVERIFY(!error.contains(u"hunter2"_s));
    }

    void issuerClaims()
    {
        TokenIssuer::Options options;
        options.now = now;
        QString error;
        // expiry caps exp; registered claims given by the caller are replaced; sub falls back.
        Json claims = with(Tests::Crypto::claims(), "expiry", "2026-11-23T10:30:00Z");
        claims["iss"] = "evil";
        claims["exp"] = nowSeconds + 999999;
        claims.erase("suborganization");
        auto token = TokenIssuer::issue(claims, m_project, m_keystore, options, &error);
        QVERIFY2(token, qPrintable(error));
        auto verified = verifier().verify(*token, &error);
        QVERIFY2(verified, qPrintable(error));
        QVERIFY(verified->claims["exp"] == nowSeconds + 1800);
        QVERIFY(verified->claims["sub"] == "farolito-owner");
        claims.erase("username");
        token = TokenIssuer::issue(claims, m_project, m_keystore, options, &error);
        QVERIFY(verifier().verify(*token, &error)->claims["sub"] == "anonymous");
        options.expiresInSeconds = TokenVerifier::maximumLifetime + 1;
        QVERIFY(!TokenIssuer::issue(claims, m_project, m_keystore, options, &error));
        // Two tokens never share a jti.
        options.expiresInSeconds = 60;
        const auto a = TokenIssuer::issue(claims, m_project, m_keystore, options, &error);
        const auto b = TokenIssuer::issue(claims, m_project, m_keystore, options, &error);
        QVERIFY(verifier().verify(*a, &error)->claims["jti"]
                != verifier().verify(*b, &error)->claims["jti"]);
    }

    void sealedNeedsAKey()
    {
        Keystore keystore;
        Tests::Crypto::addKey(keystore, KeyAlgorithm::HS256);
        TokenIssuer::Options options;
        options.sealed = true;
        QString error;
        QVERIFY(!TokenIssuer::issue(Tests::Crypto::claims(), m_project, keystore, options, &error));
        QVERIFY2(error.contains(u"A256GCM"_s), qPrintable(error));
    }

    void sealingKeyChoice_data()
    {
        QTest::addColumn<bool>("sealed");
        QTest::addColumn<QString>("sealingKid");
        QTest::addColumn<QString>("why"); // empty: issued
        QTest::newRow("named, not the newest") << true << m_olderSeal << QString();
        QTest::newRow("newest by default") << true << QString() << QString();
        QTest::newRow("ignored when not sealed") << false << u"nobody"_s << QString();
        QTest::newRow("unknown kid")
                << true << u"nobody"_s << u"no key with kid \"nobody\" in the keystore"_s;
        QTest::newRow("retired key")
                << true << m_retiredSeal << u"the key \"%1\" is retired"_s.arg(m_retiredSeal);
        QTest::newRow("a signing key")
                << true << m_hs << u"the key \"%1\" is not an A256GCM key"_s.arg(m_hs);
    }

    // The sealing key a caller names is the one the token is sealed with, or the token is refused
    // with the reason: never sealed with another key instead.
    void sealingKeyChoice()
    {
        QFETCH(bool, sealed);
        QFETCH(QString, sealingKid);
        QFETCH(QString, why);
        TokenIssuer::Options options;
        options.sealed = sealed;
        options.sealingKid = sealingKid;
        options.now = now;
        QString error;
        const auto token = TokenIssuer::issue(Tests::Crypto::claims(), m_project, m_keystore,
                                              options, &error);
        if (!why.isEmpty()) {
            QVERIFY(!token);
            QCOMPARE(error, why);
            QCOMPARE(TokenIssuer::sealingKey(m_keystore, sealingKid, &error), nullptr);
            QCOMPARE(error, why);
            return;
        }
        QVERIFY2(token, qPrintable(error));
        const QList<QByteArray> parts = token->split('.');
        QCOMPARE(parts.size(), sealed ? 5 : 3);
        const auto verified = verifier().verify(*token, &error);
        QVERIFY2(verified, qPrintable(error));
        QCOMPARE(verified->sealed, sealed);
        if (!sealed)
            return;
        const auto header = Base64Url::decode(parts[0]);
        QVERIFY(header);
        const Json sealHeader = Json::parse(header->toStdString());
        const QString expected = sealingKid.isEmpty() ? m_seal : sealingKid;
        QCOMPARE(QString::fromStdString(sealHeader.at("kid").get<std::string>()), expected);
        QCOMPARE(TokenIssuer::sealingKey(m_keystore, sealingKid, &error)->kid, expected);
    }

    void noActiveSigningKey()
    {
        // Only a sealing key and a retired signing key: nothing to sign with.
        Keystore keystore;
        Tests::Crypto::addKey(keystore, KeyAlgorithm::A256GCM);
        SigningKey retired = KeyMaterial::generate(KeyAlgorithm::ES256, nullptr)->toSigningKey();
        retired.status = SigningKey::Status::Retired;
        QVERIFY(keystore.addSigningKey(retired, nullptr));
        QString error;
        QCOMPARE(TokenIssuer::signingKey(keystore, QString(), &error), nullptr);
        QCOMPARE(error, u"the keystore has no active signing key"_s);
        error.clear();
        TokenIssuer::Options options;
        options.now = now;
        QVERIFY(!TokenIssuer::issue(Tests::Crypto::claims(), m_project, keystore, options, &error));
        QCOMPARE(error, u"the keystore has no active signing key"_s);
    }

    void brokenSigningKey_data()
    {
        QTest::addColumn<Json>("jwk");
        QTest::addColumn<QString>("why");
        const SigningKey ed = KeyMaterial::generate(KeyAlgorithm::EdDSA, nullptr)->toSigningKey();
        QTest::newRow("an EdDSA JWK")
                << ed.privateJwk << u"is stored as ES256 but its JWK is EdDSA"_s;
        QTest::newRow("not a key")
                << Json{{"kty", "EC"}} << u"the key \"%1\": the JWK has no \"alg\""_s;
    }

    // The keystore takes any JWK object for a key pair (it checks the material's shape only); the
    // issuer refuses one that is no key of its algorithm, names the key, and shows none of it.
    void brokenSigningKey()
    {
        QFETCH(Json, jwk);
        QFETCH(QString, why);
        SigningKey key = KeyMaterial::generate(KeyAlgorithm::ES256, nullptr)->toSigningKey();
        key.privateJwk = jwk;
        Keystore keystore;
        QVERIFY(keystore.addSigningKey(key, nullptr));
        for (const QString &kid : {key.kid, QString()}) {
            TokenIssuer::Options options;
            options.kid = kid;
            options.now = now;
            QString error;
            QVERIFY(!TokenIssuer::issue(Tests::Crypto::claims(), m_project, keystore, options,
                                        &error));
            QVERIFY2(error.startsWith(u"the key \"%1\""_s.arg(key.kid)), qPrintable(error));
            QVERIFY2(error.contains(why.contains(u"%1"_s) ? why.arg(key.kid) : why),
                     qPrintable(error));
            if (jwk.contains("d"))
                QVERIFY(!error.contains(QString::fromStdString(jwk["d"].get<std::string>())));
        }
    }

    void claimsNotAnObject_data()
    {
        QTest::addColumn<Json>("claims");
        QTest::newRow("array") << Json::array({Tests::Crypto::claims()});
        QTest::newRow("string") << Json("securables");
        QTest::newRow("null") << Json();
    }

    void claimsNotAnObject()
    {
        QFETCH(Json, claims);
        TokenIssuer::Options options;
        options.now = now;
        QString error;
        QVERIFY(!TokenIssuer::issue(claims, m_project, m_keystore, options, &error));
        QCOMPARE(error, u"the claims are not a JSON object"_s);
    }

    // The overload with loaded keys: a sealed token without a sealing key is refused, never issued
    // signed only (its credentials would be readable).
    void sealedNeedsSealingMaterial()
    {
        TokenIssuer::Options options;
        options.now = now;
        options.sealed = true;
        QString error;
        const KeyMaterial signer = material(m_hs);
        QVERIFY(!TokenIssuer::issue(Tests::Crypto::claims(), m_project, signer, nullptr, options,
                                    &error));
        QCOMPARE(error, u"a sealed token needs an A256GCM key"_s);
        const KeyMaterial sealer = material(m_seal);
        const auto token = TokenIssuer::issue(Tests::Crypto::claims(), m_project, signer, &sealer,
                                              options, &error);
        QVERIFY2(token, qPrintable(error));
        QCOMPARE(token->count('.'), 4);
        QVERIFY2(verifier().verify(*token, &error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTokenVerifier)
#include "tst_tokenverifier.moc"
