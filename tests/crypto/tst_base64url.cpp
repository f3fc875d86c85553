// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/base64url.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Dashwright;

class TestBase64Url : public QObject
{
    Q_OBJECT

private slots:
    void encode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("text");
        // RFC 4648 §10, in the URL alphabet and without padding.
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("f") << QByteArray("f") << QByteArray("Zg");
        QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8");
        QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
        QTest::newRow("foob") << QByteArray("foob") << QByteArray("Zm9vYg");
        QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("Zm9vYmE");
        QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy");
        QTest::newRow("url alphabet") << QByteArray("\xfb\xff\xbf", 3) << QByteArray("-_-_");
        // RFC 7515 §3.3's header, CRLF included.
        QTest::newRow("rfc7515 header") << QByteArray("{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}")
                                        << QByteArray("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9");
    }

    void encode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, text);
        QCOMPARE(Base64Url::encode(bytes), text);
        const auto decoded = Base64Url::decode(text);
        QVERIFY(decoded);
        QCOMPARE(*decoded, bytes);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("padding") << QByteArray("Zg==");
        QTest::newRow("one pad") << QByteArray("Zm8=");
        QTest::newRow("standard alphabet +") << QByteArray("-_+_");
        QTest::newRow("standard alphabet /") << QByteArray("-_/_");
        QTest::newRow("space") << QByteArray("Zm9v Yg");
        QTest::newRow("leading space") << QByteArray(" Zm9v");
        QTest::newRow("newline") << QByteArray("Zm9v\nYg");
        QTest::newRow("question mark") << QByteArray("?Zm9v");
        QTest::newRow("hash") << QByteArray("Zm9v####");
        QTest::newRow("nul") << QByteArray("Zm\0v", 4);
        QTest::newRow("single char") << QByteArray("Z");
        QTest::newRow("five chars") << QByteArray("Zm9vY");
        // Non-canonical trailing bits: "QQ" is "A"; "QR" would decode to "A" too in a lenient
        // decoder.
        QTest::newRow("non-canonical QR") << QByteArray("QR");
        QTest::newRow("non-canonical Zh") << QByteArray("Zh");
        QTest::newRow("non-canonical Zm9") << QByteArray("Zm9");
        QTest::newRow("high byte") << QByteArray("Zm\xc3\xa9");
    }

    void refused()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!Base64Url::decode(text));
    }

    void canonicalAccepted() { QCOMPARE(*Base64Url::decode("QQ"), QByteArray("A")); }

    // Every random byte string round-trips, and agrees with Qt's encoder.
    void roundTrip()
    {
        QRandomGenerator random(7);
        for (int length = 0; length < 200; ++length) {
            QByteArray bytes(length, Qt::Uninitialized);
            for (char &c : bytes)
                c = char(random.bounded(256));
            const QByteArray text = Base64Url::encode(bytes);
            QCOMPARE(
                    text,
                    bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
            QCOMPARE(*Base64Url::decode(text), bytes);
        }
    }
};

QTEST_GUILESS_MAIN(TestBase64Url)
#include "tst_base64url.moc"
