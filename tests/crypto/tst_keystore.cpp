// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/keystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Dashwright;

namespace {

// The mode bits as stat(2) reports them, independent of Qt's permission mapping.
int fileMode(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

// 32 zero bytes, base64url: a well-formed HS256 secret for hand-written keystores.
const QByteArray zeroSecret = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

QByteArray keystoreWithKey(const QByteArray &keyMembers)
{
    return R"({"format": "dashwright-keystore", "version": 1, "signing_keys": [{)" + keyMembers
            + R"(}], "secrets": [], "api_keys": []})";
}

const QByteArray goodKey = "\"kid\": \"k1\", \"alg\": \"HS256\", \"created\": "
                           "\"2026-01-02T03:04:05Z\", \"status\": \"active\", "
                           "\"secret\": \""
        + zeroSecret + "\"";

} // namespace

class TestKeystore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void generateSigningKey_data()
    {
        QTest::addColumn<KeyAlgorithm>("algorithm");
        QTest::addColumn<int>("length");
        QTest::newRow("HS256") << KeyAlgorithm::HS256 << 32;
        QTest::newRow("HS384") << KeyAlgorithm::HS384 << 48;
        QTest::newRow("HS512") << KeyAlgorithm::HS512 << 64;
        QTest::newRow("A256GCM") << KeyAlgorithm::A256GCM << 32;
    }

    void generateSigningKey()
    {
        QFETCH(KeyAlgorithm, algorithm);
        QFETCH(int, length);
        QString error;
        const auto a = Keystore::generateSigningKey(algorithm, &error);
        const auto b = Keystore::generateSigningKey(algorithm, &error);
        QVERIFY2(a && b, qPrintable(error));
        QCOMPARE(a->algorithm, algorithm);
        QCOMPARE(a->secret.size(), length);
        QCOMPARE(a->status, SigningKey::Status::Active);
        QCOMPARE(a->created.timeSpec(), Qt::UTC);
        QVERIFY(a->created.secsTo(QDateTime::currentDateTimeUtc()) < 60);
        QCOMPARE(a->kid.size(), 16);
        QVERIFY(a->kid != b->kid);
        QVERIFY(a->secret != b->secret);
        QVERIFY(a->secret != QByteArray(length, '\0'));
    }

    void generateKeyPair_data()
    {
        QTest::addColumn<KeyAlgorithm>("algorithm");
        QTest::newRow("ES256") << KeyAlgorithm::ES256;
        QTest::newRow("EdDSA") << KeyAlgorithm::EdDSA;
    }

    void generateKeyPair()
    {
        QFETCH(KeyAlgorithm, algorithm);
        QString error;
        const auto a = Keystore::generateSigningKey(algorithm, &error);
        const auto b = Keystore::generateSigningKey(algorithm, &error);
        QVERIFY2(a && b, qPrintable(error));
        QCOMPARE(a->algorithm, algorithm);
        QCOMPARE(a->status, SigningKey::Status::Active);
        QVERIFY(a->secret.isEmpty());
        QVERIFY(a->privateJwk.is_object() && a->privateJwk.contains("d"));
        QVERIFY(a->kid != b->kid);
        QVERIFY(a->privateJwk["d"] != b->privateJwk["d"]);
        // It survives the keystore's own checks and a save/load round trip.
        Keystore keystore;
        QVERIFY2(keystore.addSigningKey(*a, &error), qPrintable(error));
        QCOMPARE(*Keystore::read(keystore.write(), &error), keystore);
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"test.dwkeys"_s);

        Keystore keystore;
        QString error;
        for (KeyAlgorithm algorithm : {KeyAlgorithm::HS256, KeyAlgorithm::A256GCM}) {
            const auto key = Keystore::generateSigningKey(algorithm, &error);
            QVERIFY2(key && keystore.addSigningKey(*key, &error), qPrintable(error));
        }
        SigningKey retired = *Keystore::generateSigningKey(KeyAlgorithm::HS512, &error);
        retired.status = SigningKey::Status::Retired;
        QVERIFY(keystore.addSigningKey(retired, &error));
        keystore.setSecret(
                {u"warehouse"_s, StoredSecret::Kind::Password, u"pä$$wörd \"quoted\""_s});
        keystore.setSecret({u"plugin"_s, StoredSecret::Kind::ApiKey, u"sk_live_123"_s});
        QVERIFY2(keystore.save(path, &error), qPrintable(error));

