// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/apikey.h"
#include "crypto/base64url.h"
#include "crypto/keystore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Dashwright;

namespace {

// A keystore file with these api_keys entries (JSON text inside the array).
QByteArray keystoreWithApiKeys(const QByteArray &entries)
{
    return R"({"format": "dashwright-keystore", "version": 1, "signing_keys": [], "secrets": [],
               "api_keys": [)"
            + entries + "]}";
}

// SHA-256 of "secret", base64url: a well-formed hash for hand-written entries.
const QByteArray goodHash
        = Base64Url::encode(QCryptographicHash::hash("secret", QCryptographicHash::Sha256));

const QByteArray goodEntry = R"({"id": "dwk_0123456789abcdef", "name": "backend-eu", )"
                             R"("secret_sha256": ")"
        + goodHash + R"(", "created": "2026-01-02T03:04:05Z", "revoked_at": null})";

QByteArray entryWith(const QByteArray &from, const QByteArray &to)
{
    return QByteArray(goodEntry).replace(from, to);
}

} // namespace

// The embed server's API keys in the keystore (DESIGN §7): made with a random id and secret, the
// secret kept only as a hash, authenticated in constant time, revoked for good, read strictly.
class TestApiKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createAndAuthenticate()
    {
        Keystore keystore;
        QString error;
        const auto made = keystore.createApiKey(u"backend-eu"_s, &error);
        QVERIFY2(made, qPrintable(error));
        const auto &[key, secret] = *made;
        QVERIFY2(QRegularExpression(u"^dwk_[0-9a-f]{16}$"_s).match(key.id).hasMatch(),
                 qPrintable(key.id));
        QCOMPARE(key.name, u"backend-eu"_s);
        // 32 random bytes as base64url.
        QCOMPARE(secret.size(), 43);
        QCOMPARE(Base64Url::decode(secret).value_or(QByteArray()).size(), 32);
        QCOMPARE(key.secretHash, QCryptographicHash::hash(secret, QCryptographicHash::Sha256));
        QVERIFY(!key.revoked);
        QCOMPARE(key.created.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(key.created.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(keystore.apiKeys().size(), 1);
        QCOMPARE(*keystore.apiKey(key.id), key);

        QCOMPARE(keystore.authenticateApiKey(key.id, secret), keystore.apiKey(key.id));
        QVERIFY(key.matches(secret));
        // Wrong secret, one character off, a prefix, empty; the id of no key.
        QByteArray wrong = secret;
        wrong[0] = wrong[0] == 'A' ? 'B' : 'A';
        QVERIFY(!keystore.authenticateApiKey(key.id, wrong));
        QVERIFY(!keystore.authenticateApiKey(key.id, secret.chopped(1)));
        QVERIFY(!keystore.authenticateApiKey(key.id, QByteArray()));
        QVERIFY(!keystore.authenticateApiKey(u"dwk_0000000000000000"_s, secret));
        QVERIFY(!keystore.authenticateApiKey(QString(), secret));

        // A second key's secret does not open the first.
        const auto other = keystore.createApiKey(QString(), &error);
        QVERIFY2(other, qPrintable(error));
        QVERIFY(other->first.id != key.id);
        QVERIFY(other->second != secret);
        QVERIFY(!keystore.authenticateApiKey(key.id, other->second));
        QCOMPARE(keystore.authenticateApiKey(other->first.id, other->second),
                 keystore.apiKey(other->first.id));
    }

    void revoke()
    {
        Keystore keystore;
        QString error;
        const auto made = keystore.createApiKey(u"demo"_s, &error);
        QVERIFY(made);
        const QString id = made->first.id;
        QVERIFY(keystore.revokeApiKey(id, &error));
        const ApiKey *key = keystore.apiKey(id);
        QVERIFY(key && key->revoked);
        QVERIFY(key->revokedAt.isValid());
        QVERIFY(!keystore.authenticateApiKey(id, made->second));
        QVERIFY(!key->matches(made->second));
        // Revoking again changes nothing, not even the date.
        const QDateTime at = key->revokedAt;
        QVERIFY(keystore.revokeApiKey(id, &error));
        QCOMPARE(keystore.apiKey(id)->revokedAt, at);

        QVERIFY(!keystore.revokeApiKey(u"dwk_ffffffffffffffff"_s, &error));
        QVERIFY2(error.contains(u"dwk_ffffffffffffffff"_s), qPrintable(error));
    }

    void badNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("newline") << u"a\nb"_s;
        QTest::newRow("escape") << u"a\x1b[31m"_s;
        QTest::newRow("bidi override") << u"a\u202eb"_s;
        QTest::newRow("too long") << QString(ApiKey::maximumName + 1, u'x');
    }

    void badNames()
    {
        QFETCH(QString, name);
        Keystore keystore;
        QString error;
        QVERIFY(!keystore.createApiKey(name, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(keystore.apiKeys().isEmpty());
    }

    // Through the file and back: everything kept, the secret nowhere in the bytes written.
    void roundTripThroughTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"k.dwkeys"_s);
        Keystore keystore;
        QString error;
        const auto active = keystore.createApiKey(u"backend-eu"_s, &error);
        const auto revoked = keystore.createApiKey(u"démo ünïcode"_s, &error);
        QVERIFY(active && revoked);
        QVERIFY(keystore.revokeApiKey(revoked->first.id, &error));
        QVERIFY2(keystore.saveNew(path, &error), qPrintable(error));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QByteArray &secret : {active->second, revoked->second}) {
            QVERIFY(!bytes.contains(secret));
            QVERIFY(!bytes.contains(Base64Url::decode(secret).value()));
            QVERIFY(!bytes.contains(secret.toBase64()));
        }
        QVERIFY(bytes.contains(Base64Url::encode(active->first.secretHash)));
        const auto json = nlohmann::ordered_json::parse(bytes.toStdString());
        const auto &entry = json["api_keys"][0];
        std::vector<std::string> members;
        for (const auto &item : entry.items())
            members.push_back(item.key());
        QVERIFY(members
                == (std::vector<std::string>{"id", "name", "secret_sha256", "created",
                                             "revoked_at"}));
        QVERIFY(entry["revoked_at"].is_null());
        QVERIFY(json["api_keys"][1]["revoked_at"].is_string());

        const auto loaded = Keystore::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->apiKeys(), keystore.apiKeys());
        QVERIFY(loaded->authenticateApiKey(active->first.id, active->second));
        QVERIFY(!loaded->authenticateApiKey(revoked->first.id, revoked->second));

        // Encrypted, the same.
        keystore.setPassphrase("pass");
        QVERIFY2(keystore.save(path, &error), qPrintable(error));
        const auto decrypted = Keystore::load(path, "pass", &error);
        QVERIFY2(decrypted, qPrintable(error));
        QCOMPARE(decrypted->apiKeys(), keystore.apiKeys());
    }

    // Keystores written before API keys had a type hold "api_keys": [] and still load.
    void oldFormatLoads()
    {
        QString error;
        const auto keystore = Keystore::read(keystoreWithApiKeys({}), &error);
        QVERIFY2(keystore, qPrintable(error));
        QVERIFY(keystore->apiKeys().isEmpty());
        QVERIFY(!keystore->authenticateApiKey(u"dwk_0123456789abcdef"_s, "secret"));
    }

    void wellFormedEntry()
    {
        QString error;
        const auto keystore = Keystore::read(
                keystoreWithApiKeys(goodEntry + ", "
                                    + entryWith("0123456789abcdef", "fedcba9876543210")
                                              .replace("\"revoked_at\": null",
                                                       "\"revoked_at\": \"2026-02-03T04:05:06Z\"")),
                &error);
        QVERIFY2(keystore, qPrintable(error));
        QCOMPARE(keystore->apiKeys().size(), 2);
        const ApiKey &key = keystore->apiKeys().first();
        QCOMPARE(key.id, u"dwk_0123456789abcdef"_s);
        QCOMPARE(key.name, u"backend-eu"_s);
        QCOMPARE(key.created, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QVERIFY(!key.revoked);
        QCOMPARE(keystore->authenticateApiKey(key.id, "secret"), &key);
        const ApiKey &revoked = keystore->apiKeys().last();
        QVERIFY(revoked.revoked);
        QCOMPARE(revoked.revokedAt, QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6), Qt::UTC));
        QVERIFY(!keystore->authenticateApiKey(revoked.id, "secret"));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("entries");
        QTest::addColumn<QString>("message");
        const QByteArray hash31 = Base64Url::encode(QByteArray(31, 'x'));

        QTest::newRow("not an object") << QByteArray("\"dwk_0123456789abcdef\"")
                                       << u"api_keys[0]: an object is required"_s;
        QTest::newRow("no id") << entryWith(R"("id": "dwk_0123456789abcdef", )", "")
                               << u"api_keys[0].id: a string is required"_s;
        QTest::newRow("id not a string") << entryWith(R"("dwk_0123456789abcdef")", "7")
                                         << u"api_keys[0].id: a string is required"_s;
        QTest::newRow("id without prefix")
                << entryWith("dwk_", "key_") << u"api_keys[0].id: not an API key id"_s;
        QTest::newRow("id upper case")
                << entryWith("abcdef", "ABCDEF") << u"api_keys[0].id: not an API key id"_s;
        QTest::newRow("id too short") << entryWith("0123456789abcdef", "0123456789abcde")
                                      << u"api_keys[0].id: not an API key id"_s;
        QTest::newRow("id too long") << entryWith("0123456789abcdef", "0123456789abcdef0")
                                     << u"api_keys[0].id: not an API key id"_s;
        QTest::newRow("name missing") << entryWith(R"("name": "backend-eu", )", "")
                                      << u"api_keys[0].name: a string is required"_s;
        QTest::newRow("name null") << entryWith(R"("backend-eu")", "null")
                                   << u"api_keys[0].name: a string is required"_s;
        QTest::newRow("name with a newline")
                << entryWith("backend-eu", "back\\nend") << u"api_keys[0].name: "_s;
        QTest::newRow("hash missing") << entryWith("\"secret_sha256\": \"" + goodHash + "\", ", "")
                                      << u"api_keys[0].secret_sha256: a string is required"_s;
        QTest::newRow("hash 31 bytes")
                << entryWith(goodHash, hash31)
                << u"api_keys[0].secret_sha256: a SHA-256 hash is 32 bytes long, not 31"_s;
        QTest::newRow("hash padded") << entryWith(goodHash, goodHash + "=")
                                     << u"api_keys[0].secret_sha256: not canonical base64url"_s;
        QTest::newRow("hash standard alphabet")
                << entryWith(goodHash, '+' + goodHash.mid(1))
                << u"api_keys[0].secret_sha256: not canonical base64url"_s;
        QTest::newRow("secret instead of hash") << entryWith("secret_sha256", "secret")
                                                << u"api_keys[0]: unknown member \"secret\""_s;
        QTest::newRow("unknown member")
                << entryWith(R"("revoked_at": null)", R"("revoked_at": null, "scope": "all")")
                << u"api_keys[0]: unknown member \"scope\""_s;
        QTest::newRow("bad created") << entryWith("2026-01-02T03:04:05Z", "yesterday")
                                     << u"api_keys[0].created: not an ISO 8601"_s;
        QTest::newRow("created without offset")
                << entryWith("2026-01-02T03:04:05Z", "2026-01-02T03:04:05")
                << u"api_keys[0].created: not an ISO 8601"_s;
        QTest::newRow("created a number") << entryWith(R"("2026-01-02T03:04:05Z")", "1767323045")
                                          << u"api_keys[0].created: a string is required"_s;
        QTest::newRow("revoked_at missing")
                << entryWith(R"(, "revoked_at": null)", "")
                << u"api_keys[0].revoked_at: a date or null is required"_s;
        QTest::newRow("revoked_at bad") << entryWith("null", "\"never\"")
                                        << u"api_keys[0].revoked_at: null or an ISO 8601"_s;
        QTest::newRow("revoked_at false")
                << entryWith("null", "false") << u"api_keys[0].revoked_at: null or an ISO 8601"_s;
        QTest::newRow("duplicate id") << goodEntry + ", "
                        + goodEntry << u"api_keys[1].id: \"dwk_0123456789abcdef\" is used twice"_s;
        QTest::newRow("second entry named")
                << goodEntry + ", " + entryWith("0123456789abcdef", "fedcba987654321X")
                << u"api_keys[1].id: not an API key id"_s;
        QTest::newRow("duplicate member")
                << entryWith(R"("name": "backend-eu")", R"("name": "a", "name": "b")")
                << u"duplicate member name \"name\""_s;
    }

    void malformed()
    {
        QFETCH(QByteArray, entries);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!Keystore::read(keystoreWithApiKeys(entries), &error));
        QVERIFY2(error.contains(message), qPrintable(error));

        // Through a file, the error names the file too.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.dwkeys"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(keystoreWithApiKeys(entries));
        file.close();
        QVERIFY(!Keystore::load(path, &error));
        QVERIFY2(error.startsWith(path + u": "_s) && error.contains(message), qPrintable(error));
    }

    // An update of the file (another program's key) keeps every API key there, and adds one.
    void updatedKeepsApiKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"k.dwkeys"_s);
        Keystore first;
        QString error;
        const auto a = first.createApiKey(u"a"_s, &error);
        QVERIFY(a && first.saveNew(path, &error));
        std::optional<std::pair<ApiKey, QByteArray>> b;
        const auto after = Keystore().updated(
                path,
                [&](Keystore &keystore, QString *why) {
                    b = keystore.createApiKey(u"b"_s, why);
                    return b.has_value();
                },
                &error);
        QVERIFY2(after, qPrintable(error));
        QCOMPARE(after->apiKeys().size(), 2);
        QVERIFY(after->authenticateApiKey(a->first.id, a->second));
        QVERIFY(after->authenticateApiKey(b->first.id, b->second));
    }
};

QTEST_GUILESS_MAIN(TestApiKeys)
#include "tst_apikeys.moc"
