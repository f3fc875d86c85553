// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/json.h"
#include "crypto/base64url.h"
#include "crypto/jwe.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;

namespace {

// A dir/A256GCM vector in the style of RFC 7520 §5.6/§5.8: RFC 7520's 256-bit symmetric key
// (§3.5), its plaintext (§5) and IV (§5.8), and a header naming dir and A256GCM. The expected
// output was computed independently with Node.js's crypto module (aes-256-gcm).
const Json vectorKey = {{"kty", "oct"},
                        {"alg", "A256GCM"},
                        {"kid", "77c7e2b8-6e13-45cf-8672-617b5b45243a"},
                        {"k", "hJtXIZ2uSN5kbQfbtTNWbpdmhkV8FJG-Onbc6mxCcYg"}};
const QByteArray vectorHeader
        = R"({"alg":"dir","kid":"77c7e2b8-6e13-45cf-8672-617b5b45243a","enc":"A256GCM"})";
const QByteArray vectorIv = "refa467QzzKx6QAB";
const QByteArray vectorPlaintext
        = "You can trust us to stick with you through thick and thin\xe2\x80\x93to the bitter end. "
          "And you can trust us to "
          "keep any secret of yours\xe2\x80\x93"
          "closer than you keep it yourself. But you cannot trust us to let you face "
          "trouble alone, and go off without a word. We are your friends, Frodo.";
const QByteArray vectorCompact = "eyJhbGciOiJkaXIiLCJraWQiOiI3N2M3ZTJiOC02ZTEzLTQ1Y2YtODY3Mi02MTdiN"
                                 "WI0NTI0M2EiLCJlbmMiOiJBMjU2R0NNIn0"
                                 "..refa467QzzKx6QAB"
                                 ".mVGBXgZDrpScEKebpCOTuqd5AeUkvf4waIqrxEr8Nylqvbct071JGRw76ToC1-"
                                 "JyWUpEAe_5B2IKjAH8lKQUErijXpA5QIHl-nUZdAjMyDqXsS"
                                 "fjUNJ0fZkkJUQjPI-"
                                 "IytHNsinaDpcgavKN3DJsAKI1VQS4pDmDgvtmD9gj21hNxn3gZd8NFqtlyLs1h220"
                                 "6xQrLxOg9-AdMhTRxBaGUKHjc7-er6"
                                 "znC_2R94M2Zm6-2wx5mQ4_93ovUi_j_nbMyTwY7Ux4eZJk8N2ZKY2qcqoI_"
                                 "S6mJPtWpCR5aA3ONOr6glkNClPSBKDpJ_3TrXuF54021h5NnnJ5"
                                 "_KuK_oE4VobJALj2J66z4Kp1pzXxmJf_"
                                 ".w-Pg_LYS5cu9rtcZBP1ccQ";

KeyMaterial key(const Json &jwk)
{
    QString error;
    auto key = KeyMaterial::fromJwk(jwk, &error);
    if (!key)
        qFatal("%s", qPrintable(error));
    return std::move(*key);
}

std::optional<QByteArray> decrypt(const QByteArray &compact, const KeyMaterial &k, QString *error)
{
    const auto parsed = Jwe::parse(compact, error);
    return parsed ? Jwe::decrypt(*parsed, k, error) : std::nullopt;
}

QByteArray withSegment(const QByteArray &token, int index, const QByteArray &segment)
{
    QList<QByteArray> parts = token.split('.');
    parts[index] = segment;
    return parts.join('.');
}

} // namespace

class TestJwe : public QObject
{
    Q_OBJECT

private slots:
    void vector()
    {
        QString error;
        const KeyMaterial k = key(vectorKey);
        const auto compact = Jwe::encryptWithIv(vectorHeader, vectorPlaintext, k,
                                                *Base64Url::decode(vectorIv), &error);
        QVERIFY2(compact, qPrintable(error));
        QCOMPARE(*compact, vectorCompact);
        const auto parsed = Jwe::parse(vectorCompact, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->kid, u"77c7e2b8-6e13-45cf-8672-617b5b45243a"_s);
        const auto plaintext = Jwe::decrypt(*parsed, k, &error);
        QVERIFY2(plaintext, qPrintable(error));
        QCOMPARE(*plaintext, vectorPlaintext);
    }