        QStringList warnings;
        const auto loaded = Keystore::load(path, &error, &warnings);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(warnings.isEmpty());
        QCOMPARE(*loaded, keystore);
        QCOMPARE(loaded->signingKeys().size(), 3);
        QCOMPARE(loaded->secret(u"warehouse"_s)->value, u"pä$$wörd \"quoted\""_s);
        QCOMPARE(loaded->write(), keystore.write());

        // Saving over an existing keystore replaces it atomically and keeps it private.
        keystore.removeSecret(u"plugin"_s);
        QVERIFY2(keystore.save(path, &error), qPrintable(error));
        QCOMPARE(Keystore::load(path, &error)->secrets().size(), 1);
        QCOMPARE(fileMode(path), 0600);
    }

    void writesTheDocumentedFormat()
    {
        Keystore keystore;
        QString error;
        QVERIFY(keystore.addSigningKey(
                *Keystore::read(keystoreWithKey(goodKey), &error)->signingKey(u"k1"_s), &error));
        const auto json = nlohmann::ordered_json::parse(keystore.write().toStdString());
        std::vector<std::string> keys;
        for (const auto &item : json.items())
            keys.push_back(item.key());
        QVERIFY(keys
                == (std::vector<std::string>{"format", "version", "signing_keys", "secrets",
                                             "api_keys"}));
        QVERIFY(json["format"] == "dashwright-keystore");
        QVERIFY(json["version"] == 1);
        const auto &key = json["signing_keys"][0];
        QVERIFY(key["kid"] == "k1");
        QVERIFY(key["alg"] == "HS256");
        QVERIFY(key["created"] == "2026-01-02T03:04:05Z");
        QVERIFY(key["status"] == "active");
        QVERIFY(key["secret"] == zeroSecret.toStdString());
    }

    void newFileIsPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.dwkeys"_s);
        QString error;
        QVERIFY2(Keystore().save(path, &error), qPrintable(error));
        QCOMPARE(fileMode(path), 0600);
    }

    void saveTightensAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"loose.dwkeys"_s);
        QVERIFY(writeFile(path, "{}"));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QString error;
        QVERIFY2(Keystore().save(path, &error), qPrintable(error));
        QCOMPARE(fileMode(path), 0600);
    }

    void warnsWhenOthersMayRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shared.dwkeys"_s);
        QString error;
        QVERIFY(Keystore().save(path, &error));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
        QStringList warnings;
        QVERIFY2(Keystore::load(path, &error, &warnings), qPrintable(error)); // warned, not refused
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(u"chmod 600"_s));
    }

    void saveFailureLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"no/such/dir/x.dwkeys"_s);
        QString error;
        QVERIFY(!Keystore().save(path, &error));
        QVERIFY(error.contains(u"x.dwkeys"_s));
        QVERIFY(!QFile::exists(path));
    }

    // Every save is a whole new file renamed into place: nothing else is left in the folder, and
    // the twins of writers killed mid-save (which hold secrets) are cleared by the next save.
    void saveLeavesOnlyTheKeystore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"k.dwkeys"_s);
        const QString leftover = dir.filePath(u".k.dwkeys.tmp-AbC123"_s);
        const QString unrelated = dir.filePath(u".k.dwkeys.backup"_s);
        QVERIFY(writeFile(leftover, "secret"));
        QVERIFY(writeFile(unrelated, "mine"));
        Keystore keystore;
        QString error;
        QVERIFY(keystore.createSigningKey(KeyAlgorithm::HS256, &error));
        QVERIFY2(keystore.save(path, &error), qPrintable(error));
        QVERIFY(!QFile::exists(leftover));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList({u".k.dwkeys.backup"_s, u"k.dwkeys"_s}));
        QCOMPARE(*Keystore::load(path, &error), keystore);
    }

    // A symlinked keystore stays a symlink; the file it points to gets the new contents.
    void saveThroughASymlink()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(u"real.dwkeys"_s);
        const QString link = dir.filePath(u"link.dwkeys"_s);
        QString error;
        QVERIFY(Keystore().save(real, &error));
        QVERIFY(QFile::link(real, link));
        Keystore keystore;
        QVERIFY(keystore.createSigningKey(KeyAlgorithm::HS256, &error));
        QVERIFY2(keystore.save(link, &error), qPrintable(error));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(*Keystore::load(real, &error), keystore);
    }

    void emptyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty.dwkeys"_s);
        QVERIFY(writeFile(path, QByteArray()));
        QString error;
        QVERIFY(!Keystore::load(path, &error));
        QVERIFY2(error.startsWith(path + u": empty keystore (left by an interrupted write?)"_s)
                         && error.contains(u"delete it"_s),
                 qPrintable(error));
        // As bytes, it is just not JSON.
        QVERIFY(!Keystore::read(QByteArray(), &error));
        QVERIFY2(error.contains(u"malformed JSON at line"_s), qPrintable(error));
    }

    // updated() works on the file as it is, not on the caller's copy: what another writer did
    // after the copy was loaded survives.
    void updatedRereadsTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shared.dwkeys"_s);
        QString error;
        Keystore original;
        const QString first = original.createSigningKey(KeyAlgorithm::HS256, &error)->kid;
        QVERIFY(original.save(path, &error));
        const Keystore stale = *Keystore::load(path, &error);

        Keystore other = *Keystore::load(path, &error); // another program's turn
        const QString second = other.createSigningKey(KeyAlgorithm::EdDSA, &error)->kid;
        QVERIFY(other.retire(first, &error));
        QVERIFY(other.save(path, &error));

        QString third;
        const std::optional<Keystore> saved = stale.updated(
                path,
                [&](Keystore &keystore, QString *why) {
                    const SigningKey *key = keystore.createSigningKey(KeyAlgorithm::HS256, why);
                    third = key ? key->kid : QString();
                    return key != nullptr;
                },
                &error);
        QVERIFY2(saved, qPrintable(error));
        const Keystore onDisk = *Keystore::load(path, &error);
        QCOMPARE(onDisk, *saved);
        QCOMPARE(onDisk.signingKeys().size(), 3);
        QCOMPARE(onDisk.signingKey(first)->status, SigningKey::Status::Retired);
        QVERIFY(onDisk.verificationKey(second));
        QVERIFY(onDisk.verificationKey(third));
        QVERIFY(!QFile::exists(path + u".lock"_s));

        // A change that fails writes nothing.
        const QByteArray before = [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QVERIFY(!stale.updated(
                path,
                [](Keystore &, QString *why) {
                    *why = u"no"_s;
                    return false;
                },
                &error));
        QCOMPARE(error, u"no"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    // A copy without the passphrase cannot undo another writer's encryption: it cannot read the
    // file, so it writes nothing.
    void updatedNeverDecrypts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sealed.dwkeys"_s);
        QString error;
        const Keystore plain;
        QVERIFY(plain.save(path, &error));
        Keystore sealed = *Keystore::load(path, &error);
        sealed.setPassphrase("pass");
        QVERIFY(sealed.save(path, &error));

        QVERIFY(!plain.updated(
                path,
                [](Keystore &keystore, QString *why) {
                    return keystore.createSigningKey(KeyAlgorithm::HS256, why) != nullptr;
                },
                &error));
        QVERIFY2(error.contains(u"a passphrase is needed"_s), qPrintable(error));
        QVERIFY(*Keystore::isEncryptedFile(path, &error));
    }

    void saveNewRefusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.dwkeys"_s);
        Keystore keystore;
        QString error;
        QVERIFY(keystore.createSigningKey(KeyAlgorithm::HS256, &error));
        QVERIFY2(keystore.saveNew(path, &error), qPrintable(error));
        QVERIFY(!Keystore().saveNew(path, &error));
        QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
        QCOMPARE(*Keystore::load(path, &error), keystore);
    }

    void missingFile()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!Keystore::load(dir.filePath(u"absent.dwkeys"_s), &error));
        QVERIFY2(error.contains(u"absent.dwkeys: no such keystore"_s), qPrintable(error));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const auto key = [](const QByteArray &members) { return keystoreWithKey(members); };

        QTest::newRow("not json") << QByteArray("{\"format\": ") << u"malformed JSON at line 1"_s;
        QTest::newRow("not an object") << QByteArray("[]") << u"a JSON object is required"_s;
        QTest::newRow("no format") << QByteArray(
                R"({"version": 1, "signing_keys": [], "secrets": [], "api_keys": []})")
                                   << u"not a Dashwright keystore"_s;
        QTest::newRow("project file")
                << QByteArray(R"({"format": "dashwright-project", "schema_version": 1})")
                << u"not a Dashwright keystore"_s;
        QTest::newRow("newer version")
                << QByteArray(R"({"format": "dashwright-keystore", "version": 2})")
                << u"version 2 is newer"_s;
        QTest::newRow("version text")
                << QByteArray(R"({"format": "dashwright-keystore", "version": "1"})")
                << u"version:"_s;
        QTest::newRow("no signing_keys") << QByteArray(
                R"({"format": "dashwright-keystore", "version": 1, "secrets": [], "api_keys": []})")
                                         << u"signing_keys: an array is required"_s;
        QTest::newRow("duplicate member")
                << QByteArray(R"({"format": "dashwright-keystore", "format": "x", "version": 1})")
                << u"duplicate member name \"format\""_s;
        QTest::newRow("no kid") << key(R"("alg": "HS256")")
                                << u"signing_keys[0].kid: a string is required"_s;
        QTest::newRow("unknown alg") << key(QByteArray(goodKey).replace("HS256", "RS256"))
                                     << u"signing_keys[0].alg: unknown algorithm \"RS256\""_s;
        QTest::newRow("alg none") << key(QByteArray(goodKey).replace("HS256", "none"))
                                  << u"unknown algorithm \"none\""_s;
        QTest::newRow("bad created")
                << key(QByteArray(goodKey).replace("2026-01-02T03:04:05Z", "yesterday"))
                << u"signing_keys[0].created"_s;
        QTest::newRow("bad status") << key(QByteArray(goodKey).replace("active", "revoked"))
                                    << u"signing_keys[0].status"_s;
        QTest::newRow("padded secret")
                << key(QByteArray(goodKey).replace(zeroSecret, zeroSecret + '='))
                << u"not canonical base64url"_s;
        QTest::newRow("standard alphabet")
                << key(QByteArray(goodKey).replace(zeroSecret, "+" + zeroSecret.mid(1)))
                << u"not canonical base64url"_s;
        // "AAE" and "AAF" both decode to two bytes; only the canonical spelling is accepted.
        QTest::newRow("non-canonical bits")
                << key(QByteArray(goodKey).replace(zeroSecret, zeroSecret.chopped(1) + 'B'))
                << u"not canonical base64url"_s;
        QTest::newRow("short secret") << key(QByteArray(goodKey).replace(zeroSecret, "AAAA"))
                                      << u"a HS256 key is 32 bytes long, not 3"_s;
        QTest::newRow("key pair without jwk") << key(
                R"("kid": "e", "alg": "ES256", "created": "2026-01-02T03:04:05Z", "status": "active")")
                                              << u"needs its private JWK"_s;
        QTest::newRow("duplicate kid") << QByteArray(
                R"({"format": "dashwright-keystore", "version": 1, "signing_keys": [{)" + goodKey
                + "}, {" + goodKey + R"(}], "secrets": [], "api_keys": []})")
                                       << u"signing_keys[1].kid: \"k1\" is used twice"_s;
        QTest::newRow("bad secret kind")
                << QByteArray(R"({"format": "dashwright-keystore", "version": 1, "signing_keys": [],
                "secrets": [{"id": "a", "kind": "token", "value": "x"}], "api_keys": []})")
                << u"secrets[0].kind"_s;
        QTest::newRow("duplicate secret")
                << QByteArray(R"({"format": "dashwright-keystore", "version": 1, "signing_keys": [],
                "secrets": [{"id": "a", "kind": "password", "value": "x"},
                            {"id": "a", "kind": "api_key", "value": "y"}], "api_keys": []})")
                << u"secrets[1].id: \"a\" is used twice"_s;
    }

    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!Keystore::read(json, &error));
        QVERIFY2(error.contains(message), qPrintable(error));

        // Through a file, the error names the file too.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.dwkeys"_s);
        QVERIFY(writeFile(path, json));
        QVERIFY(!Keystore::load(path, &error));
        QVERIFY2(error.startsWith(path + u": "_s) && error.contains(message), qPrintable(error));
    }

    void keyPairJwkIsKept()
    {
        const QByteArray json = keystoreWithKey(
                R"("kid": "e", "alg": "EdDSA", "created": "2026-01-02T03:04:05Z", "status": "retired",
               "private_jwk": {"kty": "OKP", "crv": "Ed25519", "x": "abc", "d": "def"})");
        QString error;
        const auto keystore = Keystore::read(json, &error);
        QVERIFY2(keystore, qPrintable(error));
        const SigningKey *key = keystore->signingKey(u"e"_s);
        QVERIFY(key);
        QCOMPARE(key->status, SigningKey::Status::Retired);
        QVERIFY(key->privateJwk["d"] == "def");
        QCOMPARE(*Keystore::read(keystore->write(), &error), *keystore);
    }

    void activeSigningKey()
    {
        Keystore keystore;
        QString error;
        SigningKey older = *Keystore::generateSigningKey(KeyAlgorithm::HS256, &error);
        older.created = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        SigningKey newer = *Keystore::generateSigningKey(KeyAlgorithm::HS256, &error);
        newer.created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        SigningKey newestRetired = *Keystore::generateSigningKey(KeyAlgorithm::HS256, &error);
        newestRetired.created = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
        newestRetired.status = SigningKey::Status::Retired;
        for (const SigningKey &key : {newer, older, newestRetired})
            QVERIFY(keystore.addSigningKey(key, &error));

        QCOMPARE(keystore.activeSigningKey(KeyAlgorithm::HS256)->kid, newer.kid);
        QCOMPARE(keystore.activeSigningKey(KeyAlgorithm::A256GCM), nullptr);
        QCOMPARE(keystore.signingKey(older.kid)->created, older.created);
        QCOMPARE(keystore.signingKey(u"unknown"_s), nullptr);
    }

    void addSigningKeyChecks()
    {
        Keystore keystore;
        QString error;
        const SigningKey key = *Keystore::generateSigningKey(KeyAlgorithm::HS256, &error);
        QVERIFY(keystore.addSigningKey(key, &error));
        QVERIFY(!keystore.addSigningKey(key, &error));
        QVERIFY(error.contains(u"already exists"_s));

        SigningKey shortKey = *Keystore::generateSigningKey(KeyAlgorithm::HS256, &error);
        shortKey.secret.chop(1);
        QVERIFY(!keystore.addSigningKey(shortKey, &error));
        QCOMPARE(keystore.signingKeys().size(), 1);
    }

    void secrets()
    {
        Keystore keystore;
        keystore.setSecret({u"db"_s, StoredSecret::Kind::Password, u"one"_s});
        keystore.setSecret({u"db"_s, StoredSecret::Kind::Password, u"two"_s});
        QCOMPARE(keystore.secrets().size(), 1);
        QCOMPARE(keystore.secret(u"db"_s)->value, u"two"_s);
        QVERIFY(keystore.removeSecret(u"db"_s));
        QVERIFY(!keystore.removeSecret(u"db"_s));
        QCOMPARE(keystore.secret(u"db"_s), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestKeystore)
#include "tst_keystore.moc"