    void randomIv()
    {
        QString error;
        const KeyMaterial k = key(vectorKey);
        const auto a = Jwe::encrypt(vectorHeader, "secret claims", k, &error);
        const auto b = Jwe::encrypt(vectorHeader, "secret claims", k, &error);
        QVERIFY2(a && b, qPrintable(error));
        QVERIFY(a->split('.').at(2) != b->split('.').at(2));
        QCOMPARE(Base64Url::decode(a->split('.').at(2))->size(), 12);
        QCOMPARE(*decrypt(*a, k, &error), QByteArray("secret claims"));
        QVERIFY(!a->contains("secret"));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("compact");
        QTest::addColumn<QString>("why");
        const QList<QByteArray> parts = vectorCompact.split('.');
        const auto flip = [](const QByteArray &segment) {
            QByteArray bytes = *Base64Url::decode(segment);
            bytes[0] = char(bytes[0] ^ 1);
            return Base64Url::encode(bytes);
        };
        QTest::newRow("bad tag") << withSegment(vectorCompact, 4, flip(parts[4]))
                                 << u"does not decrypt"_s;
        QTest::newRow("tampered ciphertext")
                << withSegment(vectorCompact, 3, flip(parts[3])) << u"does not decrypt"_s;
        QTest::newRow("tampered iv")
                << withSegment(vectorCompact, 2, flip(parts[2])) << u"does not decrypt"_s;
        QTest::newRow("tampered header (AAD)") << withSegment(
                vectorCompact, 0,
                Base64Url::encode(
                        R"({"alg":"dir","kid":"77c7e2b8-6e13-45cf-8672-617b5b45243a","enc":"A256GCM" })"))
                                               << u"does not decrypt"_s;
        QTest::newRow("short tag")
                << withSegment(vectorCompact, 4, parts[4].left(16)) << u"16-byte tag"_s;
        QTest::newRow("short iv") << withSegment(vectorCompact, 2, parts[2].left(8))
                                  << u"12-byte IV"_s;
        QTest::newRow("encrypted key present")
                << withSegment(vectorCompact, 1, "AAAA") << u"encrypted key"_s;
        QTest::newRow("four segments") << parts.mid(0, 4).join('.') << u"five segments"_s;
        QTest::newRow("six segments") << vectorCompact + ".AAAA" << u"five segments"_s;
        QTest::newRow("padded tag") << vectorCompact + "==" << u"base64url"_s;
        QTest::newRow("alg A256KW") << withSegment(
                vectorCompact, 0, Base64Url::encode(R"({"alg":"A256KW","enc":"A256GCM"})"))
                                    << u"dir"_s;
        QTest::newRow("enc A128GCM") << withSegment(
                vectorCompact, 0, Base64Url::encode(R"({"alg":"dir","enc":"A128GCM"})"))
                                     << u"A256GCM"_s;
        QTest::newRow("zip") << withSegment(
                vectorCompact, 0, Base64Url::encode(R"({"alg":"dir","enc":"A256GCM","zip":"DEF"})"))
                             << u"zip"_s;
        QTest::newRow("crit") << withSegment(
                vectorCompact, 0,
                Base64Url::encode(R"({"alg":"dir","enc":"A256GCM","crit":["x"],"x":1})"))
                              << u"crit"_s;
        QTest::newRow("duplicate enc") << withSegment(
                vectorCompact, 0,
                Base64Url::encode(R"({"alg":"dir","enc":"A128GCM","enc":"A256GCM"})"))
                                       << u"duplicate"_s;
    }

    void refused()
    {
        QFETCH(QByteArray, compact);
        QFETCH(QString, why);
        QString error;
        QVERIFY(!decrypt(compact, key(vectorKey), &error));
        QVERIFY2(error.contains(why), qPrintable(error));
    }

    void wrongKey()
    {
        QString error;
        const auto other = KeyMaterial::generate(KeyAlgorithm::A256GCM, &error);
        QVERIFY(!decrypt(vectorCompact, *other, &error));
        QVERIFY(error.contains(u"does not decrypt"_s));
        const auto hmac = KeyMaterial::generate(KeyAlgorithm::HS256, &error);
        QVERIFY(!decrypt(vectorCompact, *hmac, &error));
        QVERIFY2(error.contains(u"not A256GCM"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestJwe)
#include "tst_jwe.moc"
